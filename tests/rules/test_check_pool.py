"""`qungui check --workers`: the content pool hands parts to forked workers and computes the rest itself; either way
each text's content is what one process computes (session 13)."""

from __future__ import annotations

import pytest

from qungui.core.events import MessageKind
from qungui.rules import check_pool
from qungui.rules.check import default_check_rulebook
from qungui.rules.check_content import ContentPlan
from qungui.rules.compiled import compile_rulebook

pytestmark = pytest.mark.skipif(not check_pool.available(), reason="the content pool needs the fork start method")


@pytest.fixture(scope="module")
def plan():
    return ContentPlan(compile_rulebook(default_check_rulebook()))


def items(count: int, offset: int = 0) -> list[check_pool.Item]:
    forms = (
        "第{}单已发货，单号 SF{:09d}",
        "加我薇❤信 wx{:05d}{}",
        "明天{}点开会，会议室 {}",
        "兼职刷单日结{}，扣扣 {}",
    )
    return [(forms[i % 4].format(i, i + offset), MessageKind.TEXT, ()) for i in range(offset, offset + count)]


def same(a, b) -> bool:
    return (a.norm.compact, a.entries, a.json, a.fingerprint) == (b.norm.compact, b.entries, b.json, b.fingerprint)


def test_parts_computed_here_and_in_the_worker_equal_one_process(plan, monkeypatch):
    here: list[tuple[int, int]] = []
    pool = check_pool.ContentPool(plan, 1)
    compute_here = pool._compute_here
    monkeypatch.setattr(pool, "_compute_here", lambda t, n: (here.append((t, n)), compute_here(t, n)))
    try:
        # ten parts in one ticket: the worker holds IN_FLIGHT of them, so the runner takes queued ones itself
        batches = [items(10 * check_pool.PART), items(3 * check_pool.PART + 5, 50_000), items(7, 90_000)]
        tickets = [pool.submit(batch) for batch in batches]
        results = [pool.result(ticket) for ticket in tickets]
    finally:
        pool.close()
    assert here, "no part was computed by the runner"
    for batch, got in zip(batches, results, strict=True):
        expected = plan.compute_items(batch)
        assert len(got) == len(expected)
        assert all(same(a, b) for a, b in zip(got, expected, strict=True))


def test_a_closed_pool_refuses_work(plan):
    pool = check_pool.ContentPool(plan, 1)
    pool.close()
    with pytest.raises(RuntimeError, match="closed"):
        pool.submit(items(3))


def test_with_workers_the_runner_reads_ahead_while_the_oldest_block_is_not_back(monkeypatch):
    from qungui.rules import check

    lines = [f'{{"id": "m{i}", "text": "第{i}条消息，单号 {100000 + i}"}}'.encode() for i in range(60)]
    with check.CheckRunner(compile_rulebook(default_check_rulebook()), block=1, workers=2) as runner:
        started: list[int] = []
        start = runner._start
        monkeypatch.setattr(runner, "_start", lambda block, first: (started.append(first), start(block, first))[1])
        monkeypatch.setattr(runner._pool, "ready", lambda ticket: False)  # the workers never seem done in time
        blocks = runner.check_blocks(runner._blocks(lines))
        first = next(blocks)
        assert len(started) == check.MAX_AHEAD_BLOCKS + 1  # read ahead as far as allowed before waiting
        rest = [result for results in blocks for result in results]
    assert [r[0] for r in [*first, *rest]] == [f"m{i}" for i in range(60)]  # every line, in order

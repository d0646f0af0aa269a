"""`qungui check`'s fast paths (bytes parsing, blocks, the cache, workers, the flood log's shortcuts) write
exactly what the simple path writes: one line at a time, no cache, one process."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone

import pytest
from typer.testing import CliRunner

from qungui.cli.main import app
from qungui.core.clock import ensure_aware
from qungui.core.events import GroupRef, MemberRef, MessageEvent, MessageKind
from qungui.rules.check import CheckRunner, default_check_rulebook
from qungui.rules.check_state import MessageLog
from qungui.rules.compiled import MAX_RECENT, compile_rulebook
from qungui.rules.engine import scan

TEXTS = ["收到", "好的", "同一句话", "加我薇❤信 wx12345", "你个傻 逼", "兼职刷单日结", "http://bit.ly/x", "明天开会"]
MALFORMED = [
    b"",
    b"   ",
    b"not json",
    b"[1, 2]",
    b'{"id": "x"}',
    b'{"id": "", "text": "a"}',
    b'{"id": "bad-utf8", "text": "\xff\xfe"}',
    b'\xef\xbb\xbf{"id": "bom", "text": "\xe5\x8a\xa0\xe6\x88\x91\xe8\x96\x87\xe4\xbf\xa1 wx12345"}',
    b'{"id": "crlf", "text": "\xe6\x94\xb6\xe5\x88\xb0"}\r',
    b' {"id": "space", "text": "a"} ',
    b'{"id": "esc", "text": "\\ud800"}',
    b'{"id": "kind", "text": "a", "kind": "sticker"}',
    b'{"id": "ts", "text": "a", "sender": "u1", "ts": "yesterday"}',
    b'{"id": "tsnum", "text": "a", "ts": 5}',
    b'{"id": "grp", "text": "a", "group": ""}',
    b'{"id": "' + b"i" * 256 + b'", "text": "a"}',
    b'{"id": "img", "text": "", "image": "***"}',
    b'{"id": "nan", "text": "a", "v": NaN}',
    b"[[[[" * 3000,
]


def mixed_lines(count: int = 1500, seed: int = 11) -> list[bytes]:
    """Few senders writing in bursts (floods, repeats, media runs), late timestamps, anonymous lines and
    every kind of malformed line."""
    rng = random.Random(seed)
    ts = datetime(2026, 11, 24, 9, 0, tzinfo=timezone(timedelta(hours=8)))
    lines: list[bytes] = []
    for i in range(count):
        if rng.random() < 0.04:
            lines.append(rng.choice(MALFORMED))
            continue
        burst = rng.random() < 0.5
        ts += timedelta(seconds=rng.choice([0.2, 0.5, 1]) if burst else rng.choice([1, 3, 10, 30]))
        if rng.random() < 0.02:
            ts += timedelta(seconds=1000)  # a quiet spell: every sender's recent messages expire
        at = ts - timedelta(seconds=rng.choice([5, 40, 700])) if rng.random() < 0.06 else ts
        record: dict = {"id": f"m{i}", "text": rng.choice(TEXTS), "group": rng.choice(["g1", "g2"])}
        roll = rng.random()
        if roll < 0.25:
            record.update(kind="image", text="")
        elif roll < 0.4:
            record.update(kind="voice", text="")
        if rng.random() > 0.05:
            naive = rng.random() < 0.1  # no offset: the rulebook's time zone
            stamp = at.replace(tzinfo=None).isoformat() if naive else at.isoformat()
            record.update(sender=f"u{rng.randrange(3)}", ts=stamp)
        lines.append(json.dumps(record, ensure_ascii=False).encode("utf-8"))
    return lines


@pytest.fixture(scope="module")
def book():
    return compile_rulebook(default_check_rulebook())


@pytest.fixture(scope="module")
def simple(book):
    """The simple path: each line as str (bytes only when not UTF-8), one block per line, no cache, one process."""
    runner = CheckRunner(book, cache_entries=0, block=1)
    return [runner.check_line(_text(line), number) for number, line in enumerate(mixed_lines(), start=1)]


def _text(line: bytes) -> str | bytes:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line


def test_the_mixed_file_exercises_floods_findings_and_errors(simple):
    categories = {f["category"] for record in simple if "findings" in record for f in record["findings"]}
    assert {"flood", "media_flood", "voice", "abuse", "solicitation"} <= categories
    errors = [record["error"] for record in simple if "error" in record]
    assert any("not JSON" in e for e in errors) and any("empty line" in e for e in errors)
    assert any("not valid UTF-8" in e for e in errors) and any("at most 255 characters" in e for e in errors)
    assert any(record["id"] in ("bom", "crlf") and "findings" in record for record in simple)


@pytest.mark.parametrize(
    "options",
    [{}, {"block": 7}, {"cache_entries": 3, "block": 50}, {"workers": 2, "block": 64}, {"workers": 3, "block": 200}],
)
def test_bytes_blocks_cache_and_workers_write_what_the_simple_path_writes(book, simple, options):
    lines = mixed_lines()
    expected = [json.dumps(record, ensure_ascii=False) for record in simple]
    with CheckRunner(book, **options) as runner:
        assert list(runner.run_json(lines)) == expected
    with CheckRunner(book, **options) as runner:
        assert list(runner.run(lines)) == simple


def test_the_command_writes_the_simple_paths_bytes(tmp_path, simple):
    source = tmp_path / "mixed.jsonl"
    source.write_bytes(b"\n".join(mixed_lines()) + b"\n")
    expected = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in simple)
    for workers in ("1", "2", "0"):
        target = tmp_path / f"out{workers}.jsonl"
        result = CliRunner().invoke(app, ["check", "-i", str(source), "-o", str(target), "--workers", workers])
        assert result.exit_code == 0, result.output
        assert target.read_bytes() == expected.encode("utf-8"), f"--workers {workers}"


def test_the_flood_log_keeps_what_the_engine_keeps(book):
    """Many messages per sender within the window (more than MAX_RECENT), out of order now and then: the log's
    recent messages, count and last time are the engine's after each message."""
    rng = random.Random(5)
    log = MessageLog(book.history_s, group_activity=False)
    state = book.new_state("g")
    ts = datetime(2026, 11, 24, 9, 0, tzinfo=timezone(timedelta(hours=8)))
    longest = 0
    for i in range(900):
        ts += timedelta(seconds=rng.choice([0.1, 0.5, 1] * 80 + [book.history_s / 2, book.history_s * 2]))
        if rng.random() < 0.02:
            ts += timedelta(seconds=1000)  # a quiet spell: every sender's recent messages expire
        at = ts - timedelta(seconds=rng.choice([1, book.history_s])) if rng.random() < 0.1 else ts
        sender = "u0" if rng.random() < 0.9 else "u1"
        event = MessageEvent(
            id=f"m{i}",
            group=GroupRef(platform="check", id="g"),
            ts=ensure_aware(at, book.rulebook.tz),
            sender=MemberRef(platform="check", id=sender),
            kind=MessageKind.TEXT,
            text=rng.choice(TEXTS),
        )
        _, decision = scan(event, book, state, event.ts)
        state.apply(decision)
        recent = state.member(sender).recent
        key = ("g", sender)
        log.remember(None, key, log.get(key), event.ts, recent[-1].fingerprint, "text")
        mine = log.member(key)
        assert mine.recent == recent and mine.message_count == state.member(sender).message_count
        assert mine.last_message_at == state.member(sender).last_message_at
        longest = max(longest, len(mine.recent))
    assert longest == MAX_RECENT, "the cap was reached"

"""The pipeline stores, evaluates and records each event once; replaying a log changes nothing."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from qungui.core.events import GroupRef, MemberJoined, MemberRef, MessageEvent, Tick
from qungui.governance.audit.models import AuditEntry
from qungui.governance.audit.service import verify_chain
from qungui.governance.cases.models import Case, Sanction
from qungui.governance.events.models import EventRecord
from qungui.governance.groups.service import find_group
from qungui.governance.members.service import load_group_state
from qungui.rules.compiled import compile_rulebook
from qungui.rules.engine import evaluate
from qungui.rules.loader import parse_rulebook
from qungui.runtime.pipeline import handle_event, handle_tick, tick_id

SHANGHAI = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI)
GROUP = GroupRef(platform="sim", id="g1", name="业主群")
RULEBOOK = """
name: community
title: 业主群群规
group_kind: community
ladders:
  warn_apology_remove:
    title: 口头警告 → 警告并当场道歉 → 请出
    strikes_expire_after: 30d
    steps:
      - action: warn
      - action: warn_apology
        deadline: 10m
      - action: remove
clauses:
  - id: 四.2
    text: 不得在群内辱骂他人，违者口头警告，再犯警告并当场道歉，拒不道歉者请出本群。
    title: 不得辱骂他人
    category: abuse
    enforcement: auto
    delete_message: true
    detectors: [{type: lexicon, settings: {terms: [傻逼, 滚蛋]}}]
    ladder: warn_apology_remove
"""
BOOK = compile_rulebook(parse_rulebook(RULEBOOK))


def member(member_id: str) -> MemberRef:
    return MemberRef(platform="sim", id=member_id, name=member_id.title())


def say(n: int, who: str, text: str, minutes: float) -> MessageEvent:
    return MessageEvent(id=f"m{n}", group=GROUP, ts=START + timedelta(minutes=minutes), sender=member(who), text=text)


# (time of handling, event or None for a scheduler tick)
SCENARIO: list[tuple[datetime, object]] = [
    (START, MemberJoined(id="j1", group=GROUP, ts=START, member=member("carol"))),
    (START + timedelta(minutes=1), say(1, "alice", "大家好", 1)),
    (START + timedelta(minutes=2), say(2, "bob", "你个傻逼", 2)),
    (START + timedelta(minutes=3), say(3, "bob", "滚蛋吧", 3)),
    (START + timedelta(minutes=5), None),  # apology still due
    (START + timedelta(minutes=6), say(4, "carol", "别吵了", 6)),
    (START + timedelta(minutes=14), None),  # deadline passed: bob is removed
]


def play(session_factory) -> list[object]:
    results = []
    for now, event in SCENARIO:
        with session_factory.begin() as session:
            if event is None:
                results.append(handle_tick(session, book=BOOK, group_ref=GROUP, now=now))
            else:
                results.append(handle_event(session, book=BOOK, group_ref=GROUP, event=event, now=now))
    return results


def snapshot(session_factory) -> dict[str, object]:
    with session_factory.begin() as session:
        group = find_group(session, platform="sim", external_id="g1")
        state = load_group_state(session, group=group, book=BOOK)

        def count(model) -> int:
            return session.scalar(select(func.count()).select_from(model))

        return {
            "members": {k: v.to_dict() for k, v in state.members.items()},
            "counts": (count(EventRecord), count(Case), count(Sanction), count(AuditEntry)),
            "cases": session.execute(select(Case.key, Case.step, Case.status).order_by(Case.id)).all(),
            "sanctions": session.execute(select(Sanction.key, Sanction.kind).order_by(Sanction.id)).all(),
        }


def pure_replay() -> dict[str, dict]:
    state = BOOK.new_state("g1")
    for now, event in SCENARIO:
        if event is None:
            event = Tick(id=tick_id(now), group=GROUP, ts=now)
        state.apply(evaluate(event, BOOK, state, now))
    return {k: v.to_dict() for k, v in state.members.items()}


def test_the_scenario_walks_bob_up_the_ladder(session_factory):
    decisions = play(session_factory)
    assert all(d is not None for d in decisions)
    snap = snapshot(session_factory)
    assert [(step, status) for _, step, status in snap["cases"]] == [
        ("warn", "applied"),
        ("warn_apology", "applied"),
        ("remove", "applied"),
    ]
    assert [kind for _, kind in snap["sanctions"]] == [
        "delete_message",
        "warn",
        "delete_message",
        "require_apology",
        "remove",
    ]
    assert snap["members"]["bob"]["status"] == "removed"
    assert snap["members"]["carol"]["status"] == "active"
    assert snap["counts"][:3] == (7, 3, 5)  # 5 events + 2 ticks, 3 cases, 5 sanctions


def test_the_database_holds_what_the_pure_engine_computes(session_factory):
    play(session_factory)
    assert snapshot(session_factory)["members"] == pure_replay()


def test_replaying_the_whole_log_changes_nothing(session_factory):
    play(session_factory)
    first = snapshot(session_factory)
    again = play(session_factory)
    assert again == [None] * len(SCENARIO)
    assert snapshot(session_factory) == first
    with session_factory() as session:
        assert verify_chain(session).ok


def test_a_duplicate_in_the_same_transaction_returns_none(session):
    event = say(9, "bob", "傻逼", 0)
    with session.begin():
        assert handle_event(session, book=BOOK, group_ref=GROUP, event=event, now=START) is not None
        assert handle_event(session, book=BOOK, group_ref=GROUP, event=event, now=START) is None
        assert session.scalar(select(func.count()).select_from(Case)) == 1


def test_a_tick_at_the_same_instant_runs_once(session):
    now = START + timedelta(hours=1)
    with session.begin():
        assert handle_tick(session, book=BOOK, group_ref=GROUP, now=now) is not None
        assert handle_tick(session, book=BOOK, group_ref=GROUP, now=now.astimezone(ZoneInfo("UTC"))) is None
        assert handle_tick(session, book=BOOK, group_ref=GROUP, now=now + timedelta(seconds=1)) is not None


def test_naive_times_and_foreign_events_are_refused(session):
    with pytest.raises(ValueError, match="aware"), session.begin():
        handle_tick(session, book=BOOK, group_ref=GROUP, now=datetime(2026, 11, 23, 9, 0))
    other = GroupRef(platform="sim", id="g2")
    with pytest.raises(ValueError, match="another group"), session.begin():
        handle_event(session, book=BOOK, group_ref=other, event=say(1, "a", "hi", 0), now=START)


def test_racing_handlers_of_one_event_record_it_once(session_factory):
    event = say(7, "bob", "你个傻逼", 0)
    barrier = threading.Barrier(2)
    results: list[object] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            with session_factory.begin() as own:
                barrier.wait(timeout=10)
                results.append(handle_event(own, book=BOOK, group_ref=GROUP, event=event, now=START))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert sorted(result is None for result in results) == [False, True]
    snap = snapshot(session_factory)
    assert snap["counts"][:3] == (1, 1, 2)
    assert [step for _, step, _ in snap["cases"]] == ["warn"]

"""A failure anywhere in handling an event leaves no partial rows; the event can be handled again."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from qungui.core.events import GroupRef, MemberRef, MessageEvent
from qungui.governance.audit.models import AuditEntry, AuditHead
from qungui.governance.audit.service import verify_chain
from qungui.governance.cases.models import Case, Sanction
from qungui.governance.cases.service import record_decision
from qungui.governance.events.models import EventRecord
from qungui.governance.groups.models import Group
from qungui.governance.members.models import Member
from qungui.rules.compiled import compile_rulebook
from qungui.rules.loader import parse_rulebook
from qungui.runtime import pipeline
from qungui.runtime.pipeline import handle_event

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
GROUP = GroupRef(platform="sim", id="g1")
BOOK = compile_rulebook(
    parse_rulebook(
        """
name: atomic
title: 原子性
group_kind: custom
ladders:
  warn_remove: {title: 警告后请出, steps: [{action: warn}, {action: remove}]}
clauses:
  - id: 四.2
    text: 不得辱骂他人
    title: 不得辱骂
    enforcement: auto
    detectors: [{type: lexicon, settings: {terms: [傻逼]}}]
    ladder: warn_remove
"""
    )
)
EVENT = MessageEvent(id="m1", group=GROUP, ts=NOW, sender=MemberRef(platform="sim", id="bob"), text="傻逼")
TABLES = (Group, Member, EventRecord, Case, Sanction, AuditEntry)


def counts(session_factory) -> dict[str, int]:
    with session_factory() as session:
        found = {model.__tablename__: session.scalar(select(func.count()).select_from(model)) for model in TABLES}
        found["audit_head.seq"] = session.scalar(select(AuditHead.seq))
        return found


EMPTY = {"groups": 0, "members": 0, "events": 0, "cases": 0, "sanctions": 0, "audit_log": 0, "audit_head.seq": 0}


def test_an_engine_error_leaves_no_rows(session_factory, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("detector crashed")

    monkeypatch.setattr(pipeline, "evaluate", broken)
    with pytest.raises(RuntimeError, match="detector crashed"), session_factory.begin() as session:
        handle_event(session, book=BOOK, group_ref=GROUP, event=EVENT, now=NOW)
    assert counts(session_factory) == EMPTY


def test_a_failure_while_recording_leaves_no_rows_and_the_event_can_be_retried(session_factory, monkeypatch):
    def record_then_fail(*args, **kwargs):
        record_decision(*args, **kwargs)
        raise ConnectionError("database went away")

    monkeypatch.setattr(pipeline, "record_decision", record_then_fail)
    with pytest.raises(ConnectionError), session_factory.begin() as session:
        handle_event(session, book=BOOK, group_ref=GROUP, event=EVENT, now=NOW)
    assert counts(session_factory) == EMPTY

    monkeypatch.undo()
    with session_factory.begin() as session:
        decision = handle_event(session, book=BOOK, group_ref=GROUP, event=EVENT, now=NOW)
    assert decision is not None and [a.kind.value for a in decision.actions] == ["warn"]
    after = counts(session_factory)
    assert (after["events"], after["cases"], after["sanctions"], after["members"]) == (1, 1, 1, 1)
    with session_factory() as session:
        assert verify_chain(session).ok


def test_a_failure_in_a_later_event_keeps_the_earlier_one(session_factory, monkeypatch):
    with session_factory.begin() as session:
        handle_event(session, book=BOOK, group_ref=GROUP, event=EVENT, now=NOW)
    before = counts(session_factory)
    monkeypatch.setattr(pipeline, "save_member_states", lambda *a, **k: (_ for _ in ()).throw(OSError("disk")))
    second = EVENT.model_copy(update={"id": "m2"})
    with pytest.raises(OSError), session_factory.begin() as session:
        handle_event(session, book=BOOK, group_ref=GROUP, event=second, now=NOW)
    assert counts(session_factory) == before

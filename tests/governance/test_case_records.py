"""Decisions become cases and sanctions once, each with an audit row."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from qungui.core.events import GroupRef, MemberRef, MessageEvent
from qungui.governance.audit.models import AuditEntry
from qungui.governance.audit.service import verify_chain
from qungui.governance.cases.models import Case, Sanction, SanctionStatus
from qungui.governance.cases.service import (
    cases_for_member,
    mark_sanction,
    pending_sanctions,
    record_decision,
    sanction_key,
)
from qungui.governance.groups.service import ensure_group
from qungui.rules.compiled import compile_rulebook
from qungui.rules.engine import evaluate, sanction
from qungui.rules.loader import parse_rulebook

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
GROUP = GroupRef(platform="sim", id="g1")
BOOK = compile_rulebook(
    parse_rulebook(
        """
name: cases
title: 案件测试
group_kind: custom
ladders:
  warn_remove: {title: 警告后请出, steps: [{action: warn}, {action: remove}]}
  red_envelope: {title: 发红包, steps: [{action: fine, amount: 20.5, due_after: 24h}]}
  serious: {title: 严重警告, steps: [{action: serious_warning}]}
clauses:
  - id: 四.2
    text: 不得辱骂他人
    title: 不得辱骂
    enforcement: auto
    delete_message: true
    detectors: [{type: lexicon, settings: {terms: [傻逼]}}]
    ladder: warn_remove
  - id: 三.4
    text: 禁止赌博信息
    title: 禁止赌博
    enforcement: auto
    detectors: [{type: lexicon, settings: {terms: [百家乐]}}]
    ladder: red_envelope
  - id: 三.5
    text: 严禁泄露公司机密
    title: 不得泄密
    enforcement: assisted
    reason: 是否泄密需要管理员核实
    detectors: [{type: lexicon, settings: {terms: [内部机密]}}]
    ladder: serious
"""
    )
)


def decide(text: str, event_id: str = "m1"):
    event = MessageEvent(
        id=event_id, group=GROUP, ts=NOW, sender=MemberRef(platform="sim", id="bob", name="老李"), text=text
    )
    return evaluate(event, BOOK, BOOK.new_state("g1"), NOW)


def counts(session) -> tuple[int, int, int]:
    return (
        session.scalar(select(func.count()).select_from(Case)),
        session.scalar(select(func.count()).select_from(Sanction)),
        session.scalar(select(func.count()).select_from(AuditEntry)),
    )


def test_a_decision_is_recorded_with_links_statuses_and_audit(session):
    decision = decide("你个傻逼，来玩百家乐，这是内部机密")
    assert [v.clause for v in decision.violations] == ["四.2", "三.4", "三.5"]
    with session.begin():
        group = ensure_group(session, ref=GROUP, now=NOW)
        recorded = record_decision(session, group=group, decision=decision, now=NOW)
    with session.begin():
        cases = {c.clause: c for c in session.scalars(select(Case))}
        sanctions = session.scalars(select(Sanction).order_by(Sanction.id)).all()
        audit = session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)).all()
        assert verify_chain(session).ok
    assert len(recorded.cases) == 3 and len(recorded.sanctions) == len(decision.actions) == 4
    assert {k: (c.status, c.step) for k, c in cases.items()} == {
        "四.2": ("applied", "warn"),
        "三.4": ("applied", "fine"),
        "三.5": ("queued", "serious_warning"),
    }
    abuse = cases["四.2"]
    assert abuse.key == decision.violations[0].case and abuse.event_key == decision.event_key
    assert abuse.evidence == "傻逼" and abuse.findings[0]["clause"] == "四.2"
    assert abuse.clause_text == "不得辱骂他人" and abuse.member_id == "bob"
    assert [(s.kind, s.case_id, s.status) for s in sanctions] == [
        ("delete_message", abuse.id, "pending"),
        ("warn", abuse.id, "pending"),
        ("fine", cases["三.4"].id, "pending"),
        ("queue_for_admin", cases["三.5"].id, "pending"),
    ]
    fine = sanctions[2]
    assert fine.amount == Decimal("20.50")
    assert fine.deadline == NOW + timedelta(hours=24) and fine.deadline.tzinfo is not None
    assert sanctions[0].message_id == "m1"
    assert [s.key for s in sanctions] == [sanction_key(decision, i) for i in range(4)]
    assert audit == ["group.created"] + ["case.opened"] * 3 + ["sanction.created"] * 4


def test_recording_twice_writes_nothing_more(session):
    decision = decide("傻逼")
    with session.begin():
        group = ensure_group(session, ref=GROUP, now=NOW)
        record_decision(session, group=group, decision=decision, now=NOW)
        before = counts(session)
        again = record_decision(session, group=group, decision=decision, now=NOW + timedelta(minutes=1))
        assert (again.cases, again.sanctions) == ((), ())
        assert counts(session) == before == (1, 2, 4)


def test_an_admin_sanction_links_to_the_queued_case(session):
    queued = decide("这是内部机密")
    with session.begin():
        group = ensure_group(session, ref=GROUP, now=NOW)
        record_decision(session, group=group, decision=queued, now=NOW)
    case_key = queued.violations[0].case
    confirmed = sanction(
        book=BOOK, state=BOOK.new_state("g1"), member_id="bob", clause_id="三.5", now=NOW, case=case_key
    )
    with session.begin():
        recorded = record_decision(session, group=group, decision=confirmed, now=NOW, actor="admin:owner")
        linked = session.scalars(select(Sanction).where(Sanction.kind == "serious_warning")).one()
        case = session.scalars(select(Case).where(Case.key == case_key)).one()
    assert recorded.cases == ()  # the case exists; the confirmation only adds its sanction
    assert linked.case_id == case.id
    assert [c.key for c in cases_for_member(session, group=group, member_id="bob")] == [case_key]


def test_record_only_actions_are_done_at_once(session):
    state = BOOK.new_state("g1")
    state.members["gone"] = state.member("gone").with_(status="left")
    decision = sanction(book=BOOK, state=state, member_id="gone", clause_id="四.2", now=NOW, case="manual-1")
    assert [a.kind.value for a in decision.actions] == ["record"]
    with session.begin():
        group = ensure_group(session, ref=GROUP, now=NOW)
        recorded = record_decision(session, group=group, decision=decision, now=NOW)
    assert [s.status for s in recorded.sanctions] == ["done"]


def test_pending_sanctions_and_marking_attempts(session):
    with session.begin():
        group = ensure_group(session, ref=GROUP, now=NOW)
        record_decision(session, group=group, decision=decide("傻逼", "m1"), now=NOW)
        record_decision(session, group=group, decision=decide("百家乐", "m2"), now=NOW + timedelta(seconds=1))
        pending = pending_sanctions(session, group=group)
        assert [s.kind for s in pending] == ["delete_message", "warn", "fine"]
        mark_sanction(session, sanction=pending[0], status=SanctionStatus.DONE, now=NOW)
        mark_sanction(session, sanction=pending[1], status=SanctionStatus.FAILED, now=NOW, error="HTTP 500")
    with session.begin():
        assert [s.kind for s in pending_sanctions(session)] == ["fine"]
        failed = session.scalars(select(Sanction).where(Sanction.status == "failed")).one()
        assert (failed.attempts, failed.last_error, failed.updated_at) == (1, "HTTP 500", NOW.astimezone(UTC))
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq.desc()).limit(2)).all()
        assert actions == ["sanction.failed", "sanction.done"]
        assert verify_chain(session).ok

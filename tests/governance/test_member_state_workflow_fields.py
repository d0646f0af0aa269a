"""The workflow fields of a member's state (rules, nickname, leave start) survive the database."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from qungui.core.events import GroupRef, MemberJoined, MemberRef, MessageEvent
from qungui.core.findings import ActionKind
from qungui.governance.cases.service import pending_sanctions, record_decision
from qungui.governance.groups.service import ensure_group
from qungui.governance.members.models import Member
from qungui.governance.members.service import load_group_state, save_member_states
from qungui.rules.compiled import compile_rulebook
from qungui.rules.engine import evaluate
from qungui.rules.loader import load_template
from qungui.rules.state import MemberState
from qungui.runtime.executor import _view

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
GROUP = GroupRef(platform="sim", id="g1", name="测试群")
BOOK = compile_rulebook(load_template("community"))


def test_workflow_fields_round_trip_and_rows_written_before_them_still_load(session):
    busy = MemberState(
        member_id="new",
        joined_at=NOW,
        rules_due=NOW + timedelta(hours=24),
        rules_reminded_at=NOW + timedelta(hours=1),
        rules_confirmed_at=NOW + timedelta(hours=2),
        nickname_due=NOW + timedelta(hours=3),
        on_leave_from=NOW + timedelta(days=7),
        on_leave_until=NOW + timedelta(days=14),
    )
    with session.begin():
        group = ensure_group(session, ref=GROUP, now=NOW)
        save_member_states(session, group=group, states={"new": busy, "old": MemberState("old")}, now=NOW)
        old = session.scalars(select(Member).where(Member.external_id == "old")).one()
        legacy = dict(old.state)
        for key in ("rules_due", "rules_reminded_at", "rules_confirmed_at", "nickname_due", "on_leave_from"):
            legacy.pop(key)
        old.state = legacy | {"on_leave_until": (NOW + timedelta(days=2)).isoformat()}
    with session.begin():
        loaded = load_group_state(session, group=group, book=BOOK).members
    assert loaded["new"] == busy
    assert loaded["old"].on_leave_until == NOW + timedelta(days=2)
    assert loaded["old"].on_leave_from is None and loaded["old"].rules_due is None
    assert loaded["old"].on_leave(NOW), "a leave stored before on_leave_from existed counts from now"


def test_welcome_and_thanks_are_recorded_as_sanctions_the_executor_reads_back(session):
    state = BOOK.new_state("g1")
    member = MemberRef(platform="sim", id="new", name="小王")
    joined = evaluate(MemberJoined(id="j1", group=GROUP, ts=NOW, member=member), BOOK, state, NOW)
    state.apply(joined)
    later = NOW + timedelta(hours=1)
    thanks = evaluate(
        MessageEvent(id="m1", group=GROUP, ts=later, sender=member, text="已阅读群规"), BOOK, state, later
    )
    with session.begin():
        group = ensure_group(session, ref=GROUP, now=NOW)
        record_decision(session, group=group, decision=joined, now=NOW)
        record_decision(session, group=group, decision=thanks, now=later)
    with session.begin():
        views = [_view(session, GROUP, s) for s in pending_sanctions(session, group=group, limit=10)]
    assert [(v.kind, v.member_id) for v in views] == [(ActionKind.WELCOME, "new"), (ActionKind.ACK_RULES, "new")]
    assert "欢迎 @小王" in views[0].text

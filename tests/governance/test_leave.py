"""告假 (备注): requests within the rulebook's limit, decided by another admin, honoured by the inactivity sweep."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from qungui.core.events import GroupRef, MemberRef, MessageEvent, Tick
from qungui.governance.audit.models import AuditEntry
from qungui.governance.groups.service import ensure_group
from qungui.governance.leave.models import LeaveRequest
from qungui.governance.leave.service import (
    LeaveRejected,
    active_leave,
    cancel_leave,
    decide_leave,
    pending_leave,
    request_leave,
)
from qungui.governance.members.models import Role
from qungui.governance.members.service import get_member, load_group_state, save_member_states, set_member_role
from qungui.rules.compiled import compile_rulebook
from qungui.rules.engine import evaluate
from qungui.rules.loader import parse_rulebook
from qungui.rules.state import MemberState

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
DAY = timedelta(days=1)
GROUP = GroupRef(platform="sim", id="g1", name="测试群")
RULEBOOK = parse_rulebook(
    """
name: quiet
title: 一周不发言
group_kind: custom
inactivity: {clause: 备注, window: 7d, leave: {max_length: 14d}}
clauses:
  - id: 备注
    text: 一周内不发言者，若是有特殊情况的，可事先和管理人员说明情况，告假。否则，管理人员可自行处理。
    title: 一周内不发言须告假
    enforcement: manual
    reason: 告假由管理员审批
"""
)
BOOK = compile_rulebook(RULEBOOK)
MAX = RULEBOOK.inactivity.leave.max_length


def setup(session):
    group = ensure_group(session, ref=GROUP, now=NOW)
    for member_id, role in {"boss": Role.OWNER, "adm": Role.ADMIN}.items():
        set_member_role(session, group=group, member_id=member_id, role=role, now=NOW)
    states = {m: MemberState(member_id=m, joined_at=NOW - 30 * DAY, last_message_at=NOW) for m in ("u1", "u2")}
    save_member_states(session, group=group, states=states, now=NOW)
    return group


def ask(session, group, *, member="u1", start=NOW, end=NOW + 10 * DAY, now=NOW):
    return request_leave(
        session, group=group, member=member, start=start, end=end, reason="出差", now=now, max_length=MAX
    )


def test_the_rulebook_sets_the_maximum():
    assert MAX == 14 * DAY


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [
        (NOW + 2 * DAY, NOW + DAY, "cannot end before it starts"),
        (NOW - 3 * DAY, NOW - DAY, "already over"),
        (NOW - 3 * DAY, NOW, "already over"),
        (NOW, NOW + 14 * DAY + timedelta(seconds=1), "at most 14 days"),
    ],
)
def test_impossible_periods_are_refused(session, start, end, words):
    with session.begin():
        group = setup(session)
        with pytest.raises(LeaveRejected, match=words) as raised:
            ask(session, group, start=start, end=end)
    assert raised.value.reason_zh and raised.value.reason_en in str(raised.value)


def test_the_longest_allowed_and_a_leave_already_begun_are_fine(session):
    with session.begin():
        group = setup(session)
        assert ask(session, group, start=NOW - DAY, end=NOW - DAY + MAX).status == "pending"
        assert ask(session, group, member="u2", start=NOW + DAY, end=NOW + DAY).ends_at == NOW + DAY  # end == start


def test_outsiders_cannot_ask(session):
    with session.begin():
        group = setup(session)
        with pytest.raises(LeaveRejected, match="Only members"):
            ask(session, group, member="stranger")


def test_overlapping_live_requests_are_refused_but_rejected_ones_do_not_count(session):
    with session.begin():
        group = setup(session)
        first = ask(session, group, start=NOW, end=NOW + 5 * DAY)
        with pytest.raises(LeaveRejected, match="Overlaps your pending leave"):
            ask(session, group, start=NOW + 4 * DAY, end=NOW + 8 * DAY)
        assert ask(session, group, member="u2", start=NOW, end=NOW + 5 * DAY).status == "pending"  # another member
        adjacent = ask(session, group, start=NOW + 5 * DAY, end=NOW + 8 * DAY)  # touching is not overlapping
        decide_leave(session, request_id=first.id, admin="adm", approved=True, now=NOW)
        with pytest.raises(LeaveRejected, match="Overlaps your approved leave"):
            ask(session, group, start=NOW + DAY, end=NOW + 2 * DAY)
        decide_leave(session, request_id=adjacent.id, admin="adm", approved=False, note="太长", now=NOW)
        assert ask(session, group, start=NOW + 6 * DAY, end=NOW + 7 * DAY).status == "pending"


def test_only_another_admin_decides(session):
    with session.begin():
        group = setup(session)
        mine = ask(session, group, member="adm")
        theirs = ask(session, group)
        with pytest.raises(LeaveRejected, match="Another admin must decide your own leave"):
            decide_leave(session, request_id=mine.id, admin="adm", approved=True, now=NOW)
        with pytest.raises(LeaveRejected, match="Only the owner or an admin"):
            decide_leave(session, request_id=theirs.id, admin="u2", approved=True, now=NOW)
        decide_leave(session, request_id=mine.id, admin="boss", approved=True, now=NOW)
        with pytest.raises(LeaveRejected, match="Already decided"):
            decide_leave(session, request_id=mine.id, admin="boss", approved=False, now=NOW)
        assert [r.id for r in pending_leave(session, group=group)] == [theirs.id]


def test_approval_sets_on_leave_until_and_is_audited(session):
    end = NOW + 10 * DAY
    with session.begin():
        group = setup(session)
        request = ask(session, group, start=NOW + DAY, end=end)
        assert active_leave(session, group=group, member="u1", now=NOW + 2 * DAY) is None, "not approved yet"
        decide_leave(session, request_id=request.id, admin="adm", approved=True, note="准假", now=NOW)
        state = MemberState.from_dict(get_member(session, group=group, member_id="u1").state)
        assert state.on_leave_until == end
        assert active_leave(session, group=group, member="u1", now=NOW) is None, "starts tomorrow"
        assert active_leave(session, group=group, member="u1", now=NOW + 2 * DAY).id == request.id
        assert active_leave(session, group=group, member="u1", now=end) is None
        entries = session.scalars(select(AuditEntry).where(AuditEntry.subject == f"leave:{request.id}")).all()
        assert [(e.actor, e.action) for e in entries] == [("u1", "leave.requested"), ("adm", "leave.approved")]


def test_cancelling_an_approved_leave_clears_on_leave_until(session):
    with session.begin():
        group = setup(session)
        request = ask(session, group)
        decide_leave(session, request_id=request.id, admin="adm", approved=True, now=NOW)
        with pytest.raises(LeaveRejected):
            cancel_leave(session, request_id=request.id, member="u2", now=NOW)
        cancel_leave(session, request_id=request.id, member="u1", now=NOW + DAY)
        assert session.get(LeaveRequest, request.id).status == "cancelled"
        assert MemberState.from_dict(get_member(session, group=group, member_id="u1").state).on_leave_until is None
        with pytest.raises(LeaveRejected, match="nothing to cancel"):
            cancel_leave(session, request_id=request.id, member="u1", now=NOW + DAY)


def test_an_approved_leave_makes_the_inactivity_sweep_skip_the_member(session):
    with session.begin():
        group = setup(session)
        request = ask(session, group, end=NOW + 10 * DAY)
        decide_leave(session, request_id=request.id, admin="adm", approved=True, now=NOW)
    later = NOW + 8 * DAY
    with session.begin():
        state = load_group_state(session, group=group, book=BOOK)
        decision = evaluate(Tick(id="t1", group=GROUP, ts=later), BOOK, state, later)
    reminded = {a.member_id for a in decision.actions if a.kind.value == "remind"}
    assert reminded == {"u2"}, "u2 has no leave and is reminded; u1 is on leave and is not"
    # Once the leave is over the week is counted afresh (请假期间不计入): not the day after, but a week after.
    after = NOW + 11 * DAY
    decision = evaluate(Tick(id="t2", group=GROUP, ts=after), BOOK, state, after)
    assert "u1" not in {a.member_id for a in decision.actions if a.kind.value == "remind"}
    week_after = NOW + 17 * DAY
    decision = evaluate(Tick(id="t3", group=GROUP, ts=week_after), BOOK, state, week_after)
    assert "u1" in {a.member_id for a in decision.actions if a.kind.value == "remind"}


def test_a_leave_from_next_week_protects_the_leave_but_not_this_weeks_silence(session):
    start, end = NOW + 7 * DAY, NOW + 14 * DAY
    with session.begin():
        group = setup(session)
        quiet = MemberState(member_id="u1", joined_at=NOW - 30 * DAY, last_message_at=NOW - 3 * DAY)
        save_member_states(session, group=group, states={"u1": quiet}, now=NOW)
        request = ask(session, group, start=start, end=end)
        decide_leave(session, request_id=request.id, admin="adm", approved=True, now=NOW)
        stored = MemberState.from_dict(get_member(session, group=group, member_id="u1").state)
        assert (stored.on_leave_from, stored.on_leave_until) == (start, end)
        state = load_group_state(session, group=group, book=BOOK)

    def reminded(at: datetime) -> set[str]:
        decision = evaluate(Tick(id=f"t{at.isoformat()}", group=GROUP, ts=at), BOOK, state, at)
        state.apply(decision)
        return {a.member_id for a in decision.actions if a.kind.value == "remind"}

    assert reminded(NOW + 5 * DAY) == {"u1"}, "silent a week before the leave starts: reminded"
    spoke = NOW + 5 * DAY + timedelta(hours=1)
    event = MessageEvent(id="m1", group=GROUP, ts=spoke, sender=MemberRef(platform="sim", id="u1"), text="收到")
    state.apply(evaluate(event, BOOK, state, spoke))
    assert "u1" not in reminded(NOW + 13 * DAY), "a week of silence, but it ran out during the leave"
    assert "u1" not in reminded(end + timedelta(minutes=1)), "the week is counted afresh from the leave's end"
    assert "u1" in reminded(end + timedelta(days=7, minutes=1)), "chased again a week after the leave"
    with session.begin():
        cancel_leave(session, request_id=request.id, member="u1", now=NOW + DAY)
        stored = MemberState.from_dict(get_member(session, group=group, member_id="u1").state)
    assert (stored.on_leave_from, stored.on_leave_until) == (None, None)

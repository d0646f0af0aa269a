"""申诉 (第一篇 五): only the removed appeal, another admin decides, acceptance re-admits and resets the ladder."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from qungui.core.events import GroupRef
from qungui.governance.appeals.models import Appeal
from qungui.governance.appeals.service import AppealRejected, decide_appeal, file_appeal, open_appeals
from qungui.governance.audit.models import AuditEntry
from qungui.governance.audit.service import verify_chain
from qungui.governance.cases.models import Case
from qungui.governance.groups.service import ensure_group
from qungui.governance.members.models import Role
from qungui.governance.members.service import get_member, save_member_states, set_member_role
from qungui.rules.state import MemberState, Strike

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
REMOVED_AT = NOW - timedelta(days=1)


def setup(session, *, removed_by: str | None = "adm", with_case: bool = True):
    group = ensure_group(session, ref=GroupRef(platform="sim", id="g1", name="测试群"), now=NOW)
    for member_id, role in {"boss": Role.OWNER, "adm": Role.ADMIN, "adm2": Role.ADMIN}.items():
        set_member_role(session, group=group, member_id=member_id, role=role, now=NOW)
    strikes = (
        Strike("一.1", "abuse", REMOVED_AT - timedelta(hours=2), 0, "warn", "c0"),
        Strike("一.1", "abuse", REMOVED_AT, 2, "remove", "c-remove"),
        Strike("三", "ads", REMOVED_AT - timedelta(hours=5), 0, "dissuade", "c-ad"),
    )
    states = {
        "out": MemberState(
            member_id="out", status="removed", removed_at=REMOVED_AT, removed_by=removed_by, strikes=strikes
        ),
        "fine": MemberState(member_id="fine"),
        "quit": MemberState(member_id="quit", status="left"),
    }
    save_member_states(session, group=group, states=states, now=NOW)
    if with_case:
        session.add(
            Case(
                group_id=group.id,
                key="c-remove",
                member_id="out",
                clause="一.1",
                clause_text="不得辱骂",
                title="不得辱骂",
                enforcement="auto",
                ladder="abuse",
                step_index=2,
                step="remove",
                status="applied",
                findings=[],
                also_cites=[],
                event_key="sim:g1:message:9",
                created_at=REMOVED_AT,
                updated_at=REMOVED_AT,
            )
        )
        session.flush()
    return group


@pytest.mark.parametrize("member", ["fine", "quit", "nobody"])
def test_members_never_removed_need_no_appeal(session, member):
    with session.begin():
        group = setup(session)
        with pytest.raises(AppealRejected) as raised:
            file_appeal(session, group=group, member=member, reason="我冤枉", now=NOW)
    assert raised.value.reason_zh == "您没有被移出的记录，无需申诉。"
    assert "no removal on record" in raised.value.reason_en


def test_an_appeal_records_the_removal_case_and_admin(session):
    with session.begin():
        group = setup(session)
        appeal = file_appeal(session, group=group, member="out", reason="我是被盗号发的", now=NOW)
        assert (appeal.case_key, appeal.removed_by, appeal.removed_at, appeal.status) == (
            "c-remove",
            "adm",
            REMOVED_AT,
            "open",
        )
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "appeal.filed")).one()
        assert entry.actor == "out" and entry.data["case"] == "c-remove"
        assert [a.id for a in open_appeals(session, group=group)] == [appeal.id]


def test_one_open_appeal_at_a_time_also_in_the_database(session):
    with session.begin():
        group = setup(session)
        file_appeal(session, group=group, member="out", reason="第一次", now=NOW)
        with pytest.raises(AppealRejected, match="already have an appeal"):
            file_appeal(session, group=group, member="out", reason="第二次", now=NOW + timedelta(minutes=1))
    with pytest.raises(IntegrityError), session.begin():
        session.add(Appeal(group_id=group.id, member_id="out", reason="绕过服务", status="open", created_at=NOW))
        session.flush()


def test_the_removing_admin_cannot_decide_the_appeal(session):
    with session.begin():
        group = setup(session)
        appeal = file_appeal(session, group=group, member="out", reason="请再给一次机会", now=NOW)
        with pytest.raises(AppealRejected) as raised:
            decide_appeal(session, appeal_id=appeal.id, admin="adm", accepted=True, note="", now=NOW)
        assert "移出该成员的管理员" in raised.value.reason_zh and "You removed this member" in raised.value.reason_en
        with pytest.raises(AppealRejected, match="Only the owner or an admin"):
            decide_appeal(session, appeal_id=appeal.id, admin="fine", accepted=True, note="", now=NOW)
        assert appeal.status == "open"


def test_accepting_readmits_overrides_the_case_and_resets_that_ladder(session):
    later = NOW + timedelta(hours=2)
    with session.begin():
        group = setup(session)
        appeal = file_appeal(session, group=group, member="out", reason="请再给一次机会", now=NOW)
        decide_appeal(session, appeal_id=appeal.id, admin="adm2", accepted=True, note="初犯，准予回群", now=later)
    with session.begin():
        row = get_member(session, group=group, member_id="out")
        state = MemberState.from_dict(row.state)
        assert (row.status, state.status, state.removed_by, state.removed_at) == ("active", "active", None, None)
        assert [s.ladder for s in state.strikes] == ["ads"], "the removal ladder starts again; other ladders stay"
        case = session.scalars(select(Case).where(Case.key == "c-remove")).one()
        assert case.status == "overridden" and case.updated_at == later
        decided = session.get(Appeal, appeal.id)
        assert (decided.status, decided.decided_by, decided.decided_at, decided.note) == (
            "accepted",
            "adm2",
            later,
            "初犯，准予回群",
        )
        actions = [e.action for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq))]
        assert actions[-3:] == ["appeal.filed", "case.overridden", "appeal.accepted"]
        accepted = session.scalars(select(AuditEntry).where(AuditEntry.action == "appeal.accepted")).one()
        assert accepted.actor == "adm2" and accepted.data["strikes_dropped"] == 2
        assert verify_chain(session).ok
        # Re-admitted: nothing left to appeal.
        with pytest.raises(AppealRejected, match="no removal on record"):
            file_appeal(session, group=group, member="out", reason="again", now=later)


def test_rejecting_changes_nothing_but_the_appeal(session):
    with session.begin():
        group = setup(session)
        appeal = file_appeal(session, group=group, member="out", reason="求情", now=NOW)
        decide_appeal(session, appeal_id=appeal.id, admin="boss", accepted=False, note="证据确凿", now=NOW)
        with pytest.raises(AppealRejected, match="already decided"):
            decide_appeal(session, appeal_id=appeal.id, admin="adm2", accepted=True, note="", now=NOW)
        state = MemberState.from_dict(get_member(session, group=group, member_id="out").state)
        assert state.status == "removed" and len(state.strikes) == 3
        assert session.scalars(select(Case.status).where(Case.key == "c-remove")).one() == "applied"
        # After a rejection a new appeal may be filed.
        assert file_appeal(session, group=group, member="out", reason="补充证据", now=NOW).status == "open"


def test_a_member_who_rejoined_can_still_appeal_and_any_admin_decides_an_engine_removal(session):
    with session.begin():
        group = setup(session, removed_by=None)
        row = get_member(session, group=group, member_id="out")
        rejoined = MemberState.from_dict(row.state).with_(status="active", removed_at=None)
        save_member_states(session, group=group, states={"out": rejoined}, now=NOW)
        appeal = file_appeal(session, group=group, member="out", reason="回群留言申诉", now=NOW)
        assert appeal.removed_by is None and appeal.case_key == "c-remove"
        decide_appeal(session, appeal_id=appeal.id, admin="adm", accepted=True, note="", now=NOW)
        assert MemberState.from_dict(get_member(session, group=group, member_id="out").state).strikes[0].ladder == "ads"


def test_the_appellant_cannot_decide_their_own_appeal(session):
    with session.begin():
        group = setup(session, with_case=False)
        set_member_role(session, group=group, member_id="out", role=Role.ADMIN, now=NOW)  # an admin who was removed
        appeal = file_appeal(session, group=group, member="out", reason="误操作", now=NOW)
        assert appeal.case_key is None
        with pytest.raises(AppealRejected, match="your own appeal"):
            decide_appeal(session, appeal_id=appeal.id, admin="out", accepted=True, note="", now=NOW)
        decide_appeal(session, appeal_id=appeal.id, admin="adm2", accepted=True, note="", now=NOW)
        state = MemberState.from_dict(get_member(session, group=group, member_id="out").state)
        assert state.status == "active" and len(state.strikes) == 3, "no removal case: no ladder to reset"

"""File and decide appeals (申诉): 第一篇 五 "移除后可再次加入本群并给管理员留言的方式申诉".

Who may appeal: a member with a removal on record — status "removed", or re-joined (the engine makes a
re-joining member active again) while the removal is still on record (`removed_by` kept, or an applied
removal case). Everyone else gets "您没有被移出的记录，无需申诉".

Accepting an appeal re-admits the member: status active, removal cleared from their state, the removal
case marked `overridden` (the case row and its audit rows stay: history is kept), and the member's
strikes on that case's ladder dropped, so a new offence starts the ladder again from its first step
instead of removing them at once. Strikes on other ladders stay. Putting them back in the chat is the
caller's platform call after commit.

Admin accountability (第一篇 八 "不要玩忽职守，公报私仇"): the admin who removed the member may not
decide the appeal, nor may the appellant. Every function runs in the caller's transaction; none commits.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.core.errors import QunguiError
from qungui.governance.appeals.models import Appeal, AppealStatus
from qungui.governance.audit.service import append_audit
from qungui.governance.cases.models import Case, CaseStatus
from qungui.governance.groups.models import Group
from qungui.governance.groups.service import lock_group
from qungui.governance.members.models import Member
from qungui.governance.members.service import get_member
from qungui.rules.schema import StepAction
from qungui.rules.state import ACTIVE, REMOVED, MemberState


class AppealRejected(QunguiError):
    """An appeal, or a decision on one, that cannot be accepted; carries a Chinese and an English reason."""

    def __init__(self, reason_zh: str, reason_en: str) -> None:
        self.reason_zh, self.reason_en = reason_zh, reason_en
        super().__init__(f"{reason_zh} / {reason_en}")


def removal_case(session: Session, *, group: Group, member_id: str) -> Case | None:
    """The member's latest applied removal case in `group`, or None (e.g. an admin removed them by hand)."""
    return session.scalars(
        select(Case)
        .where(
            Case.group_id == group.id,
            Case.member_id == member_id,
            Case.step == StepAction.REMOVE.value,
            Case.status == CaseStatus.APPLIED.value,
        )
        .order_by(Case.created_at.desc(), Case.id.desc())
        .limit(1)
    ).first()


def file_appeal(
    session: Session, *, group: Group, member: str, reason: str, now: datetime, case_key: str | None = None
) -> Appeal:
    """Record `member`'s appeal against their removal; audited. Does not commit.

    `case_key` names the removal case; by default the member's latest applied removal case.
    """
    reason = reason.strip()
    if not reason:
        raise AppealRejected("请写明申诉理由。", "Please give a reason for the appeal.")
    row = get_member(session, group=group, member_id=member)
    state = MemberState.from_dict(row.state) if row is not None else None
    case = _case_by_key(session, group=group, key=case_key) if case_key else None
    if case_key and (case is None or case.member_id != member):
        raise AppealRejected(f"找不到您的处理记录 {case_key}。", f"No case {case_key} of yours.")
    case = case or removal_case(session, group=group, member_id=member)
    on_record = state is not None and (state.status == REMOVED or state.removed_by is not None or case is not None)
    if state is None or not on_record:
        raise AppealRejected("您没有被移出的记录，无需申诉。", "You have no removal on record: no appeal is needed.")
    if _open_appeal(session, group=group, member=member) is not None:
        raise AppealRejected(
            "您已有一份申诉正在处理中，请耐心等待管理员答复。",
            "You already have an appeal waiting; please wait for the admins' answer.",
        )
    appeal = Appeal(
        group_id=group.id,
        member_id=member,
        case_key=case.key if case is not None else None,
        removed_by=state.removed_by,
        removed_at=state.removed_at,
        reason=reason,
        status=AppealStatus.OPEN.value,
        created_at=now,
    )
    session.add(appeal)
    session.flush()
    append_audit(
        session,
        actor=member,
        action="appeal.filed",
        subject=f"appeal:{appeal.id}",
        data={"group": group.id, "member": member, "case": appeal.case_key, "removed_by": appeal.removed_by},
        now=now,
    )
    return appeal


def decide_appeal(session: Session, *, appeal_id: int, admin: str, accepted: bool, note: str, now: datetime) -> Appeal:
    """Accept (re-admit) or reject an open appeal; audited. Does not commit.

    Refused when `admin` is not an owner or admin of the group, removed the member, or is the appellant.
    """
    appeal = session.get(Appeal, appeal_id, with_for_update=True)
    if appeal is None:
        raise AppealRejected(f"找不到申诉 {appeal_id}。", f"No appeal {appeal_id}.")
    group = session.get(Group, appeal.group_id)
    assert group is not None
    decider = get_member(session, group=group, member_id=admin)
    if decider is None or not decider.is_admin:
        raise AppealRejected("只有群主或管理员可以处理申诉。", "Only the owner or an admin can decide appeals.")
    if admin == appeal.member_id:
        raise AppealRejected("不能处理自己的申诉。", "You cannot decide your own appeal.")
    if appeal.removed_by is not None and admin == appeal.removed_by:
        raise AppealRejected(
            "您是移出该成员的管理员，为公正起见，请由其他管理员处理此申诉。",
            "You removed this member: for fairness another admin must decide the appeal.",
        )
    if appeal.status != AppealStatus.OPEN.value:
        raise AppealRejected(
            f"该申诉已处理（{appeal.status}）。", f"This appeal was already decided ({appeal.status})."
        )
    appeal.status = (AppealStatus.ACCEPTED if accepted else AppealStatus.REJECTED).value
    appeal.decided_by, appeal.decided_at, appeal.note = admin, now, note.strip() or None
    data: dict[str, object] = {"group": group.id, "member": appeal.member_id, "case": appeal.case_key}
    if accepted:
        data.update(_readmit(session, group=group, appeal=appeal, admin=admin, now=now))
    session.flush()
    append_audit(
        session,
        actor=admin,
        action="appeal.accepted" if accepted else "appeal.rejected",
        subject=f"appeal:{appeal.id}",
        data={**data, "note": appeal.note},
        now=now,
    )
    return appeal


def open_appeals(session: Session, *, group: Group) -> list[Appeal]:
    """The group's open appeals, oldest first."""
    query = select(Appeal).where(Appeal.group_id == group.id, Appeal.status == AppealStatus.OPEN.value)
    return list(session.scalars(query.order_by(Appeal.created_at, Appeal.id)))


def _readmit(session: Session, *, group: Group, appeal: Appeal, admin: str, now: datetime) -> dict[str, object]:
    """Clear the removal from the member's state and override the removal case; what changed, for the audit."""
    lock_group(session, group=group)  # the pipeline must not overwrite the member's state meanwhile
    row = session.scalars(
        select(Member)
        .where(Member.group_id == group.id, Member.external_id == appeal.member_id)
        .execution_options(populate_existing=True)
    ).one()
    state = MemberState.from_dict(row.state)
    case = _case_by_key(session, group=group, key=appeal.case_key) if appeal.case_key else None
    ladder = case.ladder if case is not None else None
    kept = tuple(s for s in state.strikes if ladder is None or s.ladder != ladder)
    apology = state.pending_apology if state.pending_apology and state.pending_apology.ladder != ladder else None
    readmitted = state.with_(
        status=ACTIVE,
        removed_at=None,
        removed_by=None,
        strikes=kept,
        pending_apology=apology,
        inactivity_reminded_at=None,
        inactivity_queued_at=None,
    )
    row.state, row.status, row.updated_at = readmitted.to_dict(), ACTIVE, now
    if case is not None and case.status != CaseStatus.OVERRIDDEN.value:
        case.status, case.updated_at = CaseStatus.OVERRIDDEN.value, now
        append_audit(
            session,
            actor=admin,
            action="case.overridden",
            subject=f"case:{case.key}",
            data={"group": group.id, "member": appeal.member_id, "by_appeal": appeal.id},
            now=now,
        )
    return {
        "status_from": state.status,
        "status_to": ACTIVE,
        "ladder_reset": ladder,
        "strikes_dropped": len(state.strikes) - len(kept),
    }


def _open_appeal(session: Session, *, group: Group, member: str) -> Appeal | None:
    return session.scalars(
        select(Appeal).where(
            Appeal.group_id == group.id, Appeal.member_id == member, Appeal.status == AppealStatus.OPEN.value
        )
    ).first()


def _case_by_key(session: Session, *, group: Group, key: str) -> Case | None:
    return session.scalars(select(Case).where(Case.group_id == group.id, Case.key == key)).one_or_none()

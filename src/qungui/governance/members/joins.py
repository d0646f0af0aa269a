"""Join requests held for an admin (一.12 invites, 四.三.5 members only): list them and decide them.

The engine holds a request (member status `pending`, a HOLD_JOIN sanction telling the admins);
an admin's decision becomes an APPROVE_JOIN or REJECT_JOIN sanction, carried out on the platform
after commit like any other, and audited with the admin as actor. The member turns active when
the platform reports them joined.
"""

from __future__ import annotations

from datetime import datetime
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.core.errors import QunguiError
from qungui.core.findings import Action, ActionKind
from qungui.governance.audit.service import append_audit
from qungui.governance.cases.service import Recorded, append_to_notice, record_decision
from qungui.governance.groups.models import Group
from qungui.governance.members.models import Member
from qungui.governance.members.service import get_member, save_member_states
from qungui.rules.decision import Decision
from qungui.rules.messages import say
from qungui.rules.state import LEFT, PENDING, MemberState

JOIN_HINT = {
    "zh-CN": "（编号 R{id}：回复“通过 R{id}”同意，或“拒绝 R{id} 原因”拒绝）",
    "en": " (request R{id}: reply “通过 R{id}” to approve or “拒绝 R{id} reason” to decline)",
}


class JoinRejected(QunguiError):
    """A join decision that cannot be made; carries a Chinese and an English reason."""

    def __init__(self, reason_zh: str, reason_en: str) -> None:
        self.reason_zh, self.reason_en = reason_zh, reason_en
        super().__init__(f"{reason_zh} / {reason_en}")


def pending_joins(session: Session, *, group: Group) -> list[Member]:
    """Members whose request to join waits for an admin, oldest first."""
    query = select(Member).where(Member.group_id == group.id, Member.status == PENDING).order_by(Member.id)
    return list(session.scalars(query))


def number_held_joins(session: Session, *, group: Group, decision: Decision, language: str) -> None:
    """Give the admins' notice of each join this decision held its request number. Does not commit."""
    for index, action in enumerate(decision.actions):
        if action.kind is not ActionKind.HOLD_JOIN or action.member_id is None:
            continue
        member = get_member(session, group=group, member_id=action.member_id)
        if member is not None:
            hint = JOIN_HINT.get(language, JOIN_HINT["zh-CN"]).format(id=member.id)
            append_to_notice(session, decision=decision, index=index, suffix=hint)


def decide_join(
    session: Session,
    *,
    group: Group,
    member_row_id: int,
    admin: str,
    approve: bool,
    note: str,
    now: datetime,
    language: str = "zh-CN",
) -> Member:
    """Approve or reject the held join request R<member_row_id>; audited. Does not commit."""
    row = session.get(Member, member_row_id)
    if row is None or row.group_id != group.id or row.status != PENDING:
        raise JoinRejected(f"没有待审核的入群申请 R{member_row_id}。", f"No join request R{member_row_id} is waiting.")
    decider = get_member(session, group=group, member_id=admin)
    if decider is None or not decider.is_admin:
        raise JoinRejected("只有群主或管理员可以审批入群。", "Only the owner or an admin can decide join requests.")
    state = MemberState.from_dict(row.state)
    key = f"join:{group.id}:{row.external_id}:{now.isoformat()}"
    text = "" if approve else say(language, "join_rejected", note=note.strip())
    kind = ActionKind.APPROVE_JOIN if approve else ActionKind.REJECT_JOIN
    updates = {} if approve else {row.external_id: state.with_(status=LEFT)}
    decision = Decision(
        event_key=key,
        at=now,
        actions=(Action(kind, row.external_id, text=text, reason=key),),
        member_updates=MappingProxyType(updates),
    )
    save_member_states(session, group=group, states=decision.member_updates, now=now)
    recorded: Recorded = record_decision(session, group=group, decision=decision, now=now, actor=admin)
    append_audit(
        session,
        actor=admin,
        action="join.approved" if approve else "join.rejected",
        subject=f"member:{group.id}:{row.external_id}",
        data={"request": f"R{row.id}", "note": note.strip() or None, "sanctions": [s.key for s in recorded.sanctions]},
        now=now,
    )
    return row

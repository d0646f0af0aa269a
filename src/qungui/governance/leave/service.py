"""Ask for, decide and cancel leave (告假): 备注 "一周内不发言者，若是有特殊情况的，可事先和管理人员说明情况，告假".

Approving a leave writes `MemberState.on_leave_from` and `on_leave_until` into the members table, which the
engine's inactivity sweep reads (`qungui.rules.deadlines`): a member is not reminded or queued while a leave
covers the time, and silence before a leave starts counts as usual. The state holds one period: from the start
of the member's earliest approved leave not yet over to the end of the latest, so a gap between two approved
leaves is covered too. Every function runs in the caller's transaction; none commits.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.core.errors import QunguiError
from qungui.governance.audit.service import append_audit
from qungui.governance.groups.models import Group
from qungui.governance.groups.service import lock_group
from qungui.governance.leave.models import LIVE_STATUSES, LeaveRequest, LeaveStatus
from qungui.governance.members.models import Member
from qungui.governance.members.service import get_member
from qungui.rules.state import MemberState

SYSTEM_ACTOR = "system"  # the audit actor of a leave approved by the rulebook itself (no approval needed)


class LeaveRejected(QunguiError):
    """A leave request, or a decision on one, that cannot be accepted; carries a Chinese and an English reason."""

    def __init__(self, reason_zh: str, reason_en: str) -> None:
        self.reason_zh, self.reason_en = reason_zh, reason_en
        super().__init__(f"{reason_zh} / {reason_en}")


def request_leave(
    session: Session,
    *,
    group: Group,
    member: str,
    start: datetime,
    end: datetime,
    reason: str,
    now: datetime,
    max_length: timedelta | None = None,
) -> LeaveRequest:
    """Record `member`'s request for leave from `start` to `end`; audited. Does not commit.

    `max_length` is the rulebook's `inactivity.leave.max_length`, when it sets one. Refused when the
    period is reversed, already over, too long, or overlaps the member's pending or approved leave.
    """
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("leave times must be aware datetimes")
    reason = reason.strip()
    if not reason:
        raise LeaveRejected("请说明请假原因。", "Please give a reason for the leave.")
    row = get_member(session, group=group, member_id=member)
    if row is None or row.status != "active":
        raise LeaveRejected("只有本群成员可以请假。", "Only members of this group can ask for leave.")
    if end < start:
        raise LeaveRejected("结束时间不能早于开始时间。", "The leave cannot end before it starts.")
    if end <= now:
        raise LeaveRejected("请假时间已经过去，无需请假。", "That period is already over: no leave is needed.")
    if max_length is not None and end - start > max_length:
        days = max_length / timedelta(days=1)
        raise LeaveRejected(
            f"请假时间不能超过 {days:g} 天，请缩短或与管理员另行沟通。",
            f"Leave may last at most {days:g} days; shorten it or talk to an admin.",
        )
    clash = session.scalars(
        select(LeaveRequest).where(
            LeaveRequest.group_id == group.id,
            LeaveRequest.member_id == member,
            LeaveRequest.status.in_(LIVE_STATUSES),
            LeaveRequest.starts_at < end,
            LeaveRequest.ends_at > start,
        )
    ).first()
    if clash is not None:
        zone = start.tzinfo  # the member's own zone (the group's), not the stored UTC
        first, last = clash.starts_at.astimezone(zone), clash.ends_at.astimezone(zone)
        raise LeaveRejected(
            f"与您已有的请假（{first:%m-%d}至{last:%m-%d}，{_zh(clash.status)}）时间重叠。",
            f"Overlaps your {clash.status} leave {first:%Y-%m-%d}..{last:%Y-%m-%d}.",
        )
    request = LeaveRequest(
        group_id=group.id,
        member_id=member,
        starts_at=start,
        ends_at=end,
        reason=reason,
        status=LeaveStatus.PENDING.value,
        created_at=now,
    )
    session.add(request)
    session.flush()
    _audit(session, request=request, actor=member, action="leave.requested", now=now)
    return request


def decide_leave(
    session: Session, *, request_id: int, admin: str, approved: bool, note: str = "", now: datetime
) -> LeaveRequest:
    """Approve or reject a pending leave request; approving sets the member's `on_leave_until`. Audited.

    Only an owner or admin other than the requester may decide. Does not commit.
    """
    request = session.get(LeaveRequest, request_id, with_for_update=True)
    if request is None:
        raise LeaveRejected(f"找不到请假申请 {request_id}。", f"No leave request {request_id}.")
    group = session.get(Group, request.group_id)
    assert group is not None
    decider = get_member(session, group=group, member_id=admin)
    if decider is None or not decider.is_admin:
        raise LeaveRejected("只有群主或管理员可以批准请假。", "Only the owner or an admin can decide leave.")
    if admin == request.member_id:
        raise LeaveRejected("不能批准自己的请假，请交由其他管理员。", "Another admin must decide your own leave.")
    if request.status != LeaveStatus.PENDING.value:
        raise LeaveRejected(f"该申请已处理（{_zh(request.status)}）。", f"Already decided ({request.status}).")
    if approved and request.ends_at <= now:
        raise LeaveRejected("该请假时间已经过去，无法批准。", "That leave is already over and cannot be approved.")
    request.status = (LeaveStatus.APPROVED if approved else LeaveStatus.REJECTED).value
    request.decided_by, request.decided_at, request.note = admin, now, note.strip() or None
    session.flush()
    if approved:
        _set_leave_until(session, group=group, member=request.member_id, now=now)
    _audit(session, request=request, actor=admin, action=f"leave.{request.status}", now=now)
    return request


def cancel_leave(session: Session, *, request_id: int, member: str, now: datetime) -> LeaveRequest:
    """The requester withdraws a pending or approved leave; `on_leave_until` follows. Audited. Does not commit."""
    request = session.get(LeaveRequest, request_id, with_for_update=True)
    if request is None or request.member_id != member:
        raise LeaveRejected(f"找不到您的请假申请 {request_id}。", f"No leave request {request_id} of yours.")
    if request.status not in LIVE_STATUSES:
        raise LeaveRejected(f"该申请已{_zh(request.status)}，无法撤销。", f"It is {request.status}: nothing to cancel.")
    was_approved = request.status == LeaveStatus.APPROVED.value
    request.status = LeaveStatus.CANCELLED.value
    session.flush()
    group = session.get(Group, request.group_id)
    assert group is not None
    if was_approved:
        _set_leave_until(session, group=group, member=member, now=now)
    _audit(session, request=request, actor=member, action="leave.cancelled", now=now)
    return request


def active_leave(session: Session, *, group: Group, member: str, now: datetime) -> LeaveRequest | None:
    """The member's approved leave covering `now`, or None."""
    return session.scalars(
        select(LeaveRequest)
        .where(
            LeaveRequest.group_id == group.id,
            LeaveRequest.member_id == member,
            LeaveRequest.status == LeaveStatus.APPROVED.value,
            LeaveRequest.starts_at <= now,
            LeaveRequest.ends_at > now,
        )
        .order_by(LeaveRequest.ends_at.desc())
    ).first()


def pending_leave(session: Session, *, group: Group) -> list[LeaveRequest]:
    """The group's leave requests waiting for an admin, oldest first."""
    query = select(LeaveRequest).where(
        LeaveRequest.group_id == group.id, LeaveRequest.status == LeaveStatus.PENDING.value
    )
    return list(session.scalars(query.order_by(LeaveRequest.created_at, LeaveRequest.id)))


def member_leave(session: Session, *, group: Group, member: str, now: datetime) -> list[LeaveRequest]:
    """The member's pending or approved leave requests not yet over, earliest first."""
    query = select(LeaveRequest).where(
        LeaveRequest.group_id == group.id,
        LeaveRequest.member_id == member,
        LeaveRequest.status.in_(LIVE_STATUSES),
        LeaveRequest.ends_at > now,
    )
    return list(session.scalars(query.order_by(LeaveRequest.starts_at, LeaveRequest.id)))


def approve_leave_automatically(
    session: Session, *, request_id: int, now: datetime, actor: str = SYSTEM_ACTOR
) -> LeaveRequest:
    """Approve a pending request at once, for a rulebook whose leave needs no approval; audited as `actor`.

    The caller checks the rulebook (`inactivity.leave.needs_approval` false). Does not commit.
    """
    request = session.get(LeaveRequest, request_id, with_for_update=True)
    if request is None:
        raise LeaveRejected(f"找不到请假申请 {request_id}。", f"No leave request {request_id}.")
    if request.status != LeaveStatus.PENDING.value:
        raise LeaveRejected(f"该申请已处理（{_zh(request.status)}）。", f"Already decided ({request.status}).")
    request.status = LeaveStatus.APPROVED.value
    request.decided_by, request.decided_at, request.note = actor, now, "按群规无需审批"
    session.flush()
    group = session.get(Group, request.group_id)
    assert group is not None
    _set_leave_until(session, group=group, member=request.member_id, now=now)
    _audit(session, request=request, actor=actor, action="leave.approved", now=now)
    return request


def _set_leave_until(session: Session, *, group: Group, member: str, now: datetime) -> None:
    """Set `on_leave_from`/`on_leave_until` to span the member's approved leaves not yet over (None if none)."""
    lock_group(session, group=group)  # the pipeline must not overwrite the member's state meanwhile
    row = session.scalars(
        select(Member)
        .where(Member.group_id == group.id, Member.external_id == member)
        .execution_options(populate_existing=True)
    ).one()
    periods = session.execute(
        select(LeaveRequest.starts_at, LeaveRequest.ends_at).where(
            LeaveRequest.group_id == group.id,
            LeaveRequest.member_id == member,
            LeaveRequest.status == LeaveStatus.APPROVED.value,
            LeaveRequest.ends_at > now,
        )
    ).all()
    start = min((p.starts_at for p in periods), default=None)
    end = max((p.ends_at for p in periods), default=None)
    state = MemberState.from_dict(row.state)
    row.state = state.with_(on_leave_from=start, on_leave_until=end).to_dict()
    row.updated_at = now
    session.flush()


def _audit(session: Session, *, request: LeaveRequest, actor: str, action: str, now: datetime) -> None:
    append_audit(
        session,
        actor=actor,
        action=action,
        subject=f"leave:{request.id}",
        data={
            "group": request.group_id,
            "member": request.member_id,
            "start": request.starts_at.isoformat(),
            "end": request.ends_at.isoformat(),
            "status": request.status,
            "reason": request.reason,
            "note": request.note,
        },
        now=now,
    )


_ZH = {"pending": "待审批", "approved": "已批准", "rejected": "已拒绝", "cancelled": "已撤销"}


def _zh(status: str) -> str:
    return _ZH.get(status, status)

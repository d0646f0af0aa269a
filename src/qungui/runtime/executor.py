"""Carry out recorded sanctions on the platform, after commit, within what the platform can do.

`plan` is pure: for one sanction and a platform's capabilities it says which calls to make and,
when the platform cannot do what the rules asked (WeChat has no mute, WeCom customer groups no
kick), what is done instead and why. `run_pending` makes the calls and records each outcome:
done, unsupported (with the reason, a human told), or retried until it fails for good; then it
drains the outbox (notices, reminders, escalations: `qungui.runtime.outbox`) the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from qungui.core.events import GroupRef
from qungui.core.findings import ActionKind
from qungui.core.platform import Capability, ChatPlatform, PlatformError
from qungui.governance.cases.models import Sanction, SanctionStatus
from qungui.governance.cases.service import mark_sanction, pending_sanctions
from qungui.governance.events.service import get_event
from qungui.governance.groups.models import Group
from qungui.governance.groups.service import find_group
from qungui.governance.members.models import Member
from qungui.governance.members.service import admin_ids
from qungui.governance.outbox.service import pending_messages
from qungui.runtime.outbox import deliver_outbox

DEFAULT_MAX_ATTEMPTS = 5
_SPOKEN = {
    ActionKind.REMIND,
    ActionKind.DISSUADE,
    ActionKind.WARN,
    ActionKind.REQUIRE_APOLOGY,
    ActionKind.SERIOUS_WARNING,
    ActionKind.FINE,
    ActionKind.ACK_APOLOGY,
    ActionKind.ACK_FINE_PAID,
    ActionKind.WELCOME,
    ActionKind.ACK_RULES,
}
_AGAINST_MEMBER = {ActionKind.REMOVE, ActionKind.MUTE, ActionKind.DELETE_MESSAGE, ActionKind.REJECT_JOIN}
REFUSED_BOT = "拒绝执行：对象是机器人自己的账号"
_TO_ADMINS = {ActionKind.QUEUE_FOR_ADMIN, ActionKind.ALERT_ADMIN, ActionKind.HOLD_JOIN}


@dataclass(frozen=True, slots=True)
class Call:
    method: str
    kwargs: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Plan:
    calls: tuple[Call, ...] = ()
    degraded: str | None = None  # why the platform could not do what the rules asked


@dataclass(frozen=True, slots=True)
class SanctionView:
    """The fields of a sanction the plan needs (detached from the session)."""

    id: int
    kind: ActionKind
    member_id: str | None
    message_id: str | None
    text: str
    duration_s: int | None
    member_name: str | None = None  # the member's display name, for texts to the admins
    excerpt: str | None = None  # the start of the message to withdraw, for an admin doing it by hand


MANUAL_REMOVAL_NOTE = "（本平台机器人不能移出成员，已请管理员处理）"
NO_MUTE_NOTE = "（本平台机器人不能禁言，此次改为警告并记录在案）"
EXCERPT_CHARS = 40


def plan(sanction: SanctionView, capabilities: frozenset[Capability], admins: list[str]) -> Plan:
    """The platform calls for one sanction, degraded honestly where a capability is missing."""
    can = capabilities.__contains__
    member = sanction.member_id
    say = Call("send", {"text": sanction.text, "mentions": [member] if member else []})
    kind = sanction.kind

    name = sanction.member_name or member

    def tell_admins(text: str) -> tuple[Call, ...]:
        if not can(Capability.PRIVATE_MESSAGE):
            return ()  # no private channel: the console's queue is where admins see it
        # An admin is never the one told about their own case (another admin or the owner is).
        told = [admin for admin in admins if admin != member] or admins
        return tuple(Call("send_private", {"member_id": admin, "text": text}) for admin in told)

    if kind in _SPOKEN:
        if can(Capability.SEND):
            return Plan((say,))
        return Plan(tell_admins(sanction.text), "平台不允许机器人在群内发言，已转告管理员")
    if kind is ActionKind.DELETE_MESSAGE:
        if can(Capability.DELETE):
            return Plan((Call("delete", {"message_id": sanction.message_id}),))
        quoted = f"：“{sanction.excerpt}”" if sanction.excerpt else f"（消息 {sanction.message_id}）"
        return Plan(tell_admins(f"请手动撤回 {name} 的违规消息{quoted}"), "平台不支持撤回消息，已请管理员手动撤回")
    if kind is ActionKind.MUTE:
        if can(Capability.MUTE):
            return Plan((Call("mute", {"member_id": member, "seconds": sanction.duration_s or 0}), say))
        warn = Call("send", {"text": sanction.text + NO_MUTE_NOTE, "mentions": [member] if member else []})
        return Plan((warn,) if can(Capability.SEND) else (), "平台不支持禁言，已改为在群内警告")
    if kind is ActionKind.REMOVE:
        if can(Capability.KICK):
            return Plan((say, Call("kick", {"member_id": member, "reason": sanction.text})))  # say why, then act
        announce = Call("send", {"text": sanction.text + MANUAL_REMOVAL_NOTE, "mentions": [member] if member else []})
        fallback = ((announce,) if can(Capability.SEND) else ()) + tell_admins(
            f"请将 {name} 移出本群。群规处理：{sanction.text}"
        )
        return Plan(fallback, "平台不支持移出成员，已请管理员手动移出")
    if kind in (ActionKind.APPROVE_JOIN, ActionKind.REJECT_JOIN):
        approve = kind is ActionKind.APPROVE_JOIN
        if can(Capability.APPROVE_JOINS):
            return Plan((Call("decide_join", {"member_id": member, "approve": approve, "reason": sanction.text}),))
        what = "同意" if approve else "拒绝"
        return Plan(
            tell_admins(f"请在群设置中手动{what} {name} 的入群申请"), f"平台不支持机器人审批入群，请管理员手动{what}"
        )
    if kind in _TO_ADMINS:
        degraded = None
        if kind is ActionKind.HOLD_JOIN and not can(Capability.APPROVE_JOINS):
            degraded = "平台不能暂缓入群申请，请管理员核实已入群的成员"
        return Plan(tell_admins(sanction.text), degraded)
    return Plan()  # RECORD: nothing to do on the platform


@dataclass(slots=True)
class ExecutionReport:
    done: int = 0
    unsupported: int = 0
    retrying: int = 0
    failed: int = 0
    notes: list[str] = field(default_factory=list)


async def run_pending(
    sessions: sessionmaker[Session],
    platform: ChatPlatform,
    *,
    group_ref: GroupRef,
    now: datetime,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    limit: int = 100,
    bot_id: str | None = None,
) -> ExecutionReport:
    """Carry out the group's pending sanctions, then send its queued messages; each outcome in its own transaction.

    A kick, mute, withdrawal or join decision aimed at `bot_id` (the bot's own account) is refused and
    recorded as skipped, with the reason.
    """
    report = ExecutionReport()
    with sessions.begin() as session:
        group = find_group(session, platform=group_ref.platform, external_id=group_ref.id)
        if group is None:
            return report
        admins = [admin for admin in admin_ids(session, group=group) if admin != bot_id]
        views = [_view(session, group_ref, s) for s in pending_sanctions(session, group=group, limit=limit)]
    for view in views:
        if bot_id is not None and view.member_id == bot_id and view.kind in _AGAINST_MEMBER:
            with sessions.begin() as session:
                sanction = session.get(Sanction, view.id)
                assert sanction is not None
                mark_sanction(session, sanction=sanction, status=SanctionStatus.SKIPPED, now=now, error=REFUSED_BOT)
            report.notes.append(f"{view.kind.value} for {view.member_id}: {REFUSED_BOT}")
            continue
        steps = plan(view, platform.capabilities, admins)
        error: PlatformError | None = None
        try:
            for call in steps.calls:
                await getattr(platform, call.method)(group_ref, **call.kwargs)
        except PlatformError as exc:
            error = exc
        with sessions.begin() as session:
            sanction = session.get(Sanction, view.id)
            assert sanction is not None
            if error is not None:
                final = not error.retryable or sanction.attempts + 1 >= max_attempts
                status = SanctionStatus.FAILED if final else SanctionStatus.PENDING
                mark_sanction(session, sanction=sanction, status=status, now=now, error=str(error))
                if final:
                    report.failed += 1
                    report.notes.append(f"{view.kind.value} for {view.member_id} failed: {error}")
                else:
                    report.retrying += 1
            elif steps.degraded:
                mark_sanction(
                    session, sanction=sanction, status=SanctionStatus.UNSUPPORTED, now=now, error=steps.degraded
                )
                report.unsupported += 1
                report.notes.append(f"{view.kind.value} for {view.member_id}: {steps.degraded}")
            else:
                mark_sanction(session, sanction=sanction, status=SanctionStatus.DONE, now=now)
                report.done += 1
    messages, notes = await deliver_outbox(
        sessions, platform, group_ref=group_ref, now=now, max_attempts=max_attempts, limit=limit
    )
    report.done += messages.done
    report.unsupported += messages.unsupported
    report.retrying += messages.retrying
    report.failed += messages.failed
    report.notes.extend(notes)
    return report


def has_pending(session: Session, *, group: Group) -> bool:
    """Whether the group has a sanction or a message waiting for `run_pending`. Does not commit."""
    return bool(pending_sanctions(session, group=group, limit=1) or pending_messages(session, group=group, limit=1))


def _view(session: Session, group_ref: GroupRef, sanction: Sanction) -> SanctionView:
    kind = ActionKind(sanction.kind)
    name = excerpt = None
    if sanction.member_id and kind not in _SPOKEN:  # texts to the admins name the member and quote the message
        row = session.scalars(
            select(Member.display_name).where(
                Member.group_id == sanction.group_id, Member.external_id == sanction.member_id
            )
        ).first()
        name = row or None
    if kind is ActionKind.DELETE_MESSAGE and sanction.message_id:
        record = get_event(session, key=f"{group_ref.platform}:{group_ref.id}:message:{sanction.message_id}")
        text = (record.payload.get("text") or "") if record is not None else ""
        excerpt = (text[:EXCERPT_CHARS] + "…" if len(text) > EXCERPT_CHARS else text) or None
    return SanctionView(
        sanction.id,
        kind,
        sanction.member_id,
        sanction.message_id,
        sanction.text or "",
        sanction.duration_s,
        name,
        excerpt,
    )

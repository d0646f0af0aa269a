"""Members' requests an admin decides: 申诉 (第一篇 五) and 请假 (备注 "事先和管理人员说明情况，告假").

An appeal is answered privately (the appellant was removed, and usually writes to the bot privately) and
goes to every admin except the one who removed the member. A leave request is answered on the channel it
came in and goes to the admins; where the rulebook says leave needs no approval it is approved at once,
audited as "system".
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from qungui.commands import Appeal as AppealCommand
from qungui.commands import Leave as LeaveCommand
from qungui.governance.appeals.service import AppealRejected, file_appeal
from qungui.governance.leave.service import LeaveRejected, approve_leave_automatically, request_leave
from qungui.runtime.commands.replies import (
    answer,
    day,
    name_of,
    private,
    reason_of,
    result,
    say,
    tell_admins,
    when,
)
from qungui.runtime.commands.types import CommandContext, CommandResult


def appeal(session: Session, ctx: CommandContext, command: AppealCommand) -> CommandResult:
    """申诉: record the appeal; confirm privately; tell the admins other than the one who removed the member."""
    member = ctx.event.sender.id
    try:
        filed = file_appeal(session, group=ctx.group, member=member, reason=command.reason, now=ctx.now)
    except AppealRejected as error:
        return result(private(member, say(ctx, "appeal_refused", reason=reason_of(ctx, error))))
    removed = ""
    if filed.removed_at is not None and filed.removed_by:
        removed = say(
            ctx, "removed_when", when=when(ctx, filed.removed_at), by=_remover(session, ctx, filed.removed_by)
        )
    elif filed.removed_at is not None:
        removed = say(ctx, "removed_at", when=when(ctx, filed.removed_at))
    notice = say(
        ctx,
        "admin_new_appeal",
        id=filed.id,
        member=name_of(session, ctx, member),
        removed=removed,
        reason=filed.reason,
    )
    admins = tell_admins(session, ctx, notice, exclude={member, filed.removed_by})
    text = say(ctx, "appeal_filed", id=filed.id) + ("" if admins else say(ctx, "appeal_no_admin"))
    return result(private(member, text), *admins)


def leave(session: Session, ctx: CommandContext, command: LeaveCommand) -> CommandResult:
    """请假: record the request (within the rulebook's longest leave); approve at once where no approval is needed."""
    member = ctx.event.sender.id
    inactivity = ctx.book.rulebook.inactivity
    policy = inactivity.leave if inactivity is not None else None
    if policy is not None and not policy.allowed:
        return result(answer(ctx, say(ctx, "leave_not_allowed")))
    try:
        request = request_leave(
            session,
            group=ctx.group,
            member=member,
            start=command.start,
            end=command.end,
            reason=command.reason,
            now=ctx.now,
            max_length=policy.max_length if policy is not None else None,
        )
    except LeaveRejected as error:
        return result(answer(ctx, say(ctx, "leave_refused", reason=reason_of(ctx, error))))
    values = {
        "id": request.id,
        "start": day(ctx, request.starts_at),
        "end": day(ctx, request.ends_at),
        "reason": request.reason,
    }
    name = name_of(session, ctx, member)
    if policy is not None and not policy.needs_approval:
        approve_leave_automatically(session, request_id=request.id, now=ctx.now)
        notices = tell_admins(session, ctx, say(ctx, "admin_leave_auto", member=name, **values), exclude={member})
        return result(answer(ctx, say(ctx, "leave_auto", **values)), *notices)
    notices = tell_admins(session, ctx, say(ctx, "admin_new_leave", member=name, **values), exclude={member})
    return result(answer(ctx, say(ctx, "leave_requested", **values)), *notices)


def _remover(session: Session, ctx: CommandContext, member_id: str) -> str:
    """Who removed the member, as the admins read it: the bot's removals were the rules' (the ladder)."""
    if member_id == ctx.bot_id:
        return say(ctx, "removed_by_rules")
    return name_of(session, ctx, member_id)

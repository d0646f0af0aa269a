"""Members' own commands that change nothing: 群规, 帮助, 道歉 (answered by the engine) and 我的记录."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.commands import Apologise, Help, MyRecord, ShowRules, help_text, rules_reply
from qungui.core.findings import ActionKind
from qungui.governance.cases.models import Case
from qungui.governance.leave.models import LeaveStatus
from qungui.governance.leave.service import member_leave
from qungui.governance.members.service import get_member
from qungui.rules.state import REMOVED, MemberState
from qungui.runtime.commands.replies import (
    amount_text,
    answer,
    clause_title,
    day,
    is_admin,
    lang,
    private,
    result,
    say,
    step_label,
    when,
)
from qungui.runtime.commands.types import CommandContext, CommandResult


def show_rules(session: Session, ctx: CommandContext, command: ShowRules) -> CommandResult:
    """群规 [条款]: the overview, or one clause verbatim with how it is enforced."""
    return result(answer(ctx, rules_reply(ctx.book.rulebook, command.clause, language=lang(ctx))))


def show_help(session: Session, ctx: CommandContext, command: Help) -> CommandResult:
    """帮助 [命令]: the command list (with the admin commands for admins), or one command's usage."""
    return result(answer(ctx, help_text(admin=is_admin(ctx), language=lang(ctx), topic=command.topic)))


def apologise(session: Session, ctx: CommandContext, command: Apologise) -> CommandResult:
    """道歉: a pending apology was already settled by the engine from the message's words (no second reply)."""
    if ctx.before.pending_apology is not None:
        if ctx.event.private:  # 四.2 "当场道歉": the apology belongs in the group, where the engine sees it
            return result(answer(ctx, say(ctx, "apology_in_group")))
        return result()
    answered = ctx.decision is not None and any(
        a.kind is ActionKind.ACK_APOLOGY and a.member_id == ctx.event.sender.id for a in ctx.decision.actions
    )
    return result() if answered else result(answer(ctx, say(ctx, "no_apology")))


def my_record(session: Session, ctx: CommandContext, command: MyRecord) -> CommandResult:
    """我的记录: the sender's strikes, pending apology, owed fines, leave and status, privately.

    Reports are never listed: not those the member filed, nor anything about who reported them.
    """
    member = ctx.event.sender.id
    row = get_member(session, group=ctx.group, member_id=member)
    state = MemberState.from_dict(row.state) if row is not None else ctx.before
    lines = [say(ctx, "record_head")]
    if state.status == REMOVED:
        lines.append(say(ctx, "record_removed"))
    if state.strikes:
        numbers = _case_numbers(session, ctx, [s.case for s in state.strikes])
        lines.append(say(ctx, "record_strikes"))
        for strike in state.strikes:
            number = numbers.get(strike.case)
            lines.append(
                say(
                    ctx,
                    "record_strike",
                    date=day(ctx, strike.at),
                    clause=strike.clause,
                    title=clause_title(ctx, strike.clause),
                    step=step_label(ctx, strike.action),
                    case=say(ctx, "record_case", id=number) if number is not None else "",
                )
            )
    if state.pending_apology is not None:
        lines.append(
            say(ctx, "record_apology", clause=state.pending_apology.clause, due=when(ctx, state.pending_apology.due))
        )
    for fine in state.owed_fines():
        lines.append(
            say(ctx, "record_fine", amount=amount_text(fine.amount), clause=fine.clause, due=when(ctx, fine.due))
        )
    for request in member_leave(session, group=ctx.group, member=member, now=ctx.now):
        status = "leave_approved" if request.status == LeaveStatus.APPROVED.value else "leave_pending"
        lines.append(
            say(
                ctx,
                "record_leave",
                id=request.id,
                start=day(ctx, request.starts_at),
                end=day(ctx, request.ends_at),
                status=say(ctx, status),
            )
        )
    if len(lines) == 1:
        lines.append(say(ctx, "record_clean"))
    return result(private(member, "\n".join(lines)))


def _case_numbers(session: Session, ctx: CommandContext, keys: list[str]) -> dict[str, int]:
    if not keys:
        return {}
    rows = session.execute(select(Case.key, Case.id).where(Case.group_id == ctx.group.id, Case.key.in_(set(keys))))
    return {key: number for key, number in rows}

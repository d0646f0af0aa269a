"""Admins' sanctions (四.1 "由管理员进行处理"): 警告, 移除, 罚红包, 确认红包 and 撤销.

Each one is an engine decision taken by an admin, saved like the engine's own (`apply_decision`: member
states, then cases and sanctions, audited with the admin as actor); the bot's texts travel with the
recorded sanctions and the executor sends them after commit. The reply here only tells the admin what was
done and under which case number.

- 警告 needs a clause with a ladder: the member climbs its next step (`rules.engine.sanction`).
- 移除 needs a clause: the ladder's `remove` step when it has one, else a removal built directly. Either
  way the admin is recorded as remover, so an appeal goes to another admin (第一篇 五).
- 罚红包: with an amount, a fine of that amount under the clause (due per the ladder's fine step, else
  24 hours); without one, the clause's fine step. Without a clause, the rulebook's only clause with a fine
  step, if there is exactly one.
- 撤销: a case by number (A45 or 45) or the member's latest applied case (`undo_case`).
"""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

from sqlalchemy.orm import Session

from qungui.commands import ConfirmFinePaid, Fine, Remove, Undo, Warn
from qungui.core.findings import Action, ActionKind
from qungui.governance.cases.decisions import (
    CaseRejected,
    apply_decision,
    find_case,
    latest_applied_case,
    removed_by,
    undo_case,
    with_admin_note,
)
from qungui.governance.members.service import load_group_state
from qungui.rules.decision import Decision, violation_of
from qungui.rules.engine import sanction
from qungui.rules.ladder import DEFAULT_FINE_DUE, pay_fine
from qungui.rules.messages import say as bot_say
from qungui.rules.schema import Clause, StepAction
from qungui.rules.state import ACTIVE, REMOVED
from qungui.rules.state import Fine as OwedFine
from qungui.runtime.commands.ids import CASE, parse_id
from qungui.runtime.commands.replies import (
    amount_text,
    answer,
    name_of,
    private,
    reason_of,
    result,
    say,
    step_label,
    when,
)
from qungui.runtime.commands.targets import (
    Target,
    example,
    laddered_clauses,
    listed,
    sanctionable,
    step_index,
    target_member,
)
from qungui.runtime.commands.types import CommandContext, CommandResult, Reply


def warn(session: Session, ctx: CommandContext, command: Warn) -> CommandResult:
    """警告 @x 条款 [原因]: the member climbs the clause's ladder one step."""
    target = sanctionable(
        session, ctx, command.name, target_member(session, ctx, command.target_member, command.target_message)
    )
    if isinstance(target, Reply):
        return result(target)
    clause = _laddered(ctx, command.clause, command.name)
    if isinstance(clause, Reply):
        return result(clause)
    return _sanction(session, ctx, target, clause, step=None, reason=command.reason)


def remove(session: Session, ctx: CommandContext, command: Remove) -> CommandResult:
    """移除 @x 条款 [原因]: the ladder's removal step, or a removal built directly for a clause without one."""
    target = sanctionable(
        session, ctx, command.name, target_member(session, ctx, command.target_member, command.target_message)
    )
    if isinstance(target, Reply):
        return result(target)
    if command.clause is None:
        clauses = laddered_clauses(ctx, step=StepAction.REMOVE)
        hint = say(ctx, "ask_clause", example=example(ctx, command.name, clauses), clauses=listed(ctx, clauses))
        return result(answer(ctx, hint))
    clause = ctx.book.rulebook.clause(command.clause)
    index = step_index(ctx, clause, StepAction.REMOVE)
    if index is not None:
        return _sanction(session, ctx, target, clause, step=index, reason=command.reason)
    case = f"{ctx.event.key}#admin#{clause.id}#{target.member_id}"
    state = load_group_state(session, group=ctx.group, book=ctx.book).member(target.member_id)
    lang = ctx.book.rulebook.language
    values = {"name": state.name or target.name, "clause": clause.id, "title": clause.title}
    present = state.status == ACTIVE
    if present:
        action = Action(
            ActionKind.REMOVE, target.member_id, clause.id, text=bot_say(lang, "remove", **values), reason=case
        )
        updated = state.with_(status=REMOVED, removed_at=ctx.now, removed_by=ctx.event.sender.id, pending_apology=None)
    else:  # already gone: kept on record only
        action = Action(
            ActionKind.RECORD, target.member_id, clause.id, text=bot_say(lang, "record", **values), reason=case
        )
        updated = state
    violation = violation_of(case, clause, target.member_id, step="remove")
    decision = Decision(case, ctx.now, (), (violation,), (action,), MappingProxyType({target.member_id: updated}))
    return _record(session, ctx, target, clause, decision, present=present, reason=command.reason)


def fine(session: Session, ctx: CommandContext, command: Fine) -> CommandResult:
    """罚红包 @x [金额] [条款]: the clause's fine step, or a fine of the amount given."""
    target = sanctionable(
        session, ctx, command.name, target_member(session, ctx, command.target_member, command.target_message)
    )
    if isinstance(target, Reply):
        return result(target)
    fining = laddered_clauses(ctx, step=StepAction.FINE)
    if command.clause is not None:
        clause = ctx.book.rulebook.clause(command.clause)
    elif len(fining) == 1:
        clause = fining[0]
    else:
        hint = say(
            ctx, "fine_ask", example=example(ctx, command.name, fining, amount=True), clauses=listed(ctx, fining)
        )
        return result(answer(ctx, hint))
    index = step_index(ctx, clause, StepAction.FINE)
    if command.amount is None:
        if index is None:
            return result(answer(ctx, say(ctx, "fine_no_step", clause=clause.id, title=clause.title)))
        return _sanction(session, ctx, target, clause, step=index, reason=command.reason)
    step = ctx.book.rulebook.ladders[clause.ladder].steps[index] if clause.ladder and index is not None else None
    due = ctx.now + (step.due_after if step is not None and step.due_after else DEFAULT_FINE_DUE)
    case = f"{ctx.event.key}#fine#{clause.id}#{target.member_id}"
    state = load_group_state(session, group=ctx.group, book=ctx.book).member(target.member_id)
    rulebook = ctx.book.rulebook
    text = bot_say(
        rulebook.language,
        "fine",
        name=state.name or target.name,
        clause=clause.id,
        title=clause.title,
        amount=amount_text(command.amount),
        due=due.astimezone(rulebook.tz).strftime("%m-%d %H:%M"),
    )
    action = Action(
        ActionKind.FINE, target.member_id, clause.id, text=text, deadline=due, amount=command.amount, reason=case
    )
    owed = state.with_(fines=(*state.fines, OwedFine(clause.id, command.amount, due, case)))
    violation = replace(violation_of(case, clause, target.member_id, step="fine"), ladder=None)
    decision = Decision(case, ctx.now, (), (violation,), (action,), MappingProxyType({target.member_id: owed}))
    decision = with_admin_note(decision, admin=ctx.event.sender.id, note=command.reason, category=clause.category)
    recorded = apply_decision(session, group=ctx.group, decision=decision, actor=ctx.event.sender.id, now=ctx.now)
    values = {"name": target.name, "clause": clause.id, "title": clause.title, "amount": amount_text(command.amount)}
    # The member is told in the group by the sanction itself; the case number and undo hint are the admin's.
    return result(
        private(ctx.event.sender.id, say(ctx, "fined", due=when(ctx, due), case=recorded.cases[0].id, **values))
    )


def confirm_paid(session: Session, ctx: CommandContext, command: ConfirmFinePaid) -> CommandResult:
    """确认红包 @x: the member's oldest owed fine is paid (platforms that hide red envelopes)."""
    member = target_member(session, ctx, command.target_member, command.target_message)
    if member is None:
        return result(answer(ctx, say(ctx, "no_target", command=command.name)))
    if member == ctx.event.sender.id:
        return result(answer(ctx, say(ctx, "target_self", command=command.name)))
    name = name_of(session, ctx, member)
    state = load_group_state(session, group=ctx.group, book=ctx.book).member(member)
    owed = state.owed_fines()
    if not owed:
        return result(answer(ctx, say(ctx, "paid_none", name=name)))
    oldest = min(owed, key=lambda f: f.due)
    paid, actions = pay_fine(book=ctx.book.rulebook, member=state, now=ctx.now, amount=None)
    key = f"{ctx.event.key}#paid#{member}"
    decision = Decision(key, ctx.now, (), (), actions, MappingProxyType({member: paid}))
    apply_decision(session, group=ctx.group, decision=decision, actor=ctx.event.sender.id, now=ctx.now)
    return result(answer(ctx, say(ctx, "paid", name=name, amount=amount_text(oldest.amount), clause=oldest.clause)))


def undo(session: Session, ctx: CommandContext, command: Undo) -> CommandResult:
    """撤销 <案件号|@x> [原因]: override a case and take back what it did."""
    admin = ctx.event.sender.id
    if command.case_id is not None:
        parsed = parse_id(command.case_id)
        if parsed is None or parsed[0] not in (None, CASE):
            return result(answer(ctx, say(ctx, "undo_bad_id")))
        case = find_case(session, group=ctx.group, case_id=parsed[1])
        if case is None:
            return result(answer(ctx, say(ctx, "case_not_found", id=f"{CASE}{parsed[1]}")))
    else:
        member = command.target_member or ""
        case = latest_applied_case(session, group=ctx.group, member_id=member)
        if case is None:
            return result(answer(ctx, say(ctx, "undo_none", name=name_of(session, ctx, member))))
    try:
        undone = undo_case(session, group=ctx.group, case_id=case.id, admin=admin, note=command.reason, now=ctx.now)
    except CaseRejected as error:
        return result(answer(ctx, say(ctx, "refused", reason=reason_of(ctx, error))))
    values = {"id": case.id, "clause": case.clause, "title": case.title}
    name = name_of(session, ctx, case.member_id)
    text = say(ctx, "undone", name=name, step=step_label(ctx, case.step), **values)
    if undone.removal_lifted and undone.status_to != ACTIVE:
        text += say(ctx, "undone_left")
    return result(answer(ctx, text), private(case.member_id, say(ctx, "undone_member", **values)))


def _laddered(ctx: CommandContext, clause_id: str | None, command: str) -> Clause | Reply:
    clauses = laddered_clauses(ctx)
    if clause_id is None:
        return answer(ctx, say(ctx, "ask_clause", example=example(ctx, command, clauses), clauses=listed(ctx, clauses)))
    clause = ctx.book.rulebook.clause(clause_id)
    if clause.ladder is None:
        return answer(
            ctx,
            say(ctx, "no_ladder", clause=clause.id, title=clause.title, command=command, clauses=listed(ctx, clauses)),
        )
    return clause


def _sanction(
    session: Session, ctx: CommandContext, target: Target, clause: Clause, *, step: int | None, reason: str
) -> CommandResult:
    """Apply the clause's ladder (its next step, or `step`) to the target with the admin as actor."""
    state = load_group_state(session, group=ctx.group, book=ctx.book)
    present = state.member(target.member_id).status == ACTIVE
    case = f"{ctx.event.key}#admin#{clause.id}#{target.member_id}"
    decision = sanction(
        book=ctx.book,
        state=state,
        member_id=target.member_id,
        clause_id=clause.id,
        now=ctx.now,
        case=case,
        step_index=step,
    )
    decision = removed_by(decision, ctx.event.sender.id)
    return _record(session, ctx, target, clause, decision, present=present, reason=reason)


def _record(
    session: Session,
    ctx: CommandContext,
    target: Target,
    clause: Clause,
    decision: Decision,
    *,
    present: bool,
    reason: str,
) -> CommandResult:
    """Save an admin's decision, the reason as its evidence, and tell the admin the case number."""
    admin = ctx.event.sender.id
    decision = with_admin_note(decision, admin=admin, note=reason, category=clause.category)
    recorded = apply_decision(session, group=ctx.group, decision=decision, actor=admin, now=ctx.now)
    case = recorded.cases[0]
    text = say(
        ctx,
        "sanctioned",
        name=target.name,
        clause=clause.id,
        title=clause.title,
        step=step_label(ctx, case.step),
        case=case.id,
    )
    if not present:
        text += say(ctx, "not_present", name=target.name)
    return result(private(admin, text))  # the group hears the sanction itself; the undo hint is the admin's

"""The ladder: a pure state machine that walks a member up a clause's escalation steps.

The n-th unexpired strike under a ladder takes step n (the last step repeats). A warn_apology
step leaves a pending apology with a deadline: an apology clears it; a refusal or the deadline
passing takes the next step. Nothing here reads a clock or a database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from qungui.core.findings import Action, ActionKind
from qungui.rules.messages import human_duration, say
from qungui.rules.schema import Clause, Rulebook, StepAction
from qungui.rules.state import ACTIVE, REMOVED, Fine, MemberState, PendingApology, Strike

DEFAULT_FINE_DUE = timedelta(hours=24)

_STEP_ACTIONS = {
    StepAction.REMIND: ActionKind.REMIND,
    StepAction.DISSUADE: ActionKind.DISSUADE,
    StepAction.WARN: ActionKind.WARN,
    StepAction.WARN_APOLOGY: ActionKind.REQUIRE_APOLOGY,
    StepAction.SERIOUS_WARNING: ActionKind.SERIOUS_WARNING,
    StepAction.FINE: ActionKind.FINE,
    StepAction.MUTE: ActionKind.MUTE,
    StepAction.REMOVE: ActionKind.REMOVE,
    StepAction.ALERT_ADMIN: ActionKind.ALERT_ADMIN,
    StepAction.RECORD: ActionKind.RECORD,
}
# Steps that need the member to be in the group; for someone gone they are only recorded.
_NEEDS_PRESENCE = {
    StepAction.REMIND,
    StepAction.DISSUADE,
    StepAction.WARN,
    StepAction.WARN_APOLOGY,
    StepAction.MUTE,
    StepAction.REMOVE,
    StepAction.SERIOUS_WARNING,
}


@dataclass(frozen=True, slots=True)
class LadderOutcome:
    member: MemberState
    actions: tuple[Action, ...]
    step_index: int
    step: StepAction
    strike_number: int


def next_step_index(book: Rulebook, ladder_name: str, member: MemberState, now: datetime) -> int:
    """The step the member's next strike under `ladder_name` would take."""
    ladder = book.ladders[ladder_name]
    active = member.active_strikes(ladder_name, now, ladder.strikes_expire_after)
    return min(len(active), len(ladder.steps) - 1)


def climb(
    *,
    book: Rulebook,
    ladder_name: str,
    clause: Clause,
    member: MemberState,
    now: datetime,
    case: str,
    message_id: str | None = None,
    step_index: int | None = None,
) -> LadderOutcome:
    """Record one strike and return the member's new state with the actions of the step taken."""
    ladder = book.ladders[ladder_name]
    index = next_step_index(book, ladder_name, member, now) if step_index is None else step_index
    index = min(index, len(ladder.steps) - 1)
    step = ladder.steps[index]
    active = member.active_strikes(ladder_name, now, ladder.strikes_expire_after)
    was_present = member.status == ACTIVE
    strike = Strike(clause.id, ladder_name, now, index, step.action.value, case)
    member = member.with_(strikes=(*member.strikes, strike))
    lang = book.language
    name = member.name or member.member_id
    values = {"name": name, "clause": clause.id, "title": clause.title}
    kind = _STEP_ACTIONS[step.action]
    deadline: datetime | None = None
    amount = None
    duration_s = None
    text_key = step.action.value

    if step.action is StepAction.DISSUADE:
        values["n"] = 1 + sum(1 for s in active if s.action == StepAction.DISSUADE.value)
    elif step.action is StepAction.WARN_APOLOGY:
        assert step.deadline is not None  # schema guarantees it
        deadline = now + step.deadline
        values["deadline"] = human_duration(step.deadline.total_seconds(), lang)
        member = member.with_(pending_apology=PendingApology(clause.id, ladder_name, deadline, index + 1, case))
    elif step.action is StepAction.FINE:
        deadline = now + (step.due_after or DEFAULT_FINE_DUE)
        amount = step.amount
        values["amount"] = f"{amount:g}" if amount is not None else ""
        local = deadline.astimezone(book.tz)
        values["due"] = f"{local:%Y-%m-%d %H:%M}" if lang == "en" else f"{local.month}月{local.day}日 {local:%H:%M}"
        assert amount is not None
        member = member.with_(fines=(*member.fines, Fine(clause.id, amount, deadline, case)))
    elif step.action is StepAction.MUTE:
        assert step.mute_for is not None
        duration_s = int(step.mute_for.total_seconds())
        values["duration"] = human_duration(duration_s, lang)
    elif step.action is StepAction.REMOVE and was_present:
        member = member.with_(status=REMOVED, removed_at=now, removed_by=None, pending_apology=None)

    text = step.message.format(**values) if step.message else say(lang, text_key, **values)
    if not was_present and step.action in _NEEDS_PRESENCE:
        # The member already left or was removed: the step is kept on record, nobody is told.
        kind, text, deadline = ActionKind.RECORD, say(lang, "record", **values), None
        if step.action is StepAction.WARN_APOLOGY:  # nobody can apologise from outside the group
            member = member.with_(pending_apology=None)
    action = Action(kind, member.member_id, clause.id, message_id, text, deadline, amount, duration_s, reason=case)
    actions: tuple[Action, ...] = (action,)
    if step.notify_admins and kind is not ActionKind.RECORD:
        informed = say(lang, "admins_informed", text=text.removeprefix(f"@{name} "), **values)
        actions += (Action(ActionKind.ALERT_ADMIN, member.member_id, clause.id, text=informed, reason=case),)
    return LadderOutcome(member, actions, index, step.action, len(active) + 1)


def resolve_apology(
    *, book: Rulebook, member: MemberState, now: datetime, accepted: bool, timed_out: bool = False
) -> tuple[MemberState, tuple[Action, ...], LadderOutcome | None]:
    """Close a pending apology: accepted clears it; refusal or timeout climbs to the next step."""
    pending = member.pending_apology
    assert pending is not None
    lang = book.language
    name = member.name or member.member_id
    member = member.with_(pending_apology=None)
    if accepted:
        text = say(lang, "apology_ok", name=name)
        return (
            member,
            (Action(ActionKind.ACK_APOLOGY, member.member_id, pending.clause, text=text, reason=pending.case),),
            None,
        )
    clause = book.clause(pending.clause)
    outcome = climb(
        book=book,
        ladder_name=pending.ladder,
        clause=clause,
        member=member,
        now=now,
        case=f"{pending.case}#{'timeout' if timed_out else 'refused'}",
        step_index=pending.next_step,
    )
    return outcome.member, outcome.actions, outcome


def pay_fine(
    *, book: Rulebook, member: MemberState, now: datetime, amount: Decimal | None = None
) -> tuple[MemberState, tuple[Action, ...]]:
    """Mark the oldest owed fine paid by a red envelope of `amount` (None: the platform does not say).

    An envelope smaller than the fine pays nothing (the member is told what is still owed); an
    admin's confirmation passes amount=None.
    """
    owed = member.owed_fines()
    if not owed:
        return member, ()
    target = min(owed, key=lambda f: f.due)
    if amount is not None and amount < target.amount:
        text = say(
            book.language,
            "fine_short",
            name=member.name or member.member_id,
            amount=f"{amount:g}",
            owed=f"{target.amount:g}",
        )
        return member, (Action(ActionKind.REMIND, member.member_id, target.clause, text=text, reason=target.case),)
    fines = tuple(
        f if f is not target else Fine(f.clause, f.amount, f.due, f.case, now, f.overdue_alerted) for f in member.fines
    )
    text = say(book.language, "fine_paid", name=member.name or member.member_id)
    return member.with_(fines=fines), (
        Action(
            ActionKind.ACK_FINE_PAID,
            member.member_id,
            target.clause,
            text=text,
            amount=target.amount,
            reason=target.case,
        ),
    )


def is_removed(member: MemberState) -> bool:
    return member.status == REMOVED

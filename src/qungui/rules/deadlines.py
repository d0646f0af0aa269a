"""Deadlines: apologies due, fines due, silence too long, rules not confirmed, nicknames not fixed.

`member_deadlines` says when a sweep has work; `sweep` (called by the engine on a Tick) acts only
on members with a deadline at or before `now`; schedulers (the live service, the offline audit)
use the same function to know when to sweep.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from qungui.core.findings import Action, ActionKind
from qungui.rules.compiled import CompiledRulebook
from qungui.rules.decision import Draft, violation_of
from qungui.rules.ladder import resolve_apology
from qungui.rules.messages import human_duration, say
from qungui.rules.state import ACTIVE, GroupState, MemberState
from qungui.rules.workflows import chase_nickname, chase_rules, nickname_deadline, rules_deadline

DEFAULT_QUEUE_AFTER_REMINDER = timedelta(days=1)


def member_deadlines(book: CompiledRulebook, state: GroupState, member: MemberState) -> list[datetime]:
    """Every time at which a sweep would act on this member (never on the bot)."""
    if state.is_bot(member.member_id):
        return []
    found: list[datetime] = []
    if member.pending_apology is not None:
        found.append(member.pending_apology.due)
    found.extend(f.due for f in member.owed_fines() if not f.overdue_alerted)
    found.extend(d for d in (rules_deadline(book, state, member), nickname_deadline(book, state, member)) if d)
    policy = book.rulebook.inactivity
    if policy is None or member.status != ACTIVE or member.member_id in state.admins:
        return found
    last = silence_start(member, policy.window)
    if last is None:
        return found
    if member.inactivity_reminded_at is None:
        due = last + policy.window
    elif member.inactivity_queued_at is None:
        due = member.inactivity_reminded_at + (policy.remind_before_queue or DEFAULT_QUEUE_AFTER_REMINDER)
    else:
        return found
    until, since = member.on_leave_until, member.on_leave_from
    if until is not None and member.on_leave(due):  # silence running out during a leave counts when it ends
        due = until
    elif until is not None and since is not None and due < since < until:
        found.append(until)  # a leave that starts later: a sweep that comes late, during it, waits for its end
    found.append(due)
    return found


def silence_start(member: MemberState, window) -> datetime | None:
    """When the member's counted silence began: their last message (or joining), restarted at the end
    of an approved leave that began before that silence ran out (请假期间不计入一周不发言)."""
    last = member.last_message_at or member.joined_at
    until, since = member.on_leave_until, member.on_leave_from
    if last is None or until is None or until <= last:
        return last
    if since is None or since <= last + window:
        return until
    return last


def next_deadline(book: CompiledRulebook, state: GroupState, *, after: datetime | None = None) -> datetime | None:
    """The earliest deadline later than `after` over the whole group."""
    found = [d for m in state.members.values() for d in member_deadlines(book, state, m) if after is None or d > after]
    return min(found, default=None)


def close_apology(
    book: CompiledRulebook,
    draft: Draft,
    member: MemberState,
    now: datetime,
    *,
    accepted: bool,
    timed_out: bool = False,
) -> None:
    pending = member.pending_apology
    assert pending is not None
    member, actions, outcome = resolve_apology(
        book=book.rulebook, member=member, now=now, accepted=accepted, timed_out=timed_out
    )
    draft.put(member)
    draft.actions.extend(actions)
    name = member.name or member.member_id
    lang = book.rulebook.language
    if accepted:
        draft.notes.append(f"apology accepted for {pending.case}")
        return
    draft.notes.append(say(lang, "apology_timeout" if timed_out else "apology_refused", name=name))
    assert outcome is not None
    clause = book.rulebook.clause(pending.clause)
    draft.violations.append(
        violation_of(
            actions[0].reason,
            clause,
            member.member_id,
            step_index=outcome.step_index,
            step=outcome.step.value,
            ladder=pending.ladder,
        )
    )


def sweep(book: CompiledRulebook, draft: Draft, now: datetime) -> None:
    """Deadlines that passed: apologies not made, fines not paid, members silent too long, newcomers
    who did not confirm the rules, nicknames still not real names."""
    rb = book.rulebook
    lang = rb.language
    for member in list(draft.state.members.values()):
        if not any(due <= now for due in member_deadlines(book, draft.state, member)):
            continue
        if member.pending_apology is not None and member.pending_apology.due <= now:
            close_apology(book, draft, member, now, accepted=False, timed_out=True)
            member = draft.member(member.member_id)
        overdue = [f for f in member.owed_fines() if f.due <= now and not f.overdue_alerted]
        if overdue:
            for fine in overdue:
                draft.actions.append(
                    Action(
                        ActionKind.ALERT_ADMIN,
                        member.member_id,
                        fine.clause,
                        text=say(
                            lang,
                            "fine_overdue",
                            name=member.name or member.member_id,
                            amount=f"{fine.amount:g}",
                            clause=fine.clause,
                        ),
                        amount=fine.amount,
                        reason=fine.case,
                    )
                )
            fines = tuple(
                f.__class__(f.clause, f.amount, f.due, f.case, f.paid_at, True) if f in overdue else f
                for f in member.fines
            )
            draft.put(member := member.with_(fines=fines))
        chase_rules(book, draft, member, now)
        chase_nickname(book, draft, draft.member(member.member_id), now)
        member = draft.member(member.member_id)
        if rb.inactivity is not None:
            check_inactive(book, draft, member, now)


def check_inactive(book: CompiledRulebook, draft: Draft, member: MemberState, now: datetime) -> None:
    policy = book.rulebook.inactivity
    assert policy is not None
    if member.status != ACTIVE or draft.is_admin(member.member_id):
        return
    if member.on_leave(now):
        return
    last = silence_start(member, policy.window)
    if last is None or now - last < policy.window:
        return
    lang = book.rulebook.language
    name = member.name or member.member_id
    window = human_duration(policy.window.total_seconds(), lang)
    if member.inactivity_reminded_at is None:
        draft.put(member.with_(inactivity_reminded_at=now))
        draft.actions.append(
            Action(
                ActionKind.REMIND,
                member.member_id,
                policy.clause,
                text=say(lang, "inactive_remind", name=name, window=window),
                reason=f"inactive:{member.member_id}:{last.isoformat()}",
            )
        )
        return
    wait = policy.remind_before_queue or DEFAULT_QUEUE_AFTER_REMINDER
    if member.inactivity_queued_at is None and now - member.inactivity_reminded_at >= wait:
        draft.put(member.with_(inactivity_queued_at=now))
        draft.actions.append(
            Action(
                ActionKind.QUEUE_FOR_ADMIN,
                member.member_id,
                policy.clause,
                text=say(lang, "inactive_queue", name=name, window=window),
                reason=f"inactive:{member.member_id}:{last.isoformat()}",
            )
        )

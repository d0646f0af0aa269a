"""When the engine's sweep next has something to do: apologies due, fines due, silence too long.

The engine's `_sweep` acts only on members with a deadline at or before `now` from here, and
schedulers (the live service, the offline audit) use the same function to know when to sweep.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from qungui.rules.compiled import CompiledRulebook
from qungui.rules.state import ACTIVE, GroupState, MemberState

DEFAULT_QUEUE_AFTER_REMINDER = timedelta(days=1)


def member_deadlines(book: CompiledRulebook, state: GroupState, member: MemberState) -> list[datetime]:
    """Every time at which a sweep would act on this member."""
    found: list[datetime] = []
    if member.pending_apology is not None:
        found.append(member.pending_apology.due)
    found.extend(f.due for f in member.owed_fines() if not f.overdue_alerted)
    policy = book.rulebook.inactivity
    if policy is None or member.status != ACTIVE or member.member_id in state.admins:
        return found
    last = member.last_message_at or member.joined_at
    if last is None:
        return found
    if member.inactivity_reminded_at is None:
        due = last + policy.window
    elif member.inactivity_queued_at is None:
        due = member.inactivity_reminded_at + (policy.remind_before_queue or DEFAULT_QUEUE_AFTER_REMINDER)
    else:
        return found
    if member.on_leave_until is not None:
        due = max(due, member.on_leave_until)
    found.append(due)
    return found


def next_deadline(book: CompiledRulebook, state: GroupState, *, after: datetime | None = None) -> datetime | None:
    """The earliest deadline later than `after` over the whole group."""
    found = [d for m in state.members.values() for d in member_deadlines(book, state, m) if after is None or d > after]
    return min(found, default=None)

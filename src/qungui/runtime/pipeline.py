"""One event in, one transaction's worth of changes out: store → load → evaluate → save → record.

Every function runs inside the caller's transaction and never commits, so a crash or an exception
anywhere leaves nothing half-written. Handling an event a second time returns None and changes
nothing: the event's key is stored first and is unique. Platform calls for the recorded sanctions
happen after commit (see `governance.cases.service.pending_sanctions`).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from qungui.core.events import Event, GroupRef, Tick
from qungui.governance.cases.service import record_decision
from qungui.governance.events.service import store_event
from qungui.governance.groups.service import ensure_group, lock_group
from qungui.governance.members.service import load_group_state, save_member_states
from qungui.rules.compiled import CompiledRulebook
from qungui.rules.engine import Decision, evaluate


def handle_event(
    session: Session, *, book: CompiledRulebook, group_ref: GroupRef, event: Event, now: datetime
) -> Decision | None:
    """Handle one event for one group; None when the event was handled before. Does not commit."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    if (event.group.platform, event.group.id) != (group_ref.platform, group_ref.id):
        raise ValueError(f"event {event.key} belongs to another group than {group_ref.platform}:{group_ref.id}")
    group = ensure_group(session, ref=group_ref, rulebook=book.rulebook.name, now=now)
    lock_group(session, group=group)
    if not store_event(session, group=group, event=event, now=now):
        return None
    state = load_group_state(session, group=group, book=book, at=event.ts, exclude_event_key=event.key)
    decision = evaluate(event, book, state, now)
    save_member_states(session, group=group, states=decision.member_updates, now=now)
    record_decision(session, group=group, decision=decision, now=now)
    return decision


def tick_id(now: datetime) -> str:
    """The scheduler's event id for a sweep at `now`: the same instant always gives the same id."""
    return "tick-" + now.astimezone(UTC).strftime("%Y%m%dT%H%M%S.%fZ")


def handle_tick(session: Session, *, book: CompiledRulebook, group_ref: GroupRef, now: datetime) -> Decision | None:
    """Sweep one group's deadlines (apologies, fines, inactivity) at `now`; None if this sweep ran.

    Does not commit.
    """
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    tick = Tick(id=tick_id(now), group=group_ref, ts=now)
    return handle_event(session, book=book, group_ref=group_ref, event=tick, now=now)

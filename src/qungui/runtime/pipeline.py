"""One event in, one transaction's worth of changes out: store → load → evaluate → save → record.

Every function runs inside the caller's transaction and never commits, so a crash or an exception
anywhere leaves nothing half-written. Handling an event a second time returns None and changes
nothing: the event's key is stored first and is unique. Platform calls for the recorded sanctions
happen after commit (see `governance.cases.service.pending_sanctions`).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from qungui.core.events import Event, GroupRef, Tick
from qungui.governance.cases.service import number_queued_cases, record_decision
from qungui.governance.events.service import store_event
from qungui.governance.groups.models import Group
from qungui.governance.groups.service import ensure_group, lock_group
from qungui.governance.members.joins import number_held_joins
from qungui.governance.members.service import load_group_state, save_member_states
from qungui.rules.compiled import CompiledRulebook
from qungui.rules.deadlines import next_deadline
from qungui.rules.engine import Decision, evaluate


def admit_event(session: Session, *, book: CompiledRulebook, group_ref: GroupRef, event: Event, now: datetime):
    """Lock the group and store the event; the group, or None when the event was handled before.

    Does not commit.
    """
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    if (event.group.platform, event.group.id) != (group_ref.platform, group_ref.id):
        raise ValueError(f"event {event.key} belongs to another group than {group_ref.platform}:{group_ref.id}")
    group = ensure_group(session, ref=group_ref, rulebook=book.rulebook.name, now=now)
    lock_group(session, group=group)
    if not store_event(session, group=group, event=event, now=now):
        return None
    return group


def judge_event(
    session: Session,
    *,
    book: CompiledRulebook,
    group: Group,
    event: Event,
    now: datetime,
    judge: bool = True,
    bot_id: str | None = None,
) -> Decision:
    """Evaluate an admitted event against the group's state, then save and record the decision.

    `judge=False` (an in-group command) keeps presence, apologies and fines but runs no detector.
    `bot_id`: the runtime's own account, which no rule judges. Does not commit.
    """
    only = None if isinstance(event, Tick) else _touched(event)  # a sweep needs everyone; an event a few
    state = load_group_state(
        session, group=group, book=book, at=event.ts, exclude_event_key=event.key, only=only, bot=bot_id
    )
    decision = evaluate(event, book, state, now) if judge else evaluate(event, book, state, now, judge=False)
    save_member_states(session, group=group, states=decision.member_updates, now=now)
    record_decision(session, group=group, decision=decision, now=now)
    language = book.rulebook.language
    number_queued_cases(session, decision=decision, language=language)
    number_held_joins(session, group=group, decision=decision, language=language)
    return decision


def _touched(event: Event) -> set[str]:
    """The members an event names (read at once; any other member the engine asks for is read then)."""
    found = {
        ref.id for name in ("sender", "member", "inviter", "approved_by", "by") if (ref := getattr(event, name, None))
    }
    found.update(getattr(event, "mentions", ()) or ())
    return found


def handle_event(
    session: Session,
    *,
    book: CompiledRulebook,
    group_ref: GroupRef,
    event: Event,
    now: datetime,
    bot_id: str | None = None,
) -> Decision | None:
    """Handle one event for one group; None when the event was handled before. Does not commit."""
    group = admit_event(session, book=book, group_ref=group_ref, event=event, now=now)
    if group is None:
        return None
    return judge_event(session, book=book, group=group, event=event, now=now, bot_id=bot_id)


def tick_id(now: datetime) -> str:
    """The scheduler's event id for a sweep at `now`: the same instant always gives the same id."""
    return "tick-" + now.astimezone(UTC).strftime("%Y%m%dT%H%M%S.%fZ")


def handle_tick(
    session: Session, *, book: CompiledRulebook, group_ref: GroupRef, now: datetime, bot_id: str | None = None
) -> Decision | None:
    """Sweep one group's deadlines (apologies, fines, inactivity) at `now`; None if this sweep ran.

    Does not commit.
    """
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    tick = Tick(id=tick_id(now), group=group_ref, ts=now)
    return handle_event(session, book=book, group_ref=group_ref, event=tick, now=now, bot_id=bot_id)


def sweep_until(
    sessions: sessionmaker[Session],
    *,
    book: CompiledRulebook,
    group_ref: GroupRef,
    moment: datetime,
    inclusive: bool = True,
    bot_id: str | None = None,
) -> list[Decision]:
    """Sweep at every deadline before `moment` (and at `moment` itself when inclusive), in order.

    Each sweep runs at its deadline's own time, in its own transaction, so a late scheduler (or a
    replay) reaches the same decisions as one that woke exactly on time.
    """
    decisions: list[Decision] = []
    after = None
    while True:
        with sessions.begin() as session:
            group = ensure_group(session, ref=group_ref, rulebook=book.rulebook.name, now=moment)
            due = next_deadline(book, load_group_state(session, group=group, book=book, bot=bot_id), after=after)
        if due is None or due > moment or (due == moment and not inclusive):
            return decisions
        with sessions.begin() as session:
            decision = handle_tick(session, book=book, group_ref=group_ref, now=due, bot_id=bot_id)
        if decision is not None:
            decisions.append(decision)
        after = due

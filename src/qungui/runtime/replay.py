"""Replay a stream of events through the recording pipeline, sweeping at each deadline on the way.

Used to load a history (the demo group, an imported export) into the store exactly as the live
service would have handled it: one transaction per event, a sweep whenever an apology, fine or
inactivity deadline falls between two events, and a final sweep at `until`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from qungui.core.events import Event, GroupRef
from qungui.governance.groups.service import ensure_group
from qungui.governance.members.models import Role
from qungui.governance.members.service import set_member_role
from qungui.rules.compiled import CompiledRulebook
from qungui.runtime.pipeline import handle_event, sweep_until


@dataclass(slots=True)
class ReplayStats:
    events: int = 0
    duplicates: int = 0
    sweeps: int = 0
    actions: dict[str, int] = field(default_factory=dict)

    def count(self, decision) -> None:
        for action in decision.actions:
            self.actions[action.kind.value] = self.actions.get(action.kind.value, 0) + 1


def replay_events(
    sessions: sessionmaker[Session],
    *,
    book: CompiledRulebook,
    group_ref: GroupRef,
    events: Iterable[Event],
    admins: Iterable[str] = (),
    until: datetime | None = None,
) -> ReplayStats:
    """Handle `events` (in time order) for one group, each in its own transaction."""
    stats = ReplayStats()
    ordered = sorted(
        (e for e in events if (e.group.platform, e.group.id) == (group_ref.platform, group_ref.id)), key=lambda e: e.ts
    )
    if not ordered and until is None:
        return stats  # nothing to replay and no moment to sweep at
    with sessions.begin() as session:
        first = ordered[0].ts if ordered else until
        assert first is not None
        group = ensure_group(session, ref=group_ref, rulebook=book.rulebook.name, now=first)
        for member_id in admins:
            set_member_role(session, group=group, member_id=member_id, role=Role.ADMIN, actor="replay", now=first)
    last = None
    for event in ordered:
        _sweep_until(sessions, book, group_ref, event.ts, stats, inclusive=False)
        with sessions.begin() as session:
            decision = handle_event(session, book=book, group_ref=group_ref, event=event, now=event.ts)
        if decision is None:
            stats.duplicates += 1
        else:
            stats.events += 1
            stats.count(decision)
        last = event.ts
    end = until or last
    if end is not None:
        _sweep_until(sessions, book, group_ref, end, stats, inclusive=True)
    return stats


def _sweep_until(sessions, book, group_ref: GroupRef, moment: datetime, stats: ReplayStats, *, inclusive: bool) -> None:
    for decision in sweep_until(sessions, book=book, group_ref=group_ref, moment=moment, inclusive=inclusive):
        stats.sweeps += 1
        stats.count(decision)

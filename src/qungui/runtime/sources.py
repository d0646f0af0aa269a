"""Deadline sources beside the engine's sweep: domains with their own timers (notices, tasks).

A source says when a group next needs it (`next_due`) and does what is due (`run_due`), queuing its
messages in the outbox inside the transaction; the executor sends them after commit. The Runtime
holds an explicit list of sources (`default_sources()` unless told otherwise) and runs each at every
due time up to the moment swept, in order and in its own transaction, like the engine's sweep.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from sqlalchemy.orm import Session, sessionmaker

from qungui.core.events import GroupRef
from qungui.governance.groups.models import Group
from qungui.governance.groups.service import find_group, lock_group
from qungui.rules.compiled import CompiledRulebook
from qungui.runtime.notices import NoticeDeadlines, TaskDeadlines

log = logging.getLogger(__name__)


class DeadlineSource(Protocol):
    """Something with deadlines of its own in a group."""

    name: str

    def next_due(self, session: Session, group: Group, book: CompiledRulebook) -> datetime | None:
        """The earliest moment this source needs to run for the group, or None."""
        ...

    def run_due(self, session: Session, group: Group, book: CompiledRulebook, now: datetime) -> int:
        """Do what is due at `now`; the number of messages queued. Must not commit."""
        ...


def default_sources() -> tuple[DeadlineSource, ...]:
    """The sources the live service runs unless given others: notices, then tasks."""
    return (NoticeDeadlines(), TaskDeadlines())


def next_source_due(
    session: Session, sources: Sequence[DeadlineSource], *, group: Group, book: CompiledRulebook
) -> datetime | None:
    """The earliest due time over `sources` for the group, or None."""
    found = [due for source in sources if (due := source.next_due(session, group, book)) is not None]
    return min(found, default=None)


def sweep_sources(
    sessions: sessionmaker[Session],
    sources: Sequence[DeadlineSource],
    *,
    book: CompiledRulebook,
    group_ref: GroupRef,
    moment: datetime,
    inclusive: bool = True,
) -> int:
    """Run every source at each of its due times before `moment` (and at it when inclusive); the runs made.

    Each run happens at its due time, in its own transaction with the group locked, so a late
    scheduler reaches the same result as a punctual one.
    """

    def ready(due: datetime | None) -> bool:
        return due is not None and (due < moment or (due == moment and inclusive))

    runs = 0
    for source in sources:
        last: datetime | None = None
        while True:
            with sessions.begin() as session:
                group = find_group(session, platform=group_ref.platform, external_id=group_ref.id)
                if group is None or not ready(source.next_due(session, group, book)):
                    break  # the common case: nothing due, nothing written
                lock_group(session, group=group)
                due = source.next_due(session, group, book)  # again, under the lock
                if due is None or not ready(due):
                    break
                if last is not None and due <= last:
                    log.error("deadline source %s did not advance past %s in group %s", source.name, due, group_ref.id)
                    break
                source.run_due(session, group, book, due)
            runs += 1
            last = due
    return runs

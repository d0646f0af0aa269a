"""Deadline sources beside the engine's sweep: domains with their own timers (notices, tasks, shares, digest).

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

from qungui.core.clock import Clock
from qungui.core.events import GroupRef
from qungui.crm.schedule import CrmDeadlines
from qungui.governance.groups.models import Group
from qungui.governance.groups.service import find_group, lock_group
from qungui.rules.compiled import CompiledRulebook
from qungui.runtime.notices import (
    DigestDeadlines,
    NoticeDeadlines,
    QuestionDeadlines,
    ShareDeadlines,
    TaskDeadlines,
)

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


def default_sources(*, private_messages: bool = True, clock: Clock | None = None) -> tuple[DeadlineSource, ...]:
    """The sources the live service runs unless given others: notices, tasks, share tasks, questions, a VIP
    store's daily tiering and follow-up reminders (for the store linked to the group), then the digest.

    `private_messages`: whether the platform can write to members privately (the digest then goes to
    the owner and admins; otherwise the group gets its aggregate figures). `clock`: the service's
    clock, so a digest more than a day late is skipped rather than sent.
    """
    return (
        NoticeDeadlines(),
        TaskDeadlines(),
        ShareDeadlines(),
        QuestionDeadlines(),
        CrmDeadlines(),
        DigestDeadlines(private_messages=private_messages, clock=clock),
    )


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
    scheduler reaches the same result as a punctual one. Which sources have anything due is read first,
    for all of them in one transaction (a submit asks this when its kept next deadline has passed).
    """

    def ready(due: datetime | None) -> bool:
        return due is not None and (due < moment or (due == moment and inclusive))

    with sessions.begin() as session:  # the common case, nothing due: one short read for every source
        group = find_group(session, platform=group_ref.platform, external_id=group_ref.id)
        if group is None:
            return 0
        waiting = [source for source in sources if ready(source.next_due(session, group, book))]
    runs = 0
    for source in waiting:
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

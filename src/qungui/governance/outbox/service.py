"""Queue bot messages for delivery after commit, and look up what a sent message was about.

Every function runs in the caller's transaction; none commits. The executor
(`qungui.runtime.outbox.deliver_outbox`) sends pending rows after commit and marks them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.governance.groups.models import Group
from qungui.governance.outbox.models import Outbox, OutboxStatus
from qungui.storage.upsert import insert_ignore


def enqueue(
    session: Session,
    *,
    group: Group,
    key: str,
    text: str,
    now: datetime,
    mentions: Iterable[str] = (),
    private_to: str | None = None,
    reply_to: str | None = None,
    subject: str | None = None,
) -> bool:
    """Queue one message under the idempotency `key`; False when a message with that key exists.

    `text` already names the mentioned members (“@张三”): a platform without mentions sends it as it is.
    Does not commit.
    """
    return insert_ignore(
        session,
        table=Outbox.__table__,  # type: ignore[arg-type]
        values={
            "group_id": group.id,
            "key": key,
            "subject": subject,
            "text": text,
            "mentions": list(dict.fromkeys(mentions)),
            "private_to": private_to,
            "reply_to": reply_to,
            "status": OutboxStatus.PENDING.value,
            "attempts": 0,
            "created_at": now,
            "updated_at": now,
        },
        conflict_columns=("key",),
    )


def pending_messages(session: Session, *, group: Group, limit: int = 100) -> list[Outbox]:
    """The group's messages waiting to be sent, oldest first."""
    query = (
        select(Outbox)
        .where(Outbox.group_id == group.id, Outbox.status == OutboxStatus.PENDING.value)
        .order_by(Outbox.id)
        .limit(limit)
    )
    return list(session.scalars(query))


def mark_message(
    session: Session,
    *,
    row: Outbox,
    status: OutboxStatus,
    now: datetime,
    error: str | None = None,
    sent_message_id: str | None = None,
) -> None:
    """Record one delivery attempt's outcome. Does not commit."""
    row.status = status.value
    row.attempts += 1
    row.last_error = error
    if sent_message_id is not None:
        row.sent_message_id = sent_message_id
    row.updated_at = now
    session.flush()


def subjects_of_message(session: Session, *, group: Group, message_id: str) -> list[str]:
    """What the bot's group message `message_id` was about ("notice:12", "task:5", …), or []."""
    query = select(Outbox.subject).where(
        Outbox.group_id == group.id, Outbox.sent_message_id == message_id, Outbox.subject.is_not(None)
    )
    return [subject for subject in session.scalars(query) if subject]


def messages_about(session: Session, *, group: Group, subjects: Iterable[str]) -> list[Outbox]:
    """The group messages queued about any of `subjects`, oldest first (their texts, for quote matching)."""
    wanted = list(subjects)
    if not wanted:
        return []
    query = (
        select(Outbox)
        .where(Outbox.group_id == group.id, Outbox.subject.in_(wanted), Outbox.private_to.is_(None))
        .order_by(Outbox.id)
    )
    return list(session.scalars(query))


def messages(session: Session, *, group: Group, status: OutboxStatus | None = None) -> list[Outbox]:
    """The group's queued messages (of one status), oldest first — for the console and tests."""
    query = select(Outbox).where(Outbox.group_id == group.id).order_by(Outbox.id)
    if status is not None:
        query = query.where(Outbox.status == status.value)
    return list(session.scalars(query))

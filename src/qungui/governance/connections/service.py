"""Read and move connection cursors. Every function runs in the caller's transaction; none commits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.governance.connections.models import DeadEvent, PlatformCursor
from qungui.storage.upsert import insert_ignore

MAX_NAME = 255


def _check(connection: str, key: str) -> None:
    for label, value in (("connection", connection), ("key", key)):
        if not value or len(value) > MAX_NAME:
            raise ValueError(f"cursor {label} must be 1..{MAX_NAME} characters, got {value!r}")


def get_cursor(session: Session, *, connection: str, key: str) -> str | None:
    """The stored position of `connection`'s stream `key`, or None when it never stored one."""
    _check(connection, key)
    query = select(PlatformCursor.value).where(PlatformCursor.connection == connection, PlatformCursor.key == key)
    return session.scalars(query).first()


def set_cursor(session: Session, *, connection: str, key: str, value: str, now: datetime) -> None:
    """Store `value` as the position of `connection`'s stream `key` (insert or overwrite). Does not commit."""
    _check(connection, key)
    inserted = insert_ignore(
        session,
        table=PlatformCursor.__table__,  # type: ignore[arg-type]
        values={"connection": connection, "key": key, "value": value, "updated_at": now},
        conflict_columns=("connection", "key"),
    )
    if inserted:
        return
    row = session.scalars(
        select(PlatformCursor)
        .where(PlatformCursor.connection == connection, PlatformCursor.key == key)
        .with_for_update()
    ).one()
    row.value = value
    row.updated_at = now
    session.flush()


def delete_cursor(session: Session, *, connection: str, key: str) -> bool:
    """Forget a stored position (the next start reads from the platform's default); True when one existed."""
    _check(connection, key)
    row = session.scalars(
        select(PlatformCursor).where(PlatformCursor.connection == connection, PlatformCursor.key == key)
    ).first()
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


MAX_PAYLOAD = 1024 * 1024  # a dead event's stored JSON is cut here (a 1 MB message is kept, a flood is not)


def record_dead_event(
    session: Session,
    *,
    connection: str,
    event_key: str,
    group_key: str,
    error: str,
    payload: str,
    attempts: int,
    first_failed_at: datetime,
    now: datetime,
) -> DeadEvent:
    """Set an event aside (or, when it was set aside before and failed again, update that row). Does not commit."""
    _check(connection, "dead")
    row = session.scalars(
        select(DeadEvent).where(DeadEvent.connection == connection, DeadEvent.event_key == event_key)
    ).first()
    if row is None:
        row = DeadEvent(
            connection=connection,
            event_key=event_key,
            group_key=group_key,
            error=error,
            payload=payload[:MAX_PAYLOAD],
            attempts=attempts,
            first_failed_at=first_failed_at,
            dead_at=now,
        )
        session.add(row)
    else:
        row.error = error
        row.attempts += attempts
        row.dead_at = now
    session.flush()
    return row


def list_dead_events(session: Session, *, connection: str | None = None, limit: int = 100) -> list[DeadEvent]:
    """The events set aside, newest first (optionally of one connection)."""
    query = select(DeadEvent).order_by(DeadEvent.dead_at.desc(), DeadEvent.id.desc()).limit(limit)
    if connection is not None:
        query = query.where(DeadEvent.connection == connection)
    return list(session.scalars(query))


def delete_dead_event(session: Session, *, event_id: int) -> bool:
    """Forget one set-aside event (an admin looked at it); True when it existed. Does not commit."""
    row = session.get(DeadEvent, event_id)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True

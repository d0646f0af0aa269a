"""Read and move connection cursors. Every function runs in the caller's transaction; none commits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.governance.connections.models import PlatformCursor
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

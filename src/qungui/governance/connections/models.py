"""The cursor table: one position per (connection, key) — a Matrix sync token, a Telegram update offset.

A connector stores its cursor only after the events before it were handed to the runtime (which stores
each under its idempotency key), so a restart replays at worst and never skips an event.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from qungui.storage.base import Base
from qungui.storage.types import BigId

EVENT_KEY_LENGTH = 640  # same as events.key


class PlatformCursor(Base):
    """How far one connection has read: `connection` names it ("matrix:@bot:example.org"), `key` the stream."""

    __tablename__ = "platform_cursors"
    __table_args__ = (UniqueConstraint("connection", "key"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    connection: Mapped[str] = mapped_column(String(255))
    key: Mapped[str] = mapped_column(String(255))
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"PlatformCursor({self.connection}, {self.key}={self.value[:24]!r})"


class DeadEvent(Base):
    """An inbound event set aside after its handling failed `attempts` times in a row with an error that a
    retry does not cure (a bug, a value the code did not foresee): kept whole so an admin can see it and
    nothing is lost, while the connection moves on instead of replaying it forever."""

    __tablename__ = "dead_events"
    __table_args__ = (UniqueConstraint("connection", "event_key"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    connection: Mapped[str] = mapped_column(String(255))
    event_key: Mapped[str] = mapped_column(String(EVENT_KEY_LENGTH))
    group_key: Mapped[str] = mapped_column(String(300))
    error: Mapped[str] = mapped_column(Text)
    payload: Mapped[str] = mapped_column(Text)
    attempts: Mapped[int]
    first_failed_at: Mapped[datetime]
    dead_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"DeadEvent({self.connection}, {self.event_key}, attempts={self.attempts})"

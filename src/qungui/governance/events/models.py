"""The events table: every event handled, once, under its idempotency key."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from qungui.storage.base import Base
from qungui.storage.types import BigId

KEY_LENGTH = 640  # platform (32) + group id (255) + type + event id (255) + separators


class EventRecord(Base):
    """One event; `payload` is the event's model_dump(mode="json"), `actor_id` the member it is about."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_group_type_ts", "group_id", "type", "ts"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    group_id: Mapped[int] = mapped_column(BigId, ForeignKey("groups.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(KEY_LENGTH), unique=True)
    type: Mapped[str] = mapped_column(String(32))
    actor_id: Mapped[str | None] = mapped_column(String(255))
    ts: Mapped[datetime]
    payload: Mapped[dict[str, Any]]
    received_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"EventRecord({self.key})"

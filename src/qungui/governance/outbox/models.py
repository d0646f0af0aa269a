"""The outbox table: one message the bot must send — in the group (with @mentions) or privately.

Rows are written in the transaction that decided them and carried out after commit by the executor
(`qungui.runtime.outbox`), which records the outcome: done (with the platform's message id, so replies
to the message can be recognised), unsupported (the platform cannot, a human sees it in the console),
or retried until it fails for good. `key` makes enqueuing idempotent.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from qungui.storage.base import Base
from qungui.storage.types import BigId


class OutboxStatus(StrEnum):
    PENDING = "pending"  # to be sent after commit
    DONE = "done"
    FAILED = "failed"  # tried `attempts` times; `last_error` says why
    UNSUPPORTED = "unsupported"  # the platform cannot send it (e.g. no private messages)


def _in(column: str, values: type[StrEnum]) -> str:
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


class Outbox(Base):
    """One message to send; `subject` names what it is about ("notice:12", "task:5", "directive:<message id>")."""

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint(_in("status", OutboxStatus), name="status"),
        Index("ix_outbox_group_status", "group_id", "status"),
        Index("ix_outbox_group_sent", "group_id", "sent_message_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    group_id: Mapped[int] = mapped_column(BigId, ForeignKey("groups.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(255), unique=True)
    subject: Mapped[str | None] = mapped_column(String(255))
    text: Mapped[str] = mapped_column(Text)
    mentions: Mapped[list[Any]]
    private_to: Mapped[str | None] = mapped_column(String(255))
    reply_to: Mapped[str | None] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(16), default=OutboxStatus.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_message_id: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    def __repr__(self) -> str:
        to = f"private to {self.private_to}" if self.private_to else "group"
        return f"Outbox({self.key}, {to}, {self.status})"

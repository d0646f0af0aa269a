"""The share_tasks and share_proofs tables.

A share task (F<id>) asks its audience (resolved to member ids when posted) to share a company post
to their Moments by `due_at`. Each member's progress is one share_proofs row: `claimed_at` when they
said 已分享, `proved_at` when their screenshot arrived (the proof the clause asks for).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from qungui.storage.base import Base
from qungui.storage.types import BigId


class ShareStatus(StrEnum):
    OPEN = "open"  # screenshots are counted
    CLOSED = "closed"  # everyone proved it, or the due time passed (the author was told who is missing)


class ProofVia(StrEnum):
    REPLY = "reply"  # a screenshot replying to (or quoting) the task
    BARE = "bare"  # a screenshot within the proof window, for the one share task open for the member
    CLAIM = "claim"  # 已分享 with no screenshot yet
    ADMIN = "admin"  # an admin confirmed it (确认分享 @成员)


def _in(column: str, values: type[StrEnum]) -> str:
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


class ShareTask(Base):
    """A post the audience is asked to share to their Moments, with a due time and planned reminders."""

    __tablename__ = "share_tasks"
    __table_args__ = (
        CheckConstraint(_in("status", ShareStatus), name="status"),
        Index("ix_share_tasks_group_status", "group_id", "status"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    group_id: Mapped[int] = mapped_column(BigId, ForeignKey("groups.id", ondelete="CASCADE"))
    author_id: Mapped[str] = mapped_column(String(255))
    text: Mapped[str] = mapped_column(Text)  # the link or what to share
    member_ids: Mapped[list[Any]]
    due_at: Mapped[datetime]
    remind_at: Mapped[list[Any]]  # ISO times of the planned reminders, in order
    reminders_sent: Mapped[int] = mapped_column(Integer, default=0)
    clause: Mapped[str | None] = mapped_column(String(64))
    command_message_id: Mapped[str | None] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(16), default=ShareStatus.OPEN.value)
    closed_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"ShareTask(F{self.id} in group {self.group_id}, {self.status})"


class ShareProof(Base):
    """One member's progress on one share task: said 已分享 (`claimed_at`), sent the screenshot (`proved_at`)."""

    __tablename__ = "share_proofs"
    __table_args__ = (
        CheckConstraint(_in("via", ProofVia), name="via"),
        UniqueConstraint("share_id", "member_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    share_id: Mapped[int] = mapped_column(BigId, ForeignKey("share_tasks.id", ondelete="CASCADE"))
    member_id: Mapped[str] = mapped_column(String(255))
    via: Mapped[str] = mapped_column(String(16))
    claimed_at: Mapped[datetime | None]
    proved_at: Mapped[datetime | None]
    message_id: Mapped[str | None] = mapped_column(String(255))  # the screenshot's message
    screenshot: Mapped[str | None] = mapped_column(String(255))  # its sha256 or url, when the platform gave one
    late: Mapped[bool] = mapped_column(Boolean, default=False)

    def __repr__(self) -> str:
        return f"ShareProof(F{self.share_id} {self.member_id} {self.via})"

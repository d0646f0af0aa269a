"""The notices, notice_acks and tasks tables.

A notice (N<id>) is addressed to an audience resolved to member ids when it is posted (`member_ids`);
each member's acknowledgement is one notice_acks row. A task (T<id>) is one directive to one
responsible member, with its state: waiting → confirmed / plan_given → done, or overdue.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from qungui.storage.base import Base
from qungui.storage.types import BigId


class NoticeStatus(StrEnum):
    OPEN = "open"  # acknowledgements are counted
    CLOSED = "closed"  # everyone acknowledged, the grace after the deadline ended, or none was required


class AckVia(StrEnum):
    REPLY = "reply"  # replied to the notice (the bot's announcement or the admin's command message)
    QUOTE = "quote"  # quoted the notice's text (platforms that quote by text)
    BARE = "bare"  # an acknowledgement word alone, within the window, for the one notice open for the member
    REACTION = "reaction"  # reacted to the notice message


class TaskStatus(StrEnum):
    WAITING = "waiting"  # given, not yet confirmed
    CONFIRMED = "confirmed"  # the responsible member answered 收到 / 执行
    PLAN_GIVEN = "plan_given"  # not solvable today: the member gave a plan or an expected time
    DONE = "done"
    OVERDUE = "overdue"  # the due time passed before it was done (the leaders were told)


OPEN_TASK_STATUSES = (TaskStatus.WAITING.value, TaskStatus.CONFIRMED.value, TaskStatus.PLAN_GIVEN.value)


def _in(column: str, values: type[StrEnum]) -> str:
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


class Notice(Base):
    """A notice posted to the group; `audience` as written ({everyone, departments, members}), `member_ids` resolved."""

    __tablename__ = "notices"
    __table_args__ = (
        CheckConstraint(_in("status", NoticeStatus), name="status"),
        Index("ix_notices_group_status", "group_id", "status"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    group_id: Mapped[int] = mapped_column(BigId, ForeignKey("groups.id", ondelete="CASCADE"))
    author_id: Mapped[str] = mapped_column(String(255))
    text: Mapped[str] = mapped_column(Text)
    audience: Mapped[dict[str, Any]]
    member_ids: Mapped[list[Any]]
    require_ack: Mapped[bool] = mapped_column(Boolean)
    deadline: Mapped[datetime | None]  # as the author gave it; None: `due_at` is posting + the rulebook's window
    due_at: Mapped[datetime]
    remind_at: Mapped[list[Any]]  # ISO times of the planned reminders, in order
    reminders_sent: Mapped[int] = mapped_column(Integer, default=0)  # how many of `remind_at` have passed
    escalated_at: Mapped[datetime | None]
    closes_at: Mapped[datetime]  # late acknowledgements count until then
    clause: Mapped[str | None] = mapped_column(String(64))
    command_message_id: Mapped[str | None] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(16), default=NoticeStatus.OPEN.value)
    closed_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"Notice(N{self.id} in group {self.group_id}, {self.status})"


class NoticeAck(Base):
    """One member's acknowledgement of one notice: when, how, and whether after the deadline."""

    __tablename__ = "notice_acks"
    __table_args__ = (
        CheckConstraint(_in("via", AckVia), name="via"),
        UniqueConstraint("notice_id", "member_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    notice_id: Mapped[int] = mapped_column(BigId, ForeignKey("notices.id", ondelete="CASCADE"))
    member_id: Mapped[str] = mapped_column(String(255))
    at: Mapped[datetime]
    via: Mapped[str] = mapped_column(String(16))
    message_id: Mapped[str | None] = mapped_column(String(255))
    text: Mapped[str | None] = mapped_column(Text)  # the words (or the emoji of a reaction)
    late: Mapped[bool] = mapped_column(Boolean, default=False)

    def __repr__(self) -> str:
        return f"NoticeAck(N{self.notice_id} {self.member_id} {self.via})"


class Task(Base):
    """A directive (任务/指令/交办) to one responsible member, due at `due_at`."""

    __tablename__ = "tasks"
    __table_args__ = (
        CheckConstraint(_in("status", TaskStatus), name="status"),
        Index("ix_tasks_group_status", "group_id", "status"),
        Index("ix_tasks_group_owner", "group_id", "owner_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    group_id: Mapped[int] = mapped_column(BigId, ForeignKey("groups.id", ondelete="CASCADE"))
    issuer_id: Mapped[str] = mapped_column(String(255))
    owner_id: Mapped[str] = mapped_column(String(255))
    text: Mapped[str] = mapped_column(Text)
    due_at: Mapped[datetime]
    confirm_by: Mapped[datetime]  # a reminder when still unconfirmed then
    status: Mapped[str] = mapped_column(String(16), default=TaskStatus.WAITING.value)
    plan: Mapped[str | None] = mapped_column(Text)
    confirmed_at: Mapped[datetime | None]
    done_at: Mapped[datetime | None]
    reminded_at: Mapped[datetime | None]
    escalated_at: Mapped[datetime | None]
    clause: Mapped[str | None] = mapped_column(String(64))
    command_message_id: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"Task(T{self.id} {self.owner_id}, {self.status})"

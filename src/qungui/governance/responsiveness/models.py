"""The questions table: a question raised in the group, whom it addresses, and its first answers.

A question addressed to a department (`department`, with the member ids that may answer for it in
`responder_ids`) is answered when one of them answers; a question to nobody in particular (or to an
admin) is answered when an admin does (`to_admins`). The first admin answer is kept either way, for
the admins' duties (第一篇 八). `expires_at` ends the tracking: a question still open then is unanswered.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from qungui.storage.base import Base
from qungui.storage.types import BigId


class QuestionStatus(StrEnum):
    OPEN = "open"  # waiting for its first answer
    ANSWERED = "answered"
    UNANSWERED = "unanswered"  # nobody answered before `expires_at`


class AnswerVia(StrEnum):
    REPLY = "reply"  # replied to or quoted the question
    MENTION = "mention"  # @mentioned the asker
    FOLLOW = "follow"  # a message from the department, the oldest question waiting for it


def _in(column: str, values: type[StrEnum]) -> str:
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


class Question(Base):
    """A question one member raised in the group."""

    __tablename__ = "questions"
    __table_args__ = (
        CheckConstraint(_in("status", QuestionStatus), name="status"),
        Index("ix_questions_group_status", "group_id", "status"),
        Index("ix_questions_group_asked", "group_id", "asked_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    group_id: Mapped[int] = mapped_column(BigId, ForeignKey("groups.id", ondelete="CASCADE"))
    message_id: Mapped[str] = mapped_column(String(255))
    asker_id: Mapped[str] = mapped_column(String(255))
    text: Mapped[str] = mapped_column(Text)
    asked_at: Mapped[datetime]
    department: Mapped[str | None] = mapped_column(String(64))
    responder_ids: Mapped[list[Any]]
    to_admins: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default=QuestionStatus.OPEN.value)
    answered_at: Mapped[datetime | None]
    answered_by: Mapped[str | None] = mapped_column(String(255))
    answer_via: Mapped[str | None] = mapped_column(String(16))
    admin_answered_at: Mapped[datetime | None]
    admin_answered_by: Mapped[str | None] = mapped_column(String(255))
    remind_at: Mapped[datetime | None]  # when the department heads are reminded, if still unanswered
    reminded_at: Mapped[datetime | None]
    expires_at: Mapped[datetime]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"Question(Q{self.id} {self.asker_id} → {self.department or 'admins'}, {self.status})"

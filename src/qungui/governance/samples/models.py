"""The labelled_samples and group_spam_models tables.

A group's retrained model is stored in the database (`group_spam_models.model`, a compressed .npz of
~0.2–0.3 MB) rather than as a file under a data directory: workers are stateless and share only
PostgreSQL, the model is written in the same transaction as its figures and audit entry, backups and
`ON DELETE CASCADE` cover it, and one row per group keeps the lookup trivial.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from qungui.storage.base import Base
from qungui.storage.types import BigId

EVENT_KEY_LENGTH = 640  # same as events.key


class Label(StrEnum):
    SPAM = "spam"  # an ad / spam message (广告)
    HAM = "ham"  # an ordinary message (正常消息)


class LabelledSample(Base):
    """One message an admin labelled in one group; `source` says who or what labelled it."""

    __tablename__ = "labelled_samples"
    __table_args__ = (
        UniqueConstraint("group_id", "event_key"),
        CheckConstraint("label IN ('spam', 'ham')", name="label"),
        Index("ix_labelled_samples_group_created", "group_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    group_id: Mapped[int] = mapped_column(BigId, ForeignKey("groups.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(String(8))
    source: Mapped[str] = mapped_column(String(255))  # "admin:<member id>", "unban", "cli"
    event_key: Mapped[str | None] = mapped_column(String(EVENT_KEY_LENGTH))
    created_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"LabelledSample({self.group_id}, {self.label}, {self.text[:20]!r})"


class GroupSpamModel(Base):
    """The spam model retrained for one group: the model file's bytes and its before/after figures."""

    __tablename__ = "group_spam_models"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    group_id: Mapped[int] = mapped_column(BigId, ForeignKey("groups.id", ondelete="CASCADE"), unique=True)
    version: Mapped[int] = mapped_column(Integer)
    base_model: Mapped[str] = mapped_column(String(64))  # the shipped model it was trained with: "spam-v1"
    model: Mapped[bytes] = mapped_column(LargeBinary)
    trained_at: Mapped[datetime]
    figures: Mapped[dict[str, Any]]

    def __repr__(self) -> str:
        return f"GroupSpamModel({self.group_id} v{self.version})"

"""The cases and sanctions tables."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from qungui.storage.base import Base
from qungui.storage.types import BigId

KEY_LENGTH = 1024  # case keys are "<event key>#<clause>#<member>[#timeout]"


class CaseStatus(StrEnum):
    OPEN = "open"  # recorded, nothing decided yet
    QUEUED = "queued"  # waiting for an admin (assisted clause)
    APPLIED = "applied"  # the ladder step was taken
    OVERRIDDEN = "overridden"  # an admin replaced the decision
    DISMISSED = "dismissed"  # an admin found no violation


class SanctionStatus(StrEnum):
    PENDING = "pending"  # to be carried out after commit
    DONE = "done"
    FAILED = "failed"  # tried `attempts` times; `last_error` says why
    SKIPPED = "skipped"  # no longer needed (e.g. the member left)
    UNSUPPORTED = "unsupported"  # the platform cannot do it; a human was told


def _in(column: str, values: type[StrEnum]) -> str:
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


class Case(Base):
    """A clause broken by one member in one event; `key` is the engine's deterministic case key."""

    __tablename__ = "cases"
    __table_args__ = (
        CheckConstraint(_in("status", CaseStatus), name="status"),
        Index("ix_cases_group_member", "group_id", "member_id"),
        Index("ix_cases_group_status", "group_id", "status"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    group_id: Mapped[int] = mapped_column(BigId, ForeignKey("groups.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(KEY_LENGTH), unique=True)
    member_id: Mapped[str] = mapped_column(String(255))
    clause: Mapped[str] = mapped_column(String(64))
    clause_text: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(String(255))
    enforcement: Mapped[str] = mapped_column(String(16))
    ladder: Mapped[str | None] = mapped_column(String(64))
    step_index: Mapped[int | None] = mapped_column(Integer)
    step: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default=CaseStatus.OPEN.value)
    findings: Mapped[list[Any]]
    also_cites: Mapped[list[Any]]
    evidence: Mapped[str] = mapped_column(Text, default="")
    event_key: Mapped[str] = mapped_column(String(KEY_LENGTH))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"Case({self.key}, {self.status})"


class Sanction(Base):
    """One action the engine asked for (warn, delete, remove, queue…), to carry out after commit."""

    __tablename__ = "sanctions"
    __table_args__ = (
        CheckConstraint(_in("status", SanctionStatus), name="status"),
        Index("ix_sanctions_status_created", "status", "created_at"),
        Index("ix_sanctions_group_member", "group_id", "member_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    group_id: Mapped[int] = mapped_column(BigId, ForeignKey("groups.id", ondelete="CASCADE"))
    case_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("cases.id", ondelete="SET NULL"), index=True)
    key: Mapped[str] = mapped_column(String(KEY_LENGTH + 16), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    member_id: Mapped[str | None] = mapped_column(String(255))
    clause: Mapped[str | None] = mapped_column(String(64))
    message_id: Mapped[str | None] = mapped_column(String(255))
    text: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[datetime | None]
    amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    duration_s: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default=SanctionStatus.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"Sanction({self.key}, {self.kind}, {self.status})"

"""The leave_requests table: 告假 against the one-week inactivity rule (备注)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from qungui.storage.base import Base
from qungui.storage.types import BigId


class LeaveStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


LIVE_STATUSES = (LeaveStatus.PENDING.value, LeaveStatus.APPROVED.value)  # these may not overlap


def _in(column: str, values: type[StrEnum]) -> str:
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


class LeaveRequest(Base):
    """One member's leave from `starts_at` to `ends_at` (`end` is an SQL keyword, hence the names)."""

    __tablename__ = "leave_requests"
    __table_args__ = (
        CheckConstraint(_in("status", LeaveStatus), name="status"),
        CheckConstraint("ends_at >= starts_at", name="period"),
        Index("ix_leave_requests_group_member_status", "group_id", "member_id", "status"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    group_id: Mapped[int] = mapped_column(BigId, ForeignKey("groups.id", ondelete="CASCADE"))
    member_id: Mapped[str] = mapped_column(String(255))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default=LeaveStatus.PENDING.value)
    decided_by: Mapped[str | None] = mapped_column(String(255))
    decided_at: Mapped[datetime | None]
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"LeaveRequest({self.id} {self.member_id} until {self.ends_at:%Y-%m-%d}, {self.status})"

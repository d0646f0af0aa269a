"""The appeals table: a removed member's request to be re-admitted (第一篇 五)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from qungui.storage.base import Base
from qungui.storage.types import BigId

CASE_KEY_LENGTH = 1024  # same as cases.key


class AppealStatus(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"  # re-admitted
    REJECTED = "rejected"


def _in(column: str, values: type[StrEnum]) -> str:
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


_ONE_OPEN = text("status = 'open'")


class Appeal(Base):
    """One appeal; `case_key` is the removal case when the rules removed the member, `removed_by` the admin."""

    __tablename__ = "appeals"
    __table_args__ = (
        CheckConstraint(_in("status", AppealStatus), name="status"),
        Index("ix_appeals_group_status", "group_id", "status"),
        # At most one open appeal per member: enforced by the database too, not only by the service.
        Index(
            "uq_appeals_one_open",
            "group_id",
            "member_id",
            unique=True,
            sqlite_where=_ONE_OPEN,
            postgresql_where=_ONE_OPEN,
        ),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    group_id: Mapped[int] = mapped_column(BigId, ForeignKey("groups.id", ondelete="CASCADE"))
    member_id: Mapped[str] = mapped_column(String(255))
    case_key: Mapped[str | None] = mapped_column(String(CASE_KEY_LENGTH))
    removed_by: Mapped[str | None] = mapped_column(String(255))
    removed_at: Mapped[datetime | None]
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default=AppealStatus.OPEN.value)
    decided_by: Mapped[str | None] = mapped_column(String(255))
    decided_at: Mapped[datetime | None]
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"Appeal({self.id} by {self.member_id}, {self.status})"

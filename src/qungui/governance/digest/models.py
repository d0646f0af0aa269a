"""The digests table: one row per group and week whose digest was sent (so it is sent once)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from qungui.storage.base import Base
from qungui.storage.types import BigId


class DigestRun(Base):
    """The digest of the week starting `week_start` went out at `sent_at`, `delivery` private or group."""

    __tablename__ = "digests"
    __table_args__ = (UniqueConstraint("group_id", "week_start"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    group_id: Mapped[int] = mapped_column(BigId, ForeignKey("groups.id", ondelete="CASCADE"))
    week_start: Mapped[datetime]
    sent_at: Mapped[datetime]
    delivery: Mapped[str] = mapped_column(String(16))  # "private" (owner and admins) or "group" (aggregates)

    def __repr__(self) -> str:
        return f"DigestRun(group {self.group_id}, week of {self.week_start:%Y-%m-%d}, {self.delivery})"

"""The departments table: one row per department of a group, with the member ids of its heads.

A member's own department is the `members.department` column (set by an admin) or, when that is empty,
the `department` of the roster entry the member matches (see `service.member_departments`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from qungui.storage.base import Base
from qungui.storage.types import BigId

NAME_LENGTH = 64


class Department(Base):
    """A department of one group; `head_ids` are the platform member ids of its heads (负责人)."""

    __tablename__ = "departments"
    __table_args__ = (UniqueConstraint("group_id", "name"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    group_id: Mapped[int] = mapped_column(BigId, ForeignKey("groups.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    head_ids: Mapped[list[Any]]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"Department({self.name} in group {self.group_id}, heads {self.head_ids})"

"""The members table: one row per person per group, holding the engine's MemberState as JSON."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from qungui.storage.base import Base
from qungui.storage.types import BigId


class Role(StrEnum):
    OWNER = "owner"  # 群主
    ADMIN = "admin"  # 管理员
    MEMBER = "member"


ADMIN_ROLES = frozenset({Role.OWNER, Role.ADMIN})
MEMBER_STATUSES = ("active", "removed", "left", "pending")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Member(Base):
    """A member of one group; `external_id` is the platform's member id, `state` is MemberState.to_dict()."""

    __tablename__ = "members"
    __table_args__ = (
        UniqueConstraint("group_id", "external_id"),
        CheckConstraint(_in("role", tuple(r.value for r in Role)), name="role"),
        CheckConstraint(_in("status", MEMBER_STATUSES), name="status"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    group_id: Mapped[int] = mapped_column(BigId, ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    external_id: Mapped[str] = mapped_column(String(255))
    display_name: Mapped[str | None] = mapped_column(String(255))
    department: Mapped[str | None] = mapped_column(String(64))  # set by an admin (部门 @x 名称); see departments
    role: Mapped[str] = mapped_column(String(16), default=Role.MEMBER.value)
    status: Mapped[str] = mapped_column(String(16), default="active")
    state: Mapped[dict[str, Any]]
    joined_at: Mapped[datetime | None]
    last_message_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    @property
    def is_admin(self) -> bool:
        return self.role in ADMIN_ROLES

    def __repr__(self) -> str:
        return f"Member({self.external_id} in group {self.group_id}, {self.role}, {self.status})"

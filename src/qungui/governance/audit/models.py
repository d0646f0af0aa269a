"""The audit_log table and its one-row head (the latest seq and hash, locked by each writer)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, CheckConstraint, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from qungui.storage.base import Base

GENESIS_HASH = "0" * 64  # prev_hash of the first entry


class AuditEntry(Base):
    """One audit entry; `hash` covers seq, at, actor, action, subject, data and prev_hash."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(255))
    action: Mapped[str] = mapped_column(String(64), index=True)
    subject: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]]
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    def __repr__(self) -> str:
        return f"AuditEntry({self.seq} {self.action} {self.subject})"


class AuditHead(Base):
    """The chain's head: one row (id 1). Writers update it first, which serializes them.

    It also lets verification notice entries deleted from the end of the log.
    """

    __tablename__ = "audit_head"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))

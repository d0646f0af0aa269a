"""The reports table and the evidence a report carries.

The reporter's id is stored (admins must be able to ask them for more, and the owner answers for the
report) next to a random per-report salt; everything read out of this table goes through
`qungui.governance.reports.service.report_view`, which leaves the reporter out for most roles.
"""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from qungui.storage.base import Base
from qungui.storage.types import BigId

MESSAGE_KEY_LENGTH = 640  # same as events.key
QUOTE_MAX = 2000
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class ReportStatus(StrEnum):
    OPEN = "open"  # waiting for an admin
    VERIFIED = "verified"  # 核实: the report was true
    REJECTED = "rejected"  # not confirmed


def _in(column: str, values: type[StrEnum]) -> str:
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


class Evidence(BaseModel):
    """One piece of evidence: a screenshot (sha256 of the stored attachment, and/or its url) or quoted text."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    sha256: str | None = None
    url: str | None = Field(default=None, max_length=2000)
    quote: str | None = Field(default=None, max_length=QUOTE_MAX)

    @field_validator("sha256")
    @classmethod
    def _hex(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.lower()
        if not _SHA256.match(value):
            raise ValueError("sha256 must be 64 hex digits")
        return value

    @field_validator("url")
    @classmethod
    def _http(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("https://", "http://")):
            raise ValueError("url must be http(s)")
        return value

    @model_validator(mode="after")
    def _not_empty(self) -> Evidence:
        if not (self.sha256 or self.url or (self.quote and self.quote.strip())):
            raise ValueError("evidence needs a sha256, a url or a quote")
        return self


class Report(Base):
    """One report of `target_id` by `reporter_id`; `reporter_salt` keys the reporter's hash in the audit log."""

    __tablename__ = "reports"
    __table_args__ = (
        UniqueConstraint("group_id", "reporter_id", "message_key"),
        CheckConstraint(_in("status", ReportStatus), name="status"),
        CheckConstraint("reporter_id <> target_id", name="not_self"),
        Index("ix_reports_group_status", "group_id", "status"),
        Index("ix_reports_group_reporter_created", "group_id", "reporter_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    group_id: Mapped[int] = mapped_column(BigId, ForeignKey("groups.id", ondelete="CASCADE"))
    reporter_id: Mapped[str] = mapped_column(String(255))
    reporter_salt: Mapped[str] = mapped_column(String(32))
    target_id: Mapped[str] = mapped_column(String(255))
    message_key: Mapped[str | None] = mapped_column(String(MESSAGE_KEY_LENGTH))
    reason: Mapped[str] = mapped_column(Text)
    evidence: Mapped[list[Any]]
    status: Mapped[str] = mapped_column(String(16), default=ReportStatus.OPEN.value)
    decided_by: Mapped[str | None] = mapped_column(String(255))
    decided_at: Mapped[datetime | None]
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]

    def __repr__(self) -> str:  # never shows the reporter
        return f"Report({self.id} against {self.target_id}, {self.status})"

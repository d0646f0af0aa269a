"""Tier history: every change of a customer's tier with its reason."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from qungui.storage.base import Base
from qungui.storage.types import BigId


class TierChange(Base):
    """A customer moved from `old_tier` (None: first tiering) to `new_tier` at `at`, for `reason`."""

    __tablename__ = "crm_tier_changes"
    __table_args__ = (Index("ix_crm_tier_changes_customer", "customer_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    customer_id: Mapped[int] = mapped_column(BigId, ForeignKey("crm_customers.id", ondelete="CASCADE"))
    old_tier: Mapped[str | None] = mapped_column(String(1))
    new_tier: Mapped[str] = mapped_column(String(1))
    reason: Mapped[str] = mapped_column(String(255))
    actor: Mapped[str] = mapped_column(String(255))
    at: Mapped[datetime]

"""Stores, their associates (导购), VIP customers and the history of which associate served whom."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from qungui.storage.base import Base
from qungui.storage.types import BigId

TIERS = ("A", "B", "C", "D")


class Store(Base):
    """A store; `group_id` is its VIP customer group (governed by the `vip-store` rulebook), when it has one."""

    __tablename__ = "crm_stores"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    group_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("groups.id", ondelete="SET NULL"))
    tier_rules: Mapped[dict[str, Any] | None]  # the store's saved TierRules (None: the defaults)
    created_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"Store({self.name})"


class Associate(Base):
    """A store's associate (导购); `left_at` is set when they leave (their customers were handed over)."""

    __tablename__ = "crm_associates"
    __table_args__ = (UniqueConstraint("store_id", "name"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    store_id: Mapped[int] = mapped_column(BigId, ForeignKey("crm_stores.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(64))
    phone: Mapped[str | None] = mapped_column(String(32))
    member_external_id: Mapped[str | None] = mapped_column(String(255))  # their id in the store's VIP group
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    left_at: Mapped[datetime | None]
    created_at: Mapped[datetime]

    def __repr__(self) -> str:
        return f"Associate({self.name}{'' if self.active else ', left'})"


class Customer(Base):
    """A VIP customer of one store, known by the store's customer number (`code`)."""

    __tablename__ = "crm_customers"
    __table_args__ = (
        UniqueConstraint("store_id", "code"),
        Index("ix_crm_customers_store_associate", "store_id", "associate_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    store_id: Mapped[int] = mapped_column(BigId, ForeignKey("crm_stores.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str | None] = mapped_column(String(64))
    phone: Mapped[str | None] = mapped_column(String(32))
    associate_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("crm_associates.id", ondelete="SET NULL"))
    member_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("members.id", ondelete="SET NULL"))
    referred_by_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("crm_customers.id", ondelete="SET NULL"))
    tier: Mapped[str | None] = mapped_column(String(1))
    tier_reason: Mapped[str | None] = mapped_column(String(255))
    tier_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    def label(self) -> str:
        return f"{self.name}（{self.code}）" if self.name else self.code

    def __repr__(self) -> str:
        return f"Customer({self.code} tier {self.tier})"


class Assignment(Base):
    """Who served a customer when: one row per period; `until` None for the current associate."""

    __tablename__ = "crm_assignments"
    __table_args__ = (Index("ix_crm_assignments_customer", "customer_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    customer_id: Mapped[int] = mapped_column(BigId, ForeignKey("crm_customers.id", ondelete="CASCADE"))
    associate_id: Mapped[int] = mapped_column(BigId, ForeignKey("crm_associates.id", ondelete="CASCADE"))
    since: Mapped[datetime]
    until: Mapped[datetime | None]
    reason: Mapped[str] = mapped_column(String(255))

"""Purchases (one row per order) and the import batches they came from."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from qungui.storage.base import Base
from qungui.storage.types import BigId


class ImportBatch(Base):
    """One imported file: its SHA-256 (importing the same file again changes nothing) and its report."""

    __tablename__ = "crm_imports"
    __table_args__ = (UniqueConstraint("store_id", "file_hash"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    store_id: Mapped[int] = mapped_column(BigId, ForeignKey("crm_stores.id", ondelete="CASCADE"))
    file_name: Mapped[str] = mapped_column(String(255))
    file_hash: Mapped[str] = mapped_column(String(64))
    rows_total: Mapped[int] = mapped_column(Integer)
    rows_imported: Mapped[int] = mapped_column(Integer)
    problems: Mapped[list[Any]]  # [[row, column, problem], …] (at most the first 1000)
    actor: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime]


class Purchase(Base):
    """One order of one customer; `order_id` is unique per store, amounts are in fen (分)."""

    __tablename__ = "crm_purchases"
    __table_args__ = (
        UniqueConstraint("store_id", "order_id"),
        Index("ix_crm_purchases_customer_at", "customer_id", "at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    store_id: Mapped[int] = mapped_column(BigId, ForeignKey("crm_stores.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(BigId, ForeignKey("crm_customers.id", ondelete="CASCADE"))
    order_id: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime]
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    items: Mapped[list[Any]]  # item names (for cross-sell suggestions)
    import_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("crm_imports.id", ondelete="SET NULL"))

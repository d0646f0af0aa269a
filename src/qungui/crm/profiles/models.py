"""The Mackay 66 profile of a customer: answers by question id, plus the store's custom fields."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from qungui.storage.base import Base
from qungui.storage.types import BigId


class Profile(Base):
    """One customer's profile; `answers` maps question ids (`q1`…`q66`) to text, `custom` the store's own fields."""

    __tablename__ = "crm_profiles"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    customer_id: Mapped[int] = mapped_column(BigId, ForeignKey("crm_customers.id", ondelete="CASCADE"), unique=True)
    answers: Mapped[dict[str, Any]]
    custom: Mapped[dict[str, Any]]
    updated_by: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

"""Hand-overs: an associate's customers and open follow-ups moved to successors in one step."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from qungui.storage.base import Base
from qungui.storage.types import BigId


class Handover(Base):
    """One hand-over; `moves` is [[customer_id, successor associate_id], …]."""

    __tablename__ = "crm_handovers"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    store_id: Mapped[int] = mapped_column(BigId, ForeignKey("crm_stores.id", ondelete="CASCADE"))
    from_associate_id: Mapped[int] = mapped_column(BigId, ForeignKey("crm_associates.id", ondelete="CASCADE"))
    moves: Mapped[list[Any]]
    customers: Mapped[int] = mapped_column(Integer)
    followups: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(255))
    actor: Mapped[str] = mapped_column(String(255))
    at: Mapped[datetime]

"""Keeping in touch: store events and attendance, the contact log, follow-ups and satisfaction surveys."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from qungui.storage.base import Base
from qungui.storage.types import BigId


class Channel(StrEnum):
    GROUP = "group"  # 群聊
    PRIVATE = "private"  # 私聊
    PHONE = "phone"  # 电话
    VISIT = "visit"  # 到店/拜访
    SMS = "sms"  # 短信


CHANNEL_NAMES = {"group": "群聊", "private": "私聊", "phone": "电话", "visit": "拜访", "sms": "短信"}


class Attendance(StrEnum):
    INVITED = "invited"
    REGISTERED = "registered"
    ATTENDED = "attended"
    ABSENT = "absent"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class FollowUpKind(StrEnum):
    AT_RISK = "at_risk"  # overdue against the customer's usual purchase interval
    CONTACT = "contact"  # asked for when logging a contact
    MANUAL = "manual"


def _in(column: str, values: type[StrEnum]) -> str:
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


class StoreEvent(Base):
    """An event the store holds (新品品鉴会, 会员日 …)."""

    __tablename__ = "crm_events"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    store_id: Mapped[int] = mapped_column(BigId, ForeignKey("crm_stores.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(128))
    starts_at: Mapped[datetime]
    place: Mapped[str | None] = mapped_column(String(128))
    created_at: Mapped[datetime]


class EventAttendance(Base):
    """One customer's status for one event."""

    __tablename__ = "crm_attendance"
    __table_args__ = (
        UniqueConstraint("event_id", "customer_id"),
        CheckConstraint(_in("status", Attendance), name="status"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(BigId, ForeignKey("crm_events.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(BigId, ForeignKey("crm_customers.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16))
    updated_at: Mapped[datetime]


class ContactLog(Base):
    """One contact with a customer on one channel, by an associate."""

    __tablename__ = "crm_contacts"
    __table_args__ = (
        CheckConstraint(_in("channel", Channel), name="channel"),
        Index("ix_crm_contacts_customer_at", "customer_id", "at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    customer_id: Mapped[int] = mapped_column(BigId, ForeignKey("crm_customers.id", ondelete="CASCADE"))
    associate_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("crm_associates.id", ondelete="SET NULL"))
    channel: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime]
    note: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(255))


class FollowUp(Base):
    """Something an associate must do for a customer by `due_at`: an at-risk call, a promised call-back."""

    __tablename__ = "crm_followups"
    __table_args__ = (
        CheckConstraint(_in("status", FollowUpStatus), name="status"),
        CheckConstraint(_in("kind", FollowUpKind), name="kind"),
        Index("ix_crm_followups_associate_status", "associate_id", "status"),
        Index("ix_crm_followups_customer_status", "customer_id", "status"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    customer_id: Mapped[int] = mapped_column(BigId, ForeignKey("crm_customers.id", ondelete="CASCADE"))
    associate_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("crm_associates.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(255))
    due_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(16), default=FollowUpStatus.OPEN.value)
    contact_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("crm_contacts.id", ondelete="SET NULL"))
    created_at: Mapped[datetime]
    done_at: Mapped[datetime | None]


class Survey(Base):
    """A satisfaction survey answer: `score` 1 (very unhappy) to 5 (very happy)."""

    __tablename__ = "crm_surveys"
    __table_args__ = (CheckConstraint("score BETWEEN 1 AND 5", name="score"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    customer_id: Mapped[int] = mapped_column(BigId, ForeignKey("crm_customers.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime]
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)

"""Events and attendance, the contact log, follow-ups and surveys. Nothing here commits.

The policy (5、建立与顾客的广泛联系) asks for contact on many channels and regular events, so that a
customer is never known through one associate alone; `single_channel_customers` finds those who are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from qungui.crm.customers.models import Associate, Customer, Store
from qungui.crm.engage.models import (
    Attendance,
    Channel,
    ContactLog,
    EventAttendance,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    StoreEvent,
    Survey,
)
from qungui.crm.errors import CrmRejected
from qungui.governance.audit.service import append_audit

MAX_NOTE = 2000


def _subject(customer: Customer) -> str:
    return f"crm:{customer.store_id}:{customer.code}"


def create_event(
    session: Session, *, store: Store, title: str, starts_at: datetime, now: datetime, place: str | None = None
) -> StoreEvent:
    title = title.strip()
    if not title or len(title) > 128:
        raise CrmRejected("活动名称不能为空，最多128个字", "an event title is 1–128 characters")
    event = StoreEvent(store_id=store.id, title=title, starts_at=starts_at, place=place, created_at=now)
    session.add(event)
    session.flush()
    return event


def set_attendance(
    session: Session, *, event: StoreEvent, customer: Customer, status: str, now: datetime
) -> EventAttendance:
    """Invite, register or mark a customer attended/absent (one row per event and customer)."""
    try:
        value = Attendance(status).value
    except ValueError:
        raise CrmRejected(
            f"出席状态只能是 {'/'.join(a.value for a in Attendance)}", f"status must be one of {list(Attendance)}"
        ) from None
    if customer.store_id != event.store_id:
        raise CrmRejected("顾客不属于举办活动的门店", "the customer belongs to another store")
    row = session.scalars(
        select(EventAttendance).where(EventAttendance.event_id == event.id, EventAttendance.customer_id == customer.id)
    ).one_or_none()
    if row is None:
        row = EventAttendance(event_id=event.id, customer_id=customer.id, status=value, updated_at=now)
        session.add(row)
    else:
        row.status, row.updated_at = value, now
    session.flush()
    return row


def log_contact(
    session: Session,
    *,
    customer: Customer,
    channel: str,
    note: str,
    actor: str,
    now: datetime,
    associate: Associate | None = None,
    follow_up_at: datetime | None = None,
    follow_up: str | None = None,
) -> ContactLog:
    """Record a contact; with `follow_up_at`, a follow-up reminder for the customer's associate. Audited."""
    try:
        value = Channel(channel).value
    except ValueError:
        raise CrmRejected(
            f"联系渠道只能是 {'/'.join(c.value for c in Channel)}（群聊/私聊/电话/拜访/短信）",
            f"channel must be one of {[c.value for c in Channel]}",
        ) from None
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise CrmRejected(f"记录最多{MAX_NOTE}字", f"a note is at most {MAX_NOTE} characters")
    if follow_up_at is not None and follow_up_at <= now:
        raise CrmRejected("跟进时间应晚于现在", "the follow-up time must be in the future")
    contact = ContactLog(
        customer_id=customer.id,
        associate_id=(associate.id if associate else customer.associate_id),
        channel=value,
        at=now,
        note=note,
        actor=actor,
    )
    session.add(contact)
    session.flush()
    if follow_up_at is not None:
        session.add(
            FollowUp(
                customer_id=customer.id,
                associate_id=customer.associate_id,
                kind=FollowUpKind.CONTACT.value,
                reason=(follow_up or note or "约定回访")[:255],
                due_at=follow_up_at,
                status=FollowUpStatus.OPEN.value,
                contact_id=contact.id,
                created_at=now,
            )
        )
    # auto-close at-risk follow-ups: the associate reached the customer
    for open_row in open_followups(session, customer=customer, kind=FollowUpKind.AT_RISK.value):
        open_row.status, open_row.done_at = FollowUpStatus.DONE.value, now
    append_audit(
        session, actor=actor, action="crm.contact", subject=_subject(customer), data={"channel": value}, now=now
    )
    session.flush()
    return contact


def open_followups(session: Session, *, customer: Customer, kind: str | None = None) -> list[FollowUp]:
    query = select(FollowUp).where(FollowUp.customer_id == customer.id, FollowUp.status == FollowUpStatus.OPEN.value)
    if kind is not None:
        query = query.where(FollowUp.kind == kind)
    return list(session.scalars(query.order_by(FollowUp.due_at)))


def add_followup(
    session: Session, *, customer: Customer, kind: str, reason: str, due_at: datetime, now: datetime
) -> FollowUp:
    row = FollowUp(
        customer_id=customer.id,
        associate_id=customer.associate_id,
        kind=FollowUpKind(kind).value,
        reason=reason[:255],
        due_at=due_at,
        status=FollowUpStatus.OPEN.value,
        created_at=now,
    )
    session.add(row)
    session.flush()
    return row


def complete_followup(session: Session, *, followup: FollowUp, actor: str, now: datetime) -> None:
    if followup.status != FollowUpStatus.OPEN.value:
        raise CrmRejected("这条跟进已经关闭", "this follow-up is already closed")
    followup.status, followup.done_at = FollowUpStatus.DONE.value, now
    append_audit(
        session, actor=actor, action="crm.followup.done", subject=f"crm:followup:{followup.id}", data={}, now=now
    )


def due_followups(session: Session, *, store: Store, now: datetime, within: timedelta = timedelta(0)) -> list[FollowUp]:
    """Open follow-ups of the store due by `now + within` (the reminders), oldest first."""
    return list(
        session.scalars(
            select(FollowUp)
            .join(Customer, Customer.id == FollowUp.customer_id)
            .where(
                Customer.store_id == store.id,
                FollowUp.status == FollowUpStatus.OPEN.value,
                FollowUp.due_at <= now + within,
            )
            .order_by(FollowUp.due_at, FollowUp.id)
        )
    )


def record_survey(
    session: Session, *, customer: Customer, score: int, now: datetime, comment: str | None = None
) -> Survey:
    if not isinstance(score, int) or not 1 <= score <= 5:
        raise CrmRejected("满意度评分应为1到5的整数", "a satisfaction score is an integer from 1 to 5")
    row = Survey(customer_id=customer.id, at=now, score=score, comment=(comment or None))
    session.add(row)
    session.flush()
    return row


@dataclass(frozen=True, slots=True)
class SurveySummary:
    answers: int
    average: float | None
    satisfied_share: float | None  # percent scoring 4 or 5


def survey_summary(session: Session, *, store: Store, start: datetime, end: datetime) -> SurveySummary:
    row = session.execute(
        select(func.count(Survey.id), func.avg(Survey.score), func.sum(case((Survey.score >= 4, 1), else_=0)))
        .join(Customer, Customer.id == Survey.customer_id)
        .where(Customer.store_id == store.id, Survey.at > start, Survey.at <= end)
    ).one()
    count = int(row[0] or 0)
    if not count:
        return SurveySummary(0, None, None)
    return SurveySummary(count, float(row[1]), float(row[2] or 0) / count * 100)


def single_channel_customers(session: Session, *, store: Store) -> list[Customer]:
    """Customers with contacts logged on at most one channel (the policy: never rely on one channel)."""
    channels = (
        select(ContactLog.customer_id, func.count(func.distinct(ContactLog.channel)).label("n"))
        .group_by(ContactLog.customer_id)
        .subquery()
    )
    return list(
        session.scalars(
            select(Customer)
            .outerjoin(channels, channels.c.customer_id == Customer.id)
            .where(Customer.store_id == store.id, func.coalesce(channels.c.n, 0) <= 1)
            .order_by(Customer.code)
        )
    )


def customers_without_events(session: Session, *, store: Store, since: datetime) -> list[Customer]:
    """Customers who attended no store event since `since` (the policy: hold events regularly, 5.2)."""
    attended = (
        select(EventAttendance.customer_id)
        .join(StoreEvent, StoreEvent.id == EventAttendance.event_id)
        .where(
            StoreEvent.store_id == store.id,
            StoreEvent.starts_at >= since,
            EventAttendance.status == Attendance.ATTENDED.value,
        )
    )
    return list(
        session.scalars(
            select(Customer).where(Customer.store_id == store.id, Customer.id.not_in(attended)).order_by(Customer.code)
        )
    )

"""The dashboard's figures: key counts and the series its charts draw. Read-only.

Days and hours are local to the rulebook's time zone. Violations are cases an admin did not dismiss.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qungui.governance.appeals.models import Appeal, AppealStatus
from qungui.governance.cases.models import Case, CaseStatus
from qungui.governance.events.models import EventRecord
from qungui.governance.groups.models import Group
from qungui.governance.leave.models import LeaveRequest, LeaveStatus
from qungui.governance.members.joins import pending_joins
from qungui.governance.members.models import Member
from qungui.governance.notices.models import OPEN_TASK_STATUSES, Notice, NoticeAck, NoticeStatus, Task, TaskStatus
from qungui.governance.reports.models import Report, ReportStatus
from qungui.web.console.charts import Point
from qungui.web.console.queries import aware

DAYS = 14
ACTIVITY_DAYS = 7
NOTICES_CHARTED = 8
CLAUSES_CHARTED = 10


@dataclass(slots=True)
class Dashboard:
    members: int = 0
    open_cases: int = 0
    open_reports: int = 0
    open_appeals: int = 0
    open_leave: int = 0
    open_notices: int = 0
    unpaid: Decimal = Decimal(0)
    daily: list[Point] = field(default_factory=list)
    by_clause: list[Point] = field(default_factory=list)
    ack_rates: list[Point] = field(default_factory=list)
    by_hour: list[Point] = field(default_factory=list)
    queues: dict[str, int] = field(default_factory=dict)


def _count(session: Session, query) -> int:
    return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)


def daily_counts(times: list[datetime], *, now: datetime, tz: ZoneInfo, days: int = DAYS) -> list[Point]:
    """How many of `times` fell on each of the last `days` local days (oldest first, today last)."""
    today = now.astimezone(tz).date()
    first = today - timedelta(days=days - 1)
    counts = Counter(t.astimezone(tz).date() for t in times)
    return [Point(f"{d.month}/{d.day}", counts.get(d, 0)) for d in (first + timedelta(days=i) for i in range(days))]


def hourly_counts(times: list[datetime], *, tz: ZoneInfo) -> list[Point]:
    """How many of `times` fell in each local hour of the day, 0–23."""
    counts = Counter(t.astimezone(tz).hour for t in times)
    return [Point(f"{hour}", counts.get(hour, 0), f"{hour}:00–{hour}:59：{counts.get(hour, 0)}") for hour in range(24)]


def dashboard(
    session: Session, *, group: Group, now: datetime, tz: ZoneInfo, only: Collection[str] | None = None
) -> Dashboard:
    """The counts and series for `group`'s dashboard (a department head's: only their members)."""
    out = Dashboard()

    def scoped(query, column):
        return query if only is None else query.where(column.in_(list(only)))

    members = select(Member.id).where(Member.group_id == group.id, Member.status == "active")
    out.members = _count(session, scoped(members, Member.external_id))
    queued = select(Case.id).where(Case.group_id == group.id, Case.status == CaseStatus.QUEUED.value)
    out.open_cases = _count(session, scoped(queued, Case.member_id))
    reports = select(Report.id).where(Report.group_id == group.id, Report.status == ReportStatus.OPEN.value)
    out.open_reports = _count(session, scoped(reports, Report.target_id))
    appeals = select(Appeal.id).where(Appeal.group_id == group.id, Appeal.status == AppealStatus.OPEN.value)
    out.open_appeals = _count(session, scoped(appeals, Appeal.member_id))
    leave = select(LeaveRequest.id).where(
        LeaveRequest.group_id == group.id, LeaveRequest.status == LeaveStatus.PENDING.value
    )
    out.open_leave = _count(session, scoped(leave, LeaveRequest.member_id))
    notices = select(Notice.id).where(Notice.group_id == group.id, Notice.status == NoticeStatus.OPEN.value)
    out.open_notices = _count(session, notices)
    tasks = select(Task.id).where(Task.group_id == group.id, Task.status.in_([*OPEN_TASK_STATUSES, TaskStatus.OVERDUE]))
    open_tasks = _count(session, scoped(tasks, Task.owner_id))

    since = now - timedelta(days=DAYS)
    violations = select(Case.created_at, Case.clause).where(
        Case.group_id == group.id, Case.status != CaseStatus.DISMISSED.value, Case.created_at >= since
    )
    found = session.execute(scoped(violations, Case.member_id)).all()
    out.daily = daily_counts([aware(at) for at, _ in found], now=now, tz=tz)  # type: ignore[misc]
    clauses = select(Case.clause, func.count()).where(
        Case.group_id == group.id, Case.status != CaseStatus.DISMISSED.value
    )
    by_clause = session.execute(scoped(clauses, Case.member_id).group_by(Case.clause)).all()
    top = sorted(by_clause, key=lambda row: (-row[1], row[0]))[:CLAUSES_CHARTED]
    out.by_clause = [Point(clause, count) for clause, count in top]

    recent = session.scalars(
        select(Notice)
        .where(Notice.group_id == group.id, Notice.require_ack.is_(True))
        .order_by(Notice.id.desc())
        .limit(NOTICES_CHARTED)
    ).all()
    acked = dict(
        session.execute(
            select(NoticeAck.notice_id, func.count())
            .where(NoticeAck.notice_id.in_([n.id for n in recent]))
            .group_by(NoticeAck.notice_id)
        ).all()
    )
    for notice in reversed(recent):
        total = len(notice.member_ids)
        done = int(acked.get(notice.id, 0))
        rate = round(100 * done / total) if total else 0
        out.ack_rates.append(Point(f"N{notice.id}", rate, f"N{notice.id}：{done}/{total}（{rate}%）"))

    speech = select(EventRecord.ts).where(
        EventRecord.group_id == group.id,
        EventRecord.type == "message",
        EventRecord.ts >= now - timedelta(days=ACTIVITY_DAYS),
    )
    times = [aware(ts) for ts in session.scalars(scoped(speech, EventRecord.actor_id))]
    out.by_hour = hourly_counts(times, tz=tz)  # type: ignore[arg-type]

    out.queues = {
        "cases": out.open_cases,
        "reports": out.open_reports,
        "appeals": out.open_appeals,
        "leave": out.open_leave,
        "joins": len(pending_joins(session, group=group)),
        "tasks": open_tasks,
    }
    return out

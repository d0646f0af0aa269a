"""Weekly figures over stored questions: response times per department and the admins' duties. Pure.

Minutes are measured from the question to its first answer. The median is the middle value (the mean
of the two middle values for an even count); p90 is the nearest-rank 90th percentile: the smallest
value with at least 90% of the values at or below it.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo


@dataclass(frozen=True, slots=True)
class QuestionRow:
    """What the figures need of one stored question."""

    asker_id: str
    asked_at: datetime
    department: str | None
    to_admins: bool
    answered_at: datetime | None
    answered_by: str | None
    admin_answered_at: datetime | None
    admin_answered_by: str | None


@dataclass(frozen=True, slots=True)
class DepartmentResponse:
    """One department's week: questions addressed to it, answered, late, unanswered, minutes to answer."""

    department: str
    asked: int
    answered: int
    late: int  # answered after `respond_within`
    unanswered: int  # not answered (yet)
    median_minutes: float | None
    p90_minutes: float | None


@dataclass(frozen=True, slots=True)
class AdminDuty:
    """One admin's week (第一篇 八): messages, days active, decisions, questions answered and how fast."""

    member_id: str
    name: str
    role: str
    messages: int
    days_active: int
    decisions: int
    notices: int
    questions_answered: int
    median_answer_minutes: float | None


def minutes(start: datetime, end: datetime) -> float:
    return round((end - start) / timedelta(minutes=1), 1)


def median(values: Sequence[float]) -> float | None:
    return round(float(statistics.median(values)), 1) if values else None


def percentile(values: Sequence[float], share: float) -> float | None:
    """The nearest-rank percentile (`share` in 0..1) of `values`, or None when there are none."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return round(float(ordered[rank - 1]), 1)


def department_table(rows: Iterable[QuestionRow], *, respond_within: timedelta) -> list[DepartmentResponse]:
    """One row per department that was asked anything, by name."""
    by_department: dict[str, list[QuestionRow]] = {}
    for row in rows:
        if row.department is not None:
            by_department.setdefault(row.department, []).append(row)
    table = []
    for name in sorted(by_department):
        asked = by_department[name]
        waits = [minutes(r.asked_at, r.answered_at) for r in asked if r.answered_at is not None]
        late = sum(1 for r in asked if r.answered_at is not None and r.answered_at - r.asked_at > respond_within)
        table.append(
            DepartmentResponse(
                department=name,
                asked=len(asked),
                answered=len(waits),
                late=late,
                unanswered=len(asked) - len(waits),
                median_minutes=median(waits),
                p90_minutes=percentile(waits, 0.9),
            )
        )
    return table


def admin_duties(
    admins: Sequence[tuple[str, str, str]],
    *,
    messages: Iterable[tuple[str, datetime]],
    decisions: Iterable[str],
    notices: Iterable[str],
    questions: Iterable[QuestionRow],
    tz: tzinfo,
) -> list[AdminDuty]:
    """One row per admin (`admins`: (member id, name, role)), in the order given.

    `messages` are (member, when) of the admins' group messages in the week, `decisions` and `notices`
    the member ids of each decision taken and notice posted, `questions` the week's questions.
    """
    counts: dict[str, int] = {}
    days: dict[str, set[object]] = {}
    for member, at in messages:
        counts[member] = counts.get(member, 0) + 1
        days.setdefault(member, set()).add(at.astimezone(tz).date())
    decided: dict[str, int] = {}
    for member in decisions:
        decided[member] = decided.get(member, 0) + 1
    posted: dict[str, int] = {}
    for member in notices:
        posted[member] = posted.get(member, 0) + 1
    answered: dict[str, list[float]] = {}
    for row in questions:
        if row.admin_answered_by is not None and row.admin_answered_at is not None:
            answered.setdefault(row.admin_answered_by, []).append(minutes(row.asked_at, row.admin_answered_at))
    return [
        AdminDuty(
            member_id=member,
            name=name,
            role=role,
            messages=counts.get(member, 0),
            days_active=len(days.get(member, ())),
            decisions=decided.get(member, 0),
            notices=posted.get(member, 0),
            questions_answered=len(answered.get(member, [])),
            median_answer_minutes=median(answered.get(member, [])),
        )
        for member, name, role in admins
    ]

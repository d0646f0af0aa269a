"""Compute the weekly digest from rows read out of the store. Pure: no database, no clock.

`build_digest` (in `service`) reads the rows; `compute_digest` turns them into the figures, so the
figures can be tested against a hand-counted scenario. What counts:

- violations: the cases opened in the week and applied (or overridden by an admin), by clause — not
  those still waiting for an admin (they are the open cases), nor dismissed ones, nor the merged
  repeats of one burst;
- open cases: cases waiting for an admin (queued) or not yet decided (open), as of `now`;
- notices: those posted in the week or still open: acknowledged / audience members still in the group;
- share tasks: the same with screenshots;
- silent members: ordinary members still in the group, not on leave, with no message for
  `silent_after` (counted from joining when they never spoke, or from when qungui first saw them);
- pending reports, appeals and queued cases, by number, naming only the member concerned;
- unpaid fines as of `now`; department response times and admin duties over the week's questions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo

from qungui.governance.digest.result import (
    AdminQuestions,
    ClauseCount,
    Digest,
    NoticeRate,
    PendingItem,
    ShareRate,
    SilentMember,
    UnpaidFine,
)
from qungui.governance.responsiveness.stats import QuestionRow, admin_duties, department_table, median, minutes

VIOLATION_STATUSES = frozenset({"applied", "overridden"})
MERGED_STEP = "merged"


@dataclass(frozen=True, slots=True)
class CaseRow:
    clause: str
    title: str
    status: str
    step: str | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class AudienceRow:
    """A notice or share task: its audience and who answered (acknowledged / sent a screenshot)."""

    label: str
    text: str
    posted_at: datetime
    open: bool
    audience: tuple[str, ...]
    answered: frozenset[str]


@dataclass(frozen=True, slots=True)
class MemberRow:
    member_id: str
    name: str
    role: str
    status: str
    last_message_at: datetime | None
    joined_at: datetime | None
    first_seen: datetime
    on_leave: bool


@dataclass(frozen=True, slots=True)
class DigestInputs:
    """Everything the digest is computed from, as read from the store."""

    group_name: str
    week_start: datetime
    week_end: datetime
    now: datetime
    tz: tzinfo
    silent_after: timedelta
    respond_within: timedelta
    cases: Sequence[CaseRow] = ()  # opened in the week
    open_cases: int = 0
    notices: Sequence[AudienceRow] = ()  # posted in the week, or still open
    shares: Sequence[AudienceRow] = ()
    members: Sequence[MemberRow] = ()
    pending: Sequence[PendingItem] = ()
    fines: Sequence[UnpaidFine] = ()
    questions: Sequence[QuestionRow] = ()  # asked in the week
    admin_messages: Sequence[tuple[str, datetime]] = ()  # (admin, when) of their group messages in the week
    decisions: Sequence[str] = field(default_factory=tuple)  # the admin of each decision taken in the week
    notice_authors: Sequence[str] = field(default_factory=tuple)  # the author of each notice posted in the week


def _violations(cases: Sequence[CaseRow]) -> tuple[ClauseCount, ...]:
    counts: Counter[str] = Counter()
    titles: dict[str, str] = {}
    for case in cases:
        if case.status not in VIOLATION_STATUSES or case.step == MERGED_STEP:
            continue
        counts[case.clause] += 1
        titles.setdefault(case.clause, case.title)
    rows = [ClauseCount(clause, titles[clause], n) for clause, n in counts.items()]
    return tuple(sorted(rows, key=lambda row: (-row.count, row.clause)))


def _rates(rows: Sequence[AudienceRow], active: set[str]) -> list[tuple[AudienceRow, int, int]]:
    found = []
    for row in sorted(rows, key=lambda r: r.posted_at):
        asked = [m for m in row.audience if m in active or m in row.answered]
        found.append((row, sum(1 for m in asked if m in row.answered), len(asked)))
    return found


def _silent(inputs: DigestInputs) -> tuple[SilentMember, ...]:
    since = inputs.now - inputs.silent_after
    found = []
    for member in inputs.members:
        if member.status != "active" or member.role != "member" or member.on_leave:
            continue
        last = member.last_message_at or member.joined_at or member.first_seen
        if last <= since:
            found.append(SilentMember(member.member_id, member.name, member.last_message_at))
    return tuple(sorted(found, key=lambda m: (m.last_message_at is not None, m.last_message_at or inputs.now, m.name)))


def compute_digest(inputs: DigestInputs) -> Digest:
    """The week's figures from `inputs` (see the module's rules)."""
    active = {m.member_id for m in inputs.members if m.status == "active"}
    notices = tuple(
        NoticeRate(row.label, row.text, row.posted_at, acked, total, row.open)
        for row, acked, total in _rates(inputs.notices, active)
    )
    shares = tuple(
        ShareRate(row.label, row.text, row.posted_at, done, total, row.open)
        for row, done, total in _rates(inputs.shares, active)
    )
    admins = [(m.member_id, m.name, m.role) for m in inputs.members if m.role in ("owner", "admin")]
    admins.sort(key=lambda a: (a[2] != "owner", a[1]))
    to_admins = [q for q in inputs.questions if q.to_admins]
    admin_waits = [minutes(q.asked_at, q.answered_at) for q in to_admins if q.answered_at is not None]
    return Digest(
        group_name=inputs.group_name,
        week_start=inputs.week_start,
        week_end=inputs.week_end,
        generated_at=inputs.now,
        violations=_violations(inputs.cases),
        open_cases=inputs.open_cases,
        notices=notices,
        shares=shares,
        silent=_silent(inputs),
        pending=tuple(inputs.pending),
        unpaid_fines=tuple(sorted(inputs.fines, key=lambda f: (f.due, f.name))),
        departments=tuple(department_table(inputs.questions, respond_within=inputs.respond_within)),
        admins=tuple(
            admin_duties(
                admins,
                messages=inputs.admin_messages,
                decisions=inputs.decisions,
                notices=inputs.notice_authors,
                questions=inputs.questions,
                tz=inputs.tz,
            )
        ),
        admin_questions=AdminQuestions(len(to_admins), len(admin_waits), median(admin_waits)),
        members=len(active),
    )

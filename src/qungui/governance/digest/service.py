"""Read one group's week out of the store and compute its digest: `build_digest`. Never commits.

The figures are computed by the pure `compute.compute_digest`; this module only queries. A week runs
from `week_start` for seven days (cut at `now` while it is still running); everything “as of now”
(open cases, pending requests, unpaid fines, silent members) is as of `now`.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.governance.appeals.models import Appeal
from qungui.governance.appeals.service import open_appeals
from qungui.governance.audit.models import AuditEntry
from qungui.governance.cases.decisions import queued_cases
from qungui.governance.cases.models import Case, CaseStatus
from qungui.governance.digest.compute import AudienceRow, CaseRow, DigestInputs, MemberRow, compute_digest
from qungui.governance.digest.result import Digest, PendingItem, UnpaidFine
from qungui.governance.events.models import EventRecord
from qungui.governance.groups.models import Group
from qungui.governance.members.ledger import fine_ledger
from qungui.governance.members.models import ADMIN_ROLES, Member, Role
from qungui.governance.members.service import load_group_state
from qungui.governance.notices.models import Notice, NoticeAck, NoticeStatus
from qungui.governance.reports.models import Report
from qungui.governance.reports.service import open_reports
from qungui.governance.responsiveness.models import Question
from qungui.governance.responsiveness.stats import QuestionRow
from qungui.governance.shares.models import ShareProof, ShareStatus, ShareTask
from qungui.rules.compiled import CompiledRulebook, compile_rulebook
from qungui.rules.loader import load_template

WEEK = timedelta(days=7)
CASE_DECISIONS = ("case.opened", "case.confirmed", "case.dismissed", "case.overridden")


def week_start_of(day: date, tz: tzinfo, *, weekday: int = 1) -> datetime:
    """00:00 of the last `weekday` (ISO, 1 = Monday) on or before `day`, in `tz`."""
    back = (day.isoweekday() - weekday) % 7
    return datetime.combine(day - timedelta(days=back), time.min, tzinfo=tz)


def _book(group: Group, book: CompiledRulebook | None) -> CompiledRulebook:
    return book if book is not None else compile_rulebook(load_template(group.rulebook or "community"))


def build_digest(
    *, session: Session, group: Group, week_start: datetime, now: datetime, book: CompiledRulebook | None = None
) -> Digest:
    """The digest of the week starting at `week_start`, as of `now`; `book` defaults to the group's template.

    Raises ValueError for a naive `week_start` or `now`, or a week that starts after `now`.
    """
    if week_start.tzinfo is None or now.tzinfo is None:
        raise ValueError("week_start and now must be aware datetimes")
    if week_start > now:
        raise ValueError("the week starts after now")
    book = _book(group, book)
    rulebook = book.rulebook
    end = week_start + WEEK
    until = min(end, now)
    state = load_group_state(session, group=group, book=book)
    member_rows = list(session.scalars(select(Member).where(Member.group_id == group.id).order_by(Member.id)))
    names = {row.external_id: row.display_name or row.external_id for row in member_rows}
    members = [
        MemberRow(
            member_id=row.external_id,
            name=names[row.external_id],
            role=row.role,
            status=row.status,
            last_message_at=row.last_message_at,
            joined_at=row.joined_at,
            first_seen=row.created_at,
            on_leave=state.member(row.external_id).on_leave(now),
        )
        for row in member_rows
    ]
    admins = [row.external_id for row in member_rows if row.role in ADMIN_ROLES]
    inputs = DigestInputs(
        group_name=group.name or group.external_id,
        week_start=week_start,
        week_end=end,
        now=now,
        tz=rulebook.tz,
        silent_after=rulebook.digest.silent_after,
        respond_within=rulebook.responsiveness.respond_within,
        cases=_cases(session, group, week_start, until),
        open_cases=_open_cases(session, group),
        notices=_notices(session, group, week_start, until),
        shares=_shares(session, group, week_start, until),
        members=members,
        pending=_pending(session, group, names),
        fines=[
            UnpaidFine(
                r.member_id, r.name or names.get(r.member_id, r.member_id), r.clause, r.amount, r.due, r.overdue(now)
            )
            for r in fine_ledger(state, unpaid_only=True)
        ],
        questions=_questions(session, group, week_start, until),
        admin_messages=_admin_messages(session, group, admins, week_start, until),
        decisions=_decisions(session, group, admins, week_start, until),
        notice_authors=list(
            session.scalars(
                select(Notice.author_id).where(
                    Notice.group_id == group.id, Notice.created_at >= week_start, Notice.created_at < until
                )
            )
        ),
    )
    return compute_digest(inputs)


def _cases(session: Session, group: Group, start: datetime, until: datetime) -> list[CaseRow]:
    query = select(Case).where(Case.group_id == group.id, Case.created_at >= start, Case.created_at < until)
    return [
        CaseRow(c.clause, c.title, c.status, c.step, c.created_at) for c in session.scalars(query.order_by(Case.id))
    ]


def _open_cases(session: Session, group: Group) -> int:
    statuses = (CaseStatus.OPEN.value, CaseStatus.QUEUED.value)
    return len(list(session.scalars(select(Case.id).where(Case.group_id == group.id, Case.status.in_(statuses)))))


def _notices(session: Session, group: Group, start: datetime, until: datetime) -> list[AudienceRow]:
    query = select(Notice).where(
        Notice.group_id == group.id,
        Notice.require_ack.is_(True),
        (Notice.status == NoticeStatus.OPEN.value) | ((Notice.created_at >= start) & (Notice.created_at < until)),
    )
    rows = []
    for notice in session.scalars(query.order_by(Notice.id)):
        acked = set(session.scalars(select(NoticeAck.member_id).where(NoticeAck.notice_id == notice.id)))
        rows.append(
            AudienceRow(
                f"N{notice.id}",
                notice.text,
                notice.created_at,
                notice.status == NoticeStatus.OPEN.value,
                tuple(notice.member_ids),
                frozenset(acked),
            )
        )
    return rows


def _shares(session: Session, group: Group, start: datetime, until: datetime) -> list[AudienceRow]:
    query = select(ShareTask).where(
        ShareTask.group_id == group.id,
        (ShareTask.status == ShareStatus.OPEN.value)
        | ((ShareTask.created_at >= start) & (ShareTask.created_at < until)),
    )
    rows = []
    for share in session.scalars(query.order_by(ShareTask.id)):
        done = set(
            session.scalars(
                select(ShareProof.member_id).where(ShareProof.share_id == share.id, ShareProof.proved_at.is_not(None))
            )
        )
        rows.append(
            AudienceRow(
                f"F{share.id}",
                share.text,
                share.created_at,
                share.status == ShareStatus.OPEN.value,
                tuple(share.member_ids),
                frozenset(done),
            )
        )
    return rows


def _pending(session: Session, group: Group, names: dict[str, str]) -> list[PendingItem]:
    items = [
        PendingItem(f"J{r['id']}", "report", r["target"], names.get(r["target"], r["target"]))
        for r in open_reports(session, group=group, viewer_role=Role.MEMBER)
    ]
    items += [
        PendingItem(f"S{a.id}", "appeal", a.member_id, names.get(a.member_id, a.member_id))
        for a in open_appeals(session, group=group)
    ]
    items += [
        PendingItem(f"A{c.id}", "case", c.member_id, names.get(c.member_id, c.member_id))
        for c in queued_cases(session, group=group)
    ]
    return items


def _questions(session: Session, group: Group, start: datetime, until: datetime) -> list[QuestionRow]:
    query = select(Question).where(Question.group_id == group.id, Question.asked_at >= start, Question.asked_at < until)
    return [
        QuestionRow(
            q.asker_id,
            q.asked_at,
            q.department,
            q.to_admins,
            q.answered_at if q.answered_at is not None and q.answered_at < until else None,
            q.answered_by,
            q.admin_answered_at,
            q.admin_answered_by,
        )
        for q in session.scalars(query.order_by(Question.id))
    ]


def _admin_messages(
    session: Session, group: Group, admins: list[str], start: datetime, until: datetime
) -> list[tuple[str, datetime]]:
    if not admins:
        return []
    query = select(EventRecord.actor_id, EventRecord.ts, EventRecord.payload).where(
        EventRecord.group_id == group.id,
        EventRecord.type == "message",
        EventRecord.actor_id.in_(admins),
        EventRecord.ts >= start,
        EventRecord.ts < until,
    )
    return [(actor, ts) for actor, ts, payload in session.execute(query) if actor and not payload.get("private")]


def _decisions(session: Session, group: Group, admins: list[str], start: datetime, until: datetime) -> list[str]:
    """The admin of each decision in the week: cases they opened or decided, reports and appeals decided."""
    if not admins:
        return []
    prefix = f"case:{group.platform}:{group.external_id}:"
    query = select(AuditEntry.actor).where(
        AuditEntry.action.in_(CASE_DECISIONS),
        AuditEntry.actor.in_(admins),
        AuditEntry.subject.startswith(prefix, autoescape=True),
        AuditEntry.at >= start,
        AuditEntry.at < until,
    )
    found = list(session.scalars(query))
    for table in (Report, Appeal):
        found += [
            actor
            for actor in session.scalars(
                select(table.decided_by).where(
                    table.group_id == group.id, table.decided_at >= start, table.decided_at < until
                )
            )
            if actor in admins
        ]
    return found

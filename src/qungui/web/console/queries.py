"""Read-only queries for the console's lists: plain dicts per row, scoped to one group.

A department head's view is narrowed with `only` (the member ids of their departments; None = all).
Nothing here writes; the reporter of a report is included only when `show_reporter` is true.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String, cast, func, literal, or_, select
from sqlalchemy.orm import Session

from qungui.governance.accounts.roles import Permission, Principal
from qungui.governance.appeals.models import Appeal
from qungui.governance.audit.models import AuditEntry
from qungui.governance.cases.models import Case, Sanction
from qungui.governance.departments.service import member_departments
from qungui.governance.groups.models import Group
from qungui.governance.leave.models import LeaveRequest
from qungui.governance.members.ledger import fine_ledger
from qungui.governance.members.models import Member
from qungui.governance.members.service import load_group_state
from qungui.governance.notices.models import Notice, NoticeAck, Task
from qungui.governance.reports.models import Report
from qungui.rules.compiled import CompiledRulebook
from qungui.rules.detectors.membership import nickname_ok
from qungui.rules.state import MemberState

LIST_LIMIT = 1000  # rows per list page; exports take the same rows
AUDIT_PAGE = 100


def aware(at: datetime | None) -> datetime | None:
    """A stored time as an aware UTC time (SQLite hands back naive UTC)."""
    if at is None:
        return None
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at


def viewable_groups(session: Session, principal: Principal) -> list[Group]:
    """The groups `principal` may view, by id."""
    groups = session.scalars(select(Group).order_by(Group.id)).all()
    return [g for g in groups if principal.can(Permission.VIEW_GROUP, g.id)]


def department_scope(
    session: Session, *, group: Group, book: CompiledRulebook, departments: frozenset[str] | None
) -> tuple[dict[str, str], set[str] | None]:
    """(member → department, the member ids a department head may see or None for everyone)."""
    found = member_departments(session, group=group, book=book)
    if departments is None:
        return found, None
    return found, {member for member, department in found.items() if department in departments}


def names(session: Session, *, group: Group) -> dict[str, str]:
    """Member id → display name for the group."""
    rows = session.execute(select(Member.external_id, Member.display_name).where(Member.group_id == group.id))
    return {member: name or member for member, name in rows}


def _visible(member: str | None, only: Collection[str] | None) -> bool:
    return only is None or (member is not None and member in only)


def member_rows(
    session: Session, *, group: Group, book: CompiledRulebook, now: datetime, only: Collection[str] | None = None
) -> list[dict[str, Any]]:
    """Every member with status, strikes and ladder state, nickname compliance, last message and leave."""
    departments = member_departments(session, group=group, book=book)
    naming = book.rulebook.naming
    rows = session.scalars(select(Member).where(Member.group_id == group.id).order_by(Member.id).limit(LIST_LIMIT))
    out = []
    for row in rows:
        if not _visible(row.external_id, only):
            continue
        state = MemberState.from_dict(row.state)
        ladders: dict[str, int] = {}
        for strike in state.strikes:
            ladders[strike.clause] = max(ladders.get(strike.clause, 0), strike.step + 1)
        ladder = "，".join(f"{clause} 第{step}级" for clause, step in sorted(ladders.items()))
        if state.pending_apology is not None:
            ladder = (ladder + "；" if ladder else "") + f"待道歉（{state.pending_apology.clause}）"
        if naming is None or row.is_admin:
            nickname = "na"
        else:
            nickname = "ok" if nickname_ok(naming.pattern, row.display_name or "") else "bad"
        leave = None
        if state.on_leave(now) and state.on_leave_until is not None:
            leave = state.on_leave_until
        out.append(
            {
                "row_id": row.id,
                "member": row.display_name or row.external_id,
                "member_id": row.external_id,
                "role": row.role,
                "status": row.status,
                "department": departments.get(row.external_id, ""),
                "strikes": len(state.strikes),
                "ladder": ladder,
                "nickname": nickname,
                "last_message": aware(row.last_message_at),
                "leave": aware(leave),
                "joined": aware(row.joined_at),
            }
        )
    return out


def case_rows(
    session: Session, *, group: Group, status: str | None = None, only: Collection[str] | None = None
) -> list[dict[str, Any]]:
    """The group's cases, newest first (optionally one status)."""
    who = names(session, group=group)
    query = select(Case).where(Case.group_id == group.id)
    if status:
        query = query.where(Case.status == status)
    rows = session.scalars(query.order_by(Case.id.desc()).limit(LIST_LIMIT))
    return [
        {
            "id": case.id,
            "label": f"A{case.id}",
            "member": who.get(case.member_id, case.member_id),
            "member_id": case.member_id,
            "clause": case.clause,
            "title": case.title,
            "step": case.step or "",
            "enforcement": case.enforcement,
            "status": case.status,
            "evidence": case.evidence,
            "created": aware(case.created_at),
        }
        for case in rows
        if _visible(case.member_id, only)
    ]


def case_detail(session: Session, *, group: Group, case_id: int) -> dict[str, Any] | None:
    """One case with its findings, evidence and the sanctions carried out for it."""
    case = session.get(Case, case_id)
    if case is None or case.group_id != group.id:
        return None
    who = names(session, group=group)
    sanctions = session.scalars(select(Sanction).where(Sanction.case_id == case.id).order_by(Sanction.id)).all()
    return {
        "case": case,
        "member": who.get(case.member_id, case.member_id),
        "created": aware(case.created_at),
        "sanctions": [
            {
                "kind": s.kind,
                "status": s.status,
                "text": s.text,
                "amount": s.amount,
                "error": s.last_error or "",
                "at": aware(s.updated_at),
            }
            for s in sanctions
        ],
    }


def report_rows(
    session: Session,
    *,
    group: Group,
    show_reporter: bool,
    only: Collection[str] | None = None,
    viewer: str | None = None,
) -> list[dict[str, Any]]:
    """The group's reports, open ones first; `reporter` is present only when `show_reporter`.

    `viewer` is the member id the console user acts as: a report against them keeps its reporter None
    (a reported admin must not learn who reported them, as `report_view` does for the API).
    """
    who = names(session, group=group)
    rows = session.scalars(select(Report).where(Report.group_id == group.id).order_by(Report.id.desc()))
    out = []
    for report in rows:
        if not _visible(report.target_id, only):
            continue
        item: dict[str, Any] = {
            "id": report.id,
            "label": f"J{report.id}",
            "target": who.get(report.target_id, report.target_id),
            "reason": report.reason,
            "evidence": "；".join(e.get("quote") or e.get("url") or "截图" for e in report.evidence),
            "status": report.status,
            "note": report.note or "",
            "created": aware(report.created_at),
            "decided": aware(report.decided_at),
        }
        if show_reporter:
            own = viewer is not None and report.target_id == viewer
            item["reporter"] = None if own else who.get(report.reporter_id, report.reporter_id)
        out.append(item)
    out.sort(key=lambda r: (r["status"] != "open", -r["id"]))
    return out[:LIST_LIMIT]


def appeal_rows(session: Session, *, group: Group, only: Collection[str] | None = None) -> list[dict[str, Any]]:
    who = names(session, group=group)
    rows = session.scalars(select(Appeal).where(Appeal.group_id == group.id).order_by(Appeal.id.desc()))
    return [
        {
            "id": a.id,
            "label": f"S{a.id}",
            "member": who.get(a.member_id, a.member_id),
            "reason": a.reason,
            "removed_by": who.get(a.removed_by, a.removed_by) if a.removed_by else "",
            "status": a.status,
            "note": a.note or "",
            "created": aware(a.created_at),
        }
        for a in rows.all()[:LIST_LIMIT]
        if _visible(a.member_id, only)
    ]


def notice_rows(session: Session, *, group: Group) -> list[dict[str, Any]]:
    """Notices, newest first, with their acknowledgement counts."""
    acked = dict(
        session.execute(
            select(NoticeAck.notice_id, func.count())
            .join(Notice, Notice.id == NoticeAck.notice_id)
            .where(Notice.group_id == group.id)
            .group_by(NoticeAck.notice_id)
        ).all()
    )
    rows = session.scalars(select(Notice).where(Notice.group_id == group.id).order_by(Notice.id.desc()))
    out = []
    for notice in rows.all()[:LIST_LIMIT]:
        total = len(notice.member_ids)
        done = int(acked.get(notice.id, 0))
        out.append(
            {
                "id": notice.id,
                "label": f"N{notice.id}",
                "text": notice.text,
                "status": notice.status,
                "due": aware(notice.due_at),
                "acked": f"{done}/{total}" if notice.require_ack else "—",
                "rate": round(100 * done / total) if notice.require_ack and total else None,
                "created": aware(notice.created_at),
            }
        )
    return out


def task_rows(session: Session, *, group: Group, only: Collection[str] | None = None) -> list[dict[str, Any]]:
    who = names(session, group=group)
    rows = session.scalars(select(Task).where(Task.group_id == group.id).order_by(Task.id.desc()).limit(LIST_LIMIT))
    return [
        {
            "id": task.id,
            "label": f"T{task.id}",
            "owner": who.get(task.owner_id, task.owner_id),
            "issuer": who.get(task.issuer_id, task.issuer_id),
            "text": task.text,
            "status": task.status,
            "due": aware(task.due_at),
            "plan": task.plan or "",
            "done_at": aware(task.done_at),
        }
        for task in rows
        if _visible(task.owner_id, only)
    ]


def leave_rows(session: Session, *, group: Group, only: Collection[str] | None = None) -> list[dict[str, Any]]:
    who = names(session, group=group)
    query = select(LeaveRequest).where(LeaveRequest.group_id == group.id).order_by(LeaveRequest.id.desc())
    return [
        {
            "id": leave.id,
            "label": f"Q{leave.id}",
            "member": who.get(leave.member_id, leave.member_id),
            "start": aware(leave.starts_at),
            "end": aware(leave.ends_at),
            "reason": leave.reason,
            "status": leave.status,
            "note": leave.note or "",
            "created": aware(leave.created_at),
        }
        for leave in session.scalars(query.limit(LIST_LIMIT))
        if _visible(leave.member_id, only)
    ]


def fine_rows(
    session: Session, *, group: Group, book: CompiledRulebook, only: Collection[str] | None = None
) -> list[dict[str, Any]]:
    """The penalty ledger: every fine with its member, clause, amount, due time and payment."""
    state = load_group_state(session, group=group, book=book)
    who = names(session, group=group)
    return [
        {
            "member": who.get(row.member_id, row.name or row.member_id),
            "clause": row.clause,
            "amount": row.amount,
            "due_at": aware(row.due),
            "paid": aware(row.paid_at),
            "status": "done" if row.paid_at else "open",
        }
        for row in fine_ledger(state)
        if _visible(row.member_id, only)
    ]


def _about_group(group: Group):
    """An SQL condition: the audit entry is about `group` (its subject names the group or one of its rows)."""
    scoped = f"{group.platform}:{group.external_id}"
    conditions = [
        AuditEntry.subject == f"group:{group.id}",
        AuditEntry.subject == f"group:{scoped}",
        *(
            AuditEntry.subject.startswith(f"{kind}:{group.id}:", autoescape=True)
            for kind in ("member", "notice", "department", "task", "share", "question")
        ),
        *(AuditEntry.subject.startswith(f"{kind}:{scoped}:", autoescape=True) for kind in ("case", "sanction")),
    ]
    for kind, model in (
        ("report", Report),
        ("appeal", Appeal),
        ("leave", LeaveRequest),
        ("notice", Notice),
        ("task", Task),
    ):
        ids = select(literal(f"{kind}:") + cast(model.id, String)).where(model.group_id == group.id)
        conditions.append(AuditEntry.subject.in_(ids.scalar_subquery()))
    return or_(*conditions)


def audit_rows(session: Session, *, before: int | None = None, group: Group | None = None) -> list[dict[str, Any]]:
    """One page of the audit log, newest first (entries with seq < `before`; only `group`'s when given)."""
    query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(AUDIT_PAGE)
    if before is not None:
        query = query.where(AuditEntry.seq < before)
    if group is not None:
        query = query.where(_about_group(group))
    return [
        {
            "seq": e.seq,
            "at": aware(e.at),
            "actor": e.actor,
            "action": e.action,
            "subject": e.subject,
            "hash": e.hash[:12],
        }
        for e in session.scalars(query)
    ]

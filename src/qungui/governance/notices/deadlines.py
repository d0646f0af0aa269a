"""A notice's reminders, its escalation after the deadline, and its closing — at their own times.

- Reminders (default: half-way to the due time and one hour before it) are one group message that
  @mentions only the members still missing; nothing is sent when nobody is missing. The live service
  runs this at each due time in turn; called once for several passed reminder times, it sends one
  reminder (the latest), and none once the due time itself has passed.
- At the due time, each missing member's department heads are told privately (第二篇.8 “追究各部门
  负责人责任”); members without a department head (or who head their own department alone) are
  reported to the group's admins. Once.
- At `closes_at` (due time plus the acknowledgement window) the notice closes: later words count no more.

`next_notice_due` says when the group's notices next need a sweep; `run_notice_deadlines` does what
is due at `now`. Both run in the caller's transaction; neither commits.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from qungui.governance.audit.service import append_audit
from qungui.governance.departments.service import heads_by_department, member_departments
from qungui.governance.groups.models import Group
from qungui.governance.members.service import admin_ids
from qungui.governance.notices.models import Notice
from qungui.governance.notices.service import (
    close_notice,
    label,
    member_names,
    missing_members,
    notice_excerpt,
    open_notices,
)
from qungui.governance.notices.texts import clause_note, joined, say, when
from qungui.governance.outbox.service import enqueue
from qungui.rules.compiled import CompiledRulebook


def _planned(notice: Notice) -> list[datetime]:
    return [datetime.fromisoformat(moment) for moment in notice.remind_at]


def notice_due_times(notice: Notice) -> list[datetime]:
    """When an open notice next needs attention: its next reminder, its due time (once), its closing."""
    found: list[datetime] = []
    planned = _planned(notice)
    if notice.reminders_sent < len(planned):
        found.append(planned[notice.reminders_sent])
    if notice.escalated_at is None:
        found.append(notice.due_at)
    found.append(notice.closes_at)
    return found


def next_notice_due(session: Session, *, group: Group) -> datetime | None:
    """The earliest moment any open notice of the group needs a sweep, or None."""
    return min((t for n in open_notices(session, group=group) for t in notice_due_times(n)), default=None)


def run_notice_deadlines(session: Session, *, group: Group, book: CompiledRulebook, now: datetime) -> int:
    """Send the reminders, escalations and closings due at `now`; the number of messages queued."""
    queued = 0
    for notice in open_notices(session, group=group):
        planned = _planned(notice)
        passed = sum(1 for moment in planned if moment <= now)
        if notice.escalated_at is None and passed > notice.reminders_sent and notice.due_at > now:
            queued += _remind(session, group, book, notice, index=passed - 1, now=now)
        notice.reminders_sent = max(notice.reminders_sent, passed)
        if notice.escalated_at is None and notice.due_at <= now:
            notice.reminders_sent = len(planned)
            queued += _escalate(session, group, book, notice, now)
        if notice.closes_at <= now:
            close_notice(session, group=group, notice=notice, now=now, reason="window_ended")
        notice.updated_at = now
    session.flush()
    return queued


def _remind(
    session: Session, group: Group, book: CompiledRulebook, notice: Notice, *, index: int, now: datetime
) -> int:
    missing = missing_members(session, group=group, notice=notice)
    if not missing:
        return 0
    names = member_names(session, group=group, member_ids=missing)
    text = say(
        book,
        "notice_reminder",
        label=label(notice),
        n=len(missing),
        mentions=" ".join(f"@{names[m]}" for m in missing),
        due=when(book, notice.due_at),
        excerpt=notice_excerpt(notice),
    )
    sent = enqueue(
        session,
        group=group,
        key=f"notice:{notice.id}:remind:{index}",
        text=text,
        mentions=missing,
        subject=f"notice:{notice.id}",
        now=now,
    )
    append_audit(
        session,
        actor="system",
        action="notice.reminded",
        subject=f"notice:{group.id}:{notice.id}",
        data={"missing": missing, "reminder": index},
        now=now,
    )
    return int(sent)


def _escalate(session: Session, group: Group, book: CompiledRulebook, notice: Notice, now: datetime) -> int:
    notice.escalated_at = now
    missing = missing_members(session, group=group, notice=notice)
    if not missing:
        return 0
    departments = member_departments(session, group=group, book=book)
    heads = heads_by_department(session, group=group)
    by_head: dict[str, dict[str, list[str]]] = {}  # head → department → members
    no_head: list[str] = []
    for member in missing:
        department = departments.get(member)
        told = [h for h in heads.get(department or "", []) if h != member]
        if not told:
            no_head.append(member)
        for head in told:
            by_head.setdefault(head, {}).setdefault(department or "", []).append(member)
    names = member_names(session, group=group, member_ids=missing)
    common = {
        "label": label(notice),
        "due": when(book, notice.due_at),
        "clause": clause_note(book, notice.clause),
        "excerpt": notice_excerpt(notice),
    }
    queued = 0
    for head, groups in by_head.items():
        for department, members in groups.items():
            text = say(
                book,
                "notice_escalate_head",
                department=department,
                names=joined(book, [names[m] for m in members]),
                **common,
            )
            queued += enqueue(
                session,
                group=group,
                key=f"notice:{notice.id}:escalate:{head}:{department}",
                text=text,
                private_to=head,
                subject=f"notice:{notice.id}",
                now=now,
            )
    if no_head:
        text = say(book, "notice_escalate_admins", names=joined(book, [names[m] for m in no_head]), **common)
        for admin in admin_ids(session, group=group):
            queued += enqueue(
                session,
                group=group,
                key=f"notice:{notice.id}:escalate-admin:{admin}",
                text=text,
                private_to=admin,
                subject=f"notice:{notice.id}",
                now=now,
            )
    append_audit(
        session,
        actor="system",
        action="notice.escalated",
        subject=f"notice:{group.id}:{notice.id}",
        data={"missing": missing, "heads": sorted(by_head), "to_admins": no_head},
        now=now,
    )
    return queued

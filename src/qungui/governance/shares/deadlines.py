"""A share task's reminders to the members without a screenshot, and its closing at the due time.

`next_share_due` says when the group's share tasks next need a sweep; `run_share_deadlines` does what
is due at `now`: one reminder (the latest passed) @mentioning only the missing, and at the due time the
task closes and its author is told privately who is done, who only said 已分享 and who is missing.
Both run in the caller's transaction; neither commits.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.governance.audit.service import append_audit
from qungui.governance.groups.models import Group
from qungui.governance.notices.service import member_names
from qungui.governance.notices.texts import excerpt, joined, when
from qungui.governance.outbox.service import enqueue
from qungui.governance.shares.models import ShareStatus, ShareTask
from qungui.governance.shares.service import close_share, label, missing_sharers, open_shares, share_rows
from qungui.governance.shares.texts import say
from qungui.rules.compiled import CompiledRulebook

MAX_MENTIONS = 30


def _planned(share: ShareTask) -> list[datetime]:
    return [datetime.fromisoformat(moment) for moment in share.remind_at]


def share_due_times(share: ShareTask) -> list[datetime]:
    planned = _planned(share)
    found = [share.due_at]
    if share.reminders_sent < len(planned):
        found.append(planned[share.reminders_sent])
    return found


def next_share_due(session: Session, *, group: Group) -> datetime | None:
    """The earliest moment an open share task needs a reminder or closes, or None (read as plain tuples)."""
    rows = session.execute(
        select(ShareTask.due_at, ShareTask.remind_at, ShareTask.reminders_sent).where(
            ShareTask.group_id == group.id, ShareTask.status == ShareStatus.OPEN.value
        )
    )
    found: list[datetime] = []
    for due, planned, sent in rows:
        found.append(due)
        if sent < len(planned):
            found.append(datetime.fromisoformat(planned[sent]))
    return min(found, default=None)


def run_share_deadlines(session: Session, *, group: Group, book: CompiledRulebook, now: datetime) -> int:
    """Send the reminders and closings due at `now`; the number of messages queued."""
    queued = 0
    for share in open_shares(session, group=group):
        planned = _planned(share)
        passed = sum(1 for moment in planned if moment <= now)
        if passed > share.reminders_sent and share.due_at > now:
            queued += _remind(session, group, book, share, index=passed - 1, now=now)
        share.reminders_sent = max(share.reminders_sent, passed)
        if share.due_at <= now:
            queued += _report(session, group, book, share, now)
            close_share(session, group, share, now, reason="due")
        share.updated_at = now
    session.flush()
    return queued


def _remind(
    session: Session, group: Group, book: CompiledRulebook, share: ShareTask, *, index: int, now: datetime
) -> int:
    missing = missing_sharers(session, group=group, share=share)
    if not missing:
        return 0
    names = member_names(session, group=group, member_ids=missing)
    text = say(
        book,
        "share_reminder",
        label=label(share),
        n=len(missing),
        mentions=" ".join(f"@{names[m]}" for m in missing[:MAX_MENTIONS])
        + ("…" if len(missing) > MAX_MENTIONS else ""),
        due=when(book, share.due_at),
        text=excerpt(share.text),
    )
    sent = enqueue(
        session,
        group=group,
        key=f"share:{share.id}:remind:{index}",
        text=text,
        mentions=missing[:MAX_MENTIONS],
        subject=f"share:{share.id}",
        now=now,
    )
    append_audit(
        session,
        actor="system",
        action="share.reminded",
        subject=f"share:{group.id}:{share.id}",
        data={"missing": missing, "reminder": index},
        now=now,
    )
    return int(sent)


def _report(session: Session, group: Group, book: CompiledRulebook, share: ShareTask, now: datetime) -> int:
    rows = [row for row in share_rows(session, group=group, share=share) if row.active or row.proved_at]
    done = [row for row in rows if row.proved_at is not None]
    claimed = [row.name for row in rows if row.proved_at is None and row.claimed_at is not None]
    missing = [row.name for row in rows if row.proved_at is None and row.claimed_at is None]
    text = say(
        book,
        "share_closed",
        label=label(share),
        due=when(book, share.due_at),
        done=len(done),
        total=len(rows),
        claimed=say(book, "share_claimed", names=joined(book, claimed)) if claimed else "",
        missing=say(book, "share_missing", names=joined(book, missing)) if missing else "",
        text=excerpt(share.text),
    )
    return int(
        enqueue(
            session,
            group=group,
            key=f"share:{share.id}:closed",
            text=text,
            private_to=share.author_id,
            subject=f"share:{share.id}",
            now=now,
        )
    )

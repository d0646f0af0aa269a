"""Send the weekly digest at its time: privately to the owner and admins, else aggregates in the group.

The digest goes out at `digest.weekday` / `digest.at` in the group's time zone (Monday 09:00 by
default) and covers the seven days before that day. It is sent when the rulebook asks for it (a
clause with the digest workflow, or `digest.enabled: true`); the first one at the first scheduled time
after the group came under qungui, then one per week (a `digests` row each, so never twice).
Where the platform allows private messages the full digest goes to each owner and admin; elsewhere
the group gets the version with figures only, naming nobody. A digest more than `STALE_AFTER` late
(the service was down, or a group governed for long before this feature) is recorded as skipped, not
sent. Runs in the caller's transaction.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qungui.governance.audit.service import append_audit
from qungui.governance.digest.models import DigestRun
from qungui.governance.digest.render import render_digest
from qungui.governance.digest.service import WEEK, build_digest, week_start_of
from qungui.governance.groups.models import Group
from qungui.governance.members.service import admin_ids
from qungui.governance.outbox.service import enqueue
from qungui.rules.compiled import CompiledRulebook
from qungui.rules.schema import Workflow

STALE_AFTER = timedelta(days=1)


def digest_enabled(book: CompiledRulebook) -> bool:
    setting = book.rulebook.digest.enabled
    return book.rulebook.has_workflow(Workflow.DIGEST) if setting is None else setting


def scheduled_after(moment: datetime, book: CompiledRulebook) -> datetime:
    """The first digest time (weekday and hour of the rulebook, its time zone) strictly after `moment`."""
    settings, tz = book.rulebook.digest, book.rulebook.tz
    local = moment.astimezone(tz)
    ahead = (settings.weekday - local.isoweekday()) % 7
    candidate = datetime.combine(local.date() + timedelta(days=ahead), settings.at, tzinfo=tz)
    return candidate if candidate > local else candidate + WEEK


def next_digest_due(session: Session, *, group: Group, book: CompiledRulebook) -> datetime | None:
    """When the group's next weekly digest is due, or None when the rulebook does not ask for one."""
    if not digest_enabled(book):
        return None
    last = session.scalar(select(func.max(DigestRun.sent_at)).where(DigestRun.group_id == group.id))
    return scheduled_after(last or group.created_at, book)


def reported_week(due: datetime, book: CompiledRulebook) -> datetime:
    """The start of the week a digest sent at `due` covers: the seven days before the day it is sent."""
    day = due.astimezone(book.rulebook.tz).date() - timedelta(days=7)
    return week_start_of(day, book.rulebook.tz, weekday=day.isoweekday())


def send_digest(
    session: Session,
    *,
    group: Group,
    book: CompiledRulebook,
    now: datetime,
    private_messages: bool,
    deliver: bool = True,
) -> int:
    """Compute last week's digest and queue it (privately, or aggregates in the group); messages queued.

    `deliver=False` only records the week as skipped (a digest far too late to be worth sending: after
    an upgrade or a long outage, the next week's comes instead of a flood of old ones).
    """
    week_start = reported_week(now, book)
    if not deliver:
        session.add(DigestRun(group_id=group.id, week_start=week_start, sent_at=now, delivery="skipped"))
        session.flush()
        return 0
    digest = build_digest(session=session, group=group, week_start=week_start, now=now, book=book)
    language, tz = book.rulebook.language, book.rulebook.tz
    recipients = admin_ids(session, group=group) if private_messages else []
    session.add(
        DigestRun(group_id=group.id, week_start=week_start, sent_at=now, delivery="private" if recipients else "group")
    )
    session.flush()
    day = f"{week_start.astimezone(tz):%Y%m%d}"
    queued = 0
    if recipients:
        text = render_digest(digest, language=language, tz=tz)
        for member in recipients:
            queued += enqueue(
                session,
                group=group,
                key=f"digest:{group.id}:{day}:{member}",
                text=text,
                private_to=member,
                subject=f"digest:{day}",
                now=now,
            )
    else:
        text = render_digest(digest, language=language, tz=tz, aggregate_only=True)
        queued += enqueue(
            session, group=group, key=f"digest:{group.id}:{day}:group", text=text, subject=f"digest:{day}", now=now
        )
    append_audit(
        session,
        actor="system",
        action="digest.sent",
        subject=f"digest:{group.id}:{day}",
        data={"to": recipients or "group", "violations": digest.violations_total},
        now=now,
    )
    return queued

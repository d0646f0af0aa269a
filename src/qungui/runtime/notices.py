"""Notices and tasks in the live service: their deadline sources, and answers recognised in the group.

`recognise_answers` is what `Runtime._handle` calls for a group message that is not a command, or a
reaction, after the engine judged it, in the same transaction: acknowledgements of notices and
confirmations, plans and completions of tasks (the rules: `qungui.governance.notices.recognise`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from qungui.core.events import Event
from qungui.governance.groups.models import Group
from qungui.governance.notices.deadlines import next_notice_due, run_notice_deadlines
from qungui.governance.notices.recognise import recognise
from qungui.governance.notices.tasks import next_task_due, run_task_deadlines
from qungui.rules.compiled import CompiledRulebook


class NoticeDeadlines:
    """Reminders to the members still missing, escalation to department heads, closing."""

    name = "notices"

    def next_due(self, session: Session, group: Group, book: CompiledRulebook) -> datetime | None:
        return next_notice_due(session, group=group)

    def run_due(self, session: Session, group: Group, book: CompiledRulebook, now: datetime) -> int:
        return run_notice_deadlines(session, group=group, book=book, now=now)


class TaskDeadlines:
    """A reminder when a task is not confirmed in time; overdue tasks reported to the leaders."""

    name = "tasks"

    def next_due(self, session: Session, group: Group, book: CompiledRulebook) -> datetime | None:
        return next_task_due(session, group=group)

    def run_due(self, session: Session, group: Group, book: CompiledRulebook, now: datetime) -> int:
        return run_task_deadlines(session, group=group, book=book, now=now)


def recognise_answers(
    session: Session, *, group: Group, book: CompiledRulebook, event: Event, now: datetime, bot_id: str | None
) -> list[str]:
    """Record what a group message or reaction answers (收到, a plan, 完成); what was recognised. Does not commit."""
    return recognise(session, group=group, book=book, event=event, now=now, bot_id=bot_id)

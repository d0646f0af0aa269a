"""Notices, tasks, share tasks, questions and the weekly digest in the live service.

Their deadline sources (reminders, escalations, closings, the weekly digest), and `recognise_answers`:
what `Runtime._handle` calls for a group message that is not a command, or a reaction, after the
engine judged it, in the same transaction — acknowledgements of notices and confirmations, plans and
completions of tasks (`qungui.governance.notices.recognise`), screenshots and 已分享 for share tasks
(`qungui.governance.shares.recognise`), and questions and their answers (`qungui.governance.responsiveness`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from qungui.core.clock import Clock
from qungui.core.events import Event, MessageEvent
from qungui.governance.digest.delivery import STALE_AFTER, next_digest_due, send_digest
from qungui.governance.groups.models import Group
from qungui.governance.notices.deadlines import next_notice_due, run_notice_deadlines
from qungui.governance.notices.recognise import recognise
from qungui.governance.notices.tasks import next_task_due, run_task_deadlines
from qungui.governance.responsiveness.service import next_question_due, observe_message, run_question_deadlines
from qungui.governance.shares.deadlines import next_share_due, run_share_deadlines
from qungui.governance.shares.recognise import recognise_share
from qungui.rules.compiled import CompiledRulebook


class _GroupDeadlines:
    """A deadline source made of two service functions: the group's next due moment, and running what is due."""

    name: str
    next_for: Callable[..., datetime | None]
    run_for: Callable[..., int]

    def next_due(self, session: Session, group: Group, book: CompiledRulebook) -> datetime | None:
        return type(self).next_for(session, group=group)

    def run_due(self, session: Session, group: Group, book: CompiledRulebook, now: datetime) -> int:
        return type(self).run_for(session, group=group, book=book, now=now)


class NoticeDeadlines(_GroupDeadlines):
    """Reminders to the members still missing, escalation to department heads, closing."""

    name = "notices"
    next_for = staticmethod(next_notice_due)
    run_for = staticmethod(run_notice_deadlines)


class TaskDeadlines(_GroupDeadlines):
    """A reminder when a task is not confirmed in time; overdue tasks reported to the leaders."""

    name = "tasks"
    next_for = staticmethod(next_task_due)
    run_for = staticmethod(run_task_deadlines)


class ShareDeadlines(_GroupDeadlines):
    """Reminders to the members without a screenshot; the share task closes at its due time."""

    name = "shares"
    next_for = staticmethod(next_share_due)
    run_for = staticmethod(run_share_deadlines)


class QuestionDeadlines(_GroupDeadlines):
    """Department heads reminded of questions waiting too long; old questions counted unanswered."""

    name = "questions"
    next_for = staticmethod(next_question_due)
    run_for = staticmethod(run_question_deadlines)


class DigestDeadlines:
    """The weekly digest: privately to the owner and admins, or aggregates in the group without private messages."""

    name = "digest"

    def __init__(self, *, private_messages: bool = True, clock: Clock | None = None) -> None:
        """`clock`: the service's clock, to skip a digest far too late to send (None: never skip)."""
        self.private_messages = private_messages
        self.clock = clock

    def next_due(self, session: Session, group: Group, book: CompiledRulebook) -> datetime | None:
        return next_digest_due(session, group=group, book=book)

    def run_due(self, session: Session, group: Group, book: CompiledRulebook, now: datetime) -> int:
        stale = self.clock is not None and self.clock.now() - now > STALE_AFTER
        return send_digest(
            session, group=group, book=book, now=now, private_messages=self.private_messages, deliver=not stale
        )


def recognise_answers(
    session: Session,
    *,
    group: Group,
    book: CompiledRulebook,
    event: Event,
    now: datetime,
    bot_id: str | None,
    sender_is_admin: bool = False,
) -> list[str]:
    """Record what a group message or reaction answers (收到, a plan, 完成, a screenshot, a question's answer)
    and the question it asks; what was recognised. Does not commit."""
    found = recognise(session, group=group, book=book, event=event, now=now, bot_id=bot_id)
    if isinstance(event, MessageEvent) and not event.private:
        found += recognise_share(session, group=group, book=book, event=event)
        found += observe_message(
            session, group=group, book=book, event=event, sender_is_admin=sender_is_admin, bot_id=bot_id
        )
    return found

"""Recognise answers to notices and tasks in ordinary group messages and reactions.

The rules, in order (a message that matches none changes nothing):

1. A message that replies to another message (`reply_to`) answers only that message. When it is a
   notice — the admin's command message, the bot's announcement or a reminder — an acknowledgement
   from an audience member counts (`is_reply_ack`, via "reply"). When it is a task message, the
   responsible member's reply is, in this order: done (`is_done`), a plan (`is_plan`), a
   confirmation (an acknowledgement). A reply to anything else is never an acknowledgement.
2. A message that quotes text (`quote_text`, platforms that quote by text) is treated the same way
   when the quoted text is the start of a notice or task (or of the bot's message about it), via
   "quote"; a quote of anything else is never an acknowledgement.
3. Otherwise a bare acknowledgement (`is_bare_ack`: the whole message is acknowledgement words, with
   punctuation, emoji and fillers) counts when exactly one item waits for this member's answer:
   an open notice posted within the acknowledgement window that addresses the member and that they
   have not acknowledged, or a task given to them within the window that is still waiting for
   confirmation. A bare plan (“计划：…”, “预计…完成”) counts the same way for the member's one
   waiting or confirmed task. A bare message that @mentions someone other than the notice's author
   or the task's issuer (or the bot) is talking to that person, and does not count.
4. A reaction on a notice message counts for an audience member unless it is negative
   (`counts_as_reaction`); on a task message it confirms the responsible member's task.

Nothing counts from outside the audience, from the author, or after a notice is closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from qungui.core.events import Event, MessageEvent, MessageKind, Reaction
from qungui.governance.groups.models import Group
from qungui.governance.notices.models import AckVia, Notice, Task, TaskStatus
from qungui.governance.notices.service import acknowledge, acks_of, find_notice, open_notices
from qungui.governance.notices.tasks import (
    complete_task,
    confirm_task,
    find_task,
    open_tasks,
    plan_task,
    tasks_by_ids,
    tasks_of_command,
)
from qungui.governance.notices.words import compact, counts_as_reaction, is_bare_ack, is_done, is_plan, is_reply_ack
from qungui.governance.outbox.service import messages_about, subjects_of_message
from qungui.rules.compiled import CompiledRulebook

QUOTE_PREFIX = 12  # compared characters of a quote and a notice (quotes are often cut short)
MIN_QUOTE = 4
_TEXT_KINDS = (MessageKind.TEXT, MessageKind.STICKER)


@dataclass(frozen=True, slots=True)
class _Target:
    notice: Notice | None = None
    tasks: tuple[Task, ...] = ()


def recognise(
    session: Session, *, group: Group, book: CompiledRulebook, event: Event, now: datetime, bot_id: str | None = None
) -> list[str]:
    """Record what `event` answers (acknowledgements, confirmations, plans, completions); what it did.

    Runs in the caller's transaction after the engine judged the event; does not commit.
    """
    if isinstance(event, Reaction):
        return _reaction(session, group, book, event)
    if not isinstance(event, MessageEvent) or event.private or event.kind not in _TEXT_KINDS or not event.text:
        return []
    if event.reply_to:
        target = _target_of_message(session, group, event.reply_to)
        return _answer(session, group, book, event, target, AckVia.REPLY) if target else []
    if event.quote_text and event.quote_text.strip():
        target = _quoted(session, group, event.quote_text)
        return _answer(session, group, book, event, target, AckVia.QUOTE) if target else []
    return _bare(session, group, book, event, bot_id)


def _target_of_message(session: Session, group: Group, message_id: str) -> _Target | None:
    """The notice or the tasks a group message (the admin's command or the bot's message) is about."""
    for notice in open_notices(session, group=group):
        if notice.command_message_id == message_id:
            return _Target(notice=notice)
    tasks = tasks_of_command(session, group=group, message_id=message_id)
    if tasks:
        return _Target(tasks=tuple(tasks))
    for subject in subjects_of_message(session, group=group, message_id=message_id):
        found = _target_of_subject(session, group, subject)
        if found is not None:
            return found
    return None


def _target_of_subject(session: Session, group: Group, subject: str) -> _Target | None:
    kind, _, rest = subject.partition(":")
    numbers = [int(n) for n in rest.split(",") if n.isdigit()]
    if kind == "notice" and numbers:
        notice = find_notice(session, group=group, number=numbers[0])
        return _Target(notice=notice) if notice is not None else None
    if kind == "task" and numbers:
        task = find_task(session, group=group, number=numbers[0])
        return _Target(tasks=(task,)) if task is not None else None
    if kind == "tasks" and numbers:
        return _Target(tasks=tuple(tasks_by_ids(session, group=group, ids=numbers)))
    return None


def _quotes(quote: str, text: str) -> bool:
    q, t = compact(quote), compact(text)
    if len(q) < MIN_QUOTE or len(t) < MIN_QUOTE:
        return False
    return t[:QUOTE_PREFIX] in q or q[:QUOTE_PREFIX] in t


def _quoted(session: Session, group: Group, quote: str) -> _Target | None:
    """The open notice or task whose text (or the bot's message about it) the quote is taken from."""
    for notice in reversed(open_notices(session, group=group)):
        bot_texts = [m.text for m in messages_about(session, group=group, subjects=[f"notice:{notice.id}"])]
        if any(_quotes(quote, text) for text in [notice.text, *bot_texts]):
            return _Target(notice=notice)
    for task in reversed(open_tasks(session, group=group)):
        if _quotes(quote, task.text):
            return _Target(tasks=(task,))
    return None


def _answer(
    session: Session, group: Group, book: CompiledRulebook, event: MessageEvent, target: _Target, via: AckVia
) -> list[str]:
    member, words = event.sender.id, book.rulebook.acknowledgements.words
    if target.notice is not None:
        if is_reply_ack(event.text, words) and _ack(session, group, book, target.notice, event, via):
            return [f"N{target.notice.id}:{via.value}"]
        return []
    task = next((t for t in target.tasks if t.owner_id == member), None)
    if task is None:
        return []
    return _task_answer(session, group, book, task, event, reply=True, how=via.value)


def _task_answer(
    session: Session, group: Group, book: CompiledRulebook, task: Task, event: MessageEvent, *, reply: bool, how: str
) -> list[str]:
    words = book.rulebook.acknowledgements.words
    at = event.ts
    if is_done(event.text):
        done = complete_task(session, group=group, book=book, task=task, actor=event.sender.id, at=at)
        return [f"T{task.id}:done"] if done else []
    if is_plan(event.text, reply=reply):
        planned = plan_task(session, group=group, book=book, task=task, plan=event.text, at=at)
        return [f"T{task.id}:plan"] if planned else []
    acked = is_reply_ack(event.text, words) if reply else is_bare_ack(event.text, words)
    if acked and confirm_task(session, group=group, task=task, at=at, how=how):
        return [f"T{task.id}:confirmed"]
    return []


def _ack(session: Session, group: Group, book: CompiledRulebook, notice: Notice, event: MessageEvent, via: AckVia):
    return acknowledge(
        session,
        group=group,
        book=book,
        notice=notice,
        member=event.sender.id,
        at=event.ts,
        via=via,
        message_id=event.id,
        text=event.text,
    )


def _bare(session: Session, group: Group, book: CompiledRulebook, event: MessageEvent, bot_id: str | None) -> list[str]:
    policy = book.rulebook.acknowledgements
    ack, plan = is_bare_ack(event.text, policy.words), is_plan(event.text, reply=False)
    if not (ack or plan):
        return []
    member, at = event.sender.id, event.ts
    recent = at - policy.window
    notices: list[Notice] = []
    if ack:
        notices = [
            n
            for n in open_notices(session, group=group)
            if recent <= n.created_at <= at and member in n.member_ids and member not in acks_of(session, notice=n)
        ]
    statuses = (TaskStatus.WAITING.value,) if ack else (TaskStatus.WAITING.value, TaskStatus.CONFIRMED.value)
    tasks = [
        t for t in open_tasks(session, group=group, owner=member) if t.status in statuses and recent <= t.created_at
    ]
    if len(notices) + len(tasks) != 1:
        return []  # nothing waits for this member's answer, or it is ambiguous which
    addressee = notices[0].author_id if notices else tasks[0].issuer_id
    if any(m not in (addressee, bot_id) for m in event.mentions):
        return []  # talking to someone else
    if notices:
        return [f"N{notices[0].id}:bare"] if _ack(session, group, book, notices[0], event, AckVia.BARE) else []
    return _task_answer(session, group, book, tasks[0], event, reply=False, how="bare")


def _reaction(session: Session, group: Group, book: CompiledRulebook, event: Reaction) -> list[str]:
    if not counts_as_reaction(event.emoji):
        return []
    target = _target_of_message(session, group, event.target)
    if target is None:
        return []
    member = event.member.id
    if target.notice is not None:
        found = acknowledge(
            session,
            group=group,
            book=book,
            notice=target.notice,
            member=member,
            at=event.ts,
            via=AckVia.REACTION,
            message_id=event.target,
            text=event.emoji,
        )
        return [f"N{target.notice.id}:reaction"] if found else []
    task = next((t for t in target.tasks if t.owner_id == member), None)
    if task is not None and confirm_task(session, group=group, task=task, at=event.ts, how="reaction"):
        return [f"T{task.id}:confirmed"]
    return []

"""Track questions raised in the group until their department (or an admin) answers. Never commits.

第二篇.9 “对于在群内反映的问题,相关部门负责人应及时予以回复确认”; 第一篇 八 “管理员要及时回……帖子”.

`observe_message` runs on every ordinary group message of a group whose rulebook tracks questions
(a clause with the response_time or admin_duties workflow). It costs one indexed query when nothing
is open; the department map is read only for a message that is a question (`questions.is_question`).

- A question is addressed to a department when it @mentions (or replies to) a member or head of that
  department, or names the department (“工程部”). Anyone of that department but the asker may answer.
- A question that addresses nobody, or only admins, waits for an admin (`to_admins`). A question to
  another ordinary member is conversation between members and is not tracked.
- An answer: a reply to (or quote of) the question, a message @mentioning the asker, or — for a
  department — any message from one of its people that is not a reply to something else nor talking
  to someone else, which answers the oldest question waiting for that department.
- The first admin answer (reply, quote or @asker) is kept on every question, for the admins' duties.
- After `respond_within` the department heads are reminded privately, once; after `track_for` a
  question still open is unanswered.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from qungui.core.events import MessageEvent
from qungui.governance.audit.service import append_audit
from qungui.governance.departments.service import department_names, heads_by_department, member_departments
from qungui.governance.events.models import EventRecord
from qungui.governance.groups.models import Group
from qungui.governance.members.models import ADMIN_ROLES, Member
from qungui.governance.notices.service import clause_for, member_names
from qungui.governance.notices.texts import clause_note, excerpt, when
from qungui.governance.notices.words import compact
from qungui.governance.outbox.service import enqueue
from qungui.governance.responsiveness.models import AnswerVia, Question, QuestionStatus
from qungui.governance.responsiveness.questions import is_question, mentions_name
from qungui.governance.responsiveness.texts import say
from qungui.rules.compiled import CompiledRulebook
from qungui.rules.schema import Workflow

TEXT_CHARS = 200
QUOTE_PREFIX = 8


def tracks_departments(book: CompiledRulebook) -> bool:
    return book.rulebook.has_workflow(Workflow.RESPONSE_TIME)


def tracks_admins(book: CompiledRulebook) -> bool:
    return book.rulebook.has_workflow(Workflow.ADMIN_DUTIES)


def tracks_questions(book: CompiledRulebook) -> bool:
    """Whether the group's rulebook asks for questions to be timed (response_time or admin_duties)."""
    return tracks_departments(book) or tracks_admins(book)


def open_questions(session: Session, *, group: Group) -> list[Question]:
    """The group's questions still waiting for their first answer, oldest first."""
    query = select(Question).where(Question.group_id == group.id, Question.status == QuestionStatus.OPEN.value)
    return list(session.scalars(query.order_by(Question.id)))


def _admins(session: Session, group: Group) -> set[str]:
    query = select(Member.external_id).where(
        Member.group_id == group.id, Member.role.in_([r.value for r in ADMIN_ROLES])
    )
    return set(session.scalars(query))


def _author_of(session: Session, group: Group, event: MessageEvent, message_id: str) -> str | None:
    key = f"{event.group.platform}:{event.group.id}:message:{message_id}"
    return session.scalars(
        select(EventRecord.actor_id).where(EventRecord.group_id == group.id, EventRecord.key == key)
    ).first()


def _quotes(event: MessageEvent, question: Question) -> bool:
    if not event.quote_text:
        return False
    quoted, asked = compact(event.quote_text), compact(question.text)
    return len(asked) >= 2 and (asked[:QUOTE_PREFIX] in quoted or (len(quoted) >= 2 and quoted[:QUOTE_PREFIX] in asked))


def _talks_elsewhere(event: MessageEvent, question: Question, bot_id: str | None) -> bool:
    """A reply to another message, or @mentions of someone other than the asker (or the bot)."""
    if event.reply_to is not None and event.reply_to != question.message_id:
        return True
    return any(m not in (question.asker_id, bot_id) for m in event.mentions)


def observe_message(
    session: Session,
    *,
    group: Group,
    book: CompiledRulebook,
    event: MessageEvent,
    sender_is_admin: bool,
    bot_id: str | None = None,
) -> list[str]:
    """Record the answers and the question a group message holds; what was recognised. Does not commit."""
    if not tracks_questions(book) or event.private:
        return []
    found = _answers(session, group, event, sender_is_admin, bot_id)
    text = event.text or ""
    if not sender_is_admin and text and is_question(text) and not found:
        question = _ask(session, group, book, event, bot_id)
        if question is not None:
            found.append(f"Q{question.id}:asked")
    return found


def _candidates(session: Session, group: Group, event: MessageEvent, sender_is_admin: bool) -> list[int]:
    """The ids of the open questions this message may answer, read as plain tuples (the hot path)."""
    sender = event.sender.id
    rows = session.execute(
        select(
            Question.id,
            Question.message_id,
            Question.asker_id,
            Question.department,
            Question.responder_ids,
            Question.admin_answered_at,
        ).where(Question.group_id == group.id, Question.status == QuestionStatus.OPEN.value)
    )
    wanted = []
    for number, message_id, asker, department, responders, admin_answered in rows:
        if asker == sender:
            continue
        responder = department is not None and sender in responders
        addressed = event.reply_to == message_id or asker in event.mentions or bool(event.quote_text)
        if responder or (sender_is_admin and admin_answered is None and addressed):
            wanted.append(number)
    return sorted(wanted)


def _answers(
    session: Session,
    group: Group,
    event: MessageEvent,
    sender_is_admin: bool,
    bot_id: str | None,
) -> list[str]:
    sender, at = event.sender.id, event.ts
    numbers = _candidates(session, group, event, sender_is_admin)
    if not numbers:
        return []
    pending = list(session.scalars(select(Question).where(Question.id.in_(numbers)).order_by(Question.id)))
    found: list[str] = []
    followed: set[str] = set()  # departments whose oldest waiting question this message already answered
    for question in pending:
        if at < question.asked_at:
            continue
        if event.reply_to == question.message_id or _quotes(event, question):
            via: AnswerVia | None = AnswerVia.REPLY
        elif question.asker_id in event.mentions:
            via = AnswerVia.MENTION
        elif not _talks_elsewhere(event, question, bot_id):
            via = AnswerVia.FOLLOW
        else:
            continue
        if sender_is_admin and question.admin_answered_at is None and via is not AnswerVia.FOLLOW:
            question.admin_answered_at, question.admin_answered_by = at, sender
            if question.department is None:
                _answered(session, group, question, sender, at, via)
                found.append(f"Q{question.id}:admin")
                continue
        department = question.department
        if department is not None and sender in question.responder_ids:
            if via is AnswerVia.FOLLOW:
                if department in followed:
                    continue
                followed.add(department)
            _answered(session, group, question, sender, at, via)
            found.append(f"Q{question.id}:{via.value}")
        question.updated_at = at
    if found:
        session.flush()
    return found


def _answered(session: Session, group: Group, question: Question, member: str, at: datetime, via: AnswerVia) -> None:
    question.status = QuestionStatus.ANSWERED.value
    question.answered_at, question.answered_by, question.answer_via = at, member, via.value
    question.updated_at = at
    append_audit(
        session,
        actor=member,
        action="question.answered",
        subject=f"question:{group.id}:{question.id}",
        data={"via": via.value, "minutes": round((at - question.asked_at).total_seconds() / 60, 1)},
        now=at,
    )


def _ask(
    session: Session, group: Group, book: CompiledRulebook, event: MessageEvent, bot_id: str | None
) -> Question | None:
    asker = event.sender.id
    if asker in event.mentions:
        return None  # talking to oneself (or quoting one's own name): not a question to anyone
    addressed = [m for m in event.mentions if m != bot_id]
    if event.reply_to:
        author = _author_of(session, group, event, event.reply_to)
        if author is not None and author not in (bot_id, asker):
            addressed.append(author)
    department: str | None = None
    responders: list[str] = []
    if tracks_departments(book):
        departments = member_departments(session, group=group, book=book)
        heads = heads_by_department(session, group=group)
        head_of = {head: name for name, ids in heads.items() for head in ids}
        department = next(
            (departments.get(m) or head_of.get(m) for m in addressed if m in departments or m in head_of), None
        )
        if department is None and not addressed:
            text = event.text or ""
            department = next(
                (n for n in department_names(session, group=group, book=book) if mentions_name(text, n)), None
            )
        if department is not None:
            members = [m for m, d in departments.items() if d == department]
            responders = [m for m in dict.fromkeys([*heads.get(department, []), *members]) if m != asker]
            if not responders:
                department = None
    admins = _admins(session, group) if tracks_admins(book) else set()
    to_admins = department is None and tracks_admins(book) and all(m in admins for m in addressed)
    if department is None and not to_admins:
        return None
    policy = book.rulebook.responsiveness
    heads_to_remind = heads_by_department(session, group=group).get(department or "", []) if department else []
    question = Question(
        group_id=group.id,
        message_id=event.id,
        asker_id=asker,
        text=(event.text or "")[:TEXT_CHARS],
        asked_at=event.ts,
        department=department,
        responder_ids=responders,
        to_admins=to_admins,
        status=QuestionStatus.OPEN.value,
        remind_at=event.ts + policy.respond_within if policy.remind_heads and heads_to_remind else None,
        expires_at=event.ts + policy.track_for,
        created_at=event.ts,
        updated_at=event.ts,
    )
    session.add(question)
    session.flush()
    append_audit(
        session,
        actor=asker,
        action="question.asked",
        subject=f"question:{group.id}:{question.id}",
        data={"department": department, "to_admins": to_admins},
        now=event.ts,
    )
    return question


def next_question_due(session: Session, *, group: Group) -> datetime | None:
    """The earliest moment an open question needs a reminder or expires, or None (one aggregate query)."""
    expires, remind = session.execute(
        select(
            func.min(Question.expires_at),
            func.min(case((Question.reminded_at.is_(None), Question.remind_at), else_=None)),
        ).where(Question.group_id == group.id, Question.status == QuestionStatus.OPEN.value)
    ).one()
    found = [moment for moment in (expires, remind) if moment is not None]
    return min(found, default=None)


def run_question_deadlines(session: Session, *, group: Group, book: CompiledRulebook, now: datetime) -> int:
    """Remind the heads of departments with questions waiting too long; expire old ones. Messages queued."""
    queued = 0
    for question in open_questions(session, group=group):
        if question.remind_at is not None and question.reminded_at is None and question.remind_at <= now:
            question.reminded_at = now
            if now < question.expires_at:
                queued += _remind(session, group, book, question, now)
        if question.expires_at <= now:
            question.status = QuestionStatus.UNANSWERED.value
            append_audit(
                session,
                actor="system",
                action="question.unanswered",
                subject=f"question:{group.id}:{question.id}",
                data={"department": question.department},
                now=now,
            )
        question.updated_at = now
    session.flush()
    return queued


def _remind(session: Session, group: Group, book: CompiledRulebook, question: Question, now: datetime) -> int:
    heads = heads_by_department(session, group=group).get(question.department or "", [])
    names = member_names(session, group=group, member_ids=[question.asker_id])
    minutes = int((now - question.asked_at).total_seconds() // 60)
    text = say(
        book,
        "question_reminder",
        department=question.department,
        asker=names[question.asker_id],
        asked=when(book, question.asked_at),
        minutes=minutes,
        text=excerpt(question.text),
        clause=clause_note(book, clause_for(book, Workflow.RESPONSE_TIME)),
    )
    queued = 0
    for head in heads:
        if head == question.asker_id:
            continue
        queued += enqueue(
            session,
            group=group,
            key=f"question:{question.id}:remind:{head}",
            text=text,
            private_to=head,
            subject=f"question:{question.id}",
            now=now,
        )
    return queued

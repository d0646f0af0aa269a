"""Directives (任务 / 指令 / 交办): a leader gives work to members, who confirm at once or give a plan.

三.四.2 “领导人在群里下达的当天需要完成或者解决的问题，相关责任人必须……马上予以回复确认，即使当时难以
解决，也要及时在群里作出回应或给出可解决的实施办法”; 第二篇.8 “无故不接、推诿将追究各部门负责人责任”.

One task per responsible member (T<id>). States: waiting → confirmed (收到) or plan_given (计划：…)
→ done; a waiting or confirmed task whose due time passes becomes overdue, and the leader who gave
it and the member's department heads are told privately, once (the admins when there is nobody
else). A task with a plan is not escalated: the plan is the answer the rule asks for. Due time by
default: 18:00 today in the group's time zone, or 18:00 tomorrow when less than an hour of today's
working day is left. A reminder when still unconfirmed `confirm_within` after it was given (30
minutes by default). Every function runs in the caller's transaction; none commits.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.governance.audit.service import append_audit
from qungui.governance.departments.service import heads_by_department, member_departments
from qungui.governance.groups.models import Group
from qungui.governance.members.service import admin_ids
from qungui.governance.notices.models import OPEN_TASK_STATUSES, Task, TaskStatus
from qungui.governance.notices.service import NoticeRejected, clause_for, member_names
from qungui.governance.notices.texts import clause_note, excerpt, joined, say, when
from qungui.governance.outbox.service import enqueue
from qungui.rules.compiled import CompiledRulebook
from qungui.rules.schema import Workflow

PREFIX = "T"
END_OF_DAY = time(18, 0)  # 下班: the default due time
MIN_TIME_LEFT = timedelta(hours=1)
CONFIRM_WITHIN = timedelta(minutes=30)


class TaskRejected(NoticeRejected):
    """A task that cannot be given or changed; carries a Chinese and an English reason."""


def label(task: Task) -> str:
    return f"{PREFIX}{task.id}"


def default_due(now: datetime, tz: tzinfo) -> datetime:
    """18:00 today in `tz`, or 18:00 tomorrow when less than an hour is left before it."""
    local = now.astimezone(tz)
    due = datetime.combine(local.date(), END_OF_DAY, tzinfo=tz)
    if due - local < MIN_TIME_LEFT:
        due = datetime.combine(local.date() + timedelta(days=1), END_OF_DAY, tzinfo=tz)
    return due


def give_tasks(
    session: Session,
    *,
    group: Group,
    book: CompiledRulebook,
    issuer: str,
    owners: Sequence[str],
    text: str,
    due: datetime | None,
    now: datetime,
    command_message_id: str | None = None,
    confirm_within: timedelta = CONFIRM_WITHIN,
) -> list[Task]:
    """Give one task per owner and queue one announcement in the group; audited. Does not commit.

    Refused (TaskRejected, nothing stored) for an empty text, nobody responsible but the issuer, or
    a due time not in the future.
    """
    text = text.strip()
    if not text:
        raise TaskRejected("请写明任务内容，例如：任务 @张三 今天下班前提交周报", "Please say what the task is.")
    owners = [o for o in dict.fromkeys(owners) if o != issuer]
    if not owners:
        raise TaskRejected(
            "请@任务的负责人（不能交办给自己），例如：任务 @张三 今天下班前提交周报", "@ who is responsible."
        )
    due = due or default_due(now, book.rulebook.tz)
    if due <= now:
        raise TaskRejected(
            f"截止时间（{when(book, due)}）已经过去了，请写一个以后的时间。",
            f"The due time ({when(book, due)}) has passed; give a later one.",
        )
    clause = clause_for(book, Workflow.DIRECTIVE)
    tasks = [
        Task(
            group_id=group.id,
            issuer_id=issuer,
            owner_id=owner,
            text=text,
            due_at=due,
            confirm_by=now + confirm_within,
            status=TaskStatus.WAITING.value,
            clause=clause,
            command_message_id=command_message_id,
            created_at=now,
            updated_at=now,
        )
        for owner in owners
    ]
    session.add_all(tasks)
    session.flush()
    for task in tasks:
        _audit(session, group, task, "task.given", issuer, now, due=due.isoformat())
    names = member_names(session, group=group, member_ids=[issuer, *owners])
    if len(tasks) == 1:
        labels = label(tasks[0])
    else:
        labels = joined(book, [say(book, "task_label_owner", label=label(t), name=names[t.owner_id]) for t in tasks])
    announcement = say(
        book,
        "task_given",
        labels=labels,
        mentions=" ".join(f"@{names[o]}" for o in owners),
        text=text,
        issuer=names[issuer],
        due=when(book, due),
        first=label(tasks[0]),
    )
    enqueue(
        session,
        group=group,
        key=f"task:{tasks[0].id}:posted",
        text=announcement,
        mentions=owners,
        subject="tasks:" + ",".join(str(t.id) for t in tasks),
        now=now,
    )
    return tasks


def _audit(session: Session, group: Group, task: Task, action: str, actor: str, now: datetime, **data: object) -> None:
    append_audit(
        session,
        actor=actor,
        action=action,
        subject=f"task:{group.id}:{task.id}",
        data={"owner": task.owner_id, "status": task.status, **data},
        now=now,
    )


def find_task(session: Session, *, group: Group, number: int) -> Task | None:
    task = session.get(Task, number)
    return task if task is not None and task.group_id == group.id else None


def open_tasks(session: Session, *, group: Group, owner: str | None = None) -> list[Task]:
    """Tasks not yet done (waiting, confirmed, plan given) and overdue ones, oldest first."""
    statuses = [*OPEN_TASK_STATUSES, TaskStatus.OVERDUE.value]
    query = select(Task).where(Task.group_id == group.id, Task.status.in_(statuses))
    if owner is not None:
        query = query.where(Task.owner_id == owner)
    return list(session.scalars(query.order_by(Task.id)))


def tasks_by_ids(session: Session, *, group: Group, ids: Sequence[int]) -> list[Task]:
    if not ids:
        return []
    query = select(Task).where(Task.group_id == group.id, Task.id.in_(list(ids)))
    return list(session.scalars(query.order_by(Task.id)))


def tasks_of_command(session: Session, *, group: Group, message_id: str) -> list[Task]:
    query = select(Task).where(Task.group_id == group.id, Task.command_message_id == message_id)
    return list(session.scalars(query.order_by(Task.id)))


def confirm_task(session: Session, *, group: Group, task: Task, at: datetime, how: str) -> bool:
    """The owner answered 收到: a waiting task is confirmed. Audited. Does not commit."""
    if task.status != TaskStatus.WAITING.value:
        return False
    task.status = TaskStatus.CONFIRMED.value
    task.confirmed_at = at
    task.updated_at = at
    session.flush()
    _audit(session, group, task, "task.confirmed", task.owner_id, at, via=how)
    return True


def plan_task(session: Session, *, group: Group, book: CompiledRulebook, task: Task, plan: str, at: datetime) -> bool:
    """The owner gave a plan or an expected time; the issuer is told privately. Audited. Does not commit."""
    if task.status not in (TaskStatus.WAITING.value, TaskStatus.CONFIRMED.value, TaskStatus.OVERDUE.value):
        return False
    if task.status != TaskStatus.OVERDUE.value:
        task.status = TaskStatus.PLAN_GIVEN.value
    task.plan = plan.strip()[:500]
    task.confirmed_at = task.confirmed_at or at
    task.updated_at = at
    session.flush()
    _audit(session, group, task, "task.plan_given", task.owner_id, at, plan=task.plan)
    names = member_names(session, group=group, member_ids=[task.owner_id])
    text = say(
        book, "task_plan", owner=names[task.owner_id], label=label(task), text=excerpt(task.text), plan=task.plan
    )
    enqueue(
        session,
        group=group,
        key=f"task:{task.id}:plan:{at.isoformat()}",
        text=text,
        private_to=task.issuer_id,
        subject=f"task:{task.id}",
        now=at,
    )
    return True


def complete_task(
    session: Session, *, group: Group, book: CompiledRulebook, task: Task, actor: str, at: datetime
) -> bool:
    """Mark the task done (by its owner, its issuer or an admin); the issuer is told unless they did it.

    False when it was already done. Audited. Does not commit.
    """
    if task.status == TaskStatus.DONE.value:
        return False
    task.status = TaskStatus.DONE.value
    task.done_at = at
    task.updated_at = at
    session.flush()
    _audit(session, group, task, "task.done", actor, at, late=at > task.due_at)
    if actor != task.issuer_id:
        names = member_names(session, group=group, member_ids=[task.owner_id])
        enqueue(
            session,
            group=group,
            key=f"task:{task.id}:done",
            text=say(book, "task_done", owner=names[task.owner_id], label=label(task), text=excerpt(task.text)),
            private_to=task.issuer_id,
            subject=f"task:{task.id}",
            now=at,
        )
    return True


def _task_due_times(task: Task) -> list[datetime]:
    found: list[datetime] = []
    if task.status == TaskStatus.WAITING.value and task.reminded_at is None and task.confirm_by < task.due_at:
        found.append(task.confirm_by)
    if task.status in (TaskStatus.WAITING.value, TaskStatus.CONFIRMED.value) and task.escalated_at is None:
        found.append(task.due_at)
    return found


def next_task_due(session: Session, *, group: Group) -> datetime | None:
    """The earliest moment a task of the group needs a sweep (a reminder, an overdue), or None."""
    return min((t for task in open_tasks(session, group=group) for t in _task_due_times(task)), default=None)


def run_task_deadlines(session: Session, *, group: Group, book: CompiledRulebook, now: datetime) -> int:
    """Remind unconfirmed tasks and escalate overdue ones due at `now`; the number of messages queued."""
    queued = 0
    for task in open_tasks(session, group=group):
        status = task.status
        if status == TaskStatus.WAITING.value and task.reminded_at is None and task.confirm_by <= now < task.due_at:
            task.reminded_at = now
            names = member_names(session, group=group, member_ids=[task.owner_id])
            text = say(
                book,
                "task_reminder",
                mention=f"@{names[task.owner_id]}",
                label=label(task),
                text=excerpt(task.text),
                due=when(book, task.due_at),
            )
            queued += enqueue(
                session,
                group=group,
                key=f"task:{task.id}:remind",
                text=text,
                mentions=[task.owner_id],
                subject=f"task:{task.id}",
                now=now,
            )
            _audit(session, group, task, "task.reminded", "system", now)
        if status in (TaskStatus.WAITING.value, TaskStatus.CONFIRMED.value) and task.due_at <= now:
            queued += _overdue(session, group, book, task, now)
        task.updated_at = now
    session.flush()
    return queued


def _overdue(session: Session, group: Group, book: CompiledRulebook, task: Task, now: datetime) -> int:
    before = task.status
    task.status = TaskStatus.OVERDUE.value
    task.escalated_at = now
    task.reminded_at = task.reminded_at or now
    department = member_departments(session, group=group, book=book).get(task.owner_id)
    heads = heads_by_department(session, group=group).get(department or "", [])
    told = [m for m in dict.fromkeys([task.issuer_id, *heads]) if m != task.owner_id]
    if not told:
        told = [a for a in admin_ids(session, group=group) if a != task.owner_id]
    names = member_names(session, group=group, member_ids=[task.owner_id])
    text = say(
        book,
        "task_overdue",
        label=label(task),
        due=when(book, task.due_at),
        owner=names[task.owner_id],
        text=excerpt(task.text),
        status=say(book, f"status_{before}"),
        clause=clause_note(book, task.clause),
    )
    queued = 0
    for member in told:
        queued += enqueue(
            session,
            group=group,
            key=f"task:{task.id}:overdue:{member}",
            text=text,
            private_to=member,
            subject=f"task:{task.id}",
            now=now,
        )
    _audit(session, group, task, "task.overdue", "system", now, told=told, was=before)
    return queued

"""任务 / 指令 / 交办 (admins and department heads give a task) and 完成 T5 (the task is done).

The task is announced by the bot through the outbox after commit (its number T, the due time, how to
confirm); the responsible member's 收到, plan or 完成 in reply is recognised by
`qungui.governance.notices.recognise`, not here.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from qungui.commands import CompleteTask, GiveTask
from qungui.governance.departments.service import is_head
from qungui.governance.notices.service import NoticeRejected
from qungui.governance.notices.tasks import complete_task, find_task, give_tasks
from qungui.runtime.commands.ids import TASK, parse_id
from qungui.runtime.commands.names import resolve_words, unknown_reply
from qungui.runtime.commands.replies import answer, is_admin, reason_of, result, say
from qungui.runtime.commands.types import CommandContext, CommandResult


def give(session: Session, ctx: CommandContext, command: GiveTask) -> CommandResult:
    """任务 @x [@y…] 内容 [时间前]."""
    sender = ctx.event.sender.id
    if not (is_admin(ctx) or is_head(session, group=ctx.group, member_id=sender)):
        return result(answer(ctx, say(ctx, "task_not_leader")))
    named = resolve_words(session, ctx, command.owner_words, command.owners)
    if named.unknown:
        return result(answer(ctx, unknown_reply(ctx, named.unknown, None)))
    if not named.members:
        return result(answer(ctx, say(ctx, "task_no_owner")))
    try:
        give_tasks(
            session,
            group=ctx.group,
            book=ctx.book,
            issuer=sender,
            owners=named.members,
            text=command.text,
            due=command.due,
            now=ctx.now,
            command_message_id=None if ctx.event.private else ctx.event.id,
        )
    except NoticeRejected as error:
        return result(answer(ctx, say(ctx, "work_refused", reason=reason_of(ctx, error))))
    return result()  # the bot's announcement (queued in the outbox) is the answer


def complete(session: Session, ctx: CommandContext, command: CompleteTask) -> CommandResult:
    """完成 T5: by the member responsible, the leader who gave it, or an admin."""
    parsed = parse_id(command.task_id)
    task = None
    if parsed is not None and parsed[0] in (None, TASK):
        task = find_task(session, group=ctx.group, number=parsed[1])
    if task is None:
        return result(answer(ctx, say(ctx, "task_not_found", id=command.task_id)))
    sender = ctx.event.sender.id
    label = f"{TASK}{task.id}"
    if sender not in (task.owner_id, task.issuer_id) and not is_admin(ctx):
        return result(answer(ctx, say(ctx, "task_not_yours", id=label)))
    done = complete_task(session, group=ctx.group, book=ctx.book, task=task, actor=sender, at=ctx.now)
    return result(answer(ctx, say(ctx, "task_done" if done else "task_already_done", id=label)))

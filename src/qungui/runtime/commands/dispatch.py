"""Carry out a parsed in-group command inside the caller's transaction: `execute_command`.

The caller has locked the group, stored the command's event and saved what the engine made of it; this
module never commits. Services refuse with errors carrying a Chinese and an English reason; those become
polite replies, and any other exception propagates so the caller rolls back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from qungui.commands import (
    Apologise,
    Appeal,
    Approve,
    Command,
    CommandError,
    CompleteTask,
    ConfirmFinePaid,
    ConfirmShare,
    DepartmentHead,
    Departments,
    Fine,
    GiveTask,
    Help,
    Leave,
    MyRecord,
    PostNotice,
    PostShare,
    Receipts,
    Reject,
    Remove,
    Report,
    ShowDigest,
    ShowRules,
    Todo,
    Undo,
    Warn,
)
from qungui.governance.appeals.service import AppealRejected
from qungui.governance.cases.decisions import CaseRejected
from qungui.governance.leave.service import LeaveRejected
from qungui.governance.reports.service import ReportRejected
from qungui.runtime.commands import (
    admin,
    decide,
    departments,
    digest,
    member,
    notices,
    report,
    requests,
    shares,
    tasks,
    todo,
)
from qungui.runtime.commands.replies import answer, is_admin, private, reason_of, result, say
from qungui.runtime.commands.types import CommandContext, CommandResult, Reply

Handler = Callable[[Session, CommandContext, Any], CommandResult]

MEMBER_HANDLERS: dict[type[Command], Handler] = {
    ShowRules: member.show_rules,
    Help: member.show_help,
    Apologise: member.apologise,
    MyRecord: member.my_record,
    Report: report.report,
    Appeal: requests.appeal,
    Leave: requests.leave,
    GiveTask: tasks.give,  # admins and department heads: checked by the handler
    CompleteTask: tasks.complete,
}
ADMIN_HANDLERS: dict[type[Command], Handler] = {
    Warn: admin.warn,
    Remove: admin.remove,
    Fine: admin.fine,
    ConfirmFinePaid: admin.confirm_paid,
    Undo: admin.undo,
    Approve: decide.approve,
    Reject: decide.reject,
    Todo: todo.todo,
    PostNotice: notices.post,
    Receipts: notices.receipts,
    Departments: departments.departments,
    DepartmentHead: departments.heads,
    PostShare: shares.post,
    ConfirmShare: shares.confirm,
    ShowDigest: digest.digest,
}
CONFIDENTIAL_COMMANDS = frozenset({Report.name, Appeal.name})  # answered privately, even when they fail
_REFUSALS = (ReportRejected, AppealRejected, LeaveRejected, CaseRejected)


def execute_command(session: Session, ctx: CommandContext, command: Command) -> CommandResult:
    """Carry out `command` for `ctx`'s sender: what to reply (and whether to delete the command message).

    Admin commands are refused unless the sender's stored role is owner or admin, whatever the parser was
    told. Does not commit.
    """
    handler = MEMBER_HANDLERS.get(type(command))
    if handler is None:
        handler = ADMIN_HANDLERS.get(type(command))
        if handler is None:
            raise TypeError(f"no handler for command {type(command).__name__}")
        if not is_admin(ctx):
            return result(answer(ctx, say(ctx, "not_admin", command=command.name)))
    try:
        return handler(session, ctx, command)
    except _REFUSALS as error:  # a refusal a handler did not word itself: answered privately, to be safe
        return result(private(ctx.event.sender.id, say(ctx, "refused", reason=reason_of(ctx, error))))


def error_result(ctx: CommandContext, error: CommandError) -> CommandResult:
    """The reply to a command that could not be parsed: privately for 举报 and 申诉, else on its channel.

    A failed 举报 posted in the group also asks for its message to be deleted, as a filed one does.
    """
    if error.command in CONFIDENTIAL_COMMANDS:
        return CommandResult(
            [Reply(error.reply, private_to=ctx.event.sender.id)],
            delete_message=error.command == Report.name and not ctx.event.private,
        )
    return result(answer(ctx, error.reply))

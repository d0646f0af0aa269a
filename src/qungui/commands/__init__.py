"""In-group commands in Chinese (群规, 举报, 申诉, 请假, 道歉, 我的记录, 完成, 帮助, admin and leader commands).

This package is the pure parsing layer: `parse_command` turns a message into a typed command, ordinary
chat, or a polite error; `help` builds the 帮助 and 群规 replies. Carrying commands out lives elsewhere.
"""

from __future__ import annotations

from qungui.commands.dates import DateError, LeavePeriod, parse_leave_period
from qungui.commands.help import help_text, rules_reply
from qungui.commands.parse import ALIASES, command_name, parse_command, resolve_clause
from qungui.commands.types import (
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
    NotACommand,
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

__all__ = [
    "ALIASES",
    "Apologise",
    "Appeal",
    "Approve",
    "Command",
    "CommandError",
    "CompleteTask",
    "ConfirmFinePaid",
    "ConfirmShare",
    "DateError",
    "DepartmentHead",
    "Departments",
    "Fine",
    "GiveTask",
    "Help",
    "Leave",
    "LeavePeriod",
    "MyRecord",
    "NotACommand",
    "PostNotice",
    "PostShare",
    "Receipts",
    "Reject",
    "Remove",
    "Report",
    "ShowDigest",
    "ShowRules",
    "Todo",
    "Undo",
    "Warn",
    "command_name",
    "help_text",
    "parse_command",
    "parse_leave_period",
    "resolve_clause",
    "rules_reply",
]

"""Carry out in-group commands: `execute_command(session, ctx, command)` inside the caller's transaction.

Modules by meaning: `dispatch` (which handler, role check, refusals), `member` (群规, 帮助, 道歉, 我的记录),
`report` (举报 and verified reports), `requests` (申诉, 请假), `admin` (警告, 移除, 罚红包, 确认红包, 撤销),
`decide` (通过, 拒绝), `notices` (通知, 回执), `tasks` (任务, 完成), `departments` (部门, 负责人), `todo` (待办),
`ids` and `pending` (numbers J/S/Q/R/A, and N/T for notices and tasks), `names`, `targets`, `replies` and `texts`.
"""

from __future__ import annotations

from qungui.runtime.commands.dispatch import error_result, execute_command
from qungui.runtime.commands.types import CommandContext, CommandResult, Reply

__all__ = ["CommandContext", "CommandResult", "Reply", "error_result", "execute_command"]

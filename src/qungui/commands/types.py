"""Typed results of parsing an in-group command: one dataclass per command, plus the two non-commands."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import ClassVar


@dataclass(frozen=True)
class Command:
    """Base of every parsed command; `name` is the canonical Chinese command word."""

    name: ClassVar[str] = ""
    admin_only: ClassVar[bool] = False


@dataclass(frozen=True)
class ShowRules(Command):
    """群规: all clauses (clause is None) or one clause."""

    name: ClassVar[str] = "群规"
    clause: str | None = None


@dataclass(frozen=True)
class Report(Command):
    """举报: a message (reply/quote) or a member (@), with a reason; the reporter stays confidential."""

    name: ClassVar[str] = "举报"
    target_member: str | None
    target_message: str | None
    reason: str
    evidence_attachments: int = 0
    quoted_text: str | None = None


@dataclass(frozen=True)
class Appeal(Command):
    """申诉: appeal a removal or sanction; routed to an admin other than the one who acted."""

    name: ClassVar[str] = "申诉"
    reason: str


@dataclass(frozen=True)
class Leave(Command):
    """请假: from the start of the first day to the end of the last day (aware, group time zone)."""

    name: ClassVar[str] = "请假"
    start: datetime
    end: datetime
    reason: str


@dataclass(frozen=True)
class Apologise(Command):
    """道歉: satisfies a pending apology requirement (if any); `text` is the whole apology."""

    name: ClassVar[str] = "道歉"
    text: str


@dataclass(frozen=True)
class MyRecord(Command):
    """我的记录: the sender's own warnings and status."""

    name: ClassVar[str] = "我的记录"


@dataclass(frozen=True)
class Help(Command):
    """帮助: the command list, or help on one command (topic is a canonical command word)."""

    name: ClassVar[str] = "帮助"
    topic: str | None = None


@dataclass(frozen=True)
class MemberSanction(Command):
    """An admin's sanction on a member (@x, or a reply to the offending message) under a clause."""

    admin_only: ClassVar[bool] = True
    target_member: str | None
    target_message: str | None
    clause: str | None
    reason: str


@dataclass(frozen=True)
class Warn(MemberSanction):
    """警告 @x [条款] [原因] (or reply to the offending message)."""

    name: ClassVar[str] = "警告"


@dataclass(frozen=True)
class Remove(MemberSanction):
    """移除 @x [条款] [原因] (or reply to the offending message)."""

    name: ClassVar[str] = "移除"


@dataclass(frozen=True)
class Undo(Command):
    """撤销 <案件号|@x>: undo a case (or the member's latest case)."""

    name: ClassVar[str] = "撤销"
    admin_only: ClassVar[bool] = True
    case_id: str | None
    target_member: str | None
    reason: str = ""


@dataclass(frozen=True)
class Approve(Command):
    """通过 <申请号|@x>: approve a request (leave, join, appeal)."""

    name: ClassVar[str] = "通过"
    admin_only: ClassVar[bool] = True
    request_id: str | None
    target_member: str | None


@dataclass(frozen=True)
class Reject(Command):
    """拒绝 <申请号|@x> [原因]: reject a request."""

    name: ClassVar[str] = "拒绝"
    admin_only: ClassVar[bool] = True
    request_id: str | None
    target_member: str | None
    reason: str = ""


@dataclass(frozen=True)
class Fine(Command):
    """罚红包 @x [金额] [条款]: the member owes a red envelope; amount None means the clause's ladder amount."""

    name: ClassVar[str] = "罚红包"
    admin_only: ClassVar[bool] = True
    target_member: str | None
    target_message: str | None
    amount: Decimal | None
    clause: str | None
    reason: str = ""


@dataclass(frozen=True)
class ConfirmFinePaid(Command):
    """确认红包 @x: an admin confirms a fine was paid where the platform does not show red envelopes."""

    name: ClassVar[str] = "确认红包"
    admin_only: ClassVar[bool] = True
    target_member: str | None
    target_message: str | None = None


@dataclass(frozen=True)
class Todo(Command):
    """待办: what waits for the admins — requests by number, unpaid fines, nicknames, missing members."""

    name: ClassVar[str] = "待办"
    admin_only: ClassVar[bool] = True


@dataclass(frozen=True)
class PostNotice(Command):
    """通知 [@所有人|@部门|@成员…] 内容 [截止 时间] [无需回复]: a notice members acknowledge with 收到.

    `audience_words` are the @words other than @所有人 (department or member names, resolved by the
    handler); `require_ack` None follows the rulebook.
    """

    name: ClassVar[str] = "通知"
    admin_only: ClassVar[bool] = True
    text: str
    everyone: bool
    audience_words: tuple[str, ...]
    members: tuple[str, ...]
    deadline: datetime | None
    require_ack: bool | None = None


@dataclass(frozen=True)
class GiveTask(Command):
    """任务 @x [@y…] 内容 [时间前]: a directive to each named member (admins and department heads)."""

    name: ClassVar[str] = "任务"
    owners: tuple[str, ...]
    owner_words: tuple[str, ...]
    text: str
    due: datetime | None


@dataclass(frozen=True)
class CompleteTask(Command):
    """完成 T5: the task is done (its owner, the leader who gave it, or an admin)."""

    name: ClassVar[str] = "完成"
    task_id: str


@dataclass(frozen=True)
class Departments(Command):
    """部门 @x 名称 (set; 无 clears) or 部门 alone (list the departments)."""

    name: ClassVar[str] = "部门"
    admin_only: ClassVar[bool] = True
    members: tuple[str, ...] = ()
    member_words: tuple[str, ...] = ()
    department: str | None = None
    clear: bool = False


@dataclass(frozen=True)
class DepartmentHead(Command):
    """负责人 @x 部门 (make them its head) or 负责人 @x 无 (no longer a head)."""

    name: ClassVar[str] = "负责人"
    admin_only: ClassVar[bool] = True
    members: tuple[str, ...]
    member_words: tuple[str, ...]
    department: str | None


@dataclass(frozen=True)
class Receipts(Command):
    """回执 [N12|F3]: who acknowledged a notice (or sent a share task's screenshot) and who is missing."""

    name: ClassVar[str] = "回执"
    admin_only: ClassVar[bool] = True
    notice_id: str | None = None


@dataclass(frozen=True)
class PostShare(Command):
    """分享 [@部门|@成员…] 链接或说明 [今天18:00前]: members share it to their Moments, then send a screenshot."""

    name: ClassVar[str] = "分享"
    admin_only: ClassVar[bool] = True
    text: str
    everyone: bool
    audience_words: tuple[str, ...]
    members: tuple[str, ...]
    due: datetime | None


@dataclass(frozen=True)
class ConfirmShare(Command):
    """确认分享 @x [F3]: an admin confirms a member shared it (the screenshot came another way)."""

    name: ClassVar[str] = "确认分享"
    admin_only: ClassVar[bool] = True
    members: tuple[str, ...]
    share_id: str | None = None


@dataclass(frozen=True)
class ShowDigest(Command):
    """周报 [上周 | 本周 | 11月16日]: the weekly digest of the week holding `day` (this week by default)."""

    name: ClassVar[str] = "周报"
    admin_only: ClassVar[bool] = True
    day: date


@dataclass(frozen=True)
class NotACommand:
    """Ordinary chat: the engine handles it as a message."""


@dataclass(frozen=True)
class CommandError:
    """A command the bot understood to be meant as one, but cannot carry out; `reply` is polite Chinese."""

    code: str
    reply: str
    command: str | None = None

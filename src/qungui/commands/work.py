"""Parse the commands of notices, tasks and departments: 通知, 任务, 完成, 部门, 负责人, 回执. Pure.

- 通知 / 公告: the audience is @所有人 (the default, also when the platform's mention-all is used),
  @部门名 or @members; “截止 …” gives the deadline (see `qungui.commands.moments`) and is taken out of
  the text; “无需回复” / “不用回复” / “仅通知” asks for no acknowledgement, “请回复” / “需回复” / “须确认”
  (kept in the text) asks for one even where the rulebook does not by default.
- 任务 / 指令 / 交办: @ the responsible members; a “截止 …” or “…前” moment is the due time (left in the
  text, except a 截止 phrase); without one the service's default applies (18:00 today).
- 完成 T5; 部门 @x 名称 / 部门 @x 无 / 部门; 负责人 @x 部门 / 负责人 @x 无; 回执 [N12].
"""

from __future__ import annotations

import re
import unicodedata

from qungui.commands.base import BLANKS, PUNCT, Bad, Context
from qungui.commands.dates import DateError
from qungui.commands.moments import find_deadline, find_due
from qungui.commands.types import (
    Command,
    CompleteTask,
    DepartmentHead,
    Departments,
    GiveTask,
    PostNotice,
    Receipts,
)

EVERYONE_WORDS = frozenset({"所有人", "全体成员", "全体", "全员", "all", "everyone"})
CLEAR_WORDS = frozenset({"无", "清除", "取消", "撤销", "none", "-"})
_NO_ACK = re.compile(r"[（(]?(?:无需|无须|不用|不需要?|不必)(?:回复|确认|回执)[)）]?|仅通知")
_ASK_ACK = re.compile(r"(?<![无不])(?:请|需要?|须|务必)(?:及时)?(?:回复|确认)")
_TASK_ID = re.compile(r"^#?([Tt]?)(\d{1,15})号?$")
_NOTICE_ID = re.compile(r"^#?([NnFf]?)(\d{1,15})号?$")
NOTICE_EXAMPLE = "通知 @所有人 明天上午9点开安全例会 截止 今天18:00"
TASK_EXAMPLE = "任务 @张三 今天下班前提交周报"


def _tidy(text: str) -> str:
    return " ".join(text.split()).strip(BLANKS + PUNCT)


def _audience(ctx: Context) -> tuple[bool, tuple[str, ...]]:
    words = ctx.at_words
    everyone = ctx.event.mentions_all or any(w.casefold() in EVERYONE_WORDS for w in words)
    return everyone, tuple(w for w in words if w.casefold() not in EVERYONE_WORDS)


def notice(ctx: Context) -> Command:
    everyone, words = _audience(ctx)
    text = ctx.without_at_words()
    try:
        deadline = find_deadline(text, now=ctx.now, tz=ctx.tz)
    except DateError as exc:
        raise Bad("bad_date", exc.reply) from None
    if deadline is not None:
        text = text[: deadline.start] + " " + text[deadline.end :]
    require_ack = None
    if _NO_ACK.search(text):
        require_ack = False
        text = _NO_ACK.sub(" ", text)
    elif _ASK_ACK.search(text):
        require_ack = True
    text = _tidy(text)
    if not text:
        raise Bad("empty", f"通知内容不能为空，例如：{NOTICE_EXAMPLE}")
    return PostNotice(
        text=text,
        everyone=everyone,
        audience_words=words,
        members=ctx.members,
        deadline=deadline.at if deadline else None,
        require_ack=require_ack,
    )


def task(ctx: Context) -> Command:
    _everyone, words = _audience(ctx)
    if not ctx.members and not words:
        raise Bad("no_target", f"请@任务的负责人，例如：{TASK_EXAMPLE}", soft=True)
    text = ctx.without_at_words()
    try:
        due = find_due(text, now=ctx.now, tz=ctx.tz)
    except DateError as exc:
        raise Bad("bad_date", exc.reply) from None
    if due is not None and text[due.start :].startswith(("截止", "截至")):
        text = text[: due.start] + " " + text[due.end :]
    text = _tidy(text)
    if not text:
        raise Bad("empty", f"请写明任务内容，例如：{TASK_EXAMPLE}")
    return GiveTask(owners=ctx.members, owner_words=words, text=text, due=due.at if due else None)


def complete(ctx: Context) -> Command:
    tokens = ctx.plain_args.split()
    if tokens and _TASK_ID.match(unicodedata.normalize("NFKC", tokens[0])):
        return CompleteTask(task_id=unicodedata.normalize("NFKC", tokens[0]).lstrip("#").upper())
    raise Bad("no_task", "请写明任务编号，例如：完成 T5；或回复任务消息发送“完成”。", soft=True)


def departments(ctx: Context) -> Command:
    words = ctx.at_words
    tokens = ctx.without_at_words().split()
    if not ctx.members and not words:
        if tokens:
            raise Bad("no_target", "请@要登记的成员，例如：部门 @张三 工程部；只发送“部门”可以查看各部门。", soft=True)
        return Departments()
    if not tokens:
        raise Bad("no_department", "请写明部门名称，例如：部门 @张三 工程部（写“无”可清除）。")
    name = tokens[0].strip(PUNCT)
    if name.casefold() in CLEAR_WORDS:
        return Departments(members=ctx.members, member_words=words, clear=True)
    return Departments(members=ctx.members, member_words=words, department=name)


def head(ctx: Context) -> Command:
    words = ctx.at_words
    tokens = ctx.without_at_words().split()
    if not ctx.members and not words:
        raise Bad("no_target", "请@部门负责人，例如：负责人 @李四 工程部", soft=True)
    if not tokens:
        raise Bad("no_department", "请写明部门名称，例如：负责人 @李四 工程部（写“无”可取消其负责人身份）。")
    name = tokens[0].strip(PUNCT)
    department = None if name.casefold() in CLEAR_WORDS else name
    return DepartmentHead(members=ctx.members, member_words=words, department=department)


def receipts(ctx: Context) -> Command:
    tokens = ctx.plain_args.split()
    if not tokens:
        return Receipts()
    token = unicodedata.normalize("NFKC", tokens[0]).lstrip("#")
    if _NOTICE_ID.match(token):
        return Receipts(notice_id=token.upper())
    raise Bad("bad_id", "请写明通知或分享任务编号，例如：回执 N12、回执 F3；只发送“回执”查看最近一条通知。", soft=True)

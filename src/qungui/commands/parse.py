"""Recognise in-group commands (群规, 举报, 请假…) in a message and parse their arguments. Pure: no I/O.

A command is a command word at the very start of the message, optionally after an @bot mention and one
of the prefixes / # ! ！, followed by the end of the message, a space or punctuation. "今天请假的人多吗" and
"请假的人多吗" are ordinary chat. A message is *addressed* when it starts with @bot or "/": then an unknown
word or incomplete arguments get a polite reply; otherwise ambiguous cases (an admin word used in chat,
"菜单 今天吃什么") stay ordinary chat.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Mapping
from datetime import datetime, tzinfo
from decimal import Decimal, InvalidOperation

from qungui.commands import shares, work
from qungui.commands.base import BLANKS as _BLANKS
from qungui.commands.base import PUNCT as _PUNCT
from qungui.commands.base import Bad as _Bad
from qungui.commands.base import Context as _Context
from qungui.commands.clauses import CLAUSE_SHAPE as _CLAUSE_SHAPE
from qungui.commands.clauses import clean_clause as _clean_clause
from qungui.commands.clauses import looks_like_clause, resolve_clause
from qungui.commands.clauses import take_clause as _take_clause
from qungui.commands.clauses import unknown_clause as _unknown_clause
from qungui.commands.dates import MAX_LEAVE_DAYS, DateError, cn_number, parse_leave_period
from qungui.commands.types import (
    Apologise,
    Appeal,
    Approve,
    Command,
    CommandError,
    ConfirmFinePaid,
    Fine,
    Help,
    Leave,
    MyRecord,
    NotACommand,
    Reject,
    Remove,
    Report,
    ShowRules,
    Todo,
    Undo,
    Warn,
)
from qungui.core.events import MessageEvent

ALIASES: dict[str, tuple[str, ...]] = {
    "群规": ("群规", "看群规", "查看群规", "规则", "rules", "rule"),
    "举报": ("举报", "投诉", "report"),
    "申诉": ("申诉", "appeal"),
    "请假": ("请假", "告假", "leave"),
    "道歉": ("道歉", "对不起", "抱歉", "sorry"),
    "我的记录": ("我的记录", "我的违规", "查记录", "记录", "myrecord"),
    "帮助": ("帮助", "菜单", "命令", "help", "menu"),
    "警告": ("警告", "warn"),
    "移除": ("移除", "踢出", "请出", "remove", "kick"),
    "撤销": ("撤销", "undo"),
    "通过": ("通过", "批准", "approve"),
    "拒绝": ("拒绝", "驳回", "reject"),
    "罚红包": ("罚红包", "罚款", "fine"),
    "确认红包": ("确认红包", "红包已收", "已收红包", "paid"),
    "待办": ("待办", "待处理", "todo"),
    "通知": ("通知", "公告", "notice"),
    "回执": ("回执", "确认情况", "收到情况", "receipts"),
    "任务": ("任务", "指令", "交办", "task"),
    "完成": ("完成", "已完成", "done"),
    "部门": ("部门", "dept"),
    "负责人": ("负责人", "部门负责人", "head"),
    "分享": ("分享", "分享任务", "转发任务", "share"),
    "确认分享": ("确认分享", "分享已核对"),
    "周报": ("周报", "本周周报", "digest", "weekly"),
}
ADMIN_COMMANDS = (
    "警告",
    "移除",
    "撤销",
    "通过",
    "拒绝",
    "罚红包",
    "确认红包",
    "待办",
    "通知",
    "回执",
    "部门",
    "负责人",
    "分享",
    "确认分享",
    "周报",
)
LEADER_COMMANDS = ("任务",)  # admins and department heads
# Everyday words: from someone who may not use the command, they stay chat unless the bot is addressed.
QUIET_FOR_MEMBERS = frozenset({"通知", "回执", "任务", "部门", "负责人", "分享", "周报"})
MAX_FINE = Decimal(1000)

_PREFIXES = "/#!！／＃"
_LEADING_MENTIONS = re.compile(r"^(?:[\s\u3000\u2005]*@[^\s\u3000\u2005@]+)+[\s\u3000\u2005]*")
_REQUEST_ID = re.compile(r"^#?(?:No\.?)?([A-Za-z0-9][A-Za-z0-9_-]{0,31})号?$", re.IGNORECASE)
_AMOUNT = re.compile(r"^(\d+(?:\.\d{1,2})?|[零一二两三四五六七八九十百]+)\s*(元|块钱|块|rmb)?$", re.IGNORECASE)


def _alias_table() -> list[tuple[str, str]]:
    pairs = [(alias.casefold(), name) for name, aliases in ALIASES.items() for alias in aliases]
    return sorted(pairs, key=lambda pair: -len(pair[0]))


def _target(ctx: _Context, example: str, *, allow_reply: bool = True) -> tuple[str | None, str | None]:
    member = ctx.members[0] if ctx.members else None
    message = ctx.event.reply_to if allow_reply else None
    if member is None and message is None:
        how = "@要处理的成员（或回复其消息）" if allow_reply else "@要处理的成员"
        raise _Bad("no_target", f"请{how}，例如：{example}", soft=True)
    return member, message


def _show_rules(ctx: _Context) -> Command:
    tokens = ctx.plain_args.split()
    if not tokens:
        return ShowRules(None)
    found = resolve_clause(tokens[0], ctx.clause_ids)
    if found is not None:
        return ShowRules(found)
    bad = _unknown_clause(tokens[0], ctx.clause_ids)
    bad.soft = not looks_like_clause(tokens[0], ctx.clause_ids)  # "规则，大家都要遵守" is chat
    raise bad


def _report(ctx: _Context) -> Command:
    event = ctx.event
    member = ctx.members[0] if ctx.members else None
    if member is None and event.reply_to is None and not event.quote_text:
        raise _Bad(
            "no_target", "请回复要举报的消息并发送“举报 原因”，或发送“举报 @某人 原因”。您的身份只有管理员可见。"
        )
    reason = ctx.plain_args
    if not reason:
        raise _Bad("no_reason", "请写明举报原因，例如：举报 @某人 发广告。截图可以一并发送，您的身份只有管理员可见。")
    return Report(
        target_member=member,
        target_message=event.reply_to,
        reason=reason,
        evidence_attachments=len(event.attachments),
        quoted_text=event.quote_text,
    )


def _appeal(ctx: _Context) -> Command:
    if not ctx.plain_args:
        raise _Bad(
            "no_reason", "请写明申诉理由，例如：申诉 我发的是朋友推荐的店，不是广告。申诉会交给另一位管理员处理。"
        )
    return Appeal(reason=ctx.plain_args)


def _leave(ctx: _Context) -> Command:
    if not ctx.plain_args:
        raise _Bad("no_date", "请写明请假日期和原因，例如：请假 明天 家里有事，或 请假 11月25日到27日 出差。")
    try:
        period = parse_leave_period(ctx.plain_args, now=ctx.now, tz=ctx.tz, max_days=MAX_LEAVE_DAYS)
    except DateError as exc:
        raise _Bad("bad_date", exc.reply) from None
    if not period.rest:
        raise _Bad("no_reason", "请说明请假原因，例如：请假 明天 家里有事。")
    return Leave(start=period.start, end=period.end, reason=period.rest)


def _apologise(ctx: _Context) -> Command:
    return Apologise(text=ctx.text)


def _my_record(ctx: _Context) -> Command:
    if ctx.plain_args and not ctx.addressed:
        raise _Bad("extra_args", "发送“我的记录”即可查看自己的记录。", soft=True)
    return MyRecord()


def _help(ctx: _Context) -> Command:
    topic = ctx.plain_args
    if not topic:
        return Help(None)
    found = command_name(topic.split()[0])
    if found is None and not ctx.addressed:
        raise _Bad("unknown_topic", "发送“帮助”查看全部命令。", soft=True)
    return Help(found)


def _warn_or_remove(ctx: _Context) -> Command:
    verb = ctx.command
    member, message = _target(ctx, f"{verb} @张三 一.6 人身攻击")
    tokens = ctx.plain_args.split()
    clause = _take_clause(tokens, ctx)
    kind = Warn if verb == "警告" else Remove
    return kind(target_member=member, target_message=message, clause=clause, reason=" ".join(tokens))


def _request_target(ctx: _Context, example: str, what: str) -> tuple[str | None, str | None, list[str]]:
    tokens = ctx.plain_args.split()
    if ctx.members:
        return None, ctx.members[0], tokens
    if tokens:
        match = _REQUEST_ID.match(unicodedata.normalize("NFKC", tokens[0]))
        if match:
            return match.group(1), None, tokens[1:]
    raise _Bad("no_target", f"请写明{what}或@成员，例如：{example}", soft=True)


def _undo(ctx: _Context) -> Command:
    case_id, member, rest = _request_target(ctx, "撤销 12 或 撤销 @张三", "案件号")
    return Undo(case_id=case_id, target_member=member, reason=" ".join(rest))


def _approve(ctx: _Context) -> Command:
    request_id, member, _rest = _request_target(ctx, "通过 7 或 通过 @张三", "申请号")
    return Approve(request_id=request_id, target_member=member)


def _reject(ctx: _Context) -> Command:
    request_id, member, rest = _request_target(ctx, "拒绝 7 理由不充分", "申请号")
    return Reject(request_id=request_id, target_member=member, reason=" ".join(rest))


def _parse_amount(token: str, *, bare_ok: bool) -> Decimal | None:
    """The amount `token` writes (20, 20元, 二十块), None if it is not an amount; bad amounts raise."""
    match = _AMOUNT.match(unicodedata.normalize("NFKC", token))
    if match is None or (match.group(2) is None and not bare_ok):
        return None
    raw = match.group(1)
    try:
        amount = Decimal(raw) if raw[0].isdigit() else Decimal(cn_number(raw) or 0)
    except InvalidOperation:
        amount = Decimal(0)
    if not 0 < amount <= MAX_FINE:
        raise _Bad(
            "bad_amount", f"红包金额“{token}”不合适，请写 0 到 {MAX_FINE} 元之间的金额，例如：罚红包 @张三 20元 三.4"
        )
    return amount


def _fine(ctx: _Context) -> Command:
    member, message = _target(ctx, "罚红包 @张三 20元 三.4")
    tokens = ctx.plain_args.split()
    amount: Decimal | None = None
    if tokens:
        amount = _parse_amount(tokens[0], bare_ok=True)
        if amount is not None:
            tokens.pop(0)
    clause = _take_clause(tokens, ctx)
    if amount is None and tokens:
        amount = _parse_amount(tokens[0], bare_ok=False)
        if amount is not None:
            tokens.pop(0)
    if tokens and re.match(r"^[-+]?\d", tokens[0]):
        raise _Bad(
            "bad_amount", f"红包金额“{tokens[0]}”不合适，请写 0 到 {MAX_FINE} 元之间的金额，例如：罚红包 @张三 20元"
        )
    return Fine(target_member=member, target_message=message, amount=amount, clause=clause, reason=" ".join(tokens))


def _confirm_paid(ctx: _Context) -> Command:
    member, message = _target(ctx, "确认红包 @张三")
    return ConfirmFinePaid(target_member=member, target_message=message)


def _todo(ctx: _Context) -> Command:
    return Todo()


_HANDLERS: dict[str, Callable[[_Context], Command]] = {
    "群规": _show_rules,
    "举报": _report,
    "申诉": _appeal,
    "请假": _leave,
    "道歉": _apologise,
    "我的记录": _my_record,
    "帮助": _help,
    "警告": _warn_or_remove,
    "移除": _warn_or_remove,
    "撤销": _undo,
    "通过": _approve,
    "拒绝": _reject,
    "罚红包": _fine,
    "确认红包": _confirm_paid,
    "待办": _todo,
    "通知": work.notice,
    "回执": work.receipts,
    "任务": work.task,
    "完成": work.complete,
    "部门": work.departments,
    "负责人": work.head,
    "分享": shares.share,
    "确认分享": shares.confirm_share,
    "周报": shares.digest,
}


def command_name(word: str) -> str | None:
    """The canonical command word for `word` or one of its aliases."""
    folded = word.strip(_BLANKS + _PUNCT).casefold()
    return next((name for alias, name in _alias_table() if alias == folded), None)


def _match_command(text: str) -> tuple[str, str, str] | None:
    """(canonical name, alias as written, rest) when `text` starts with a command word followed by a break."""
    folded = text.casefold()
    for alias, name in _alias_table():
        if not folded.startswith(alias):
            continue
        rest = text[len(alias) :]
        if (
            not rest
            or rest[0] in _BLANKS + _PUNCT + "@"
            or (name == "群规" and _CLAUSE_SHAPE.match(_clean_clause(rest)))
        ):
            return name, text[: len(alias)], rest.lstrip(_BLANKS + _PUNCT)
    return None


def _unknown_command(word: str) -> CommandError:
    aliases = [alias for alias, _name in _alias_table()]
    close = difflib.get_close_matches(word.casefold(), aliases, n=1, cutoff=0.5)
    hint = f"您是不是想用“{command_name(close[0])}”？" if close else ""
    return CommandError("unknown_command", f"抱歉，没有“{word}”这个命令。{hint}发送“帮助”可以查看全部命令。")


def parse_command(
    event: MessageEvent,
    *,
    bot_id: str | None = None,
    bot_name: str | None = None,
    admin: bool,
    clause_ids: set[str] | frozenset[str],
    tz: tzinfo,
    now: datetime,
    mention_names: Mapping[str, str] | None = None,
    leader: bool = False,
) -> Command | NotACommand | CommandError:
    """The command `event` carries, NotACommand for ordinary chat, or a CommandError with a polite reply.

    Args:
        bot_id: the bot's member id; a message starting with @mentions that include it is addressed.
        bot_name: the bot's display name; "@name" is then removed wherever it appears (for platforms that
            only pass on messages mentioning the bot, where the mention may come last).
        admin: whether the sender may use admin commands.
        leader: whether the sender heads a department (may give tasks, like an admin).
        clause_ids: the group rulebook's clause ids.
        mention_names: display names of the mentioned members, by id, so that "@Lily 小美" (a name
            with a space) is read as one mention rather than a mention and a reason.
    """
    text = event.text.strip(_BLANKS)
    for member_id, name in (mention_names or {}).items():
        if member_id in event.mentions and name and any(ch in _BLANKS for ch in name):
            text = text.replace(f"@{name}", "@" + "".join(ch for ch in name if ch not in _BLANKS))
    bot_mentioned = bot_id is not None and bot_id in event.mentions
    addressed = False
    if bot_name and f"@{bot_name}" in text:
        text = text.replace(f"@{bot_name}", " ").strip(_BLANKS)
        addressed = True
    if bot_mentioned:
        leading = _LEADING_MENTIONS.match(text)
        if leading:
            text = text[leading.end() :]
        addressed = addressed or bool(leading)
    if text and text[0] in _PREFIXES:
        addressed = addressed or text[0] in "/／"  # "#话题" and "!" stay chat unless a command follows
        text = text[1:].lstrip(_BLANKS)
    if not text:
        return Help(None) if addressed else NotACommand()
    found = _match_command(text)
    if found is None:
        if addressed:
            return _unknown_command(re.split(r"[\s\u3000\u2005@]", text, maxsplit=1)[0][:12])
        return NotACommand()
    name, _written, args = found
    allowed = admin or (leader and name in LEADER_COMMANDS) or name not in ADMIN_COMMANDS + LEADER_COMMANDS
    if not allowed and name in QUIET_FOR_MEMBERS and not addressed:
        return NotACommand()
    members = tuple(m for m in event.mentions if m != bot_id)
    ctx = _Context(event, name, text, args, members, addressed, frozenset(clause_ids), tz, now)
    try:
        command = _HANDLERS[name](ctx)
    except _Bad as bad:
        if not allowed:
            return _not_admin(name) if addressed or not bad.soft else NotACommand()
        if bad.soft and not addressed:
            return NotACommand()
        return CommandError(bad.code, bad.reply, name)
    if not allowed:
        return _not_admin(name)
    return command


def _not_admin(name: str) -> CommandError:
    who = "管理员或部门负责人" if name in LEADER_COMMANDS else "管理员"
    return CommandError("not_admin", f"只有{who}可以使用“{name}”。如需反映问题，可以发送“举报”，管理员会处理。", name)

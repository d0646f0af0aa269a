"""Parse 分享 (a share task), 确认分享 (an admin confirms a member's share) and 周报 (the weekly digest). Pure.

- 分享 / 分享任务 / 转发任务: the audience is @所有人 (default), @部门 or @members, like 通知; a “截止 …” or
  “…前” moment is the due time, taken out of the text; without one the service's default applies
  (18:00 today). From an admin who did not address the bot, a 分享 with no link, no 朋友圈 and no due
  time stays ordinary chat (“分享 今天的心得” is not a task).
- 确认分享 @x [F3].
- 周报 alone: this week so far; 周报 上周 / 本周 / 11月16日 (the week holding that day). Weeks start on Monday.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import timedelta

from qungui.commands.base import BLANKS, PUNCT, Bad, Context
from qungui.commands.dates import DAY, DateError, day_of
from qungui.commands.moments import find_due
from qungui.commands.types import Command, ConfirmShare, PostShare, ShowDigest
from qungui.commands.work import EVERYONE_WORDS

SHARE_EXAMPLE = "分享 https://example.com/news 今天18:00前"
DIGEST_EXAMPLE = "周报、周报 上周 或 周报 11月16日"
_LINK = re.compile(r"https?://|www\.|\.com|\.cn|mp\.weixin", re.IGNORECASE)
_SHARE_ID = re.compile(r"^#?[Ff](\d{1,15})号?$")
LAST_WEEK = ("上周", "上星期", "上个星期", "上礼拜", "last")
THIS_WEEK = ("本周", "这周", "这星期", "这个星期", "本星期", "this")


def share(ctx: Context) -> Command:
    words = ctx.at_words
    everyone = ctx.event.mentions_all or any(w.casefold() in EVERYONE_WORDS for w in words)
    audience = tuple(w for w in words if w.casefold() not in EVERYONE_WORDS)
    text = ctx.without_at_words()
    try:
        due = find_due(text, now=ctx.now, tz=ctx.tz)
    except DateError as exc:
        raise Bad("bad_date", exc.reply) from None
    if due is not None:
        text = text[: due.start] + " " + text[due.end :]
    text = " ".join(text.split()).strip(BLANKS + PUNCT)
    if not text:
        raise Bad("empty", f"请写明要分享的链接或内容，例如：{SHARE_EXAMPLE}", soft=not ctx.addressed and not due)
    if not ctx.addressed and due is None and not _LINK.search(text) and "朋友圈" not in text:
        raise Bad("not_a_task", f"发布分享任务请附上链接或截止时间，例如：{SHARE_EXAMPLE}", soft=True)
    return PostShare(
        text=text, everyone=everyone, audience_words=audience, members=ctx.members, due=due.at if due else None
    )


def confirm_share(ctx: Context) -> Command:
    if not ctx.members:
        raise Bad("no_target", "请@已分享的成员，例如：确认分享 @张三 F3", soft=True)
    tokens = ctx.plain_args.split()
    share_id = None
    if tokens:
        match = _SHARE_ID.match(unicodedata.normalize("NFKC", tokens[0]))
        if match is None:
            raise Bad("bad_id", "请写明分享任务编号，例如：确认分享 @张三 F3（只有一个进行中的分享任务时可以不写）。")
        share_id = f"F{match.group(1)}"
    return ConfirmShare(members=ctx.members, share_id=share_id)


def digest(ctx: Context) -> Command:
    arg = ctx.plain_args.strip(BLANKS + PUNCT)
    today = ctx.now.astimezone(ctx.tz).date()
    if not arg or arg.casefold() in THIS_WEEK:
        return ShowDigest(day=today)
    if arg.casefold() in LAST_WEEK:
        return ShowDigest(day=today - timedelta(days=7))
    match = DAY.fullmatch(arg)
    if match is None:
        raise Bad("bad_week", f"没看懂要哪一周的周报：“{arg[:12]}”。可以发送：{DIGEST_EXAMPLE}。")
    try:
        day = day_of(match, today)
    except DateError as exc:
        raise Bad("bad_week", exc.reply) from None
    if day > today:
        if match.group("month") and day.year > today.year:
            day = day.replace(year=today.year)  # 11月16日 written in the same year's December
        if day > today:
            raise Bad("future_week", f"{day.month}月{day.day}日所在的一周还没开始，可以发送：{DIGEST_EXAMPLE}。")
    return ShowDigest(day=day)

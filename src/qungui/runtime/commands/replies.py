"""How command replies are worded and addressed: language, channel, names, times and step labels."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from qungui.core.errors import QunguiError
from qungui.governance.members.service import admin_ids, get_member
from qungui.runtime.commands.texts import STEP_LABELS, TEXTS
from qungui.runtime.commands.types import CommandContext, CommandResult, Reply

ADMIN_ROLES = frozenset({"owner", "admin"})


def lang(ctx: CommandContext) -> str:
    """The reply language: English when the group's rulebook is in English, else Simplified Chinese."""
    return "en" if ctx.book.rulebook.language == "en" else "zh-CN"


def say(ctx: CommandContext, key: str, **values: Any) -> str:
    """The text `key` in the group's language with `values` filled in."""
    return TEXTS[lang(ctx)][key].format(**values)


def answer(ctx: CommandContext, text: str) -> Reply:
    """A reply to the sender on the channel they used: the group (quoting their message) or privately."""
    if ctx.event.private:
        return Reply(text, private_to=ctx.event.sender.id)
    return Reply(text, reply_to=ctx.event.id)


def private(member_id: str, text: str) -> Reply:
    return Reply(text, private_to=member_id)


def result(*replies: Reply, delete_message: bool = False) -> CommandResult:
    return CommandResult(list(replies), delete_message=delete_message)


def reason_of(ctx: CommandContext, error: QunguiError) -> str:
    """The polite reason a service error carries, in the group's language."""
    if lang(ctx) == "en":
        return str(getattr(error, "reason_en", error))
    return str(getattr(error, "reason_zh", error))


def note(ctx: CommandContext, text: str | None) -> str:
    """“原因：…。” for a decision's note, or nothing."""
    text = (text or "").strip()
    return say(ctx, "note", note=text) if text else ""


def name_of(session: Session, ctx: CommandContext, member_id: str) -> str:
    """The member's display name in the group, else their id."""
    row = get_member(session, group=ctx.group, member_id=member_id)
    return (row.display_name if row is not None else None) or member_id


def role_of(session: Session, ctx: CommandContext, member_id: str) -> str | None:
    row = get_member(session, group=ctx.group, member_id=member_id)
    return row.role if row is not None else None


def is_admin(ctx: CommandContext) -> bool:
    """Whether the sender is an owner or admin (re-checked here, whatever the parser was told)."""
    return ctx.sender_role in ADMIN_ROLES


def tell_admins(session: Session, ctx: CommandContext, text: str, *, exclude: set[str | None]) -> list[Reply]:
    """One private message per owner or admin of the group, leaving out `exclude`."""
    return [private(admin, text) for admin in admin_ids(session, group=ctx.group) if admin not in exclude]


def when(ctx: CommandContext, at: datetime) -> str:
    """A moment in the group's time zone: “11月23日 09:10” or “2026-11-23 09:10”."""
    local = at.astimezone(ctx.book.rulebook.tz)
    if lang(ctx) == "en":
        return f"{local:%Y-%m-%d %H:%M}"
    return f"{local.month}月{local.day}日 {local:%H:%M}"


def day(ctx: CommandContext, at: datetime) -> str:
    """A date in the group's time zone: “11月23日” or “2026-11-23”."""
    local = at.astimezone(ctx.book.rulebook.tz)
    return f"{local:%Y-%m-%d}" if lang(ctx) == "en" else f"{local.month}月{local.day}日"


def step_label(ctx: CommandContext, step: str | None) -> str:
    labels = STEP_LABELS[lang(ctx)]
    return labels.get(step or "record", step or "")


def clause_title(ctx: CommandContext, clause_id: str) -> str:
    try:
        return ctx.book.rulebook.clause(clause_id).title
    except KeyError:
        return clause_id


def amount_text(amount: Any) -> str:
    return f"{amount:g}"

"""周报: the weekly digest now, for an admin — privately where the platform allows, else figures only in the group.

The digest is computed by `qungui.governance.digest.service.build_digest` from what is stored (the same
function the weekly delivery and the console use). `周报` is this week so far, `周报 上周` last week,
`周报 11月16日` the week holding that day (weeks start on Monday).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy.orm import Session

from qungui.commands import ShowDigest
from qungui.governance.digest.render import render_digest
from qungui.governance.digest.service import build_digest
from qungui.runtime.commands.replies import answer, private, result
from qungui.runtime.commands.types import CommandContext, CommandResult


def digest(session: Session, ctx: CommandContext, command: ShowDigest) -> CommandResult:
    """周报 [上周|本周|日期]."""
    tz = ctx.book.rulebook.tz
    monday = command.day - timedelta(days=command.day.weekday())
    week_start = datetime.combine(monday, time.min, tzinfo=tz)
    found = build_digest(session=session, group=ctx.group, week_start=week_start, now=ctx.now, book=ctx.book)
    language = ctx.book.rulebook.language
    if ctx.private_messages or ctx.event.private:
        return result(private(ctx.event.sender.id, render_digest(found, language=language, tz=tz)))
    return result(answer(ctx, render_digest(found, language=language, tz=tz, aggregate_only=True)))

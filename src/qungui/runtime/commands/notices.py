"""通知 (post a notice to acknowledge) and 回执 (who acknowledged it): admins only.

A notice posted in the group is announced by the bot (its number N, the audience, how to acknowledge)
through the outbox after commit, so the command itself gets no reply when it worked; a notice that
needs no acknowledgement is only recorded and confirmed to the author. Bad input — an empty text, a
deadline that has passed, an audience naming nobody — gets a polite reply and stores nothing.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.commands import PostNotice, Receipts
from qungui.governance.departments.service import department_names
from qungui.governance.notices.models import Notice, NoticeStatus
from qungui.governance.notices.service import (
    Audience,
    NoticeRejected,
    ack_matrix,
    find_notice,
    open_notices,
    post_notice,
)
from qungui.runtime.commands.ids import NOTICE, SHARE, parse_id
from qungui.runtime.commands.names import resolve_words, unknown_reply
from qungui.runtime.commands.replies import answer, lang, private, reason_of, result, say, when
from qungui.runtime.commands.shares import receipts as share_receipts
from qungui.runtime.commands.types import CommandContext, CommandResult

MAX_LISTED = 40


def post(session: Session, ctx: CommandContext, command: PostNotice) -> CommandResult:
    """通知 [@所有人|@部门|@成员] 内容 [截止 …] [无需回复]."""
    departments = department_names(session, group=ctx.group, book=ctx.book)
    named = resolve_words(session, ctx, command.audience_words, command.members, departments=departments)
    if named.unknown:
        return result(answer(ctx, unknown_reply(ctx, named.unknown, departments)))
    audience = Audience(everyone=command.everyone, departments=tuple(named.departments), members=tuple(named.members))
    try:
        notice = post_notice(
            session,
            group=ctx.group,
            book=ctx.book,
            author=ctx.event.sender.id,
            text=command.text,
            audience=audience,
            deadline=command.deadline,
            require_ack=command.require_ack,
            now=ctx.now,
            command_message_id=None if ctx.event.private else ctx.event.id,
            announce=True if ctx.event.private else None,
        )
    except NoticeRejected as error:
        return result(answer(ctx, say(ctx, "work_refused", reason=reason_of(ctx, error))))
    if notice.require_ack:
        return result()  # the bot's announcement (queued in the outbox) is the answer
    return result(answer(ctx, say(ctx, "notice_recorded", id=notice.id)))


def _notice(session: Session, ctx: CommandContext, raw: str | None) -> Notice | str:
    if raw is None:
        found = open_notices(session, group=ctx.group)
        if found:
            return found[-1]
        latest = session.scalars(select(Notice).where(Notice.group_id == ctx.group.id).order_by(Notice.id.desc()))
        notice = latest.first()
        return notice if notice is not None else say(ctx, "receipts_none")
    parsed = parse_id(raw)
    if parsed is None or parsed[0] not in (None, NOTICE):
        return say(ctx, "receipts_not_found", id=raw)
    notice = find_notice(session, group=ctx.group, number=parsed[1])
    return notice if notice is not None else say(ctx, "receipts_not_found", id=raw)


def receipts(session: Session, ctx: CommandContext, command: Receipts) -> CommandResult:
    """回执 [N12]: the acknowledgement matrix, privately to the admin (回执 F3: a share task's screenshots)."""
    if command.notice_id is not None and command.notice_id.upper().startswith(SHARE):
        return share_receipts(session, ctx, command.notice_id)
    notice = _notice(session, ctx, command.notice_id)
    if isinstance(notice, str):
        return result(private(ctx.event.sender.id, notice))
    rows = ack_matrix(session, group=ctx.group, book=ctx.book, notice=notice)
    sep = ", " if lang(ctx) == "en" else "、"
    acked, missing, left = [], [], []
    for row in rows:
        if row.at is not None:
            late = say(ctx, "receipts_late") if row.late else ""
            how = say(ctx, f"via_{row.via}")
            acked.append(f"{row.name}（{how} {when(ctx, row.at)}{'，' + late if late else ''}）")
        elif row.active:
            missing.append(f"{row.name}（{row.department}）" if row.department else row.name)
        else:
            left.append(row.name)
    status = say(ctx, "receipts_open" if notice.status == NoticeStatus.OPEN.value else "receipts_closed")
    lines = [
        say(
            ctx,
            "receipts_head",
            id=notice.id,
            due=when(ctx, notice.due_at),
            status=status,
            acked=len(acked),
            total=len(acked) + len(missing),
        )
    ]
    for key, items in (("receipts_acked", acked), ("receipts_missing", missing), ("receipts_left", left)):
        if items:
            shown = sep.join(items[:MAX_LISTED]) + ("…" if len(items) > MAX_LISTED else "")
            lines.append(say(ctx, key, items=shown))
    return result(private(ctx.event.sender.id, "\n".join(lines)))

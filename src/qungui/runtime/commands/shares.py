"""分享 (post a share task), 确认分享 (an admin confirms a member's share) and 回执 F3 (who sent a screenshot).

A share task is announced by the bot through the outbox after commit (its number F, the due time, how
to prove it), so the command itself gets no reply when it worked. Screenshots and 已分享 are recognised
in ordinary messages (`qungui.governance.shares.recognise`), not here. Bad input — no
link or text, a due time that has passed, an audience naming nobody — gets a polite reply and stores
nothing.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from qungui.commands import ConfirmShare, PostShare
from qungui.governance.departments.service import department_names
from qungui.governance.notices.service import Audience
from qungui.governance.shares.models import ProofVia, ShareStatus, ShareTask
from qungui.governance.shares.service import (
    ShareRejected,
    find_share,
    open_shares,
    post_share,
    record_screenshot,
    share_rows,
)
from qungui.runtime.commands.ids import SHARE, parse_id
from qungui.runtime.commands.names import resolve_words, unknown_reply
from qungui.runtime.commands.replies import answer, lang, name_of, private, reason_of, result, when
from qungui.runtime.commands.types import CommandContext, CommandResult

MAX_LISTED = 40
TEXTS = {
    "zh-CN": {
        "not_found": "找不到分享任务 {id}。",
        "none_open": "目前没有进行中的分享任务。",
        "which": "现在有多个进行中的分享任务（{ids}），请写明编号，例如：确认分享 @张三 {first}",
        "confirmed": "已确认 {names} 完成分享任务 {id}。",
        "not_asked": "{names} 不在分享任务 {id} 的对象中，或已经完成。",
        "head": "分享任务 {id}（截止 {due}，{status}）：已发截图 {done}/{total}",
        "open": "进行中",
        "closed": "已结束",
        "done": "已完成：{items}",
        "claimed": "只说已分享、未发截图：{items}",
        "missing": "未完成：{items}",
        "late": "逾期",
        "via_reply": "回复截图",
        "via_bare": "截图",
        "via_admin": "管理员确认",
        "via_claim": "已分享",
    },
    "en": {
        "not_found": "There is no share task {id}.",
        "none_open": "No share task is open.",
        "which": "Several share tasks are open ({ids}); give the number, e.g. 确认分享 @张三 {first}",
        "confirmed": "Confirmed: {names} completed share task {id}.",
        "not_asked": "{names}: not asked by share task {id}, or already done.",
        "head": "Share task {id} (due {due}, {status}): {done}/{total} screenshots",
        "open": "open",
        "closed": "closed",
        "done": "Done: {items}",
        "claimed": "Said shared, no screenshot: {items}",
        "missing": "Not yet: {items}",
        "late": "late",
        "via_reply": "screenshot reply",
        "via_bare": "screenshot",
        "via_admin": "confirmed by an admin",
        "via_claim": "said shared",
    },
}


def _say(ctx: CommandContext, key: str, **values: object) -> str:
    return TEXTS[lang(ctx)][key].format(**values)


def post(session: Session, ctx: CommandContext, command: PostShare) -> CommandResult:
    """分享 [@部门|@成员] 链接或说明 [今天18:00前]."""
    departments = department_names(session, group=ctx.group, book=ctx.book)
    named = resolve_words(session, ctx, command.audience_words, command.members, departments=departments)
    if named.unknown:
        return result(answer(ctx, unknown_reply(ctx, named.unknown, departments)))
    audience = Audience(everyone=command.everyone, departments=tuple(named.departments), members=tuple(named.members))
    try:
        post_share(
            session,
            group=ctx.group,
            book=ctx.book,
            author=ctx.event.sender.id,
            text=command.text,
            audience=audience,
            due=command.due,
            now=ctx.now,
            command_message_id=None if ctx.event.private else ctx.event.id,
        )
    except ShareRejected as error:
        return result(answer(ctx, reason_of(ctx, error)))
    return result()  # the bot's announcement (queued in the outbox) is the answer


def _share(session: Session, ctx: CommandContext, raw: str | None) -> ShareTask | str:
    if raw is None:
        found = open_shares(session, group=ctx.group)
        if len(found) == 1:
            return found[0]
        if not found:
            return _say(ctx, "none_open")
        ids = "、".join(f"{SHARE}{s.id}" for s in found)
        return _say(ctx, "which", ids=ids, first=f"{SHARE}{found[-1].id}")
    parsed = parse_id(raw)
    share = None
    if parsed is not None and parsed[0] in (None, SHARE):
        share = find_share(session, group=ctx.group, number=parsed[1])
    return share if share is not None else _say(ctx, "not_found", id=raw)


def confirm(session: Session, ctx: CommandContext, command: ConfirmShare) -> CommandResult:
    """确认分享 @x [F3]: the member's share counts although no screenshot was posted in the group."""
    share = _share(session, ctx, command.share_id)
    if isinstance(share, str):
        return result(answer(ctx, share))
    done, skipped = [], []
    for member in command.members:
        proof = record_screenshot(
            session,
            group=ctx.group,
            book=ctx.book,
            share=share,
            member=member,
            at=ctx.now,
            via=ProofVia.ADMIN,
            message_id=ctx.event.id,
        )
        (done if proof is not None else skipped).append(name_of(session, ctx, member))
    label = f"{SHARE}{share.id}"
    sep = ", " if lang(ctx) == "en" else "、"
    lines = []
    if done:
        lines.append(_say(ctx, "confirmed", names=sep.join(done), id=label))
    if skipped:
        lines.append(_say(ctx, "not_asked", names=sep.join(skipped), id=label))
    return result(answer(ctx, "\n".join(lines)))


def receipts(session: Session, ctx: CommandContext, raw: str) -> CommandResult:
    """回执 F3: who sent a screenshot (when, how), who only said 已分享, who has not — privately to the admin."""
    share = _share(session, ctx, raw)
    if isinstance(share, str):
        return result(private(ctx.event.sender.id, share))
    rows = share_rows(session, group=ctx.group, share=share)
    sep = ", " if lang(ctx) == "en" else "、"
    done, claimed, missing = [], [], []
    for row in rows:
        if row.proved_at is not None:
            late = "，" + _say(ctx, "late") if row.late else ""
            done.append(f"{row.name}（{_say(ctx, f'via_{row.via}')} {when(ctx, row.proved_at)}{late}）")
        elif not row.active:
            continue
        elif row.claimed_at is not None:
            claimed.append(row.name)
        else:
            missing.append(row.name)
    status = _say(ctx, "open" if share.status == ShareStatus.OPEN.value else "closed")
    total = len(done) + len(claimed) + len(missing)
    lines = [
        _say(
            ctx,
            "head",
            id=f"{SHARE}{share.id}",
            due=when(ctx, share.due_at),
            status=status,
            done=len(done),
            total=total,
        )
    ]
    for key, items in (("done", done), ("claimed", claimed), ("missing", missing)):
        if items:
            shown = sep.join(items[:MAX_LISTED]) + ("…" if len(items) > MAX_LISTED else "")
            lines.append(_say(ctx, key, items=shown))
    return result(private(ctx.event.sender.id, "\n".join(lines)))

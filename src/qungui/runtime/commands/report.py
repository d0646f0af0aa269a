"""举报 (第一篇 七 "本群承诺将对举报者保密"): file a report, and carry out a verified one.

The reporter hears only privately: the confirmation with the report number, and later the outcome. A
report posted in the group asks for its own message to be deleted. Admins are told privately about the
report — its number, the reported member, the reason and how much evidence — and never who filed it.
No reply to anyone else, and no row written here (cases, sanctions, audit), carries the reporter's id.

What a verified report leads to (七 "一旦核实举报内容,将立即移出本群"), in this order:

1. the clause the report concerns, when its reason names one with a ladder (a token that is exactly a
   clause id, not a bare number: "举报 @张三 一.6 骂人"): that clause's ladder is applied;
2. otherwise the rulebook's own report clause — a clause with the `report` workflow, a ladder, and 举报 in
   its title or text (community: 七 with the `verified_report` ladder, i.e. removal at once): its ladder
   is applied, so removal happens only where the rulebook's report clause says so;
3. otherwise nothing is applied automatically: the report is verified and the deciding admin is asked to
   choose with 警告/移除 and a clause.

A report against the owner, or against an admin when the deciding admin is not the owner, is verified but
not sanctioned automatically. The removal records the deciding admin as remover, so an appeal goes to
another admin.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from sqlalchemy.orm import Session

from qungui.commands import Report as ReportCommand
from qungui.commands import resolve_clause
from qungui.governance.cases.decisions import apply_decision, removed_by, with_admin_note
from qungui.governance.members.service import load_group_state
from qungui.governance.reports.models import QUOTE_MAX, Report
from qungui.governance.reports.service import ReportRejected, file_report, open_report_by
from qungui.rules.engine import sanction
from qungui.rules.schema import Clause, Workflow
from qungui.runtime.commands.replies import (
    answer,
    name_of,
    private,
    reason_of,
    result,
    role_of,
    say,
    step_label,
    tell_admins,
)
from qungui.runtime.commands.targets import message_key, payload_attachments, sender_of, stored_message
from qungui.runtime.commands.types import CommandContext, CommandResult, Reply

_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")
_BRACKETS = "【】[]()（）“”\"'，,。；;：:"


def report(session: Session, ctx: CommandContext, command: ReportCommand) -> CommandResult:
    """举报: record the report; confirm privately to the reporter; tell the other admins privately."""
    reporter = ctx.event.sender.id
    delete = not ctx.event.private

    def to_reporter(*texts: str) -> CommandResult:
        return result(private(reporter, "".join(texts)), delete_message=delete)

    record = stored_message(session, ctx, command.target_message)
    target = command.target_member or sender_of(record)
    if target is None:
        return to_reporter(say(ctx, "report_no_target"))
    if ctx.bot_id is not None and target == ctx.bot_id:
        return to_reporter(say(ctx, "report_bot"))
    key = message_key(ctx, command.target_message) if command.target_message else None
    if key is None:
        earlier = open_report_by(session, group=ctx.group, reporter=reporter, target=target)
        if earlier is not None:
            return to_reporter(say(ctx, "report_again", id=earlier))
    evidence = _evidence(ctx, command, record)
    try:
        view = file_report(
            session,
            group=ctx.group,
            reporter=reporter,
            target=target,
            reason=command.reason,
            message_key=key,
            evidence=evidence,
            now=ctx.now,
        )
    except ReportRejected as error:
        return to_reporter(say(ctx, "report_refused", reason=reason_of(ctx, error)))
    texts = [say(ctx, "report_filed", id=view["id"])]
    if delete:
        texts.append(say(ctx, "report_withdrawn"))
    pieces = max(len(evidence), command.evidence_attachments)
    notice = say(
        ctx,
        "admin_new_report",
        id=view["id"],
        target=name_of(session, ctx, target),
        reason=view["reason"],
        evidence=say(ctx, "evidence", n=pieces) if pieces else "",
    )
    replies = [private(reporter, "".join(texts)), *tell_admins(session, ctx, notice, exclude={reporter, target})]
    return result(*replies, delete_message=delete)


def _evidence(ctx: CommandContext, command: ReportCommand, record: Any) -> list[dict[str, str]]:
    """The quoted or replied-to text, and the sha256 (or url) of each attachment, of both messages."""
    items: list[dict[str, str]] = []
    quote = command.quoted_text or (record.payload.get("text") if record is not None else None)
    if quote and quote.strip():
        items.append({"quote": quote.strip()[:QUOTE_MAX]})
    attachments = [a.model_dump(mode="python") for a in ctx.event.attachments] + payload_attachments(record)
    for attachment in attachments:
        item: dict[str, str] = {}
        digest = attachment.get("sha256")
        data = attachment.get("data")
        if isinstance(digest, str) and _SHA256.match(digest):
            item["sha256"] = digest.lower()
        elif isinstance(data, bytes):
            item["sha256"] = hashlib.sha256(data).hexdigest()
        url = attachment.get("url")
        if isinstance(url, str) and url.startswith(("https://", "http://")) and len(url) <= 2000:
            item["url"] = url
        if item and item not in items:
            items.append(item)
    return items


def outcome_clause(ctx: CommandContext, reason: str) -> Clause | None:
    """The clause whose ladder a verified report applies (see the module docstring), or None."""
    rulebook = ctx.book.rulebook
    laddered = {c.id: c for c in rulebook.clauses if c.ladder is not None}
    for token in reason.split():
        token = token.strip(_BRACKETS)
        if not token or token.isdigit():  # a bare number is a count ("发了2次"), not a clause
            continue
        found = resolve_clause(token, frozenset(laddered))  # 一.6, 第2条, 第十条 …
        if found is not None:
            return laddered[found]
    for clause in rulebook.clauses:
        if Workflow.REPORT in clause.workflows and clause.ladder and ("举报" in clause.title or "举报" in clause.text):
            return clause
    return None


def carry_out(session: Session, ctx: CommandContext, row: Report) -> tuple[Reply, Reply]:
    """Apply a just-verified report's outcome: (the reply to the deciding admin, the private note to the reporter)."""
    admin = ctx.event.sender.id
    target = row.target_id
    name = name_of(session, ctx, target)
    role = role_of(session, ctx, target)
    clause = outcome_clause(ctx, row.reason)
    if clause is None:
        return answer(ctx, say(ctx, "admin_report_manual", id=row.id)), private(
            row.reporter_id, say(ctx, "reporter_verified_manual", id=row.id)
        )
    if role == "owner" or (role == "admin" and ctx.sender_role != "owner"):
        return answer(ctx, say(ctx, "admin_report_protected", id=row.id, target=name)), private(
            row.reporter_id, say(ctx, "reporter_verified_manual", id=row.id)
        )
    state = load_group_state(session, group=ctx.group, book=ctx.book)
    case_key = f"{ctx.event.key}#report#J{row.id}#{clause.id}#{target}"
    decision = sanction(book=ctx.book, state=state, member_id=target, clause_id=clause.id, now=ctx.now, case=case_key)
    decision = removed_by(decision, admin)
    decision = with_admin_note(decision, admin=admin, note=f"举报 J{row.id} 已核实", category=clause.category)
    recorded = apply_decision(session, group=ctx.group, decision=decision, actor=admin, now=ctx.now)
    case = recorded.cases[0]
    text = say(
        ctx,
        "admin_report_applied",
        id=row.id,
        clause=clause.id,
        title=clause.title,
        target=name,
        step=step_label(ctx, case.step),
        case=case.id,
    )
    return answer(ctx, text), private(row.reporter_id, say(ctx, "reporter_verified", id=row.id))

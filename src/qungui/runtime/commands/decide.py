"""通过 / 拒绝: an admin decides a waiting request — 举报 J, 申诉 S, 请假 Q — or a queued case A.

The admin is answered on the channel they used; the member concerned is told privately. For a report the
one told is the reporter (privately, never in the group), and a refusal by the service goes to the admin
privately, because it may say "you filed this report". What a verified report leads to is described in
`qungui.runtime.commands.report`.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from qungui.commands import Approve, Reject
from qungui.governance.appeals.service import AppealRejected, decide_appeal
from qungui.governance.cases.decisions import CaseRejected, confirm_case, dismiss_case
from qungui.governance.leave.service import LeaveRejected, decide_leave
from qungui.governance.members.joins import JoinRejected, decide_join
from qungui.governance.reports.service import ReportRejected, decide_report, find_report
from qungui.runtime.commands.ids import APPEAL, DECIDABLE, JOIN, LEAVE, REPORT, parse_id
from qungui.runtime.commands.pending import Item, find_item, waiting
from qungui.runtime.commands.replies import (
    answer,
    clause_title,
    day,
    name_of,
    note,
    private,
    reason_of,
    result,
    say,
    step_label,
)
from qungui.runtime.commands.report import carry_out
from qungui.runtime.commands.types import CommandContext, CommandResult, Reply

MAX_LISTED = 8


def approve(session: Session, ctx: CommandContext, command: Approve) -> CommandResult:
    """通过 <编号|@x>: verify a report, accept an appeal, approve leave, or confirm a queued case."""
    return _decide(session, ctx, command.request_id, command.target_member, accepted=True, text="", verb="通过")


def reject(session: Session, ctx: CommandContext, command: Reject) -> CommandResult:
    """拒绝 <编号|@x> [原因]: reject a report, an appeal or leave, or dismiss a queued case."""
    return _decide(
        session, ctx, command.request_id, command.target_member, accepted=False, text=command.reason, verb="拒绝"
    )


def _decide(
    session: Session, ctx: CommandContext, raw: str | None, member: str | None, *, accepted: bool, text: str, verb: str
) -> CommandResult:
    item = _resolve(session, ctx, raw, member, verb)
    if isinstance(item, Reply):
        return result(item)
    if item.kind == REPORT:
        return _report(session, ctx, item, accepted, text)
    if item.kind == APPEAL:
        return _appeal(session, ctx, item, accepted, text)
    if item.kind == LEAVE:
        return _leave(session, ctx, item, accepted, text)
    if item.kind == JOIN:
        return _join(session, ctx, item, accepted, text)
    return _case(session, ctx, item, accepted, text)


def _resolve(session: Session, ctx: CommandContext, raw: str | None, member: str | None, verb: str) -> Item | Reply:
    """The item an id or an @member names, or a reply asking which."""
    if raw is not None:
        parsed = parse_id(raw)
        if parsed is None:
            return answer(ctx, say(ctx, "request_bad_id", raw=raw, verb=verb))
        kind, number = parsed
        if kind is not None and kind not in DECIDABLE:
            return answer(ctx, say(ctx, "request_not_decidable", id=f"{kind}{number}"))
        if kind is not None:
            found = find_item(session, group=ctx.group, kind=kind, number=number)
            return found if found is not None else answer(ctx, say(ctx, "request_not_found", id=f"{kind}{number}"))
        matches = [i for i in waiting(session, group=ctx.group) if i.number == number]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            return answer(ctx, say(ctx, "request_not_found", id=raw))
        ids = _ids(matches)
        return answer(ctx, say(ctx, "request_ambiguous", number=number, ids=ids, verb=verb, first=matches[0].label))
    about = [i for i in waiting(session, group=ctx.group) if i.member == member]
    name = name_of(session, ctx, member or "")
    if len(about) == 1:
        return about[0]
    if not about:
        return answer(ctx, say(ctx, "request_none", name=name))
    return answer(ctx, say(ctx, "request_many", name=name, ids=_ids(about), verb=verb, first=about[0].label))


def _ids(items: list[Item]) -> str:
    return "、".join(i.label for i in items[:MAX_LISTED]) + ("…" if len(items) > MAX_LISTED else "")


def _report(session: Session, ctx: CommandContext, item: Item, accepted: bool, text: str) -> CommandResult:
    admin = ctx.event.sender.id
    try:
        decide_report(session, report_id=item.number, admin=admin, verified=accepted, note=text, now=ctx.now)
    except ReportRejected as error:  # may say "you filed it": never in the group
        return result(private(admin, say(ctx, "refused", reason=reason_of(ctx, error))))
    row = find_report(session, group=ctx.group, report_id=item.number)
    assert row is not None
    if accepted:
        return result(*carry_out(session, ctx, row))
    return result(
        answer(ctx, say(ctx, "admin_report_rejected", id=row.id)),
        private(row.reporter_id, say(ctx, "reporter_rejected", id=row.id, note=note(ctx, text))),
    )


def _appeal(session: Session, ctx: CommandContext, item: Item, accepted: bool, text: str) -> CommandResult:
    try:
        appeal = decide_appeal(
            session, appeal_id=item.number, admin=ctx.event.sender.id, accepted=accepted, note=text, now=ctx.now
        )
    except AppealRejected as error:
        return result(answer(ctx, say(ctx, "refused", reason=reason_of(ctx, error))))
    name = name_of(session, ctx, appeal.member_id)
    if accepted:
        return result(
            answer(ctx, say(ctx, "admin_appeal_accepted", id=appeal.id, member=name)),
            private(appeal.member_id, say(ctx, "appellant_accepted", id=appeal.id)),
        )
    return result(
        answer(ctx, say(ctx, "admin_appeal_rejected", id=appeal.id, member=name)),
        private(appeal.member_id, say(ctx, "appellant_rejected", id=appeal.id, note=note(ctx, text))),
    )


def _leave(session: Session, ctx: CommandContext, item: Item, accepted: bool, text: str) -> CommandResult:
    try:
        request = decide_leave(
            session, request_id=item.number, admin=ctx.event.sender.id, approved=accepted, note=text, now=ctx.now
        )
    except LeaveRejected as error:
        return result(answer(ctx, say(ctx, "refused", reason=reason_of(ctx, error))))
    values = {"id": request.id, "start": day(ctx, request.starts_at), "end": day(ctx, request.ends_at)}
    name = name_of(session, ctx, request.member_id)
    if accepted:
        return result(
            answer(ctx, say(ctx, "admin_leave_approved", member=name, **values)),
            private(request.member_id, say(ctx, "leaver_approved", **values)),
        )
    return result(
        answer(ctx, say(ctx, "admin_leave_rejected", id=request.id, member=name)),
        private(request.member_id, say(ctx, "leaver_rejected", id=request.id, note=note(ctx, text))),
    )


def _join(session: Session, ctx: CommandContext, item: Item, accepted: bool, text: str) -> CommandResult:
    try:
        member = decide_join(
            session,
            group=ctx.group,
            member_row_id=item.number,
            admin=ctx.event.sender.id,
            approve=accepted,
            note=text,
            now=ctx.now,
            language=ctx.book.rulebook.language,
        )
    except JoinRejected as error:
        return result(answer(ctx, say(ctx, "refused", reason=reason_of(ctx, error))))
    name = member.display_name or member.external_id
    key = "admin_join_approved" if accepted else "admin_join_rejected"
    return result(answer(ctx, say(ctx, key, id=item.number, member=name)))


def _case(session: Session, ctx: CommandContext, item: Item, accepted: bool, text: str) -> CommandResult:
    admin = ctx.event.sender.id
    try:
        if accepted:
            case, _decision = confirm_case(
                session, group=ctx.group, book=ctx.book, case_id=item.number, admin=admin, now=ctx.now
            )
        else:
            case = dismiss_case(session, group=ctx.group, case_id=item.number, admin=admin, note=text, now=ctx.now)
    except CaseRejected as error:
        return result(answer(ctx, say(ctx, "refused", reason=reason_of(ctx, error))))
    name = name_of(session, ctx, case.member_id)
    if accepted:
        values = {"clause": case.clause, "title": clause_title(ctx, case.clause), "step": step_label(ctx, case.step)}
        return result(answer(ctx, say(ctx, "case_confirmed", id=case.id, name=name, **values)))
    return result(answer(ctx, say(ctx, "case_dismissed", id=case.id, name=name, clause=case.clause)))

"""The console's state-changing forms: decide reports, appeals and leave; confirm, dismiss or undo cases; post notices.

Every POST needs the CSRF token and the permission in the group. Bad input (a missing reason, an
oversized body, a deadline that is not a time) is answered with a page saying what is wrong in the
user's language and changes nothing; a refusal by the service (already decided, about yourself …)
likewise shows the service's own reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import func, select

from qungui.commands import Approve, PostNotice, Reject, Undo
from qungui.governance.accounts.roles import Permission, Principal
from qungui.governance.appeals.models import Appeal
from qungui.governance.cases.models import Case
from qungui.governance.leave.models import LeaveRequest
from qungui.governance.members.models import Member
from qungui.governance.notices.models import Notice
from qungui.governance.reports.models import Report
from qungui.web.console.access import Scope, done, render
from qungui.web.console.commands import run_command
from qungui.web.console.pages import close, open_scope, parse_id

MAX_FORM_BYTES = 64 * 1024
MAX_REASON = 500
MAX_NOTICE = 2000


class BadForm(Exception):
    """The form cannot be used; `message` says why, in the user's language."""

    def __init__(self, message: str, status_code: int = 400) -> None:
        super().__init__(message)
        self.message, self.status_code = message, status_code


async def read_form(request: Request, scope: Scope, limit: int = MAX_FORM_BYTES) -> dict[str, str]:
    """The posted fields as text (the last value of each), refusing a body over `limit` before reading it."""
    length = request.headers.get("content-length", "")
    if not length.isdigit() or int(length) > limit:
        raise BadForm(scope.t("too_large", limit=limit // 1024), 413)
    form = await request.form()  # the app's BodyLimit caps what is read before this; the CSRF check parsed it
    return {key: value for key, value in form.items() if isinstance(value, str)}


def reason_of(scope: Scope, form: dict[str, str], *, required: bool) -> str:
    reason = " ".join(form.get("reason", "").split())
    if (required and not reason) or len(reason) > MAX_REASON:
        raise BadForm(scope.t("reason_required"))
    return reason


def problem(request: Request, principal: Principal, scope: Scope, message: str, back: str, status_code: int):
    """A page naming what was wrong, with the way back; nothing was changed."""
    context = {"message": message, "error": True, "back": back, "title": scope.t("bad_form", problem="")}
    return render(request, "message.html", context, principal=principal, scope=scope, status_code=status_code)


def _row(session, model, group_id: int, raw: str):
    number = parse_id(raw)
    row = session.get(model, number) if number else None
    return row if row is not None and row.group_id == group_id else None


@dataclass(frozen=True)
class Decision:
    """A kind of row the console decides: `verbs[0]` approves, `undo` undoes, any other verb rejects (with a reason)."""

    kind: str  # the route's name, the audit note's key and the done message's prefix
    path: str
    model: type
    prefix: str  # the row's number as the in-group command writes it (J3, S2 …)
    verbs: tuple[str, ...]
    back: str  # where the answer links back to; {id} is the row in the path
    avoid: Callable[[Any], set[str]]  # members who may not decide it
    usable: Callable[[Any], bool] = lambda row: True


DECISIONS = (
    Decision("case", "cases", Case, "A", ("confirm", "dismiss", "undo"), "/cases/{id}", lambda c: {c.member_id}),
    Decision(
        "report", "reports", Report, "J", ("verify", "reject"), "/reports", lambda r: {r.target_id, r.reporter_id}
    ),
    Decision(
        "appeal",
        "appeals",
        Appeal,
        "S",
        ("accept", "reject"),
        "/appeals",
        lambda a: {a.member_id, *([a.removed_by] if a.removed_by else [])},
    ),
    Decision("leave", "leave", LeaveRequest, "Q", ("approve", "reject"), "/leave", lambda q: {q.member_id}),
    Decision(
        "join",
        "joins",
        Member,
        "R",
        ("approve", "reject"),
        "/members",
        lambda m: {m.external_id},
        usable=lambda m: m.status == "pending",
    ),
)


def _command(decision: Decision, verb: str, number: int, reason: str) -> Any:
    """The in-group command an admin would send for this decision."""
    request_id = f"{decision.prefix}{number}"
    if verb == decision.verbs[0]:
        return Approve(request_id=request_id, target_member=None)
    if verb == "undo":
        return Undo(case_id=request_id, target_member=None, reason=reason)
    return Reject(request_id=request_id, target_member=None, reason=reason)


def _add_decision(router: APIRouter, principal_dep: Any, verify_csrf: Any, act, outcome_page, decision: Decision):
    """`POST /g/{group}/<path>/{row}/{verb}`: the row or 404, the reason, the command run, the outcome shown."""

    @router.post(
        f"/g/{{group_id}}/{decision.path}/{{row_id}}/{{verb}}",
        dependencies=[Depends(verify_csrf)],
        name=f"{decision.kind}_action",
    )
    async def decision_action(
        request: Request, group_id: str, row_id: str, verb: str, principal: Principal = Depends(principal_dep)
    ) -> Response:
        async def handler(scope: Scope, back: str):
            row = _row(scope.extra["session"], decision.model, scope.group.id, row_id)
            if row is None or not decision.usable(row) or verb not in decision.verbs:
                raise BadForm(scope.t("not_found"), 404)
            form = await read_form(request, scope)
            reason = reason_of(scope, form, required=verb != decision.verbs[0])
            avoid, number = decision.avoid(row), row.id
            close(scope)
            command = _command(decision, verb, number, reason)
            note = {decision.kind: number, "reason": reason}
            outcome = await run_command(scope, command, avoid=avoid, note=note)
            return await outcome_page(scope, principal, outcome, back, f"{decision.kind}_done_{verb}", id=number)

        back = decision.back.format(id=row_id)
        return await act(request, principal, group_id, Permission.DECIDE, handler, back)


def add_routes(router: APIRouter, principal_dep: Any, verify_csrf: Any) -> None:
    async def act(request: Request, principal: Principal, group_id: str, permission: Permission, handler, path: str):
        """Open the scope, check `permission`, run `handler(scope, back)`; bad input → a page linking `path`."""
        scope, refusal = open_scope(request, principal, group_id, permission)
        if scope is None:
            return refusal
        back = scope.url(path)
        try:
            try:
                return await handler(scope, back)
            except BadForm as bad:
                return problem(request, principal, scope, bad.message, back, bad.status_code)
        finally:
            if "session_context" in scope.extra:
                close(scope)

    async def outcome_page(scope: Scope, principal: Principal, outcome, back: str, key: str, **values):
        if outcome.changed:
            return done(scope, back.removeprefix(scope.url()), key, detail="\n".join(outcome.messages), **values)
        message = "\n".join(outcome.messages) or scope.t("not_found")
        return problem(scope.request, principal, scope, message, back, 409)

    for decision in DECISIONS:
        _add_decision(router, principal_dep, verify_csrf, act, outcome_page, decision)

    @router.post("/g/{group_id}/notices", dependencies=[Depends(verify_csrf)])
    async def post_notice(request: Request, group_id: str, principal: Principal = Depends(principal_dep)) -> Response:
        async def handler(scope: Scope, back: str):
            form = await read_form(request, scope)
            command = notice_command(scope, form)
            close(scope)
            note = {"notice": command.text[:80]}
            outcome = await run_command(scope, command, note=note)
            if not outcome.changed:
                return await outcome_page(scope, principal, outcome, back, "notice_posted")
            with scope.request.app.state.runtime.sessions.begin() as session:
                newest = session.scalar(select(func.max(Notice.id)).where(Notice.group_id == scope.group.id))
            return done(scope, f"/notices/{newest}", "notice_posted", id=newest)

        return await act(request, principal, group_id, Permission.POST_NOTICE, handler, "/notices")


def notice_command(scope: Scope, form: dict[str, str]) -> PostNotice:
    """The 通知 command the notice form describes; BadForm when it cannot be one."""
    text = form.get("text", "").strip()
    if not text or len(text) > MAX_NOTICE:
        raise BadForm(scope.t("notice_text_required"))
    words = tuple(w.lstrip("@") for w in form.get("audience", "").split() if w.lstrip("@"))
    everyone = form.get("everyone") == "1"
    if scope.departments is not None:  # a department head addresses their own departments only
        chosen = tuple(w for w in words if w in scope.departments) or tuple(sorted(scope.departments))
        words, everyone = chosen, False
    if not everyone and not words:
        everyone = True
    raw = form.get("deadline", "").strip()
    deadline = None
    if raw:
        try:
            deadline = datetime.fromisoformat(raw.replace(" ", "T"))
        except ValueError:
            raise BadForm(scope.t("notice_bad_deadline")) from None
        if deadline.tzinfo is None:
            deadline = deadline.replace(tzinfo=scope.tz)
    return PostNotice(
        text=text,
        everyone=everyone,
        audience_words=words,
        members=(),
        deadline=deadline,
        require_ack=form.get("require_ack") == "1",
    )

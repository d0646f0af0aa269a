"""The console's read pages: dashboard, every list (with CSV / Excel export), a case, a notice's matrix, audit.

Views are thin: resolve who asks and which group, check the permission, run read-only queries, render.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from qungui.governance.accounts.roles import Permission, Principal
from qungui.governance.audit.service import verify_chain
from qungui.governance.digest.render import render_digest
from qungui.governance.digest.service import build_digest, week_start_of
from qungui.governance.notices.service import ack_matrix, find_notice
from qungui.web.console import charts, lists, queries, stats
from qungui.web.console.access import Scope, language, load_scope, refused, render
from qungui.web.console.i18n import LANG_COOKIE, LANGUAGES, translator
from qungui.web.console.tables import CSV_TYPE, XLSX_TYPE, Table, to_csv, to_xlsx

log = logging.getLogger(__name__)
LISTS = ("members", "cases", "reports", "appeals", "notices", "tasks", "leave", "fines", "audit")
WIDE = 960  # chart widths in SVG units: a full-width card and a half-width one
HALF = 480
CASE_STATUSES = ("queued", "applied", "open", "overridden", "dismissed")


def parse_id(raw: str) -> int | None:
    """A positive database id from a path segment, else None (never a validation error page)."""
    return int(raw) if raw.isdigit() and 0 < len(raw) <= 12 else None


def local_path(target: str, default: str = "/console") -> str:
    """`target` when it is a path on this site, else `default`.

    Browsers read `/\\evil.example` and `/<tab>/evil.example` as `//evil.example`, another site: a backslash or
    a control character anywhere, a scheme or a host refuses the target.
    """
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    if any(ord(c) < 32 or ord(c) == 127 for c in target):
        return default
    parts = urlsplit(target)
    return default if parts.scheme or parts.netloc else target


def open_scope(request: Request, principal: Principal, raw_group: str, permission: Permission):
    """(scope, None) with a transaction open on `scope.extra["session"]`, or (None, a refusal page).

    The caller ends the transaction with `close(scope)` (read-only pages; nothing is written through it).
    """
    group_id = parse_id(raw_group)
    if group_id is None:
        return None, refused(request, principal, "not_found", 404)
    sessions = request.app.state.runtime.sessions
    context = sessions.begin()
    session = context.__enter__()
    scope = load_scope(session, request, principal, group_id)
    if scope is None:
        context.__exit__(None, None, None)
        return None, refused(request, principal, "not_found", 404)
    if not (scope.can(Permission.VIEW_GROUP) and scope.can(permission)):
        context.__exit__(None, None, None)
        shown = scope if scope.can(Permission.VIEW_GROUP) else None  # no navigation of a group they cannot see
        return None, refused(request, principal, "forbidden", 403, shown)
    scope.extra["session_context"] = context
    scope.extra["session"] = session
    return scope, None


def close(scope: Scope) -> None:
    scope.extra.pop("session_context").__exit__(None, None, None)


def only_members(scope: Scope) -> set[str] | None:
    """The member ids a department head may see (None: everyone)."""
    if scope.departments is None:
        return None
    _, only = queries.department_scope(
        scope.extra["session"], group=scope.group, book=scope.book, departments=scope.departments
    )
    return only


def build_list(scope: Scope, name: str) -> Table:
    session = scope.extra["session"]
    only = only_members(scope)
    params = scope.request.query_params
    if name == "members":
        return lists.members(session, scope, only)
    if name == "cases":
        status = params.get("status")
        return lists.cases(session, scope, only, status if status in CASE_STATUSES else None)
    if name == "reports":
        return lists.reports(session, scope, only)
    if name == "appeals":
        return lists.appeals(session, scope, only)
    if name == "notices":
        return lists.notices(session, scope)
    if name == "tasks":
        return lists.tasks(session, scope, only)
    if name == "leave":
        return lists.leave(session, scope, only)
    if name == "fines":
        return lists.fines(session, scope, only)
    before = params.get("before", "")
    return lists.audit(session, scope, int(before) if before.isdigit() and len(before) < 19 else None)


def list_permission(name: str) -> Permission:
    return Permission.VIEW_AUDIT if name == "audit" else Permission.VIEW_GROUP


def add_routes(router: APIRouter, principal_dep: Any) -> None:
    @router.get("")
    async def home(request: Request, principal: Principal = Depends(principal_dep)) -> Response:
        with request.app.state.runtime.sessions.begin() as session:
            groups = queries.viewable_groups(session, principal)
            governed = {(g.platform, g.id) for g in request.app.state.runtime.groups}
            groups = [g for g in groups if (g.platform, g.external_id) in governed]
            if len(groups) >= 1 and "all" not in request.query_params:
                return RedirectResponse(f"/console/g/{groups[0].id}", status_code=303)
            for group in groups:
                session.expunge(group)
        context = {"title": translator(language(request))("app"), "groups_list": groups}
        return render(request, "home.html", context, principal=principal, groups=groups)

    @router.get("/lang")
    async def switch_language(request: Request, to: str = "zh-CN", next: str = "/console") -> Response:
        response = RedirectResponse(local_path(next), status_code=303)
        if to in LANGUAGES:
            response.set_cookie(LANG_COOKIE, to, max_age=365 * 86400, samesite="lax", httponly=True)
        return response

    @router.get("/g/{group_id}")
    async def dashboard(request: Request, group_id: str, principal: Principal = Depends(principal_dep)) -> Response:
        scope, refusal = open_scope(request, principal, group_id, Permission.VIEW_GROUP)
        if scope is None:
            return refusal
        try:
            session = scope.extra["session"]
            now = request.app.state.runtime.clock.now()
            only = only_members(scope)
            figures = stats.dashboard(session, group=scope.group, now=now, tz=scope.tz, only=only)
            unpaid = sum(
                (
                    r["amount"]
                    for r in queries.fine_rows(session, group=scope.group, book=scope.book, only=only)
                    if not r["paid"]
                ),
                Decimal(0),
            )
            context = {"title": scope.t("dash_title"), "figures": figures, "unpaid": unpaid, "active": "dashboard"}
            context["charts"] = dashboard_charts(scope, figures)
            context["digest"] = weekly_digest(session, scope, now) if scope.departments is None else ""
            return render(request, "dashboard.html", context, principal=principal, scope=scope)
        finally:
            close(scope)

    @router.get("/g/{group_id}/cases/{case_id}")
    async def case_page(
        request: Request, group_id: str, case_id: str, principal: Principal = Depends(principal_dep)
    ) -> Response:
        scope, refusal = open_scope(request, principal, group_id, Permission.VIEW_GROUP)
        if scope is None:
            return refusal
        try:
            number = parse_id(case_id)
            found = queries.case_detail(scope.extra["session"], group=scope.group, case_id=number) if number else None
            only = only_members(scope)
            if found is None or (only is not None and found["case"].member_id not in only):
                return refused(request, principal, "not_found", 404, scope)
            ladder = scope.book.rulebook.ladders.get(found["case"].ladder or "")
            found["ladder_title"] = ladder.title if ladder is not None else ""
            context = {"title": scope.t("case_title", id=number), "detail": found, "active": "cases"}
            return render(request, "case.html", context, principal=principal, scope=scope)
        finally:
            close(scope)

    @router.get("/g/{group_id}/notices/{notice_id}")
    async def notice_page(
        request: Request, group_id: str, notice_id: str, principal: Principal = Depends(principal_dep)
    ) -> Response:
        return _notice(request, principal, group_id, notice_id, "notice.html")

    @router.get("/g/{group_id}/notices/{notice_id}/matrix")
    async def notice_matrix(
        request: Request, group_id: str, notice_id: str, principal: Principal = Depends(principal_dep)
    ) -> Response:
        return _notice(request, principal, group_id, notice_id, "matrix.html")

    @router.get("/g/{group_id}/notices/{notice_id}/matrix.{kind}")
    async def notice_matrix_export(
        request: Request, group_id: str, notice_id: str, kind: str, principal: Principal = Depends(principal_dep)
    ) -> Response:
        if kind not in ("csv", "xlsx"):
            return refused(request, principal, "not_found", 404)
        return _notice(request, principal, group_id, notice_id, kind)

    @router.get("/g/{group_id}/{name}")
    async def list_page(
        request: Request, group_id: str, name: str, principal: Principal = Depends(principal_dep)
    ) -> Response:
        stem, _, kind = name.partition(".")
        if stem not in LISTS or kind not in ("", "csv", "xlsx"):
            return refused(request, principal, "not_found", 404)
        scope, refusal = open_scope(request, principal, group_id, list_permission(stem))
        if scope is None:
            return refusal
        try:
            if kind and not scope.can(Permission.EXPORT):
                return refused(request, principal, "forbidden", 403, scope)
            table = build_list(scope, stem)
            if kind:
                return export(table, kind, scope)
            context: dict[str, Any] = {"title": table.title, "table": table, "active": stem, "list": stem}
            if stem == "audit":
                report = verify_chain(scope.extra["session"])
                context["chain"] = report
                context["older"] = table.rows[-1].values["seq"] if len(table.rows) == queries.AUDIT_PAGE else None
            if stem == "cases":
                context["statuses"] = CASE_STATUSES
                context["status"] = request.query_params.get("status", "")
            if stem == "fines":
                owed = sum((r.values["amount"] for r in table.rows if not r.values["paid"]), Decimal(0))
                total = sum((r.values["amount"] for r in table.rows), Decimal(0))
                context["summary"] = scope.t("fines_total", total=f"{total:.2f}", unpaid=f"{owed:.2f}")
            if stem == "notices":
                context["can_post"] = scope.can(Permission.POST_NOTICE)
                context["form"] = {"require_ack": True, "everyone": True}
            return render(request, "list.html", context, principal=principal, scope=scope)
        finally:
            close(scope)


def _notice(request: Request, principal: Principal, group_id: str, notice_id: str, template: str) -> Response:
    scope, refusal = open_scope(request, principal, group_id, Permission.VIEW_GROUP)
    if scope is None:
        return refusal
    try:
        session = scope.extra["session"]
        number = parse_id(notice_id)
        notice = find_notice(session, group=scope.group, number=number) if number else None
        if notice is None:
            return refused(request, principal, "not_found", 404, scope)
        rows = ack_matrix(session, group=scope.group, book=scope.book, notice=notice)
        only = only_members(scope)
        if only is not None:
            rows = [r for r in rows if r.member_id in only]
        if template in ("csv", "xlsx"):
            if not scope.can(Permission.EXPORT):
                return refused(request, principal, "forbidden", 403, scope)
            return export(lists.matrix(scope, notice.id, rows), template, scope)
        acked = sum(1 for r in rows if r.at is not None)
        context = {
            "title": scope.t("notice_title", id=notice.id),
            "notice": notice,
            "rows": rows,
            "acked": acked,
            "total": len(rows),
            "due": queries.aware(notice.due_at),
            "active": "notices",
        }
        return render(request, template, context, principal=principal, scope=scope)
    finally:
        close(scope)


def export(table: Table, kind: str, scope: Scope) -> Response:
    """The table as a download (the file name says the list and the group)."""
    name = f"{table.name}-group{scope.group.id}.{kind}"
    if kind == "csv":
        body, media = to_csv(table, scope.tz), CSV_TYPE
    else:
        body, media = to_xlsx(table, scope.tz), XLSX_TYPE
    headers = {"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"}
    return Response(body, media_type=media, headers=headers)


def weekly_digest(session, scope: Scope, now) -> str:
    """This week's digest (issue 5) as the group would receive it, for the dashboard; '' when it cannot be built."""
    try:
        week = week_start_of(now.astimezone(scope.tz).date(), scope.tz)
        digest = build_digest(session=session, group=scope.group, week_start=week, now=now, book=scope.book)
        return render_digest(digest, language=scope.lang, tz=scope.tz)
    except ValueError as exc:
        log.warning("console: the weekly digest of group %s was not built: %s", scope.group.id, exc)
        return ""


def dashboard_charts(scope: Scope, figures: stats.Dashboard) -> dict[str, str]:
    """The dashboard's SVG charts, titled in the user's language."""
    t = scope.t
    empty = t("chart_empty")
    queue_labels = {
        "cases": t("nav_cases"),
        "reports": t("nav_reports"),
        "appeals": t("nav_appeals"),
        "leave": t("nav_leave"),
        "joins": "入群申请" if scope.lang != "en" else "Join requests",
        "tasks": t("nav_tasks"),
    }
    queues = [charts.Point(queue_labels[key], value) for key, value in figures.queues.items()]
    return {
        "daily": charts.column_chart(
            figures.daily, title=t("chart_violations_daily"), empty_text=empty, width=WIDE, height=220
        ),
        "by_clause": charts.bar_chart(figures.by_clause, title=t("chart_by_clause"), empty_text=empty, width=HALF),
        "ack_rates": charts.bar_chart(
            figures.ack_rates, title=t("chart_ack_rates"), empty_text=empty, maximum=100, unit="%", width=HALF
        ),
        "by_hour": charts.column_chart(
            figures.by_hour, title=t("chart_by_hour"), empty_text=empty, label_every=2, width=WIDE, height=220
        ),
        "queues": charts.bar_chart(
            queues,
            title=t("chart_queues"),
            empty_text=empty,
            width=HALF,
            maximum=max([q.value for q in queues] + [1]),
        ),
    }

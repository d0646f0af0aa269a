"""Who is asking and what they may see: the glue between the console pages and the auth layer.

The auth layer (`qungui.web.auth`) provides the logged-in `Principal`, the CSRF token and its check.
`Scope` is one request's view of one group: the group, its compiled rulebook, the language, and the
department filter for a department head. `render` gives every page the shared context.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote
from zoneinfo import ZoneInfo

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from qungui.core.events import GroupRef
from qungui.governance.accounts.roles import Permission, Principal
from qungui.governance.groups.models import Group
from qungui.rules.compiled import CompiledRulebook
from qungui.runtime.service import UnknownGroup
from qungui.web.auth.csrf import CsrfFailed, csrf_token, verify_csrf
from qungui.web.auth.deps import bearer_token, console_principal
from qungui.web.console.i18n import LANG_COOKIE, pick_language, translator, value_label
from qungui.web.console.tables import display
from qungui.web.errors import PayloadTooLarge

DETAIL_COOKIE = "qungui_flash_detail"
MAX_URLENCODED_BYTES = 1024 * 1024  # Starlette's limit for one form field (larger ones are a bare 400)
FLASH_KEYS = frozenset(
    {
        "case_done_confirm",
        "case_done_dismiss",
        "case_done_undo",
        "report_done_verify",
        "report_done_reject",
        "appeal_done_accept",
        "appeal_done_reject",
        "leave_done_approve",
        "leave_done_reject",
        "join_done_approve",
        "join_done_reject",
        "notice_posted",
        "rulebook_saved",
    }
)

NAV = (
    ("dashboard", "", "nav_dashboard", Permission.VIEW_GROUP),
    ("members", "/members", "nav_members", Permission.VIEW_GROUP),
    ("cases", "/cases", "nav_cases", Permission.VIEW_GROUP),
    ("reports", "/reports", "nav_reports", Permission.VIEW_GROUP),
    ("appeals", "/appeals", "nav_appeals", Permission.VIEW_GROUP),
    ("notices", "/notices", "nav_notices", Permission.VIEW_GROUP),
    ("tasks", "/tasks", "nav_tasks", Permission.VIEW_GROUP),
    ("leave", "/leave", "nav_leave", Permission.VIEW_GROUP),
    ("fines", "/fines", "nav_fines", Permission.VIEW_GROUP),
    ("rulebook", "/rulebook", "nav_rulebook", Permission.EDIT_RULEBOOK),
    ("audit", "/audit", "nav_audit", Permission.VIEW_AUDIT),
)


def principal_dependency() -> Callable[..., Any]:
    """The dependency that gives the logged-in Principal (else a redirect to /login)."""
    return console_principal


def csrf_parts() -> tuple[Callable[[Request], str], Callable[..., Any]]:
    """(csrf_token(request), the console's CSRF dependency)."""
    return csrf_token, verify_console_csrf


async def verify_console_csrf(request: Request) -> None:
    """The auth layer's CSRF check, without its exemption for `Authorization: Bearer` requests.

    That exemption holds for the API, where a bearer token is what authenticates. Console pages know
    only the session cookie, so a bearer header there would let a cookie-authenticated POST skip the check.
    """
    if bearer_token(request) is not None:
        raise CsrfFailed("控制台只接受登录会话，不接受 API 令牌 / the console takes no API token: log in instead.")
    length = request.headers.get("content-length", "")
    urlencoded = request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded")
    if urlencoded and (not length.isdigit() or int(length) > MAX_URLENCODED_BYTES):
        # the form parser refuses a bigger field with a bare 400; say what is wrong instead
        raise PayloadTooLarge(f"提交的内容太大：最大 {MAX_URLENCODED_BYTES // 1024} KB / the form is too large")
    await verify_csrf(request)


def language(request: Request) -> str:
    settings = getattr(request.app.state, "settings", None)
    return pick_language(request.cookies.get(LANG_COOKIE), getattr(settings, "language", "zh-CN"))


@dataclass(slots=True)
class Scope:
    """One request's view of one group."""

    request: Request
    principal: Principal
    group: Group
    book: CompiledRulebook
    lang: str
    departments: frozenset[str] | None = None  # a department head's departments; None: everyone
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def tz(self) -> ZoneInfo:
        tz = self.book.rulebook.tz
        return tz if isinstance(tz, ZoneInfo) else ZoneInfo(str(tz))

    @property
    def ref(self) -> GroupRef:
        return GroupRef(platform=self.group.platform, id=self.group.external_id)

    @property
    def actor(self) -> str:
        """How console actions are signed in the audit log."""
        return f"console:{self.principal.username}"

    def can(self, permission: Permission) -> bool:
        return self.principal.can(permission, self.group.id)

    @property
    def can_export(self) -> bool:
        return self.can(Permission.EXPORT)

    @property
    def can_decide(self) -> bool:
        return self.can(Permission.DECIDE)

    def t(self, key: str, **values: Any) -> str:
        return translator(self.lang)(key, **values)

    def url(self, path: str = "") -> str:
        return f"/console/g/{self.group.id}{path}"


def load_scope(session: Session, request: Request, principal: Principal, group_id: int) -> Scope | None:
    """The scope for `group_id`, or None when the group does not exist or is not governed here."""
    group = session.get(Group, group_id)
    if group is None:
        return None
    runtime = request.app.state.runtime
    try:
        book = runtime.book(GroupRef(platform=group.platform, id=group.external_id))
    except UnknownGroup:  # a group in the database this runtime does not govern (yet)
        return None
    session.expunge(group)
    return Scope(request, principal, group, book, language(request), principal.departments_in(group.id))


def render(
    request: Request,
    template: str,
    context: dict[str, Any],
    *,
    principal: Principal | None,
    scope: Scope | None = None,
    groups: list[Group] | None = None,
    status_code: int = 200,
) -> Response:
    """A console page with the shared context: words, navigation, CSRF token, flash message."""
    lang = scope.lang if scope else language(request)
    t = translator(lang)
    nav = []
    if scope is not None:
        nav = [
            {"id": key, "href": scope.url(path), "label": t(label)}
            for key, path, label, permission in NAV
            if scope.can(permission)
        ]
        if scope.can(Permission.VIEW_CRM):  # the VIP customer module is per store, not per group
            nav.append({"id": "crm", "href": "/console/crm", "label": t("nav_crm")})
    flash = request.query_params.get("ok")
    flash_text = t(flash, id=request.query_params.get("id", "")[:20]) if flash in FLASH_KEYS else ""
    detail = unquote(request.cookies.get(DETAIL_COOKIE, ""))[:1500] if flash_text else ""
    base = {
        "console_shell": True,
        "t": t,
        "v": lambda value: value_label(lang, value),
        "display": lambda value: display(value, scope.tz if scope else ZoneInfo("Asia/Shanghai")),
        "lang": lang,
        "principal": principal,
        "scope": scope,
        "group": scope.group if scope else None,
        "groups": groups or [],
        "nav": nav,
        "csrf": csrf_token(request),
        "flash": flash_text,
        "flash_detail": detail,
        "next": request.url.path,
    }
    page = request.app.state.templates.TemplateResponse(
        request, f"console/{template}", {**base, **context}, status_code=status_code
    )
    page.headers["Cache-Control"] = "no-store"
    if detail:
        page.delete_cookie(DETAIL_COOKIE, path="/console")
    return page


def refused(request: Request, principal: Principal | None, key: str, status_code: int, scope: Scope | None = None):
    """A page saying why not (forbidden, not found) in the user's language."""
    return render(
        request,
        "message.html",
        {"message": translator(scope.lang if scope else language(request))(key)},
        principal=principal,
        scope=scope,
        status_code=status_code,
    )


def done(scope: Scope, path: str, key: str, *, detail: str = "", **values: Any) -> RedirectResponse:
    """After a POST that worked: back to `path` with a flash message (`key` from FLASH_KEYS).

    `detail` (what the command said to the acting admin, e.g. which ladder step was taken) rides along in
    a short-lived cookie for this browser only, and is shown once under the flash message.
    """
    query = f"?ok={key}" + "".join(f"&{name}={quote(str(value))}" for name, value in values.items())
    response = RedirectResponse(scope.url(path) + query, status_code=303)
    if detail:
        response.set_cookie(
            DETAIL_COOKIE, quote(detail[:1500]), max_age=60, path="/console", httponly=True, samesite="strict"
        )
    return response


__all__ = ["HTMLResponse", "Scope", "done", "load_scope", "principal_dependency", "refused", "render"]

"""FastAPI dependencies that say who is asking and whether they may.

- `console_principal`: for console pages; the logged-in Principal, else a redirect to `/login?next=…`.
- `api_principal`: for API routes; a session cookie or `Authorization: Bearer <token>`, else 401.
- `require(permission)`: checks the permission in the path's `group_id` (if any), else 403; on
  `/api/` paths it authenticates like `api_principal`, elsewhere like `console_principal`.

The principal is looked up once per request and kept on `request.state`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from fastapi import Request
from sqlalchemy.orm import Session, sessionmaker

from qungui.core.errors import QunguiError
from qungui.governance.accounts.models import ConsoleSession
from qungui.governance.accounts.roles import Permission, Principal
from qungui.governance.accounts.sessions import session_principal, token_principal

SESSION_COOKIE = "qungui_session"
API_PREFIX = "/api/"


class LoginRequired(QunguiError):
    """A console page asked for without a live session: the handler redirects to the login page."""

    def __init__(self, next_url: str) -> None:
        self.next_url = next_url
        super().__init__("login required")


class NotAuthenticated(QunguiError):
    """An API call without a live session or a valid token (401)."""


class Forbidden(QunguiError):
    """The principal lacks the permission (403); the message is in Chinese."""


def sessions_of(request: Request) -> sessionmaker[Session]:
    return request.app.state.sessions


def now_of(request: Request) -> datetime:
    return request.app.state.clock.now()


def client_of(request: Request) -> str:
    """The client's address as the server sees it (proxy headers are not trusted)."""
    return request.client.host if request.client else "unknown"


def bearer_token(request: Request) -> str | None:
    """The token of an `Authorization: Bearer …` header, or None."""
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def current_session(request: Request) -> tuple[Principal, ConsoleSession] | None:
    """The live session of the request's cookie and its principal (looked up once), or None."""
    if hasattr(request.state, "console_session"):
        return request.state.console_session
    token = request.cookies.get(SESSION_COOKIE, "")
    found = None
    if token:
        with sessions_of(request).begin() as session:
            found = session_principal(session, token=token, now=now_of(request))
            if found is not None:
                session.expunge(found[1])
    request.state.console_session = found
    return found


def optional_principal(request: Request) -> Principal | None:
    """The logged-in console user, or None (for pages anyone may see, such as the login page)."""
    found = current_session(request)
    return found[0] if found else None


def console_principal(request: Request) -> Principal:
    """The logged-in console user; otherwise a redirect to the login page that comes back here."""
    found = current_session(request)
    if found is None:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise LoginRequired(target)
    return found[0]


def api_principal(request: Request) -> Principal:
    """The API caller: a bearer token, else the session cookie; otherwise 401."""
    if hasattr(request.state, "api_principal"):
        return request.state.api_principal
    token = bearer_token(request)
    principal: Principal | None
    if token is not None:
        with sessions_of(request).begin() as session:
            principal = token_principal(session, token=token, now=now_of(request))
        if principal is None:
            raise NotAuthenticated("API 令牌无效、已撤销或账号已停用。")
    else:
        found = current_session(request)
        if found is None:
            raise NotAuthenticated("请先登录，或在 Authorization 头中提供 API 令牌（Bearer）。")
        principal = found[0]
    request.state.api_principal = principal
    return principal


def path_group_id(request: Request) -> int | None:
    """The `group_id` path parameter as a number, or None when the route has none."""
    raw = request.path_params.get("group_id")
    if raw is None:
        return None
    try:
        return int(raw)
    except (TypeError, ValueError):
        return None


def require(permission: Permission) -> Callable[[Request], Principal]:
    """A dependency: the principal, when they hold `permission` in the path's group (or in all groups)."""

    def dependency(request: Request) -> Principal:
        is_api = request.url.path.startswith(API_PREFIX)
        principal = api_principal(request) if is_api else console_principal(request)
        group_id = path_group_id(request)
        if not principal.can(permission, group_id):
            raise Forbidden(f"没有权限：此操作需要“{PERMISSION_LABELS.get(permission, permission.value)}”权限。")
        return principal

    dependency.__name__ = f"require_{permission.value}"
    return dependency


PERMISSION_LABELS = {
    Permission.VIEW_GROUP: "查看群",
    Permission.VIEW_REPORTER: "查看举报人",
    Permission.DECIDE: "处理案件",
    Permission.POST_NOTICE: "发布通知",
    Permission.EDIT_RULEBOOK: "编辑群规",
    Permission.VIEW_AUDIT: "查看审计日志",
    Permission.EXPORT: "导出",
    Permission.MANAGE_ACCOUNTS: "管理账号",
    Permission.VIEW_CRM: "查看客户",
    Permission.EDIT_CRM: "编辑客户",
    Permission.VIEW_PROFILE: "查看客户档案",
}

"""The login page, logout, and changing one's password (`/login`, `/logout`, `/account/password`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from qungui.governance.accounts.models import ConsoleUser
from qungui.governance.accounts.passwords import verify_password
from qungui.governance.accounts.roles import Principal
from qungui.governance.accounts.service import AccountError, actor_of, set_password
from qungui.governance.accounts.sessions import authenticate, end_session, start_session
from qungui.web.auth.csrf import csrf_token, verify_csrf
from qungui.web.auth.deps import (
    SESSION_COOKIE,
    client_of,
    console_principal,
    current_session,
    now_of,
    optional_principal,
    sessions_of,
)

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
CONSOLE_LAYOUT = "console/base.html"
PLAIN_LAYOUT = "auth/plain.html"
DEFAULT_NEXT = "/console"
FIELD_MAX = 256

TEXTS: dict[str, dict[str, dict[str, str]]] = {
    "zh-CN": {
        "login": {
            "title": "登录管理后台",
            "username": "用户名",
            "password": "密码",
            "submit": "登录",
            "hint": "首次使用：在服务器上运行 qungui user create-owner 创建群主账号。",
        },
        "password": {
            "title": "修改密码",
            "signed_in_as": "当前账号：",
            "current": "当前密码",
            "new": "新密码（至少 10 个字符）",
            "confirm": "再次输入新密码",
            "submit": "修改密码",
            "done": "密码已修改，其他设备上的登录已全部退出。",
            "logout": "退出登录",
            "back": "返回管理后台",
        },
    },
    "en": {
        "login": {
            "title": "Sign in to the console",
            "username": "Username",
            "password": "Password",
            "submit": "Sign in",
            "hint": "First run: create the owner account on the server with qungui user create-owner.",
        },
        "password": {
            "title": "Change password",
            "signed_in_as": "Signed in as",
            "current": "Current password",
            "new": "New password (10 characters or more)",
            "confirm": "New password again",
            "submit": "Change password",
            "done": "Password changed; every other sign-in has been ended.",
            "logout": "Sign out",
            "back": "Back to the console",
        },
    },
}


def layout() -> str:
    """The console's base layout once it exists, else a plain page."""
    return CONSOLE_LAYOUT if (TEMPLATES / CONSOLE_LAYOUT).is_file() else PLAIN_LAYOUT


def safe_next(value: str | None) -> str:
    """`value` when it is a path on this site, else the console (never an open redirect)."""
    if not value or len(value) > 2000 or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return DEFAULT_NEXT
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or value.startswith(("/login", "/logout")):
        return DEFAULT_NEXT
    return value


def set_session_cookie(request: Request, response: Response, token: str) -> None:
    secure = request.url.scheme == "https"
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="lax", secure=secure, path="/")


def _texts(request: Request, page: str) -> dict[str, str]:
    language = getattr(request.app.state.settings, "language", "zh-CN")
    return TEXTS.get(language, TEXTS["zh-CN"])[page]


def _render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    page = name.split("/")[-1].removesuffix(".html")
    context = {
        "layout": layout(),
        "t": _texts(request, page),
        "csrf": csrf_token(request),
        "principal": optional_principal(request),
        "lang": getattr(request.app.state.settings, "language", "zh-CN"),
        **context,
    }
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status)


def _field(form: Any, name: str) -> str:
    value = form.get(name)
    return value[:FIELD_MAX] if isinstance(value, str) else ""


def auth_router() -> APIRouter:
    """The login, logout and password routes."""
    router = APIRouter(include_in_schema=False)

    @router.get("/login", response_class=HTMLResponse)
    def login_page(request: Request, next: str = "") -> Response:
        if optional_principal(request) is not None:
            return RedirectResponse(safe_next(next), status_code=303)
        return _render(request, "auth/login.html", next_url=safe_next(next), username="", error="")

    @router.post("/login", response_class=HTMLResponse, dependencies=[Depends(verify_csrf)])
    async def login(request: Request) -> Response:
        form = await request.form()
        username, password, next_url = _field(form, "username"), _field(form, "password"), _field(form, "next")
        next_url = safe_next(next_url)
        if not username or not password:
            return _render(
                request, "auth/login.html", 400, next_url=next_url, username=username, error="请填写用户名和密码。"
            )
        token, result = await run_in_threadpool(_login, request, username, password)
        if token is None:
            status = 429 if result.retry_after else 401
            response = _render(request, "auth/login.html", status, next_url=next_url, username=username,
                               error=result.error)  # fmt: skip
            if result.retry_after:
                response.headers["Retry-After"] = str(result.retry_after)
            return response
        response = RedirectResponse(next_url, status_code=303)
        set_session_cookie(request, response, token)
        return response

    @router.post("/logout")
    async def logout(request: Request) -> Response:
        """End the session (with its CSRF token); without a live session there is nothing to end."""
        token = request.cookies.get(SESSION_COOKIE, "")
        if token and await run_in_threadpool(current_session, request) is not None:
            await verify_csrf(request)
            await run_in_threadpool(_logout, request, token)
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    @router.get("/account/password", response_class=HTMLResponse)
    def password_page(request: Request, principal: Principal = Depends(console_principal)) -> Response:
        return _render(request, "auth/password.html", error="", done=False)

    @router.post("/account/password", response_class=HTMLResponse, dependencies=[Depends(verify_csrf)])
    async def change_password(request: Request) -> Response:
        principal = await run_in_threadpool(console_principal, request)
        form = await request.form()
        current, new, confirm = _field(form, "current"), _field(form, "new"), _field(form, "confirm")
        error, token = await run_in_threadpool(_change_password, request, principal, current, new, confirm)
        if token is None:
            return _render(request, "auth/password.html", 400, error=error, done=False)
        # The old session ended with the password change; this browser gets a new one.
        token, csrf = token
        response = _render(request, "auth/password.html", error="", done=True, csrf=csrf)
        set_session_cookie(request, response, token)
        return response

    return router


def _logout(request: Request, token: str) -> None:
    with sessions_of(request).begin() as session:
        end_session(session, token=token, now=now_of(request))


def _login(request: Request, username: str, password: str):
    with sessions_of(request).begin() as session:
        now = now_of(request)
        result = authenticate(session, username=username, password=password, client=client_of(request), now=now)
        if result.user is None:
            return None, result
        token, _ = start_session(session, user=result.user, client=client_of(request), now=now)
        return token, result


def _change_password(
    request: Request, principal: Principal, current: str, new: str, confirm: str
) -> tuple[str, tuple[str, str] | None]:
    if not current or not new:
        return "请填写当前密码和新密码。", None
    if new != confirm:
        return "两次输入的新密码不一致。", None
    try:
        with sessions_of(request).begin() as session:
            now = now_of(request)
            user = session.get(ConsoleUser, principal.user_id)
            if user is None or not verify_password(user.password_hash, current):
                raise AccountError("当前密码不正确。", "wrong current password")
            set_password(session, user=user, password=new, actor=actor_of(user), now=now)
            token, row = start_session(session, user=user, client=client_of(request), now=now)
            csrf = row.csrf_token
    except AccountError as exc:
        return exc.reason_zh, None
    return "", (token, csrf)


__all__ = ["auth_router", "layout", "safe_next"]

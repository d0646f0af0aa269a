"""CSRF protection for every state-changing request made with a cookie.

A logged-in browser's token is its session's random `csrf_token` (stored server-side with the
session); before login (the login form) it is a random value in the `qungui_csrf` cookie that the form
must repeat (double submit). Forms send it as the hidden input `csrf_token`, scripts as the
`X-CSRF-Token` header. Requests authenticated by `Authorization: Bearer` carry no ambient credential and
are exempt. Cookies are SameSite=Lax besides.
"""

from __future__ import annotations

import hmac
import secrets

from fastapi import Request, Response
from starlette.concurrency import run_in_threadpool

from qungui.core.errors import QunguiError
from qungui.web.auth.deps import SESSION_COOKIE, bearer_token, current_session

CSRF_COOKIE = "qungui_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


class CsrfFailed(QunguiError):
    """A state-changing request without the right CSRF token (403)."""


def _anonymous_token(request: Request) -> str:
    """The pre-login token: the cookie's value, or a new one the app sets as the cookie on the answer."""
    pending = getattr(request.state, "new_csrf_cookie", None)
    if pending:
        return pending
    value = request.cookies.get(CSRF_COOKIE, "")
    if 32 <= len(value) <= 128 and value.replace("-", "").replace("_", "").isalnum():
        return value
    value = secrets.token_urlsafe(32)
    request.state.new_csrf_cookie = value
    return value


def csrf_token(request: Request) -> str:
    """The token a page must send back with its forms (hidden input `csrf_token`)."""
    found = current_session(request)
    if found is not None:
        return found[1].csrf_token
    return _anonymous_token(request)


def remember_csrf_cookie(request: Request, response: Response) -> None:
    """Set the pre-login cookie when `csrf_token` made a new one for this answer (the app calls this)."""
    value = getattr(request.state, "new_csrf_cookie", None)
    if value:
        secure = request.url.scheme == "https"
        response.set_cookie(CSRF_COOKIE, value, httponly=True, samesite="lax", secure=secure, path="/")


async def verify_csrf(request: Request) -> None:
    """Dependency: refuse a POST/PUT/PATCH/DELETE made with a cookie but without its CSRF token."""
    if request.method in SAFE_METHODS:
        return
    if bearer_token(request) is not None and not request.cookies.get(SESSION_COOKIE):
        return  # authenticated by the token alone: nothing ambient for another site to forge
    found = await run_in_threadpool(current_session, request)
    expected = found[1].csrf_token if found is not None else request.cookies.get(CSRF_COOKIE, "")
    sent = request.headers.get(CSRF_HEADER, "")
    content_type = request.headers.get("content-type", "")
    if not sent and content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()  # the app's body limit applies before this
        value = form.get(CSRF_FIELD)
        sent = value if isinstance(value, str) else ""
    if not expected or not sent or not hmac.compare_digest(sent.encode(), expected.encode()):
        raise CsrfFailed("页面已过期或请求来源不明（CSRF 校验失败）：请刷新页面后重试。")


async def verify_api_csrf(request: Request) -> None:
    """Dependency for API routes: a write carrying the session cookie needs its CSRF token.

    Without the cookie nothing ambient authenticates the request (a bearer token or nothing: then the
    route answers 401), so there is nothing for another site to forge.
    """
    if request.cookies.get(SESSION_COOKIE):
        await verify_csrf(request)

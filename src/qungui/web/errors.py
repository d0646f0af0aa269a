"""Errors with a clear Chinese message: bad input is a 4xx the page can show, never a 500.

API paths (`/api/…`) and scripts get JSON `{"error": "…"}`; a browser asking for a console page gets a
small HTML page (the login page for a missing session).
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from qungui.adapters.simulator.checks import HubError
from qungui.core.errors import QunguiError
from qungui.web.auth.csrf import CsrfFailed
from qungui.web.auth.deps import API_PREFIX, Forbidden, LoginRequired, NotAuthenticated
from qungui.web.security import BadToken

log = logging.getLogger(__name__)

FIELD_LABELS = {
    "member": "身份",
    "text": "消息内容",
    "kind": "消息类型",
    "reply_to": "引用的消息",
    "mentions": "@ 的成员",
    "voice_s": "语音时长",
    "amount": "红包金额",
    "private": "私聊标记",
    "name": "昵称",
    "member_id": "微信号",
    "inviter": "邀请人",
    "by": "审核人",
    "approve": "审核结果",
    "span": "快进时长",
    "file": "图片",
    "since": "起始版本",
}


class PayloadTooLarge(Exception):
    """An upload over the size limit; the message says the limit."""


class ApiError(QunguiError):
    """A request the API refuses with `status` and a Chinese message (unknown id, bad value, conflict)."""

    def __init__(self, status: int, message: str, **extra: Any) -> None:
        self.status, self.message, self.extra = status, message, extra
        super().__init__(message)


def describe(error: dict[str, Any]) -> str:
    """One validation error in Chinese, naming the field as the page names it."""
    loc = [part for part in error.get("loc", ()) if part not in ("body", "query", "path", "form")]
    field = str(loc[-1]) if loc else ""
    label = FIELD_LABELS.get(field, field or "请求")
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return f"缺少{label}"
    if kind == "json_invalid":
        return "请求内容不是有效的 JSON"
    if kind in ("string_too_short", "too_short"):
        return f"{label}不能为空"
    if kind in ("string_too_long", "too_long"):
        limit = ctx.get("max_length")
        return f"{label}太长（最多 {limit} 个）" if limit else f"{label}太长"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        return f"{label}超出允许的范围"
    if kind == "literal_error":
        choices = str(ctx.get("expected", "")).replace(" or ", ", ").replace("'", "")
        return f"{label}只能是：{choices.replace(', ', '、')}"
    if kind == "extra_forbidden":
        return f"不认识的字段：{field}"
    if kind == "string_pattern_mismatch":
        return f"{label}格式不正确"
    if kind.startswith(("decimal", "float", "int")):
        return f"{label}须是数字" if "parsing" in kind or "type" in kind else f"{label}超出允许的范围"
    return f"{label}格式不正确"


HTTP_MESSAGES = {
    400: "请求格式不正确",
    401: "请先登录",
    403: "没有权限",
    404: "没有找到这个页面或资源",
    405: "不支持这种请求方法",
    406: "无法提供请求的格式",
    409: "与当前状态冲突",
    413: "请求内容太大",
    415: "不支持的内容类型",
    429: "请求太频繁，请稍后再试",
}
TITLES = {401: "请先登录", 403: "没有权限", 404: "没有找到", 413: "内容太大", 429: "请稍后再试"}


def wants_html(request: Request) -> bool:
    """Whether to answer with a page: a browser asking for something outside the API."""
    return not request.url.path.startswith(API_PREFIX) and "text/html" in request.headers.get("accept", "")


def error_response(request: Request, status: int, message: str, **extra: Any) -> Response:
    """The error as a page for a browser, else as JSON."""
    if wants_html(request) and status != 422:
        from qungui.web.auth.views import layout

        templates = request.app.state.templates
        context = {"layout": layout(), "title": TITLES.get(status, "出错了"), "message": message, "principal": None}
        return templates.TemplateResponse(request, "auth/error.html", context, status_code=status)
    return JSONResponse({"error": message, **extra}, status_code=status)


def describe_all(errors: list[dict[str, Any]]) -> list[str]:
    return list(dict.fromkeys(describe(e) for e in errors))


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        messages = describe_all(list(exc.errors()))
        return JSONResponse({"error": "；".join(messages) or "请求格式不正确", "errors": messages}, status_code=422)

    @app.exception_handler(HubError)
    async def _refused(request: Request, exc: HubError) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=400)

    @app.exception_handler(BadToken)
    async def _bad_token(request: Request, exc: BadToken) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=403)

    @app.exception_handler(PayloadTooLarge)
    async def _too_large(request: Request, exc: PayloadTooLarge) -> Response:
        return error_response(request, 413, str(exc))

    @app.exception_handler(LoginRequired)
    async def _login(request: Request, exc: LoginRequired) -> Response:
        return RedirectResponse(f"/login?next={quote(exc.next_url, safe='/')}", status_code=303)

    @app.exception_handler(NotAuthenticated)
    async def _unauthenticated(request: Request, exc: NotAuthenticated) -> Response:
        response = error_response(request, 401, str(exc))
        response.headers["WWW-Authenticate"] = "Bearer"
        return response

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden) -> Response:
        return error_response(request, 403, str(exc))

    @app.exception_handler(CsrfFailed)
    async def _csrf(request: Request, exc: CsrfFailed) -> Response:
        return error_response(request, 403, str(exc))

    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError) -> Response:
        return error_response(request, exc.status, exc.message, **exc.extra)

    @app.exception_handler(QunguiError)
    async def _domain(request: Request, exc: QunguiError) -> Response:
        """A domain refusal (a decision that cannot be taken, a bad rulebook …): its Chinese reason, 400."""
        return error_response(request, 400, getattr(exc, "reason_zh", None) or str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) and not exc.detail.isascii() else None
        message = detail or HTTP_MESSAGES.get(exc.status_code, "请求无法完成")
        response = error_response(request, exc.status_code, message)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    @app.exception_handler(Exception)
    async def _crashed(request: Request, exc: Exception) -> Response:
        log.exception("request failed: %s %s", request.method, request.url.path)
        return error_response(request, 500, f"服务器内部错误：{type(exc).__name__}，详情见服务端日志。")

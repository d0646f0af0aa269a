"""Errors as JSON with a clear Chinese message: bad input is a 4xx the page can show, never a 500."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from qungui.adapters.simulator.checks import HubError
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


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        messages = list(dict.fromkeys(describe(e) for e in exc.errors()))
        return JSONResponse({"error": "；".join(messages) or "请求格式不正确", "errors": messages}, status_code=422)

    @app.exception_handler(HubError)
    async def _refused(request: Request, exc: HubError) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=400)

    @app.exception_handler(BadToken)
    async def _bad_token(request: Request, exc: BadToken) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=403)

    @app.exception_handler(PayloadTooLarge)
    async def _too_large(request: Request, exc: PayloadTooLarge) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=413)

    @app.exception_handler(Exception)
    async def _crashed(request: Request, exc: Exception) -> JSONResponse:
        log.exception("simulator request failed: %s %s", request.method, request.url.path)
        return JSONResponse({"error": f"服务器内部错误：{type(exc).__name__}，详情见服务端日志。"}, status_code=500)

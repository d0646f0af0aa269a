"""A per-session token for the simulator's POSTs, so a page from another site cannot drive them.

The page is served with a random session cookie (HttpOnly, SameSite=Strict) and a token derived
from it with the app's secret (HMAC). Every POST must send the token in a header: another site can
neither read the page to learn it nor send the header cross-origin without a CORS preflight, which
this app never grants.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets

from fastapi import Request, Response

from qungui.core.errors import QunguiError

SESSION_COOKIE = "qungui_sim"
TOKEN_HEADER = "X-Qungui-Token"


class BadToken(QunguiError):
    """A POST without the page's token (or with a stale one)."""


class TokenSigner:
    """Issues and checks tokens with a secret made when the app is built."""

    def __init__(self, secret: bytes | None = None) -> None:
        self._secret = secret or secrets.token_bytes(32)

    def token_for(self, session_id: str) -> str:
        return hmac.new(self._secret, session_id.encode(), hashlib.sha256).hexdigest()

    def session(self, request: Request) -> tuple[str, bool]:
        """This browser's session id, and whether it is new (then `remember` it on the response)."""
        session_id = request.cookies.get(SESSION_COOKIE, "")
        if 16 <= len(session_id) <= 128:
            return session_id, False
        return secrets.token_urlsafe(24), True

    @staticmethod
    def remember(response: Response, session_id: str) -> None:
        response.set_cookie(SESSION_COOKIE, session_id, httponly=True, samesite="strict", path="/")

    def check(self, request: Request) -> None:
        session_id = request.cookies.get(SESSION_COOKIE, "")
        sent = request.headers.get(TOKEN_HEADER, "")
        if not session_id or not sent or not hmac.compare_digest(sent.encode(), self.token_for(session_id).encode()):
            raise BadToken("页面已过期或请求来源不明：请刷新模拟器页面后再试。")


def require_token(request: Request) -> None:
    """FastAPI dependency: refuse a POST without the page's token."""
    request.app.state.signer.check(request)


class BodyLimit:
    """ASGI middleware: refuse a request body over `limit` bytes with 413 and a Chinese message.

    A declared Content-Length over the limit is refused before anything is read; a chunked body is
    counted as it arrives and cut off when it passes the limit. `limits` maps path prefixes to their
    own limits (the longest matching prefix wins).
    """

    def __init__(self, app, *, limit: int, limits: dict[str, int] | None = None) -> None:
        self.app = app
        self.limit = limit
        self.limits = sorted((limits or {}).items(), key=lambda item: -len(item[0]))

    def _limit_for(self, path: str) -> int:
        return next((limit for prefix, limit in self.limits if path.startswith(prefix)), self.limit)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self._limit_for(scope.get("path", ""))
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length", b"").decode("latin-1")
        if length.isdigit() and int(length) > limit:
            await _too_large(send, limit)
            return
        seen = 0
        refused = False

        async def limited_receive():
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    refused = True
                    raise BodyTooLarge(limit)
            return message

        try:
            await self.app(scope, limited_receive, send)
        except BodyTooLarge:
            if refused:
                await _too_large(send, limit)


class BodyTooLarge(Exception):
    """Raised inside the app when a streamed body passes the limit."""


def limit_text(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{max(1, limit // 1024)} KB"


async def _too_large(send, limit: int) -> None:
    body = json.dumps({"error": f"请求内容太大：最大 {limit_text(limit)}。"}, ensure_ascii=False).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})

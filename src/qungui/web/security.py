"""A per-session token for the simulator's POSTs, so a page from another site cannot drive them.

The page is served with a random session cookie (HttpOnly, SameSite=Strict) and a token derived
from it with the app's secret (HMAC). Every POST must send the token in a header: another site can
neither read the page to learn it nor send the header cross-origin without a CORS preflight, which
this app never grants.
"""

from __future__ import annotations

import hashlib
import hmac
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
        if not session_id or not sent or not hmac.compare_digest(sent, self.token_for(session_id)):
            raise BadToken("页面已过期或请求来源不明：请刷新模拟器页面后再试。")


def require_token(request: Request) -> None:
    """FastAPI dependency: refuse a POST without the page's token."""
    request.app.state.signer.check(request)

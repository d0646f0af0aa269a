"""WeCom server API calls: the access token (fetched, cached, refreshed), appchat, app messages, group robots.

Every answer carries `errcode`/`errmsg`. An expired or invalid token (42001, 40014, 40001) is
fetched again and the call retried once; frequency limits and "system busy" are retryable; other
codes (no privilege 60011/48002, bad chat id 86003, bad user 60111…) are final.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

import httpx

from qungui.core.clock import Clock
from qungui.core.platform import PlatformError

API_BASE = "https://qyapi.weixin.qq.com/cgi-bin"
TOKEN_ERRORS = {40001, 40014, 42001}
RETRYABLE = {-1, 45009, 45033, 45011, 45047}
ROBOT_PER_MINUTE = 20
TOKEN_MARGIN = timedelta(minutes=5)  # refresh a little before WeCom's expires_in


class WeComApi:
    """A self-built app's API client (CorpID + the app's Secret)."""

    def __init__(
        self,
        *,
        corp_id: str,
        secret: str,
        clock: Clock,
        client: httpx.AsyncClient | None = None,
        base_url: str = API_BASE,
    ) -> None:
        self.corp_id = corp_id
        self._secret = secret
        self.clock = clock
        self.client = client or httpx.AsyncClient()
        self.base_url = base_url.rstrip("/")
        self._token: str | None = None
        self._expires: datetime | None = None
        self.token_fetches = 0

    async def _get(self, path: str, params: Mapping[str, str]) -> Mapping[str, Any]:
        try:
            reply = await self.client.get(f"{self.base_url}/{path}", params=params, timeout=10)
            return reply.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise PlatformError(f"WeCom {path}: {type(exc).__name__}", retryable=True) from None

    async def token(self, *, refresh: bool = False) -> str:
        now = self.clock.now()
        if not refresh and self._token and self._expires and now < self._expires:
            return self._token
        body = await self._get("gettoken", {"corpid": self.corp_id, "corpsecret": self._secret})
        self.token_fetches += 1
        if body.get("errcode", 0) != 0 or not body.get("access_token"):
            code = body.get("errcode")
            raise PlatformError(f"WeCom gettoken failed: {code} {body.get('errmsg', '')}", retryable=code in RETRYABLE)
        self._token = str(body["access_token"])
        self._expires = now + timedelta(seconds=int(body.get("expires_in", 7200))) - TOKEN_MARGIN
        return self._token

    async def call(self, path: str, payload: Mapping[str, Any]) -> Mapping[str, Any]:
        """POST `payload` to `path` with the access token; one retry after refreshing a stale token."""
        for attempt in (1, 2):
            token = await self.token(refresh=attempt == 2)
            try:
                reply = await self.client.post(
                    f"{self.base_url}/{path}", params={"access_token": token}, json=dict(payload), timeout=10
                )
                body = reply.json()
            except (httpx.HTTPError, ValueError) as exc:
                raise PlatformError(f"WeCom {path}: {type(exc).__name__}", retryable=True) from None
            code = body.get("errcode", 0)
            if code == 0:
                return body
            if code in TOKEN_ERRORS and attempt == 1:
                continue
            raise PlatformError(f"WeCom {path} failed: {code} {body.get('errmsg', '')}", retryable=code in RETRYABLE)
        raise AssertionError("unreachable")

    async def create_chat(self, *, chat_id: str, name: str, owner: str, members: list[str]) -> str:
        """Create an internal group chat the app then manages (2-2000 members, the owner among them)."""
        body = await self.call(
            "appchat/create", {"chatid": chat_id, "name": name, "owner": owner, "userlist": sorted(set(members))}
        )
        return str(body.get("chatid") or chat_id)


class RateLimiter:
    """At most `limit` events per rolling minute, on the injected clock."""

    def __init__(self, clock: Clock, limit: int = ROBOT_PER_MINUTE, window: timedelta = timedelta(minutes=1)) -> None:
        self.clock = clock
        self.limit = limit
        self.window = window
        self._sent: deque[datetime] = deque()

    def acquire(self) -> float:
        """Take a slot now and return 0, or return the seconds until one frees (taking nothing)."""
        now = self.clock.now()
        while self._sent and now - self._sent[0] >= self.window:
            self._sent.popleft()
        if len(self._sent) >= self.limit:
            return (self._sent[0] + self.window - now).total_seconds()
        self._sent.append(now)
        return 0.0


class GroupRobot:
    """A group robot webhook (群机器人): text or markdown with real @mentions, 20 messages a minute."""

    def __init__(self, key: str, *, clock: Clock, client: httpx.AsyncClient | None = None, base_url=API_BASE) -> None:
        self._key = key
        self.client = client or httpx.AsyncClient()
        self.base_url = base_url.rstrip("/")
        self.limiter = RateLimiter(clock)

    async def send(self, text: str, *, mentions: list[str] = (), markdown: bool = False) -> None:  # type: ignore[assignment]
        wait = self.limiter.acquire()
        if wait:
            raise PlatformError(f"WeCom group robot: 20 messages a minute used; next slot in {wait:.0f}s")
        if markdown:
            tags = "".join(f"<@{member}>" for member in mentions)
            payload: dict[str, Any] = {"msgtype": "markdown", "markdown": {"content": f"{tags}\n{text}".strip()}}
        else:
            payload = {"msgtype": "text", "text": {"content": text, "mentioned_list": list(mentions)}}
        try:
            reply = await self.client.post(f"{self.base_url}/webhook/send", params={"key": self._key}, json=payload)
            body = reply.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise PlatformError(f"WeCom group robot: {type(exc).__name__}", retryable=True) from None
        code = body.get("errcode", 0)
        if code:
            raise PlatformError(
                f"WeCom group robot failed: {code} {body.get('errmsg', '')}", retryable=code in RETRYABLE
            )

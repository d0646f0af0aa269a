"""Calling OneBot v11 actions: over HTTP (POST /<action>) or over a WebSocket with echo-matched responses.

Both callers return the response's `data` or raise `PlatformError`: a failed status or retcode
becomes a non-retryable error when trying again cannot help (bad parameters, no permission, an
unknown action, a rejected token), and a retryable one for timeouts, dropped connections and the
implementation's internal failures.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from itertools import count
from typing import Any, Protocol

import httpx

from qungui.core.platform import PlatformError

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 10.0
# v11 retcodes where trying again cannot help: bad params, invalid data, operation refused (usually a
# missing admin right), credentials invalid; 14xx are the HTTP-status-like codes WebSocket servers use.
PERMANENT_RETCODES = {100, 102, 103, 104, 1400, 1401, 1403, 1404}


class ActionCaller(Protocol):
    async def call(self, action: str, params: Mapping[str, Any]) -> Any: ...


def check_response(action: str, response: Any) -> Any:
    """The `data` of an action response, or PlatformError for a failed one."""
    if not isinstance(response, Mapping):
        raise PlatformError(f"OneBot {action}: response is not a JSON object", retryable=True)
    status = response.get("status")
    retcode = response.get("retcode")
    if status in ("ok", "async") and retcode in (0, 1):
        return response.get("data")
    detail = response.get("wording") or response.get("message") or response.get("msg") or ""
    retryable = retcode not in PERMANENT_RETCODES
    raise PlatformError(
        f"OneBot {action} failed: status={status} retcode={retcode} {detail}".strip(), retryable=retryable
    )


class HttpActionCaller:
    """POST each action to the implementation's HTTP API with the access token."""

    def __init__(
        self, base_url: str, *, token: str | None = None, client: httpx.AsyncClient | None = None, timeout_s=None
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.client = client or httpx.AsyncClient()
        self.timeout_s = timeout_s or DEFAULT_TIMEOUT_S

    async def call(self, action: str, params: Mapping[str, Any]) -> Any:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        try:
            reply = await self.client.post(
                f"{self.base_url}/{action}", json=dict(params), headers=headers, timeout=self.timeout_s
            )
        except httpx.HTTPError as exc:
            raise PlatformError(f"OneBot {action}: {type(exc).__name__}: {exc}", retryable=True) from exc
        if reply.status_code in (401, 403):
            raise PlatformError(f"OneBot {action}: access token rejected (HTTP {reply.status_code})", retryable=False)
        if reply.status_code == 404:
            raise PlatformError(f"OneBot {action}: the implementation has no such action", retryable=False)
        if reply.status_code >= 400:
            raise PlatformError(f"OneBot {action}: HTTP {reply.status_code}", retryable=reply.status_code >= 500)
        try:
            body = reply.json()
        except ValueError:
            raise PlatformError(f"OneBot {action}: response is not JSON", retryable=True) from None
        return check_response(action, body)


class EchoCaller:
    """Actions over whichever WebSocket is connected now; responses matched to calls by `echo`.

    The transport calls `attach(send)` when a connection opens, `resolve(frame)` for each frame
    that carries an echo, and `detach()` when it closes (pending calls then fail, retryable).
    """

    def __init__(self, *, timeout_s: float = DEFAULT_TIMEOUT_S) -> None:
        self.timeout_s = timeout_s
        self._send: Callable[[str], Awaitable[None]] | None = None
        self._pending: dict[str, asyncio.Future[Any]] = {}
        self._ids = count(1)

    @property
    def connected(self) -> bool:
        return self._send is not None

    def attach(self, send: Callable[[str], Awaitable[None]]) -> None:
        self._send = send

    def detach(self, send: Callable[[str], Awaitable[None]] | None = None, reason: str = "connection closed") -> None:
        """Forget the socket (only `send`'s, when given: a newer connection may have replaced it)."""
        if send is not None and self._send is not send:
            return
        self._send = None
        for future in self._pending.values():
            if not future.done():
                future.set_exception(PlatformError(f"OneBot: {reason} before the response", retryable=True))
        self._pending.clear()

    def resolve(self, frame: Mapping[str, Any]) -> bool:
        """Hand a response frame to its waiting call; False when nobody waits for that echo."""
        future = self._pending.pop(str(frame.get("echo")), None)
        if future is None or future.done():
            return False
        future.set_result(frame)
        return True

    async def call(self, action: str, params: Mapping[str, Any]) -> Any:
        if self._send is None:
            raise PlatformError(f"OneBot {action}: not connected", retryable=True)
        echo = f"qungui-{next(self._ids)}"
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pending[echo] = future
        try:
            await self._send(json.dumps({"action": action, "params": dict(params), "echo": echo}, ensure_ascii=False))
            frame = await asyncio.wait_for(future, self.timeout_s)
        except TimeoutError:
            raise PlatformError(f"OneBot {action}: no response within {self.timeout_s:g}s", retryable=True) from None
        except PlatformError:
            raise
        except Exception as exc:  # the socket broke while sending
            raise PlatformError(f"OneBot {action}: {type(exc).__name__}: {exc}", retryable=True) from exc
        finally:
            self._pending.pop(echo, None)
        return check_response(action, frame)

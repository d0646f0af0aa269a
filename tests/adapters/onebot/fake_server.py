"""A fake OneBot v11 implementation built from the spec (botuniverse/onebot v11), on loopback.

It keeps a QQ group's state (members, messages, mutes, cards, pending join requests), answers the
actions qungui uses with `{status, retcode, data, echo}` responses, and speaks every transport:
a forward WebSocket server (checks `Authorization: Bearer`), a reverse WebSocket client (connects
to qungui's route with `X-Self-ID` and `X-Client-Role`), an HTTP action API, and signed HTTP event
posts. `running(app)` serves any ASGI app with uvicorn on 127.0.0.1 so the traffic is real.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
from collections.abc import AsyncIterator
from http import HTTPStatus
from pathlib import Path
from typing import Any

import httpx
import uvicorn
import websockets
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route
from websockets.asyncio.server import serve

PAYLOADS = json.loads((Path(__file__).parent / "payloads" / "events.json").read_text(encoding="utf-8"))
MALFORMED = json.loads((Path(__file__).parent / "payloads" / "malformed.json").read_text(encoding="utf-8"))
GROUP_ID = 123456789
SELF_ID = 10001


def ok(data: Any = None) -> dict[str, Any]:
    return {"status": "ok", "retcode": 0, "data": data}


def failed(retcode: int, message: str) -> dict[str, Any]:
    return {"status": "failed", "retcode": retcode, "data": None, "message": message, "wording": message}


class FakeOneBot:
    """The implementation's state and its action handlers."""

    def __init__(self, *, token: str | None = None, secret: str | None = None) -> None:
        self.token = token
        self.secret = secret
        self.members: dict[int, dict[str, Any]] = {
            uid: {"user_id": uid, "nickname": f"u{uid}", "card": "", "role": "member", "join_time": 1764000000}
            for uid in (20001, 20002, 20003, 20005, 20009)
        }
        self.members[20003]["role"] = "owner"
        self.actions: list[tuple[str, dict[str, Any]]] = []
        self.sent: list[dict[str, Any]] = []
        self.private: list[dict[str, Any]] = []
        self.deleted: list[int] = []
        self.bans: dict[int, int] = {}
        self.kicked: list[tuple[int, bool]] = []
        self.cards: dict[int, str] = {}
        self.requests: dict[str, str] = {}  # flag → sub_type of requests still open
        self.decided: list[tuple[str, bool]] = []
        self.fail: dict[str, tuple[int, str]] = {}  # action → (retcode, message) answered instead
        self.silent: set[str] = set()  # actions never answered (to test timeouts)
        self.drop_on: set[str] = set()  # actions on which the WebSocket is dropped
        self._next_message = 9000
        self.sockets: set[Any] = set()

    # -- actions -------------------------------------------------------------------------------

    def handle(self, action: str, params: dict[str, Any]) -> dict[str, Any]:
        self.actions.append((action, params))
        if action in self.fail:
            return failed(*self.fail[action])
        handler = getattr(self, f"_do_{action}", None)
        if handler is None:
            return failed(1404, f"no such action {action}")
        try:
            return handler(**params)
        except (TypeError, KeyError, ValueError) as exc:
            return failed(100, f"bad params: {exc}")

    def _group(self, group_id: Any) -> None:
        if not isinstance(group_id, int) or group_id != GROUP_ID:
            raise ValueError(f"unknown group {group_id!r}")

    def _member(self, user_id: Any) -> int:
        if not isinstance(user_id, int):
            raise ValueError(f"user_id must be a number, got {user_id!r}")
        return user_id

    def _do_send_group_msg(self, group_id, message, auto_escape=False):
        self._group(group_id)
        if not isinstance(message, (list, str)) or not message:
            raise ValueError("message is empty")
        self._next_message += 1
        self.sent.append({"message_id": self._next_message, "message": message})
        return ok({"message_id": self._next_message})

    def _do_send_private_msg(self, user_id, message, auto_escape=False):
        self._next_message += 1
        self.private.append({"user_id": self._member(user_id), "message": message})
        return ok({"message_id": self._next_message})

    def _do_delete_msg(self, message_id):
        if not isinstance(message_id, int):
            raise ValueError("message_id must be a number")
        self.deleted.append(message_id)
        return ok()

    def _do_set_group_ban(self, group_id, user_id, duration=30 * 60):
        self._group(group_id)
        member = self._member(user_id)
        if duration:
            self.bans[member] = duration
        else:
            self.bans.pop(member, None)
        return ok()

    def _do_set_group_kick(self, group_id, user_id, reject_add_request=False):
        self._group(group_id)
        member = self._member(user_id)
        self.members.pop(member, None)
        self.kicked.append((member, bool(reject_add_request)))
        return ok()

    def _do_set_group_add_request(self, flag, approve=True, reason="", sub_type=None, type=None):
        if flag not in self.requests:
            return failed(100, f"no request with flag {flag}")
        if (sub_type or type) != self.requests[flag]:
            raise ValueError("sub_type does not match the request")
        del self.requests[flag]
        self.decided.append((flag, bool(approve)))
        return ok()

    def _do_set_group_card(self, group_id, user_id, card=""):
        self._group(group_id)
        self.cards[self._member(user_id)] = card
        return ok()

    def _do_get_group_member_list(self, group_id):
        self._group(group_id)
        return ok(list(self.members.values()))

    def expect_request(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Note an open join request (so it can be decided) and return its event payload."""
        self.requests[payload["flag"]] = payload["sub_type"]
        return payload

    # -- WebSocket framing (shared by forward and reverse) ---------------------------------------

    async def _answer(self, socket: Any) -> None:
        """Answer action frames on one socket until it closes."""
        self.sockets.add(socket)
        try:
            async for raw in socket:
                request = json.loads(raw)
                action = request.get("action", "")
                if action in self.drop_on:
                    await socket.close()
                    return
                if action in self.silent:
                    continue
                response = self.handle(action, request.get("params") or {})
                response["echo"] = request.get("echo")
                await socket.send(json.dumps(response, ensure_ascii=False))
        except websockets.ConnectionClosed:
            pass
        finally:
            self.sockets.discard(socket)

    async def push(self, payload: Any) -> None:
        """Push one event (or any frame) to every connected socket."""
        text = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
        for socket in list(self.sockets):
            await socket.send(text)

    async def until_connected(self, count: int = 1, timeout: float = 5.0) -> None:
        async with asyncio.timeout(timeout):
            while len(self.sockets) < count:
                await asyncio.sleep(0.01)

    # -- forward WebSocket server -----------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def forward_server(self) -> AsyncIterator[str]:
        """Serve the forward WebSocket on loopback; yields its ws:// URL."""

        def check(connection, request):
            if self.token is None:
                return None
            header = request.headers.get("Authorization", "")
            if not header:
                return connection.respond(HTTPStatus.UNAUTHORIZED, "access token required\n")
            if header != f"Bearer {self.token}":
                return connection.respond(HTTPStatus.FORBIDDEN, "wrong access token\n")
            return None

        async with serve(self._answer, "127.0.0.1", 0, process_request=check) as server:
            port = next(iter(server.sockets)).getsockname()[1]
            yield f"ws://127.0.0.1:{port}/"

    async def drop_all(self) -> None:
        """Close every connection (as when the QQ client restarts)."""
        for socket in list(self.sockets):
            await socket.close()

    # -- reverse WebSocket client ----------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def reverse_client(
        self, url: str, *, token: str | None = None, role: str = "Universal"
    ) -> AsyncIterator[Any]:
        """Connect to qungui's reverse WebSocket route the way NapCat/Lagrange do."""
        headers = {"X-Self-ID": str(SELF_ID), "X-Client-Role": role}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        async with websockets.connect(url, additional_headers=headers) as socket:
            self.sockets.add(socket)
            reader = asyncio.ensure_future(self._answer(socket))
            try:
                yield socket
            finally:
                reader.cancel()

    # -- HTTP -------------------------------------------------------------------------------------

    def http_api(self) -> Starlette:
        """The HTTP action API: POST /<action> with a JSON body."""

        async def endpoint(request: Request):
            if self.token is not None:
                header = request.headers.get("authorization", "")
                if not header:
                    return PlainTextResponse("", status_code=401)
                if header != f"Bearer {self.token}":
                    return PlainTextResponse("", status_code=403)
            action = request.path_params["action"]
            if action in self.silent:
                await asyncio.sleep(3600)
            response = self.handle(action, await request.json())
            if response["retcode"] == 1404:
                return PlainTextResponse("", status_code=404)
            return JSONResponse(response)

        return Starlette(routes=[Route("/{action}", endpoint, methods=["POST"])])

    async def post_event(
        self, url: str, payload: Any, *, token: str | None = None, secret: str | None = None, raw: bytes | None = None
    ) -> httpx.Response:
        """POST one event the way the HTTP transport does (X-Self-ID, optional X-Signature)."""
        body = raw if raw is not None else json.dumps(payload, ensure_ascii=False).encode()
        headers = {"Content-Type": "application/json", "X-Self-ID": str(SELF_ID)}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        if secret is not None:
            headers["X-Signature"] = "sha1=" + hmac.new(secret.encode(), body, hashlib.sha1).hexdigest()
        async with httpx.AsyncClient() as client:
            return await client.post(url, content=body, headers=headers)


@contextlib.asynccontextmanager
async def running(app: Any) -> AsyncIterator[str]:
    """Serve an ASGI app with uvicorn on 127.0.0.1 (a free port); yields its http:// base URL."""
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off", ws="auto")
    server = uvicorn.Server(config)
    task = asyncio.ensure_future(server.serve())
    async with asyncio.timeout(10):
        while not server.started:
            await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task

"""A fake Telegram Bot API server built from the Bot API documentation, as an ASGI app.

`POST /bot<token>/<method>` answers `{ok: true, result}` or `{ok: false, error_code, description}`
like api.telegram.org: 401 for a wrong token, 400 for bad parameters or a message that cannot be
deleted, 429 with `parameters.retry_after` when flood control is armed. `getUpdates` confirms
every update below the requested offset, as Telegram does. Clients reach it through
`httpx.ASGITransport` (real HTTP requests and responses, in process).
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

HERE = Path(__file__).parent
UPDATES = json.loads((HERE / "payloads" / "updates.json").read_text(encoding="utf-8"))
MALFORMED = json.loads((HERE / "payloads" / "malformed.json").read_text(encoding="utf-8"))
TOKEN = "123456789:AAFakeTokenForQunguiContractTests_x"
CHAT_ID = -1001234567890


class BadRequest(Exception):
    def __init__(self, code: int, description: str, parameters: dict | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


class FakeTelegram:
    """The Bot API's side: a supergroup where the bot is an admin, and the update queue."""

    def __init__(self) -> None:
        self.updates: list[dict[str, Any]] = []
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.sent: list[dict[str, Any]] = []
        self.deleted: list[int] = []
        self.restricted: dict[int, dict[str, Any]] = {}
        self.banned: set[int] = set()
        self.members: set[int] = {7001, 7002, 7003, 7005, 7009}
        self.join_requests: set[int] = set()
        self.decided: list[tuple[int, bool]] = []
        self.flood: dict[str, int] = {}  # method → retry_after, answered once as 429
        self.broken: dict[str, int] = {}  # method → HTTP status answered once (e.g. 502)
        self.messages: set[int] = {70, 71, 72, 73}
        self.webhook: dict[str, Any] | None = None
        self.polls: list[dict[str, Any]] = []
        self._next = 1000

    def client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app()), base_url="https://api.telegram.org")

    def app(self) -> Starlette:
        async def endpoint(request: Request):
            if request.path_params["token"] != TOKEN:
                return JSONResponse({"ok": False, "error_code": 401, "description": "Unauthorized"}, status_code=401)
            method = request.path_params["method"]
            params = await request.json() if await request.body() else {}
            self.calls.append((method, params))
            if method in self.broken:
                return JSONResponse({"ok": False}, status_code=self.broken.pop(method))
            if method in self.flood:
                retry = self.flood.pop(method)
                body = {
                    "ok": False,
                    "error_code": 429,
                    "description": f"Too Many Requests: retry after {retry}",
                    "parameters": {"retry_after": retry},
                }
                return JSONResponse(body, status_code=429)
            handler = getattr(self, f"_{method}", None)
            try:
                if handler is None:
                    raise BadRequest(404, "Not Found: method not found")
                result = handler(**params)
            except TypeError as exc:
                result, error = None, BadRequest(400, f"Bad Request: {exc}")
            except BadRequest as exc:
                result, error = None, exc
            else:
                if method == "getUpdates" and not result:
                    await asyncio.sleep(0.01)  # a long poll that found nothing (shortened)
                return JSONResponse({"ok": True, "result": result})
            body = {"ok": False, "error_code": error.code, "description": error.description}
            if error.parameters:
                body["parameters"] = error.parameters
            return JSONResponse(body, status_code=error.code)

        return Starlette(routes=[Route("/bot{token}/{method}", endpoint, methods=["POST"])])

    @staticmethod
    def _chat(chat_id: Any) -> None:
        if chat_id != CHAT_ID:
            raise BadRequest(400, "Bad Request: chat not found")

    def _getUpdates(self, offset=None, limit=100, timeout=0, allowed_updates=None):
        self.polls.append({"offset": offset, "allowed_updates": allowed_updates})
        if offset is not None:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        return self.updates[:limit]

    def _deleteWebhook(self, drop_pending_updates=False):
        self.webhook = None
        return True

    def _setWebhook(self, url, secret_token=None, allowed_updates=None, **_):
        self.webhook = {"url": url, "secret_token": secret_token, "allowed_updates": allowed_updates}
        return True

    def _sendMessage(self, chat_id, text, entities=None, reply_parameters=None, **_):
        if not text:
            raise BadRequest(400, "Bad Request: message text is empty")
        if chat_id != CHAT_ID and chat_id not in self.members:
            raise BadRequest(403, "Forbidden: bot can't initiate conversation with a user")
        self._next += 1
        self.sent.append({"chat_id": chat_id, "text": text, "entities": entities, "reply": reply_parameters})
        return {"message_id": self._next, "date": 1764036000, "chat": {"id": chat_id, "type": "supergroup"}}

    def _deleteMessage(self, chat_id, message_id):
        self._chat(chat_id)
        if message_id not in self.messages:
            raise BadRequest(400, "Bad Request: message to delete not found")
        self.messages.discard(message_id)
        self.deleted.append(message_id)
        return True

    def _restrictChatMember(
        self, chat_id, user_id, permissions, until_date=None, use_independent_chat_permissions=None
    ):
        self._chat(chat_id)
        if user_id not in self.members:
            raise BadRequest(400, "Bad Request: user not found")
        self.restricted[user_id] = {"permissions": permissions, "until_date": until_date}
        return True

    def _banChatMember(self, chat_id, user_id, until_date=None, revoke_messages=None):
        self._chat(chat_id)
        self.banned.add(user_id)
        self.members.discard(user_id)
        return True

    def _unbanChatMember(self, chat_id, user_id, only_if_banned=False):
        self._chat(chat_id)
        if user_id in self.members and not only_if_banned:
            self.members.discard(user_id)  # unban without only_if_banned kicks a present member
        self.banned.discard(user_id)
        return True

    def _approveChatJoinRequest(self, chat_id, user_id):
        return self._decide(chat_id, user_id, True)

    def _declineChatJoinRequest(self, chat_id, user_id):
        return self._decide(chat_id, user_id, False)

    def _decide(self, chat_id, user_id, approve):
        self._chat(chat_id)
        if user_id not in self.join_requests:
            raise BadRequest(400, "Bad Request: HIDE_REQUESTER_MISSING")
        self.join_requests.discard(user_id)
        self.decided.append((user_id, approve))
        if approve:
            self.members.add(user_id)
        return True

"""A fake WeCom (企业微信) server built from the developer docs, as an ASGI app, plus a callback sender.

API side (`https://qyapi.weixin.qq.com/cgi-bin/...`): gettoken, appchat/create|update|send,
message/send and the group-robot webhook, answering `{errcode, errmsg}`; tokens can be expired
(42001) to test the refresh, and the robot refuses a 21st message in its window (45009).
Callback side: `callback_request` encrypts and signs an XML message the way WeCom does — written
here independently of qungui's crypto module, so the two check each other.
"""

from __future__ import annotations

import base64
import hashlib
import os
import struct
from itertools import count
from pathlib import Path
from typing import Any

import httpx
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from support import START

HERE = Path(__file__).parent
CORP_ID = "ww0123456789abcdef"
SECRET = "app-secret-0123456789abcdef"
AGENT_ID = 1000002
TOKEN = "QunguiCallbackToken"
AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
ROBOT_KEY = "robot-key-693a91f6"


def payload(name: str) -> str:
    return (HERE / "payloads" / name).read_text(encoding="utf-8")


NOW_STAMP = str(int(START.timestamp()))  # the frozen clocks' now (2026-11-23 09:00 Asia/Shanghai)


def callback_request(xml: str, *, timestamp: str = NOW_STAMP, nonce: str = "n0nce", corp_id: str = CORP_ID):
    """The query and body WeCom POSTs for one XML message (AES-256-CBC, 32-byte PKCS#7, SHA-1 signature).

    `timestamp` is signed with it; the connector refuses one far from its clock's now (a replay)."""
    key = base64.b64decode(AES_KEY + "=")
    message = xml.encode()
    body = os.urandom(16) + struct.pack(">I", len(message)) + message + corp_id.encode()
    pad = 32 - len(body) % 32
    body += bytes([pad]) * pad
    encryptor = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
    encrypted = base64.b64encode(encryptor.update(body) + encryptor.finalize()).decode()
    signature = hashlib.sha1("".join(sorted([TOKEN, timestamp, nonce, encrypted])).encode()).hexdigest()
    outer = (
        f"<xml><ToUserName><![CDATA[{corp_id}]]></ToUserName><AgentID><![CDATA[{AGENT_ID}]]></AgentID>"
        f"<Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>"
    )
    query = {"msg_signature": signature, "timestamp": timestamp, "nonce": nonce}
    return query, outer.encode(), encrypted


class FakeWeCom:
    """The WeCom server's state: tokens, app-created chats, messages, robot sends."""

    def __init__(self) -> None:
        self._tokens = count(1)
        self.valid_tokens: set[str] = set()
        self.token_requests = 0
        self.chats: dict[str, dict[str, Any]] = {}
        self.chat_messages: list[dict[str, Any]] = []
        self.app_messages: list[dict[str, Any]] = []
        self.robot_messages: list[dict[str, Any]] = []
        self.robot_refusals = 0
        self.robot_window = 0  # messages in WeCom's current minute
        self.busy: dict[str, int] = {}  # path → errcode answered once
        self.calls: list[str] = []

    def client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app()))

    def next_minute(self) -> None:
        self.robot_window = 0

    def expire_tokens(self) -> None:
        self.valid_tokens.clear()

    def app(self) -> Starlette:
        async def gettoken(request: Request):
            self.token_requests += 1
            q = request.query_params
            if q.get("corpid") != CORP_ID or q.get("corpsecret") != SECRET:
                return JSONResponse({"errcode": 40001, "errmsg": "invalid credential"})
            token = f"token-{next(self._tokens)}"
            self.valid_tokens.add(token)
            return JSONResponse({"errcode": 0, "errmsg": "ok", "access_token": token, "expires_in": 7200})

        async def api(request: Request):
            path = request.path_params["path"]
            self.calls.append(path)
            token = request.query_params.get("access_token")
            if not token:
                return JSONResponse({"errcode": 41001, "errmsg": "access_token missing"})
            if token not in self.valid_tokens:
                return JSONResponse({"errcode": 42001, "errmsg": "access_token expired"})
            if path in self.busy:
                return JSONResponse({"errcode": self.busy.pop(path), "errmsg": "system busy"})
            body = await request.json()
            return JSONResponse(self.handle(path, body))

        async def robot(request: Request):
            if request.query_params.get("key") != ROBOT_KEY:
                return JSONResponse({"errcode": 93000, "errmsg": "invalid webhook url"})
            if self.robot_window >= 20:
                self.robot_refusals += 1
                return JSONResponse({"errcode": 45009, "errmsg": "api freq out of limit"})
            self.robot_window += 1
            self.robot_messages.append(await request.json())
            return JSONResponse({"errcode": 0, "errmsg": "ok"})

        return Starlette(
            routes=[
                Route("/cgi-bin/gettoken", gettoken),
                Route("/cgi-bin/webhook/send", robot, methods=["POST"]),
                Route("/cgi-bin/{path:path}", api, methods=["POST"]),
            ]
        )

    def handle(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        if path == "appchat/create":
            members = body.get("userlist") or []
            if len(members) < 2 or body.get("owner") not in members:
                return {"errcode": 40050, "errmsg": "invalid chat members"}
            chat_id = body.get("chatid") or f"chat{len(self.chats) + 1}"
            self.chats[chat_id] = {"name": body.get("name"), "owner": body.get("owner"), "members": set(members)}
            return {"errcode": 0, "errmsg": "ok", "chatid": chat_id}
        chat = self.chats.get(body.get("chatid", ""))
        if path == "appchat/update":
            if chat is None:
                return {"errcode": 86003, "errmsg": "chat not exist"}
            chat["members"] |= set(body.get("add_user_list") or [])
            chat["members"] -= set(body.get("del_user_list") or [])
            return {"errcode": 0, "errmsg": "ok"}
        if path == "appchat/send":
            if chat is None:
                return {"errcode": 86003, "errmsg": "chat not exist"}
            self.chat_messages.append(body)
            return {"errcode": 0, "errmsg": "ok"}
        if path == "message/send":
            if body.get("agentid") != AGENT_ID:
                return {"errcode": 60020, "errmsg": "not allow to access from your ip / bad agentid"}
            self.app_messages.append(body)
            return {"errcode": 0, "errmsg": "ok", "invaliduser": ""}
        return {"errcode": 60011, "errmsg": "no privilege to access/modify contact/party/agent"}

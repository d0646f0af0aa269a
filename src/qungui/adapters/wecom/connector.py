"""The WeCom connector: the app's callback URL (verified, decrypted) and the platform for appchat or customer groups.

GET on the callback path is WeCom's URL check: verify `msg_signature` over the `echostr`, decrypt it
and answer the plain text. POST carries an encrypted XML callback: a missing signature is refused
with 401, a wrong one — or a signed timestamp more than MAX_SKEW from now, a recorded callback replayed —
with 403, a body over MAX_XML_BYTES with 413 (before more is read), an undecryptable or malformed body
with 400 — each logged, nothing handed on. A good callback is answered "success" only after the sink
returned; a failing sink gets 500, so WeCom delivers the callback again (up to three times).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any, Literal

import httpx
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from qungui.adapters.base import BodyTooLarge, ConnectorConfigError, EventSink, read_body
from qungui.adapters.wecom.api import API_BASE, GroupRobot, WeComApi
from qungui.adapters.wecom.crypto import MAX_XML_BYTES, CallbackError, WeComCrypto, parse_xml
from qungui.adapters.wecom.platform import WeComAppChatPlatform, WeComCustomerGroupPlatform
from qungui.adapters.wecom.translate import PLATFORM, MalformedCallback, to_events
from qungui.core.clock import Clock
from qungui.core.events import Event, GroupRef

log = logging.getLogger(__name__)
MAX_SKEW = timedelta(minutes=5)  # a callback's signed timestamp must be this close to now (no replays of old ones)


class GroupOption(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1, max_length=128, description="appchat chatid or customer group chat_id")
    name: str | None = None
    robot_key: str | None = Field(default=None, min_length=8, description="group robot webhook key (appchat)")


class WeComSettings(BaseModel):
    """Options of `qungui serve --platform wecom`."""

    model_config = ConfigDict(extra="forbid")

    corp_id: str = Field(pattern=r"^w[a-zA-Z0-9]{5,40}$", description="CorpID (我的企业 → 企业信息)")
    secret: str = Field(min_length=16, description="the self-built app's Secret")
    agent_id: int = Field(gt=0, description="the app's AgentId")
    token: str = Field(pattern=r"^[A-Za-z0-9]{3,32}$", description="callback Token")
    encoding_aes_key: str = Field(pattern=r"^[A-Za-z0-9]{43}$", description="callback EncodingAESKey")
    mode: Literal["appchat", "customer_group"] = "appchat"
    groups: list[GroupOption] = Field(min_length=1)
    robot_keys: dict[str, str] = Field(default_factory=dict, description="chat id → group robot webhook key")
    path: str = Field(default="/wecom/callback", pattern=r"^/")
    api_base: str = Field(default=API_BASE, pattern=r"^https?://")


class WeComConnector:
    """Implements Connector for a WeCom self-built app."""

    name = PLATFORM

    def __init__(self, settings: WeComSettings, clock: Clock, *, http: httpx.AsyncClient | None = None) -> None:
        self.settings = settings
        self.clock = clock
        self._groups = {g.id: GroupRef(platform=PLATFORM, id=g.id, name=g.name) for g in settings.groups}
        self.crypto = WeComCrypto(
            token=settings.token, encoding_aes_key=settings.encoding_aes_key, receive_id=settings.corp_id
        )
        self.api = WeComApi(
            corp_id=settings.corp_id, secret=settings.secret, clock=clock, client=http, base_url=settings.api_base
        )
        if settings.mode == "customer_group":
            self.platform: Any = WeComCustomerGroupPlatform(self.api, settings.agent_id)
        else:
            keys = {g.id: g.robot_key for g in settings.groups if g.robot_key} | settings.robot_keys
            robots = {
                chat: GroupRobot(key, clock=clock, client=self.api.client, base_url=settings.api_base)
                for chat, key in keys.items()
            }
            self.platform = WeComAppChatPlatform(self.api, settings.agent_id, robots)
            self.platform.with_robots_for(list(self._groups))
        self.sink: EventSink | None = None

    def groups(self) -> Sequence[GroupRef]:
        return list(self._groups.values())

    def bind(self, sink: EventSink) -> None:
        self.sink = sink

    async def run(self, sink: EventSink, stop: asyncio.Event) -> None:
        """Callbacks are pushed: hold the sink until `stop`."""
        self.sink = sink
        await stop.wait()

    def routes(self) -> Sequence[Any]:
        return [Route(self.settings.path, self._callback, methods=["GET", "POST"])]

    def translate(self, message: Mapping[str, Any]) -> tuple[Event, ...]:
        private_group = next(iter(self._groups.values())) if len(self._groups) == 1 else None
        result = to_events(message, self._groups, tz=self.clock.now().tzinfo, private_group=private_group)  # type: ignore[arg-type]
        if not result.events:
            log.debug("wecom: ignored callback: %s", result.reason)
        return result.events

    def _check_fresh(self, timestamp: str) -> None:
        """Refuse a signed callback whose timestamp is not within MAX_SKEW of now: a recorded one replayed."""
        now = self.clock.now().timestamp()
        if not timestamp.isdigit() or len(timestamp) > 12 or abs(now - int(timestamp)) > MAX_SKEW.total_seconds():
            raise CallbackError(f"timestamp {timestamp[:20]!r} is not within {MAX_SKEW} of now: replayed, or clock off")

    async def _callback(self, request: Request) -> Response:
        client = request.client.host if request.client else "?"
        query = request.query_params
        signature, timestamp, nonce = query.get("msg_signature"), query.get("timestamp"), query.get("nonce")
        if not signature or not timestamp or not nonce:
            log.warning("wecom: callback from %s refused: no msg_signature/timestamp/nonce", client)
            return PlainTextResponse("signature required", status_code=401)
        try:
            if request.method == "GET":
                echo = query.get("echostr") or ""
                self.crypto.verify(signature, timestamp, nonce, echo)
                self._check_fresh(timestamp)
                return PlainTextResponse(self.crypto.decrypt(echo).decode("utf-8", "replace"))
            outer = parse_xml(await read_body(request, MAX_XML_BYTES))
            encrypted = outer.get("Encrypt")
            if not isinstance(encrypted, str) or not encrypted:
                raise CallbackError("no Encrypt element")
            self.crypto.verify(signature, timestamp, nonce, encrypted)
            self._check_fresh(timestamp)
        except BodyTooLarge as exc:
            log.warning("wecom: callback from %s refused: %s", client, exc)
            return PlainTextResponse("callback too large", status_code=413)
        except CallbackError as exc:
            forged = "msg_signature" in str(exc) or "timestamp" in str(exc)
            log.warning("wecom: callback from %s refused: %s", client, exc)
            return PlainTextResponse(
                "forbidden" if forged else f"bad callback: {exc}", status_code=403 if forged else 400
            )
        try:
            events = self.translate(parse_xml(self.crypto.decrypt(encrypted)))
        except (CallbackError, MalformedCallback, ValueError) as exc:
            log.warning("wecom: callback from %s rejected: %s", client, exc)
            return PlainTextResponse(f"bad callback: {exc}", status_code=400)
        if events and self.sink is None:
            log.warning("wecom: callback refused: the service is not running yet")
            return PlainTextResponse("not ready", status_code=503)
        for event in events:
            try:
                await self.sink(event)  # type: ignore[misc]
            except Exception as exc:
                log.warning("wecom: event %s not handled (%s); answered 500 so WeCom sends it again", event.key, exc)
                return PlainTextResponse("not handled", status_code=500)
        return PlainTextResponse("success")


def build_connector(options: Mapping[str, Any], clock: Clock) -> WeComConnector:
    """The registry's factory: validate the options (every bad field reported) and build the connector."""
    try:
        settings = WeComSettings.model_validate(dict(options))
    except ValidationError as exc:
        raise ConnectorConfigError.from_validation(PLATFORM, exc) from None
    return WeComConnector(settings, clock)

"""The Telegram connector: a webhook route checked by its secret token, or long polling with a kept offset.

Webhook: Telegram POSTs each Update with `X-Telegram-Bot-Api-Secret-Token`; a missing or wrong
secret is refused (401, logged) before anything is read; the update is answered 200 only after the
sink returned, so a failing sink (500) makes Telegram send it again. Long polling: `getUpdates`
with `allowed_updates` listed explicitly (chat_member and message_reaction are not sent otherwise);
the offset moves past an update only after the sink returned, and is kept in an `OffsetStore` —
in memory by default, in the cursor store `qungui serve` passes (the database's cursor table) — so a restart
resumes where it stopped and at worst hands an update over twice (its idempotency key absorbs that).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Mapping, Sequence
from typing import Any, Literal, Protocol

import httpx
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from qungui.adapters.base import (
    Backoff,
    BodyTooLarge,
    ConnectorConfigError,
    Cursors,
    DatabaseCursors,
    EventSink,
    read_body,
)
from qungui.adapters.telegram.platform import API_BASE, RateLimited, TelegramApi, TelegramPlatform
from qungui.adapters.telegram.translate import ALLOWED_UPDATES, PLATFORM, Directory, MalformedUpdate, to_event
from qungui.core.clock import Clock
from qungui.core.events import Event, GroupRef, MemberRef
from qungui.core.platform import PlatformError

log = logging.getLogger(__name__)
SECRET_HEADER = "x-telegram-bot-api-secret-token"


class GroupOption(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^-?\d{1,20}$", description="the chat id, e.g. -1001234567890")
    name: str | None = None


class TelegramSettings(BaseModel):
    """Options of `qungui serve --platform telegram`."""

    model_config = ConfigDict(extra="forbid")

    token: str = Field(pattern=r"^\d+:[A-Za-z0-9_-]{20,}$", description="the bot token from @BotFather")
    groups: list[GroupOption] = Field(min_length=1)
    mode: Literal["polling", "webhook"] = "polling"
    webhook_secret: str | None = Field(default=None, pattern=r"^[A-Za-z0-9_-]{16,256}$")
    webhook_url: str | None = Field(default=None, pattern=r"^https://")
    path: str = Field(default="/telegram/webhook", pattern=r"^/")
    poll_timeout_s: int = Field(default=30, ge=0, le=50)
    api_base: str = Field(default=API_BASE, pattern=r"^https?://")
    bot_name: str | None = Field(default=None, description="the bot's display name, for @bot commands")

    @field_validator("groups", mode="before")
    @classmethod
    def _plain_ids(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [{"id": str(item)} if isinstance(item, (int, str)) else item for item in value]
        return value

    @model_validator(mode="after")
    def _webhook_needs_secret(self) -> TelegramSettings:
        if self.mode == "webhook" and not self.webhook_secret:
            raise ValueError("mode webhook needs webhook_secret (16+ letters, digits, _ or -)")
        return self


class OffsetStore(Protocol):
    """Where the long-polling offset survives: `get` the next update_id to ask for, `put` a new one."""

    def get(self) -> int | None: ...

    def put(self, offset: int) -> None: ...


class MemoryOffsets:
    """The offset in memory only: a restart asks Telegram again from its own unconfirmed updates."""

    def __init__(self) -> None:
        self.value: int | None = None

    def get(self) -> int | None:
        return self.value

    def put(self, offset: int) -> None:
        self.value = offset


class CursorOffsets:
    """The offset in a connector cursor store (`qungui serve` passes the database-backed one)."""

    def __init__(self, cursors: Cursors, *, connection: str) -> None:
        self.cursors = cursors
        self.connection = connection

    def get(self) -> int | None:
        value = self.cursors.get(self.connection, "offset")
        return int(value) if value is not None and value.isdigit() else None

    def put(self, offset: int) -> None:
        self.cursors.set(self.connection, "offset", str(offset))


class TelegramConnector:
    """Implements Connector for the Telegram Bot API."""

    name = PLATFORM

    def __init__(
        self,
        settings: TelegramSettings,
        clock: Clock,
        *,
        http: httpx.AsyncClient | None = None,
        backoff: Backoff | None = None,
        offsets: OffsetStore | None = None,
    ) -> None:
        self.settings = settings
        self.clock = clock
        self._groups = {g.id: GroupRef(platform=PLATFORM, id=g.id, name=g.name) for g in settings.groups}
        self.directory = Directory()
        self.api = TelegramApi(settings.token, client=http, base_url=settings.api_base)
        self.platform = TelegramPlatform(self.api, clock, self.directory)
        self.backoff = backoff or Backoff()
        self.offsets: OffsetStore = offsets or MemoryOffsets()
        self.sink: EventSink | None = None

    @property
    def bot_id(self) -> str:
        return self.settings.token.split(":", 1)[0]

    def groups(self) -> Sequence[GroupRef]:
        return list(self._groups.values())

    @property
    def bot(self) -> MemberRef:
        """The bot's own account (its id is the token's first part)."""
        return MemberRef(platform=PLATFORM, id=self.bot_id, name=self.settings.bot_name)

    def use_cursors(self, cursors: Cursors) -> None:
        """Keep the polling offset in `cursors` so a restart resumes where it stopped."""
        self.offsets = CursorOffsets(cursors, connection=f"telegram:{self.bot_id}")

    def use_database(self, sessions) -> None:
        """Keep the polling offset in the database's cursor table."""
        self.use_cursors(DatabaseCursors(sessions, self.clock))

    def bind(self, sink: EventSink) -> None:
        self.sink = sink

    def translate(self, update: Any) -> Event | None:
        private_group = next(iter(self._groups.values())) if len(self._groups) == 1 else None
        result = to_event(update, self._groups, self.directory, tz=self.clock.now().tzinfo, private_group=private_group)  # type: ignore[arg-type]
        if result.event is None:
            level = logging.WARNING if result.warning else logging.DEBUG
            log.log(level, "telegram: ignored update %s: %s", update.get("update_id"), result.reason)
        return result.event

    # -- webhook ---------------------------------------------------------------------------------

    def routes(self) -> Sequence[Any]:
        if self.settings.mode != "webhook":
            return []
        return [Route(self.settings.path, self._webhook, methods=["POST"])]

    async def _webhook(self, request: Request) -> Response:
        client = request.client.host if request.client else "?"
        given = request.headers.get(SECRET_HEADER, "")
        expected = self.settings.webhook_secret or ""
        if not given or not hmac.compare_digest(given.encode(), expected.encode()):
            log.warning("telegram: webhook post from %s refused: %s secret token", client, "wrong" if given else "no")
            return PlainTextResponse("forbidden", status_code=401)
        try:
            event = self.translate(json.loads(await read_body(request)))
        except BodyTooLarge as exc:
            log.warning("telegram: update from %s refused: %s", client, exc)
            return PlainTextResponse("update too large", status_code=413)
        except (ValueError, MalformedUpdate) as exc:
            log.warning("telegram: malformed update from %s rejected: %s", client, exc)
            return PlainTextResponse(f"malformed update: {exc}", status_code=400)
        if event is None:
            return Response(status_code=200)
        if self.sink is None:
            log.warning("telegram: update %s refused: the service is not running yet", event.key)
            return PlainTextResponse("not ready", status_code=503)
        try:
            await self.sink(event)
        except Exception as exc:
            log.warning("telegram: update %s not handled (%s); answered 500 so Telegram sends it again", event.key, exc)
            return PlainTextResponse("not handled", status_code=500)
        return Response(status_code=200)

    async def register_webhook(self) -> None:
        """Tell Telegram where to post, with the secret and the update kinds qungui reads."""
        await self.api.call(
            "setWebhook",
            url=self.settings.webhook_url.rstrip("/") + self.settings.path,  # type: ignore[union-attr]
            secret_token=self.settings.webhook_secret,
            allowed_updates=list(ALLOWED_UPDATES),
        )

    # -- long polling ----------------------------------------------------------------------------

    async def run(self, sink: EventSink, stop: asyncio.Event) -> None:
        """Poll until `stop` (webhook mode: register the webhook if a public URL is set, then wait)."""
        self.sink = sink
        if self.settings.mode == "webhook":
            if self.settings.webhook_url:
                try:
                    await self.register_webhook()
                except PlatformError as exc:
                    log.error("telegram: setWebhook failed: %s", exc)
            await stop.wait()
            return
        try:
            await self.api.call("deleteWebhook")  # getUpdates is refused while a webhook is set
        except PlatformError as exc:
            log.warning("telegram: deleteWebhook failed: %s", exc)
        while not stop.is_set():
            try:
                await self.poll_once(sink)
                self.backoff.reset()
            except RateLimited as exc:
                log.warning("telegram: %s", exc)
                if not await self.backoff.wait(stop, delay=exc.retry_after):  # capped; a stop ends it at once
                    break
            except Exception as exc:  # network, Telegram down, a failing sink: wait, then ask again
                log.warning("telegram: polling failed: %s; retrying", exc)
                if not await self.backoff.wait(stop):
                    break

    async def poll_once(self, sink: EventSink) -> int:
        """One getUpdates round; returns how many updates were acknowledged."""
        offset = self.offsets.get()
        params: dict[str, Any] = {"timeout": self.settings.poll_timeout_s, "allowed_updates": list(ALLOWED_UPDATES)}
        if offset is not None:
            params["offset"] = offset
        updates = await self.api.call("getUpdates", timeout_s=self.settings.poll_timeout_s + 10, **params)
        if not isinstance(updates, list):
            raise PlatformError("Telegram getUpdates: result is not a list", retryable=True)
        done = 0
        for update in updates:
            update_id = update.get("update_id") if isinstance(update, Mapping) else None
            if not isinstance(update_id, int) or isinstance(update_id, bool):
                log.warning("telegram: update without update_id skipped: %.80r", update)
                continue
            try:
                event = self.translate(update)
            except MalformedUpdate as exc:
                log.warning("telegram: malformed update %s skipped: %s", update_id, exc)
                event = None
            if event is not None:
                await sink(event)  # raises: the offset stays, the update comes again
            self.offsets.put(update_id + 1)
            done += 1
        return done


def build_connector(options: Mapping[str, Any], clock: Clock, *, cursors: Cursors | None = None) -> TelegramConnector:
    """The registry's factory: validate the options (every bad field reported) and build the connector."""
    try:
        settings = TelegramSettings.model_validate(dict(options))
    except ValidationError as exc:
        raise ConnectorConfigError.from_validation(PLATFORM, exc) from None
    connector = TelegramConnector(settings, clock)
    if cursors is not None:
        connector.use_cursors(cursors)
    return connector

"""Matrix inbound: a /sync loop (matrix-nio) that hands each governed room's events to the runtime.

At-least-once: the sync token is stored (cursor "sync") only after the sink returned for every event
of that batch, so a crash or a dropped connection replays the batch at worst — the runtime drops the
repeats by idempotency key — and never skips one. A gap the homeserver reports (a "limited" timeline)
is filled by paging back with /messages to the previous token. A malformed event is logged with a
clear line and skipped; a failing sync or sink reconnects with `Backoff`. The bot's own events are
ignored. On the very first start (no stored token) the connector reads from now on, not the history.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Mapping, Sequence
from typing import Any

from nio import AsyncClient, AsyncClientConfig, LoginResponse, RoomMessagesResponse, SyncResponse
from nio.api import MessageDirection
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from qungui.adapters.base import Backoff, ConnectorConfigError, Cursors, EventSink, MemoryCursors
from qungui.adapters.matrix.platform import MatrixPlatform
from qungui.adapters.matrix.translate import PLATFORM, MalformedEvent, translate_event
from qungui.core.clock import Clock
from qungui.core.events import GroupRef, MemberRef, MessageEvent, MessageKind

log = logging.getLogger(__name__)

SYNC_KEY = "sync"
NO_CREDENTIALS = "需要 access_token 或 password / access_token or password is required (credentials)"
MAX_IMAGE_BYTES = 10 * 1024 * 1024  # images up to this size are fetched so QR codes in them are read
SKIPPED_KEPT = 100  # log lines of skipped events kept for inspection (all are logged)
BACKFILL_PAGES = 20  # at most this many /messages pages (100 events each) to fill one gap
_FILTER = {
    "presence": {"types": []},
    "account_data": {"types": []},
    "room": {
        "timeline": {"limit": 200, "types": ["m.room.message", "m.room.member", "m.reaction"]},
        "ephemeral": {"types": []},
    },
}
_STATE_FILTER = {"presence": {"types": []}, "room": {"timeline": {"limit": 1}, "ephemeral": {"types": []}}}


class MatrixGroup(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str = Field(pattern=r"^!.+:.+$", description="room id, e.g. !abc:example.org")
    name: str | None = None


class MatrixSettings(BaseModel):
    """`matrix:` in the config file."""

    model_config = ConfigDict(extra="forbid")

    homeserver: str = Field(pattern=r"^https?://\S+$", description="e.g. https://matrix.example.org")
    user_id: str = Field(pattern=r"^@[^:]+:.+$", description="the bot's user id, e.g. @qungui:example.org")
    access_token: str | None = None
    password: str | None = None
    device_id: str | None = None
    device_name: str = "qungui"
    groups: list[MatrixGroup] = Field(default_factory=list)
    sync_timeout_s: float = Field(default=30.0, gt=0, le=300)
    request_timeout_s: float = Field(default=60.0, gt=0, le=600)
    backoff_initial_s: float = Field(default=1.0, gt=0)
    backoff_max_s: float = Field(default=60.0, gt=0)

    @field_validator("homeserver")
    @classmethod
    def _no_trailing_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @model_validator(mode="after")
    def _credentials(self) -> MatrixSettings:
        if not self.access_token and not self.password:
            raise ValueError(NO_CREDENTIALS)
        return self


def parse_settings(options: Mapping[str, Any]) -> MatrixSettings:
    """Validate the options, reporting every bad field at once (ConnectorConfigError)."""
    try:
        return MatrixSettings.model_validate(dict(options))
    except ValidationError as exc:
        error = ConnectorConfigError.from_validation(PLATFORM, exc)
        if not options.get("access_token") and not options.get("password") and "credentials" not in str(error):
            error.problems.append(f"{PLATFORM}: {NO_CREDENTIALS}")  # the model check did not run for the other errors
        raise ConnectorConfigError(PLATFORM, error.problems) from None


class MatrixConnector:
    """Connector for Matrix: pulls with /sync; nothing to mount on the web app."""

    name = PLATFORM

    def __init__(
        self,
        settings: MatrixSettings,
        *,
        clock: Clock,
        cursors: Cursors | None = None,
        client: AsyncClient | None = None,
        backoff: Backoff | None = None,
    ) -> None:
        self.settings = settings
        self.clock = clock
        self.cursors = cursors if cursors is not None else MemoryCursors()
        self.connection = f"{PLATFORM}:{settings.user_id}"
        config = AsyncClientConfig(
            max_limit_exceeded=0, max_timeouts=1, request_timeout=settings.request_timeout_s, store_sync_tokens=False
        )
        self.client = client or AsyncClient(
            settings.homeserver, settings.user_id, device_id=settings.device_id, config=config
        )
        if settings.access_token:
            self.client.access_token = settings.access_token
            self.client.user_id = settings.user_id
        self.platform = MatrixPlatform(self.client, clock=clock, cursors=self.cursors, connection=self.connection)
        self.backoff = backoff or Backoff(initial_s=settings.backoff_initial_s, maximum_s=settings.backoff_max_s)
        self._groups = {g.id: GroupRef(platform=PLATFORM, id=g.id, name=g.name) for g in settings.groups}
        self._connected = False
        self.skipped: deque[str] = deque(maxlen=SKIPPED_KEPT)  # the latest malformed events' log lines

    def routes(self) -> Sequence[Any]:
        return ()

    @property
    def bot(self) -> MemberRef:
        """The bot's own member reference (the runtime ignores its echoed messages)."""
        return MemberRef(platform=PLATFORM, id=self.settings.user_id, name=self.settings.device_name)

    def groups(self) -> Sequence[GroupRef]:
        return list(self._groups.values())

    @property
    def default_group(self) -> GroupRef | None:
        """The group a private message to the bot is about (the first configured)."""
        return next(iter(self._groups.values()), None)

    # -- connecting ---------------------------------------------------------------------------------

    async def connect(self) -> None:
        """Log in when needed, join the governed rooms, and learn their members (display names)."""
        if not self.client.access_token:
            response = await self.client.login(self.settings.password, device_name=self.settings.device_name)
            if not isinstance(response, LoginResponse):
                raise ConnectionError(f"Matrix login as {self.settings.user_id} failed: {response}")
        for room_id in self._groups:
            if room_id not in self.client.rooms:
                joined = await self.client.join(room_id)
                if not hasattr(joined, "room_id"):
                    log.warning("matrix: could not join %s: %s", room_id, joined)
        state = await self.client.sync(timeout=0, sync_filter=_STATE_FILTER, full_state=True)
        if not isinstance(state, SyncResponse):
            raise ConnectionError(f"Matrix initial sync failed: {state}")
        if self.cursors.get(self.connection, SYNC_KEY) is None:
            self.cursors.set(self.connection, SYNC_KEY, state.next_batch)
            log.info("matrix: first start as %s; reading events from now on", self.settings.user_id)
        self._connected = True

    async def close(self) -> None:
        await self.client.close()

    # -- receiving ----------------------------------------------------------------------------------

    async def run(self, sink: EventSink, stop: asyncio.Event) -> None:
        """Sync until `stop` is set; reconnect with backoff after any failure (nothing acknowledged is lost)."""
        try:
            while not stop.is_set():
                try:
                    if not self._connected:
                        await self.connect()
                    await self.sync_once(sink, timeout_s=self.settings.sync_timeout_s, stop=stop)
                    self.backoff.reset()
                except asyncio.CancelledError:
                    raise
                except Exception as exc:
                    self._connected = False
                    log.warning(
                        "matrix: sync failed (%s: %s); reconnecting and resuming from the stored token (attempt %d)",
                        type(exc).__name__,
                        exc,
                        self.backoff.attempt + 1,
                    )
                    if not await self.backoff.wait(stop):
                        break
        finally:
            await self.close()

    async def sync_once(self, sink: EventSink, *, timeout_s: float = 0, stop: asyncio.Event | None = None) -> int:
        """One /sync round: hand every new event to `sink`, then store the token; returns events handed over."""
        since = self.cursors.get(self.connection, SYNC_KEY)
        call = asyncio.ensure_future(self.client.sync(timeout=int(timeout_s * 1000), sync_filter=_FILTER, since=since))
        if stop is not None:
            stopper = asyncio.ensure_future(stop.wait())
            await asyncio.wait({call, stopper}, return_when=asyncio.FIRST_COMPLETED)
            stopper.cancel()
            if not call.done():
                call.cancel()
                return 0
        response = await call
        if not isinstance(response, SyncResponse):
            raise ConnectionError(f"Matrix sync failed: {response}")
        handed = 0
        for room_id, info in response.rooms.join.items():
            sources = [event.source for event in info.timeline.events]
            if info.timeline.limited and since is not None and info.timeline.prev_batch:
                sources = await self._backfill(room_id, info.timeline.prev_batch, since) + sources
            handed += await self._hand_over(room_id, sources, sink)
        for room_id, invite in response.rooms.invite.items():
            await self._maybe_accept(room_id, invite.invite_state)
        for room_id in response.rooms.leave:
            if room_id in self._groups:
                log.error(
                    "matrix: the bot was removed from governed room %s; invite it back (power level 50+)", room_id
                )
                self._connected = False  # the next round tries to join again
        self.cursors.set(self.connection, SYNC_KEY, response.next_batch)  # only after the sink returned
        await self.platform.restore_due()
        return handed

    async def _backfill(self, room_id: str, prev_batch: str, since: str) -> list[dict[str, Any]]:
        """The events the homeserver left out between `since` and the timeline it sent, oldest first."""
        older: list[dict[str, Any]] = []
        start = prev_batch
        for _ in range(BACKFILL_PAGES):
            page = await self.client.room_messages(
                room_id, start=start, end=since, direction=MessageDirection.back, limit=100
            )
            if not isinstance(page, RoomMessagesResponse):
                raise ConnectionError(f"Matrix backfill of {room_id} failed: {page}")
            older.extend(event.source for event in page.chunk)
            if not page.chunk or not page.end or page.end == start:
                break
            start = page.end
        else:
            log.warning("matrix: gap in %s longer than %d pages; older events skipped", room_id, BACKFILL_PAGES)
        log.info("matrix: filled a gap of %d events in %s", len(older), room_id)
        return list(reversed(older))

    def _room_context(self, room_id: str) -> tuple[GroupRef, bool] | None:
        group = self._groups.get(room_id)
        if group is not None:
            return group, False
        room = self.client.rooms.get(room_id)
        if room is None or self.default_group is None:
            return None
        others = [user for user in (*room.users, *room.invited_users) if user != self.settings.user_id]
        if len(others) == 1 and self.cursors.get(self.connection, f"dm:{others[0]}") == room_id:
            return self.default_group, True  # the direct chat with that member: private messages
        return None

    async def _hand_over(self, room_id: str, sources: list[dict[str, Any]], sink: EventSink) -> int:
        context = self._room_context(room_id)
        if context is None:
            return 0
        group, private = context
        names = self.platform.display_names(room_id)
        handed = 0
        for source in sources:
            try:
                event = translate_event(source, group=group, bot_id=self.settings.user_id, names=names, private=private)
            except MalformedEvent as exc:
                line = f"matrix: skipped a malformed event in {room_id}: {exc}"
                log.warning(line)
                self.skipped.append(line)
                continue
            if event is None:
                continue
            if isinstance(event, MessageEvent) and event.kind is MessageKind.IMAGE:
                event = await self._with_image(event)
            await sink(event)  # an exception here leaves the token unstored: the batch is replayed
            handed += 1
        return handed

    async def _with_image(self, event: MessageEvent) -> MessageEvent:
        """The image's bytes fetched from the homeserver, so QR codes in it are read; as it was when that fails."""
        attachments = []
        for attachment in event.attachments:
            url = attachment.url or ""
            too_big = attachment.size is not None and attachment.size > MAX_IMAGE_BYTES
            if attachment.data is not None or not url.startswith("mxc://") or too_big:
                attachments.append(attachment)
                continue
            try:
                response = await self.client.download(mxc=url)
            except Exception as exc:  # a media failure must not hold up the group's events
                response = exc
            body = getattr(response, "body", None)
            if not isinstance(body, bytes) or len(body) > MAX_IMAGE_BYTES:
                log.warning("matrix: image %s of event %s not fetched (%s); judged without it", url, event.id, response)
                attachments.append(attachment)
                continue
            attachments.append(attachment.model_copy(update={"data": body, "size": len(body)}))
        return event.model_copy(update={"attachments": tuple(attachments)})

    async def _maybe_accept(self, room_id: str, invite_state: list[Any]) -> None:
        """Join a governed room the bot was invited to, or a direct chat a member opened with the bot."""
        inviter = None
        direct = False
        for event in invite_state:
            source = getattr(event, "source", None) or {}
            content = source.get("content") or {}
            if source.get("type") == "m.room.member" and source.get("state_key") == self.settings.user_id:
                direct = bool(content.get("is_direct"))
                inviter = source.get("sender")
        if room_id not in self._groups and not direct:
            return
        joined = await self.client.join(room_id)
        if not hasattr(joined, "room_id"):
            log.warning("matrix: could not accept the invitation to %s: %s", room_id, joined)
            return
        if direct and inviter:
            self.cursors.set(self.connection, f"dm:{inviter}", room_id)


def build_connector(options: Mapping[str, Any], clock: Clock, *, cursors: Cursors | None = None) -> MatrixConnector:
    """The registry's factory: validated settings → a Matrix connector."""
    return MatrixConnector(parse_settings(options), clock=clock, cursors=cursors)

"""The OneBot v11 connector: reverse WebSocket, forward WebSocket or HTTP, with the access token on each.

- `reverse_ws` (default): the implementation (NapCat, Lagrange…) connects to our route with
  `Authorization: Bearer <token>` (or `?access_token=`); events and action responses share the socket.
  The token is required: the route is on the web app, open to whoever can reach it.
- `forward_ws`: we connect to the implementation's WebSocket server and reconnect with `Backoff`.
- `http`: the implementation POSTs events to our route, signed with `X-Signature: sha1=<HMAC>` when a
  secret is set (an access token or a secret is required); actions go to its HTTP API.

Events received over a WebSocket go into one queue per connector and are handed to the sink in
order by a worker, so a dropped connection loses nothing already received, and a sink failure is
retried with backoff (each event keeps its idempotency key, so a retry changes nothing twice).
An HTTP post is answered only after the sink returned; if it failed, 500 tells the sender so.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
from collections.abc import Mapping, Sequence
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from qungui.adapters.base import Backoff, BodyTooLarge, ConnectorConfigError, Cursors, EventSink, read_body
from qungui.adapters.onebot.actions import EchoCaller, HttpActionCaller
from qungui.adapters.onebot.platform import OneBotPlatform
from qungui.adapters.onebot.translate import PLATFORM, MalformedPayload, to_event
from qungui.core.clock import Clock
from qungui.core.events import Event, GroupRef, MemberRef

log = logging.getLogger(__name__)


class GroupOption(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^\d{5,12}$", description="the QQ group number")
    name: str | None = None


class OneBotSettings(BaseModel):
    """Options of `qungui serve --platform onebot`."""

    model_config = ConfigDict(extra="forbid")

    transport: Literal["reverse_ws", "forward_ws", "http"] = "reverse_ws"
    groups: list[GroupOption] = Field(min_length=1)
    access_token: str | None = Field(default=None, min_length=8)
    secret: str | None = Field(default=None, min_length=8, description="HTTP post signing secret")
    url: str | None = Field(default=None, description="forward_ws: ws://host:port/ ; http: the action API base")
    path: str = Field(default="/onebot/v11/ws", pattern=r"^/")
    post_path: str = Field(default="/onebot/v11/http", pattern=r"^/")
    timeout_s: float = Field(default=10.0, gt=0, le=120)
    ban_on_kick: bool = False
    self_id: str | None = Field(default=None, pattern=r"^\d{5,12}$", description="the bot's own QQ number")

    @field_validator("groups", mode="before")
    @classmethod
    def _plain_ids(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [{"id": str(item)} if isinstance(item, (int, str)) else item for item in value]
        return value

    @model_validator(mode="after")
    def _url_for_transport(self) -> OneBotSettings:
        if self.transport == "forward_ws" and not (self.url and urlsplit(self.url).scheme in ("ws", "wss")):
            raise ValueError("transport forward_ws needs url: ws://host:port/")
        if self.transport == "http" and not (self.url and urlsplit(self.url).scheme in ("http", "https")):
            raise ValueError("transport http needs url: the implementation's HTTP API, http://host:port")
        if self.transport == "reverse_ws" and not self.access_token:
            # the route is on the web app: without a token anyone reaching it could speak as any member
            raise ValueError("transport reverse_ws needs access_token (the same in NapCat/Lagrange), 8+ characters")
        if self.transport == "http" and not (self.access_token or self.secret):
            raise ValueError("transport http needs access_token or secret, so forged event posts are refused")
        return self


def token_of(headers: Mapping[str, str], query: Mapping[str, str]) -> str | None:
    """The access token a request carries (Authorization: Bearer/Token, or ?access_token=)."""
    header = headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() in ("bearer", "token") and value:
        return value.strip()
    return query.get("access_token")


def sign(secret: str, body: bytes) -> str:
    """The `X-Signature` value OneBot sends for `body`."""
    return "sha1=" + hmac.new(secret.encode(), body, hashlib.sha1).hexdigest()


class OneBotConnector:
    """Implements Connector for OneBot v11."""

    name = PLATFORM

    def __init__(
        self,
        settings: OneBotSettings,
        clock: Clock,
        *,
        http: httpx.AsyncClient | None = None,
        backoff: Backoff | None = None,
        cursors: Cursors | None = None,
    ) -> None:
        self.settings = settings
        self.clock = clock
        self._groups = {g.id: GroupRef(platform=PLATFORM, id=g.id, name=g.name) for g in settings.groups}
        self.echo = EchoCaller(timeout_s=settings.timeout_s)
        if settings.transport == "http":
            assert settings.url is not None
            caller: Any = HttpActionCaller(
                settings.url, token=settings.access_token, client=http, timeout_s=settings.timeout_s
            )
        else:
            caller = self.echo
        connection = f"onebot:{settings.self_id or settings.groups[0].id}"
        self.platform = OneBotPlatform(caller, ban_on_kick=settings.ban_on_kick, cursors=cursors, connection=connection)
        self.backoff: Backoff = backoff or Backoff()
        self.sink: EventSink | None = None
        self._queue: asyncio.Queue[Event] = asyncio.Queue()
        self._worker: asyncio.Task[None] | None = None
        self.connections = 0  # WebSocket connections opened so far (reverse or forward)

    def groups(self) -> Sequence[GroupRef]:
        return list(self._groups.values())

    @property
    def shown_url(self) -> str:
        """The implementation's URL for log lines: without its query, where an `access_token=` may sit."""
        parts = urlsplit(self.settings.url or "")
        return parts._replace(query="", fragment="", netloc=parts.netloc.rpartition("@")[2]).geturl()

    @property
    def bot(self) -> MemberRef | None:
        """The bot's own QQ account, when configured (the runtime then ignores its echoed messages)."""
        return MemberRef(platform=PLATFORM, id=self.settings.self_id) if self.settings.self_id else None

    # -- translation -------------------------------------------------------------------------------

    def translate(self, payload: Any) -> Event | None:
        """One pushed payload as a core event (remembering a join request's flag); MalformedPayload if bad."""
        private_group = next(iter(self._groups.values())) if len(self._groups) == 1 else None
        result = to_event(payload, self._groups, tz=self.clock.now().tzinfo, private_group=private_group)  # type: ignore[arg-type]
        if result.request is not None:
            self.platform.remember(result.request)
        if result.event is None:
            log.debug("onebot: ignored payload: %s", result.reason)
        return result.event

    def _authorised(self, headers: Mapping[str, str], query: Mapping[str, str]) -> bool:
        expected = self.settings.access_token
        if expected is None:
            return True
        given = token_of(headers, query) or ""
        return hmac.compare_digest(given.encode(), expected.encode())

    # -- the event queue (WebSocket transports) --------------------------------------------------

    def _ensure_worker(self, sink: EventSink) -> None:
        self.sink = sink
        if self._worker is None or self._worker.done():
            self._worker = asyncio.ensure_future(self._drain())

    async def _drain(self) -> None:
        """Hand queued events to the sink in order; a failing sink is retried with backoff, nothing dropped."""
        retry = Backoff(initial_s=self.backoff.initial_s, maximum_s=self.backoff.maximum_s, sleep=self.backoff.sleep)
        while True:
            event = await self._queue.get()
            while True:
                try:
                    assert self.sink is not None
                    await self.sink(event)
                    retry.reset()
                    break
                except asyncio.CancelledError:
                    raise
                except Exception as exc:
                    log.warning("onebot: event %s not handled (%s); retrying", event.key, exc)
                    await retry.wait()
            self._queue.task_done()

    async def drained(self) -> None:
        """Wait until every received event was handed to the sink."""
        await self._queue.join()

    def _receive_frame(self, raw: str | bytes) -> None:
        """One WebSocket frame: an action response (echo) or an event for the queue."""
        try:
            frame = json.loads(raw)
        except ValueError:
            log.warning("onebot: dropped a frame that is not JSON: %.80r", raw)
            return
        if isinstance(frame, dict) and "echo" in frame and "post_type" not in frame:
            if not self.echo.resolve(frame):
                log.debug("onebot: response for unknown echo %r", frame.get("echo"))
            return
        try:
            event = self.translate(frame)
        except MalformedPayload as exc:
            log.warning("onebot: malformed event rejected: %s", exc)
            return
        if event is not None:
            self._queue.put_nowait(event)

    async def _serve_socket(self, receive, send, *, actions: bool = True) -> None:
        """Read frames until the socket closes; actions go out over it meanwhile unless it is an Event socket."""
        self.connections += 1
        if actions:
            self.echo.attach(send)
        try:
            while True:
                raw = await receive()
                if raw is None:
                    return
                self._receive_frame(raw)
        finally:
            self.echo.detach(send, "connection closed")

    # -- pushed transports -----------------------------------------------------------------------

    def routes(self) -> Sequence[Any]:
        if self.settings.transport == "reverse_ws":
            return [WebSocketRoute(self.settings.path, self._reverse_ws)]
        if self.settings.transport == "http":
            return [Route(self.settings.post_path, self._http_post, methods=["POST"])]
        return []

    def bind(self, sink: EventSink) -> None:
        """Give the pushed routes their sink (`run` does this too)."""
        self.sink = sink

    async def _reverse_ws(self, websocket: WebSocket) -> None:
        client = websocket.client.host if websocket.client else "?"
        if not self._authorised(websocket.headers, websocket.query_params):
            log.warning("onebot: reverse WebSocket from %s refused: missing or wrong access token", client)
            await websocket.close(code=1008)
            return
        if self.sink is None:
            log.warning("onebot: reverse WebSocket from %s refused: the service is not running yet", client)
            await websocket.close(code=1013)
            return
        role = websocket.headers.get("x-client-role", "Universal")
        if role.lower() not in ("universal", "event", "api"):
            log.warning("onebot: reverse WebSocket from %s refused: unknown X-Client-Role %r", client, role)
            await websocket.close(code=1008)
            return
        await websocket.accept()
        log.info("onebot: %s connected (self %s, role %s)", client, websocket.headers.get("x-self-id"), role)
        self._ensure_worker(self.sink)

        async def receive() -> str | None:
            try:
                return await websocket.receive_text()
            except (WebSocketDisconnect, RuntimeError):
                return None

        await self._serve_socket(receive, websocket.send_text, actions=role.lower() != "event")
        log.info("onebot: %s disconnected", client)

    async def _http_post(self, request: Request) -> Response:
        client = request.client.host if request.client else "?"
        if self.settings.access_token and not self._authorised(request.headers, request.query_params):
            given = token_of(request.headers, request.query_params)
            log.warning("onebot: event post from %s refused: %s access token", client, "wrong" if given else "no")
            return PlainTextResponse("access token required", status_code=403 if given else 401)
        try:
            body = await read_body(request)
        except BodyTooLarge as exc:
            log.warning("onebot: event post from %s refused: %s", client, exc)
            return PlainTextResponse("event too large", status_code=413)
        if self.settings.secret:
            signature = request.headers.get("x-signature", "")
            if not hmac.compare_digest(signature.encode(), sign(self.settings.secret, body).encode()):
                log.warning("onebot: event post from %s refused: %s X-Signature", client, "bad" if signature else "no")
                return PlainTextResponse("bad signature", status_code=401 if not signature else 403)
        try:
            event = self.translate(json.loads(body))
        except (ValueError, MalformedPayload) as exc:
            log.warning("onebot: malformed event post from %s rejected: %s", client, exc)
            return PlainTextResponse(f"malformed event: {exc}", status_code=400)
        if event is None:
            return Response(status_code=204)
        if self.sink is None:
            log.warning("onebot: event %s refused: the service is not running yet", event.key)
            return PlainTextResponse("not ready", status_code=503)
        try:
            await self.sink(event)
        except Exception as exc:
            log.warning("onebot: event %s not handled (%s); answered 500 so it can be sent again", event.key, exc)
            return PlainTextResponse("event not handled", status_code=500)
        return Response(status_code=204)

    # -- pulled transport ------------------------------------------------------------------------

    async def run(self, sink: EventSink, stop: asyncio.Event) -> None:
        """Forward WebSocket: connect, read, reconnect with backoff; pushed transports just hold the sink."""
        self._ensure_worker(sink)
        try:
            if self.settings.transport != "forward_ws":
                await stop.wait()
                return
            while not stop.is_set():
                try:
                    await self._forward_once(stop)
                except Exception as exc:  # refused, dropped, bad handshake: try again later
                    log.warning("onebot: forward WebSocket %s: %s: %s", self.shown_url, type(exc).__name__, exc)
                if not await self.backoff.wait(stop):
                    break
        finally:
            await self._finish_queue()

    async def _finish_queue(self, grace_s: float = 5.0) -> None:
        """On stop: let the events already received reach the sink (a WebSocket never sends them again)."""
        if self._worker is None:
            return
        waiting = self._queue.qsize()
        if waiting:
            try:
                await asyncio.wait_for(self._queue.join(), grace_s)
            except TimeoutError:
                log.error("onebot: stopping with %d received event(s) not handled", self._queue.qsize())
        self._worker.cancel()

    async def _forward_once(self, stop: asyncio.Event) -> None:
        import websockets

        assert self.settings.url is not None
        headers = {"Authorization": f"Bearer {self.settings.access_token}"} if self.settings.access_token else {}
        async with websockets.connect(self.settings.url, additional_headers=headers, open_timeout=10) as socket:
            log.info("onebot: connected to %s", self.shown_url)
            self.backoff.reset()

            async def receive() -> str | bytes | None:
                waiter = asyncio.ensure_future(socket.recv())
                stopper = asyncio.ensure_future(stop.wait())
                done, _ = await asyncio.wait({waiter, stopper}, return_when=asyncio.FIRST_COMPLETED)
                stopper.cancel()
                if waiter not in done:
                    waiter.cancel()
                    return None
                try:
                    return waiter.result()
                except websockets.ConnectionClosed:
                    log.warning("onebot: connection to %s dropped", self.shown_url)
                    return None

            await self._serve_socket(receive, socket.send)


def build_connector(options: Mapping[str, Any], clock: Clock, *, cursors: Cursors | None = None) -> OneBotConnector:
    """The registry's factory: validate the options (every bad field reported) and build the connector."""
    try:
        settings = OneBotSettings.model_validate(dict(options))
    except ValidationError as exc:
        raise ConnectorConfigError.from_validation(PLATFORM, exc) from None
    return OneBotConnector(settings, clock, cursors=cursors)

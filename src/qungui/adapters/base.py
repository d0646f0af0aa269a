"""What every real chat platform adapter provides: an outward `ChatPlatform` and an inward `Connector`.

An adapter only translates. Inbound, platform payloads become core events (`qungui.core.events`)
handed to an `EventSink` — in the service that is `Runtime.submit`, which stores each event under its
idempotency key, so delivering an event twice (after a reconnect or a restart) changes nothing.
Outbound, the runtime's executor calls the adapter's `ChatPlatform` methods; a step the platform
cannot take raises `PlatformError(retryable=False)` and never happens silently — the executor then
degrades the ladder honestly (next possible step, or an alert for a human) and records why.

A connector either pulls (Matrix sync, OneBot forward WebSocket, Telegram long polling) inside
`run`, or is pushed to (OneBot reverse WebSocket / HTTP POST, Telegram webhook, WeCom callbacks)
through the Starlette routes it returns from `routes()`, which `qungui serve --platform …` mounts on
the web app. Either way it reconnects with `Backoff` and never loses an event it acknowledged.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import ValidationError

from qungui.core.clock import Clock
from qungui.core.events import Event, GroupRef
from qungui.core.platform import ChatPlatform

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

EventSink = Callable[[Event], Awaitable[Any]]
"""Where a connector hands each inbound event (in the service: `Runtime.submit`)."""

MAX_BODY_BYTES = 1024 * 1024  # a pushed event (webhook, callback, event post) larger than this is refused


class BodyTooLarge(ValueError):
    """A pushed request's body is over the connector's limit; nothing of it was used."""


async def read_body(request: Any, limit: int = MAX_BODY_BYTES) -> bytes:
    """A webhook's body, read at most `limit` bytes far: BodyTooLarge when the sender says or sends more.

    `request.body()` would hold whatever a sender streams in memory before any check could refuse it.
    """
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise BodyTooLarge(f"body of {declared} bytes refused (limit {limit})")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(f"body over {limit} bytes refused")
        chunks.append(chunk)
    return b"".join(chunks)


class Connector(Protocol):
    """The inward side of a platform adapter."""

    name: str  # the platform name used in GroupRef.platform / MemberRef.platform ("matrix", "onebot", …)
    platform: ChatPlatform  # the outward side, given to the Runtime
    # Optional: `bot: MemberRef` — the bot's own identity when the connector knows it (serve gives it to
    # the Runtime, which then ignores the bot's echoed messages and understands "@bot 帮助").

    async def run(self, sink: EventSink, stop: asyncio.Event) -> None:
        """Receive events until `stop` is set, handing each to `sink`; reconnect with backoff on failure."""
        ...

    def routes(self) -> Sequence[Any]:
        """Starlette routes to mount for pushed events (webhooks, reverse WebSocket); empty when pulling."""
        ...

    def groups(self) -> Sequence[GroupRef]:
        """The groups this connection is configured to govern."""
        ...


_CHINESE = {  # pydantic's error types, for the group owner reading the config errors
    "missing": "缺少必填项",
    "extra_forbidden": "未知配置项",
    "string_pattern_mismatch": "格式不对",
    "string_too_short": "不能为空",
    "string_type": "应为文本",
    "int_parsing": "应为整数",
    "float_parsing": "应为数字",
    "bool_parsing": "应为 true/false",
    "list_type": "应为列表",
    "dict_type": "应为键值表",
    "model_type": "应为键值表",
    "greater_than": "数值太小",
    "less_than_equal": "数值太大",
    "url_parsing": "不是有效的网址",
}


def describe_problem(item: Mapping[str, Any], prefix: tuple[Any, ...] = ()) -> str:
    """One pydantic error as `where: 中文 / English` (English alone when no translation is known)."""
    where = ".".join(str(part) for part in (*prefix, *item["loc"])) or "(file)"
    english = str(item["msg"]).removeprefix("Value error, ")
    chinese = _CHINESE.get(str(item.get("type")))
    return f"{where}: {chinese} / {english}" if chinese and " / " not in english else f"{where}: {english}"


class ConnectorConfigError(ValueError):
    """A connector's options are wrong: `problems` names each bad field (shown one per line)."""

    def __init__(self, platform: str, problems: Sequence[str]) -> None:
        super().__init__(f"{platform}: " + "; ".join(problems))
        self.platform = platform
        self.problems = list(problems)

    @classmethod
    def from_validation(cls, platform: str, error: ValidationError) -> ConnectorConfigError:
        """Every problem pydantic found, as `platform.field: message`."""
        return cls(platform, [describe_problem(item, (platform,)) for item in error.errors()])


class Cursors(Protocol):
    """Where a connector keeps how far it has read (a sync token, an update offset), per connection and key.

    Store a cursor only after the sink returned for every event before it: a restart then replays at
    worst (the runtime drops the repeats by idempotency key) and never skips an event.
    """

    def get(self, connection: str, key: str) -> str | None: ...

    def set(self, connection: str, key: str, value: str) -> None: ...


class MemoryCursors:
    """Cursors kept in memory only (tests, or a connector run without a database): a restart starts over."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def get(self, connection: str, key: str) -> str | None:
        return self.values.get((connection, key))

    def set(self, connection: str, key: str, value: str) -> None:
        self.values[(connection, key)] = value


class DatabaseCursors:
    """Cursors in the `platform_cursors` table; each `set` is its own committed transaction."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self.sessions = sessions
        self.clock = clock

    def get(self, connection: str, key: str) -> str | None:
        from qungui.governance.connections.service import get_cursor

        with self.sessions.begin() as session:
            return get_cursor(session, connection=connection, key=key)

    def set(self, connection: str, key: str, value: str) -> None:
        from qungui.governance.connections.service import set_cursor

        with self.sessions.begin() as session:
            set_cursor(session, connection=connection, key=key, value=value, now=self.clock.now())


@dataclass(slots=True)
class Backoff:
    """Exponential backoff with jitter for reconnects; `sleep` is injectable so tests never wait."""

    initial_s: float = 1.0
    maximum_s: float = 60.0
    factor: float = 2.0
    jitter: float = 0.1
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    rng: random.Random = field(default_factory=random.Random)
    attempt: int = 0

    def next_delay(self) -> float:
        """The delay before the next attempt (grows with each failure, capped at `maximum_s`)."""
        base = min(self.maximum_s, self.initial_s * self.factor**self.attempt)
        self.attempt += 1
        return base * (1 + self.jitter * (2 * self.rng.random() - 1))

    async def wait(self, stop: asyncio.Event | None = None, *, delay: float | None = None) -> bool:
        """Sleep for the next delay (or `delay`, capped at `maximum_s`: a platform's "retry after");
        returns False at once when `stop` is set (no point reconnecting)."""
        delay = self.next_delay() if delay is None else min(max(delay, 0.0), self.maximum_s)
        if stop is None:
            await self.sleep(delay)
            return True
        if stop.is_set():
            return False
        sleeper = asyncio.ensure_future(self.sleep(delay))
        stopper = asyncio.ensure_future(stop.wait())
        try:
            await asyncio.wait({sleeper, stopper}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (sleeper, stopper):
                task.cancel()
        return not stop.is_set()

    def reset(self) -> None:
        """A connection succeeded: start again from the initial delay next time."""
        self.attempt = 0

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
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from qungui.core.events import Event, GroupRef
from qungui.core.platform import ChatPlatform

EventSink = Callable[[Event], Awaitable[Any]]
"""Where a connector hands each inbound event (in the service: `Runtime.submit`)."""


class Connector(Protocol):
    """The inward side of a platform adapter."""

    name: str  # the platform name used in GroupRef.platform / MemberRef.platform ("matrix", "onebot", …)
    platform: ChatPlatform  # the outward side, given to the Runtime

    async def run(self, sink: EventSink, stop: asyncio.Event) -> None:
        """Receive events until `stop` is set, handing each to `sink`; reconnect with backoff on failure."""
        ...

    def routes(self) -> Sequence[Any]:
        """Starlette routes to mount for pushed events (webhooks, reverse WebSocket); empty when pulling."""
        ...

    def groups(self) -> Sequence[GroupRef]:
        """The groups this connection is configured to govern."""
        ...


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

    async def wait(self, stop: asyncio.Event | None = None) -> bool:
        """Sleep for the next delay; returns False at once when `stop` is set (no point reconnecting)."""
        delay = self.next_delay()
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

"""What the platform reports after the bot acted (a removal's MemberLeft, an approval's MemberJoined).

Such events arise inside a platform call, while the runtime holds its lock: they wait here and are
submitted after the current submit returns — or, after the scheduler's own calls, by the hub's
background loop, which `wait` wakes.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from typing import Any, Protocol

from qungui.core.events import Event

log = logging.getLogger(__name__)

MAX_PER_DRAIN = 200  # a guard against a platform that answers every event with another


class Submits(Protocol):
    async def submit(self, event: Event) -> Any: ...


class FollowUps:
    """A queue of platform-originated events."""

    def __init__(self) -> None:
        self._queue: deque[Event] = deque()
        self._wake = asyncio.Event()

    def __len__(self) -> int:
        return len(self._queue)

    def push(self, event: Event) -> None:
        self._queue.append(event)
        self._wake.set()

    async def drain(self, runtime: Submits) -> None:
        """Submit the queued events in order; one that fails is logged and the rest still go."""
        for _ in range(MAX_PER_DRAIN):
            if not self._queue:
                return
            event = self._queue.popleft()
            try:
                await runtime.submit(event)
            except Exception:
                log.exception("simulator: follow-up event %s failed", event.key)
        log.warning("simulator: %d follow-up events left for the next round", len(self._queue))

    async def wait(self, stop: asyncio.Event) -> None:
        """Return when an event was queued (or `stop` is set)."""
        waiters = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(self._wake.wait())]
        try:
            await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiter in waiters:
                waiter.cancel()
        self._wake.clear()

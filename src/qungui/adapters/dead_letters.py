"""Poison events: one event whose handling always fails must not hold up a group forever.

A connector stores its read position only after the sink returned for every event before it, and a
sink that raises makes it replay (at-least-once). That is right for a passing failure (the database
restarting, a dropped connection), but an event that fails the same way every time — a bug meeting a
value nobody foresaw — would be replayed for ever and every later event of the group would wait
behind it. `PoisonGuard` wraps the sink: an event that fails `max_attempts` times in a row with an
error that is not transient is *set aside* (stored whole in `dead_events` through `park`, logged as an
error) and the sink returns normally, so the connection moves on. Transient errors (database
connection lost, network, timeouts) are never counted: those events are replayed until they pass.
`qungui events dead` lists what was set aside.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from qungui.adapters.base import EventSink
from qungui.core.clock import Clock
from qungui.core.events import Event, MessageEvent

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger("qungui.adapters")

MAX_ATTEMPTS = 3
MAX_TRACKED = 10_000  # failing events remembered at once (oldest forgotten first)
TRANSIENT: tuple[type[BaseException], ...] = (
    OperationalError,
    InterfaceError,
    DisconnectionError,
    PoolTimeout,
    ConnectionError,
    TimeoutError,
    OSError,
)


def is_transient(error: BaseException) -> bool:
    """True for failures a retry can cure (the database or the network), which are never set aside."""
    return isinstance(error, TRANSIENT)


def event_payload(event: Event) -> str:
    """The event as JSON for the record, without attachment bytes (an image's bytes are not evidence here)."""
    if isinstance(event, MessageEvent) and any(a.data is not None for a in event.attachments):
        event = event.model_copy(
            update={"attachments": tuple(a.model_copy(update={"data": None}) for a in event.attachments)}
        )
    return event.model_dump_json()


@dataclass(frozen=True, slots=True)
class DeadLetter:
    """What `PoisonGuard` hands to `park` for an event it sets aside."""

    event_key: str
    group_key: str
    error: str
    payload: str
    attempts: int
    first_failed_at: datetime


class PoisonGuard:
    """Wraps an `EventSink`; see the module docstring. `park` must store the letter durably or raise."""

    def __init__(
        self,
        sink: EventSink,
        park: Callable[[DeadLetter], None],
        *,
        clock: Clock,
        max_attempts: int = MAX_ATTEMPTS,
    ) -> None:
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self.sink = sink
        self.park = park
        self.clock = clock
        self.max_attempts = max_attempts
        self._failures: OrderedDict[str, tuple[int, datetime]] = OrderedDict()
        self.parked = 0

    async def __call__(self, event: Event) -> Any:
        try:
            result = await self.sink(event)
        except Exception as error:
            if is_transient(error):
                raise
            attempts, first = self._failures.pop(event.key, (0, self.clock.now()))
            attempts += 1
            if attempts < self.max_attempts:
                self._failures[event.key] = (attempts, first)
                while len(self._failures) > MAX_TRACKED:
                    self._failures.popitem(last=False)
                raise
            letter = DeadLetter(
                event_key=event.key,
                group_key=f"{event.group.platform}:{event.group.id}",
                error=f"{type(error).__name__}: {error}"[:4000],
                payload=event_payload(event),
                attempts=attempts,
                first_failed_at=first,
            )
            self.park(letter)  # raises when it cannot store: the event is then replayed, never lost
            self.parked += 1
            log.error(
                "event %s failed %d times (%s); set aside in dead_events, the connection moves on",
                event.key,
                attempts,
                letter.error,
            )
            return None
        self._failures.pop(event.key, None)
        return result


class DatabaseDeadLetters:
    """`park` into the `dead_events` table, each letter in its own committed transaction."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock, connection: str) -> None:
        self.sessions = sessions
        self.clock = clock
        self.connection = connection

    def __call__(self, letter: DeadLetter) -> None:
        from qungui.governance.connections.service import record_dead_event

        with self.sessions.begin() as session:
            record_dead_event(
                session,
                connection=self.connection,
                event_key=letter.event_key,
                group_key=letter.group_key,
                error=letter.error,
                payload=letter.payload,
                attempts=letter.attempts,
                first_failed_at=letter.first_failed_at,
                now=self.clock.now(),
            )

"""The simulator's clock: real time plus whatever the player fast-forwarded."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo

from qungui.core.clock import DEFAULT_TZ


def _wall() -> datetime:
    return datetime.now(UTC)


class SimClock:
    """Moves with the wall clock and jumps forward on `advance`; never goes back.

    `wall` is injectable so tests can drive it; the serve command uses the real one.
    """

    def __init__(self, tz: tzinfo = DEFAULT_TZ, *, wall: Callable[[], datetime] = _wall) -> None:
        self._tz = tz
        self._wall = wall
        self._offset = timedelta(0)

    @property
    def offset(self) -> timedelta:
        """How far the clock has been fast-forwarded in total."""
        return self._offset

    def now(self) -> datetime:
        return (self._wall() + self._offset).astimezone(self._tz)

    def advance(self, delta: timedelta | None = None, **kwargs: float) -> datetime:
        """Jump forward by `delta` (or timedelta keyword arguments); return the new time."""
        step = delta if delta is not None else timedelta(**kwargs)
        if step < timedelta(0):
            raise ValueError("the simulated clock only moves forward")
        self._offset += step
        return self.now()

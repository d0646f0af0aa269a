"""Injected clocks: the engine and services never read the wall clock themselves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo

DEFAULT_TZ = ZoneInfo("Asia/Shanghai")


class Clock(Protocol):
    """Anything that can tell the current time as an aware datetime."""

    def now(self) -> datetime: ...


class SystemClock:
    """The real clock, in the configured time zone."""

    def __init__(self, tz: tzinfo = DEFAULT_TZ) -> None:
        self._tz = tz

    def now(self) -> datetime:
        return datetime.now(UTC).astimezone(self._tz)


class FrozenClock:
    """A clock that only moves when told to; tests use it instead of sleeping."""

    def __init__(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FrozenClock needs an aware datetime")
        self._now = at

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta | None = None, **kwargs: float) -> datetime:
        """Move forward by `delta` or by timedelta keyword arguments; return the new time."""
        self._now = self._now + (delta if delta is not None else timedelta(**kwargs))
        return self._now

    def set(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FrozenClock needs an aware datetime")
        self._now = at


def ensure_aware(value: datetime, tz: tzinfo = DEFAULT_TZ) -> datetime:
    """Attach `tz` to a naive datetime; leave an aware one alone."""
    return value if value.tzinfo is not None else value.replace(tzinfo=tz)

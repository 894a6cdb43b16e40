"""The seam around time: a monotonic clock for elapsed time and a wall clock for the schedule."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from typing import Protocol


class Clock(Protocol):
    """What the engine and alerts read time from."""

    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; never jumps, never goes back."""

    def now(self) -> datetime:
        """The aware wall-clock time; may jump (NTP, DST, a user changing the clock)."""


class SystemClock:
    """The real clocks of this machine."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class FakeClock:
    """A clock tests drive by hand: `advance` moves both clocks, `jump_wall` only the wall clock."""

    def __init__(self, start: datetime | None = None, monotonic: float = 1000.0) -> None:
        self._wall = start or datetime(2020, 6, 12, 13, 0, tzinfo=timezone.utc)
        if self._wall.tzinfo is None:
            raise ValueError("FakeClock needs an aware start time")
        self._mono = monotonic

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time only moves forward; use jump_wall to move the wall clock back")
        self._mono += seconds
        self._wall += timedelta(seconds=seconds)

    def jump_wall(self, seconds: float) -> None:
        """An NTP step or a DST mistake: the wall clock moves, elapsed time does not."""
        self._wall += timedelta(seconds=seconds)

    def set_wall(self, when: datetime) -> None:
        self._wall = when

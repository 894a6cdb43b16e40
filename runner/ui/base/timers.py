"""The seam around time in the UI: every timer of `runner.ui` comes from one `Timers` factory.

The app uses `QtTimers` (QTimer, and apscheduler for the wall clock); tests pass `FakeTimers`,
driven by a `FakeClock`: `advance(seconds)` moves the clock and fires every timer that comes due
on the way, in order, so no test waits on real time for a rule to fire (qutebrowser's
`usertypes.Timer` and its stubs are the model).
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer

from runner.core.clock import Clock, FakeClock
from runner.core.deferred import deferred

if TYPE_CHECKING:
    from runner.ui.base import scheduler
else:  # lazy seam: the wall clock's trigger and apscheduler, at the first wall_trigger (after the first frame)
    scheduler = deferred("runner.ui.base.scheduler")


class Timer(Protocol):
    """A timer that calls its callback `ms` after `start`, once or every `ms`."""

    def start(self, ms: int) -> None: ...

    def stop(self) -> None: ...

    def is_active(self) -> bool: ...

    def interval_ms(self) -> int: ...


class WallTrigger(Protocol):
    """Calls back (on the GUI thread) when the wall clock reaches the armed time."""

    def arm(self, due: datetime | None) -> None:
        """Call back at `due` (by the injected clock), replacing any earlier arming; None: never."""

    def close(self) -> None: ...


class Timers(Protocol):
    """Makes the UI's timers."""

    def timer(self, owner: QObject, callback: Callable[[], object], *, repeat: bool = False) -> Timer:
        """A stopped timer that dies with `owner`."""

    def single_shot(self, ms: int, owner: QObject, callback: Callable[[], object]) -> None:
        """Call `callback` once in `ms`, unless `owner` is destroyed first."""

    def wall_trigger(self, owner: QObject, clock: Clock, callback: Callable[[], object]) -> WallTrigger:
        """A trigger by the wall clock (it follows clock steps and sleeps, which QTimer does not)."""


# -- the real ones -------------------------------------------------------------------------------
class _QtTimer:
    def __init__(self, owner: QObject, callback: Callable[[], object], repeat: bool) -> None:
        self._timer = QTimer(owner)
        self._timer.setSingleShot(not repeat)
        # Precise: a countdown re-armed at each second's boundary must not drift by 5% (coarse).
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(callback)

    def start(self, ms: int) -> None:
        self._timer.start(max(0, ms))

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def interval_ms(self) -> int:
        return self._timer.interval()


class QtTimers:
    """The app's timers: QTimer, and apscheduler behind `wall_trigger`."""

    def timer(self, owner: QObject, callback: Callable[[], object], *, repeat: bool = False) -> Timer:
        return _QtTimer(owner, callback, repeat)

    def single_shot(self, ms: int, owner: QObject, callback: Callable[[], object]) -> None:
        QTimer.singleShot(max(0, ms), owner, callback)

    def wall_trigger(self, owner: QObject, clock: Clock, callback: Callable[[], object]) -> WallTrigger:
        return scheduler.WallClockTrigger(owner, clock, callback)


# -- the fake ones -------------------------------------------------------------------------------
class _FakeTimer:
    def __init__(self, timers: FakeTimers, owner: QObject | None, callback: Callable[[], object], repeat: bool) -> None:
        self._timers, self._owner, self._callback, self._repeat = timers, owner, callback, repeat
        self._interval, self._generation = 0, 0
        self._due_at: float | None = None

    def start(self, ms: int) -> None:
        self._interval = max(0, ms)
        self._generation += 1
        self._due_at = self._timers.clock.monotonic() + self._interval / 1000
        self._timers._schedule(self._due_at, self, self._generation)

    def stop(self) -> None:
        self._generation += 1
        self._due_at = None

    def is_active(self) -> bool:
        return self._due_at is not None

    def interval_ms(self) -> int:
        return self._interval

    def _fire(self, generation: int) -> None:
        if generation != self._generation or self._due_at is None:
            return  # stopped or restarted since
        if self._owner is not None and not shiboken6.isValid(self._owner):
            self._due_at = None
            return
        if self._repeat:
            self.start(self._interval or 1)
        else:
            self._due_at = None
        self._callback()


class _FakeWallTrigger:
    """Fires when the fake wall clock reaches the armed time (checked at each step of `advance`)."""

    def __init__(self, timers: FakeTimers, owner: QObject, clock: Clock, callback: Callable[[], object]) -> None:
        self._timers, self._owner, self._clock, self._callback = timers, owner, clock, callback
        self.due: datetime | None = None
        timers._triggers.append(self)

    def arm(self, due: datetime | None) -> None:
        self.due = due

    def close(self) -> None:
        self.due = None

    def _seconds_to_due(self) -> float | None:
        if self.due is None or not shiboken6.isValid(self._owner):
            return None
        return max(0.0, (self.due - self._clock.now()).total_seconds())

    def _fire(self) -> None:
        self.due = None
        self._callback()


class FakeTimers:
    """Timers driven by a `FakeClock`: nothing fires until the test calls `advance` (or `run_due`)."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self._queue: list[tuple[float, int, _FakeTimer, int]] = []
        self._order = itertools.count()
        self._triggers: list[_FakeWallTrigger] = []

    def timer(self, owner: QObject, callback: Callable[[], object], *, repeat: bool = False) -> Timer:
        return _FakeTimer(self, owner, callback, repeat)

    def single_shot(self, ms: int, owner: QObject, callback: Callable[[], object]) -> None:
        _FakeTimer(self, owner, callback, repeat=False).start(ms)

    def wall_trigger(self, owner: QObject, clock: Clock, callback: Callable[[], object]) -> WallTrigger:
        return _FakeWallTrigger(self, owner, clock, callback)

    def _schedule(self, due_at: float, timer: _FakeTimer, generation: int) -> None:
        heapq.heappush(self._queue, (due_at, next(self._order), timer, generation))

    def advance(self, seconds: float) -> None:
        """Move the clock `seconds` on, firing every timer and trigger due on the way, in order."""
        target = self.clock.monotonic() + seconds
        while True:
            step = self._next_step(target)
            if step is None:
                break
            self.clock.advance(max(0.0, step - self.clock.monotonic()))
            self.run_due()
        self.clock.advance(max(0.0, target - self.clock.monotonic()))
        self.run_due()

    def jump(self, seconds: float) -> None:
        """Move the clock `seconds` on at once, then fire what is due, once each: as a machine
        waking from a sleep does (and cheaper than `advance` over an hour of display ticks)."""
        self.clock.advance(seconds)
        self.run_due()

    def run_due(self) -> None:
        """Fire what is due at the clock's present reading (a zero-length timer, a wall step)."""
        for _ in range(10_000):  # a timer that re-arms itself at 0 ms would loop: stop it there
            now = self.clock.monotonic()
            if self._queue and self._queue[0][0] <= now + 1e-9:
                _, _, timer, generation = heapq.heappop(self._queue)
                timer._fire(generation)
                continue
            trigger = next((t for t in self._triggers if t._seconds_to_due() == 0.0), None)
            if trigger is None:
                return
            trigger._fire()
        raise RuntimeError("a fake timer keeps re-arming itself at once")

    def _next_step(self, target: float) -> float | None:
        now = self.clock.monotonic()
        candidates = [self._queue[0][0]] if self._queue else []
        candidates += [now + s for t in self._triggers if (s := t._seconds_to_due()) is not None]
        due = min(candidates, default=None)
        return due if due is not None and due <= target else None


def ms_until(due: datetime, clock: Clock) -> int:
    """Milliseconds from the clock's now to `due` (0 if it has passed)."""
    return max(0, round((due - clock.now()) / timedelta(milliseconds=1)))

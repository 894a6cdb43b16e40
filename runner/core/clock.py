"""The seam around time: a monotonic clock for elapsed time and a wall clock for the schedule."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any, Protocol

# macOS's and Windows' sleep-counting clocks are read through ctypes; Linux has CLOCK_BOOTTIME,
# and its start does not pay for ctypes (~6 ms).
if TYPE_CHECKING or sys.platform in ("darwin", "win32"):
    import ctypes


class Clock(Protocol):
    """What the engine, the live rules and the screens read time from: two readings and two
    capabilities every clock has (the screens ask each clock, never test for a method)."""

    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; never jumps, never goes back."""

    def now(self) -> datetime:
        """The aware wall-clock time; may jump (NTP, DST, a user changing the clock)."""

    @property
    def rate(self) -> float:
        """Seconds of this clock in a real second: 1, or a rehearsal's 60; timers divide their delays by it."""

    def slept(self) -> float:
        """Seconds the machine slept since the last call (0 where this clock cannot tell)."""


class SystemClock:
    """The real clocks of this machine; elapsed time counts through sleep (a closed laptop lid).

    `time.monotonic` stops while the machine sleeps on Linux (CLOCK_MONOTONIC) and macOS: ten
    minutes with the lid closed would come back as ten minutes too much on the countdown. So
    elapsed time comes from CLOCK_BOOTTIME (Linux), mach_continuous_time (macOS) or the interrupt
    time (Windows), and the clock that stops in sleep is kept beside it to tell how long it slept.
    """

    rate = 1.0

    def __init__(self) -> None:
        self._through_sleep, self._awake = sleep_counting_clocks()
        self._slept_base = self._through_sleep() - self._awake()

    def monotonic(self) -> float:
        return self._through_sleep()

    def now(self) -> datetime:
        return datetime.now(timezone.utc)

    def slept(self) -> float:
        """Seconds the machine slept since the last call (0 where the platform cannot tell)."""
        gap = self._through_sleep() - self._awake()
        slept, self._slept_base = gap - self._slept_base, gap
        return max(0.0, slept)


def sleep_counting_clocks() -> tuple[Callable[[], float], Callable[[], float]]:
    """(seconds that run through sleep, seconds that stop in sleep) on this platform."""
    if hasattr(time, "CLOCK_BOOTTIME"):  # Linux
        boottime = time.CLOCK_BOOTTIME
        return (lambda: time.clock_gettime(boottime)), time.monotonic
    if sys.platform == "darwin":
        return _mach_clocks()
    if sys.platform == "win32":
        return _windows_clocks()
    return time.monotonic, time.monotonic  # elsewhere: no sleep seen, none counted


def _mach_clocks() -> tuple[Callable[[], float], Callable[[], float]]:
    class TimebaseInfo(ctypes.Structure):
        _fields_ = [("numer", ctypes.c_uint32), ("denom", ctypes.c_uint32)]

    system = ctypes.CDLL("/usr/lib/libSystem.dylib")
    for name in ("mach_continuous_time", "mach_absolute_time"):
        getattr(system, name).restype = ctypes.c_uint64
    info = TimebaseInfo()
    system.mach_timebase_info(ctypes.byref(info))
    scale = info.numer / info.denom / 1e9  # ticks to seconds
    return (lambda: system.mach_continuous_time() * scale), (lambda: system.mach_absolute_time() * scale)


def _windows_clocks() -> tuple[Callable[[], float], Callable[[], float]]:
    kernel = ctypes.WinDLL("kernelbase")  # type: ignore[attr-defined]  # QueryInterruptTime: Windows 10+
    kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]

    def reader(function: Any) -> Callable[[], float]:
        def read() -> float:
            value = ctypes.c_ulonglong()
            function(ctypes.byref(value))
            return value.value / 1e7  # 100 ns units

        return read

    if not hasattr(kernel, "QueryInterruptTime"):
        return time.monotonic, time.monotonic
    # The interrupt time counts through sleep; its "unbiased" twin leaves sleep out.
    return reader(kernel.QueryInterruptTime), reader(kernel32.QueryUnbiasedInterruptTime)


class FakeClock:
    """A clock tests drive by hand: `advance` moves both clocks, `jump_wall` only the wall clock."""

    rate = 1.0

    def __init__(self, start: datetime | None = None, monotonic: float = 1000.0) -> None:
        self._wall = start or datetime(2020, 6, 12, 13, 0, tzinfo=timezone.utc)
        if self._wall.tzinfo is None:
            raise ValueError("FakeClock needs an aware start time")
        self._mono = monotonic
        self._slept = 0.0

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time only moves forward; use jump_wall to move the wall clock back")
        self._mono += seconds
        self._wall += timedelta(seconds=seconds)

    def suspend(self, seconds: float) -> None:
        """The machine sleeps for `seconds`: both clocks move on, and `slept` will say so."""
        self.advance(seconds)
        self._slept += seconds

    def slept(self) -> float:
        """Seconds slept since the last call (`suspend`)."""
        slept, self._slept = self._slept, 0.0
        return slept

    def jump_wall(self, seconds: float) -> None:
        """An NTP step or a DST mistake: the wall clock moves, elapsed time does not."""
        self._wall += timedelta(seconds=seconds)


class ScaledClock:
    """A rehearsal's clock: from `start`, both readings run `rate` times as fast as `base` does
    (Session → Rehearse… at 60×: a real second is a programme minute). Timers that wait on the
    real clock divide their delays by `rate`."""

    def __init__(self, start: datetime, rate: float, base: Clock | None = None) -> None:
        if rate <= 0:
            raise ValueError("a rehearsal runs forward: its rate must be positive")
        self.rate, self._start = float(rate), start
        self._base = base or SystemClock()
        self._origin = self._base.monotonic()

    def _elapsed(self) -> float:
        return (self._base.monotonic() - self._origin) * self.rate

    def monotonic(self) -> float:
        return self._origin + self._elapsed()

    def now(self) -> datetime:
        return self._start + timedelta(seconds=self._elapsed())

    def slept(self) -> float:
        """0: a rehearsal's screen says nothing of the machine's sleep (its day goes on by `rate`)."""
        return 0.0

"""The system clock counts through sleep (a closed lid) and can tell how long the machine slept."""

from __future__ import annotations

import sys
import time

import pytest

from runner.core.clock import FakeClock, SystemClock, sleep_counting_clocks


@pytest.mark.skipif(not hasattr(time, "CLOCK_BOOTTIME"), reason="CLOCK_BOOTTIME is Linux's")
def test_on_linux_elapsed_time_is_boottime_which_runs_through_suspend():
    clock = SystemClock()
    before = time.clock_gettime(time.CLOCK_BOOTTIME)
    reading = clock.monotonic()
    after = time.clock_gettime(time.CLOCK_BOOTTIME)
    assert before <= reading <= after


def test_the_two_clocks_agree_while_awake_so_no_sleep_is_reported():
    through, awake = sleep_counting_clocks()
    gap = through() - awake()
    assert abs((through() - awake()) - gap) < 0.05
    clock = SystemClock()
    assert clock.slept() < 0.05  # this test machine did not sleep in between


def test_a_sleep_is_the_growth_of_the_gap_between_the_clocks(monkeypatch):
    readings = {"through": 100.0, "awake": 40.0}
    monkeypatch.setattr(
        "runner.core.clock.sleep_counting_clocks",
        lambda: ((lambda: readings["through"]), (lambda: readings["awake"])),
    )
    clock = SystemClock()
    readings["through"] += 610.0  # ten minutes asleep, ten seconds awake
    readings["awake"] += 10.0
    assert clock.slept() == 600.0 and clock.monotonic() == 710.0
    assert clock.slept() == 0.0


@pytest.mark.skipif(sys.platform != "darwin", reason="macOS's mach clocks")
def test_on_macos_the_mach_clocks_load():  # pragma: no cover - run on macOS CI
    through, awake = sleep_counting_clocks()
    assert through() >= awake() > 0


def test_the_fake_clock_can_sleep():
    clock = FakeClock()
    start = clock.monotonic()
    clock.suspend(600)
    assert clock.monotonic() == start + 600 and clock.slept() == 600 and clock.slept() == 0

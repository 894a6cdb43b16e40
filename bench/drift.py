"""Drift over a simulated 8-hour day: the real tick arithmetic and the real countdown text, driven
by a FakeClock whose timer wake-ups arrive a little late (as real ones do), against an independent
monotonic truth. A naive countdown (a 1000 ms timer that subtracts one second per tick) runs
through the same simulated wake-ups for comparison."""

from __future__ import annotations

import math
import random
from datetime import date, datetime, timedelta, timezone

from bench.common import percentile, r

HOURS = 8.0
PAUSES = ((2.0, 300.0), (5.5, 900.0))  # (hour into the day, seconds paused): the truth excludes them


def _late_ms(rng: random.Random) -> float:
    """How late a timer wakes: mostly under 2 ms, sometimes a 15-40 ms hiccup (a paint, a GC)."""
    return rng.uniform(15.0, 40.0) if rng.random() < 0.01 else rng.uniform(0.0, 2.0)


def _engine(hours: float):
    from runner.core.agenda import Day, Segment
    from runner.core.clock import FakeClock
    from runner.core.engine import SessionEngine

    start = datetime(2021, 3, 1, 8, 0, tzinfo=timezone.utc)
    segment = Segment(0, "The long day", start, timedelta(hours=hours + 1))
    day = Day(date(2021, 3, 1), "Drift", (segment,), "UTC")
    clock = FakeClock(start=start, monotonic=50_000.0)
    engine = SessionEngine(day, clock)
    engine.advance()
    return engine, clock


def _slope_ms_per_hour(times_s: list[float], errors_ms: list[float]) -> float:
    """Least-squares slope of error against time, per hour: a clock that drifts has one."""
    n = len(times_s)
    mean_t, mean_e = sum(times_s) / n, sum(errors_ms) / n
    var = sum((t - mean_t) ** 2 for t in times_s)
    cov = sum((t - mean_t) * (e - mean_e) for t, e in zip(times_s, errors_ms))
    return cov / var * 3600.0 if var else 0.0


def simulate_ours(hours: float = HOURS, seed: int = 7) -> dict[str, float]:
    """Run the display tick as EngineBridge does: take a snapshot, show `countdown_text`, arm the
    timer for `ms_to_next_boundary`, wake a little late; record every change of the text."""
    from runner.core.snapshot import take_snapshot
    from runner.ui.base.engine_bridge import ms_to_next_boundary
    from runner.ui.base.formatting import countdown_text

    rng = random.Random(seed)
    engine, clock = _engine(hours)
    t0, allowed = clock.monotonic(), engine.current_run.allowed
    paused_total, shown, pauses = 0.0, None, list(PAUSES)
    times, errors, value_errors = [], [], []
    while clock.monotonic() - t0 < hours * 3600:
        if pauses and clock.monotonic() - t0 >= pauses[0][0] * 3600:
            _, length = pauses.pop(0)
            engine.pause()
            clock.advance(length)
            engine.resume()
            paused_total += length
        snap = take_snapshot(engine)
        truth = allowed - (clock.monotonic() - t0 - paused_total)  # independent of the engine
        text = countdown_text(snap.remaining_s)
        value_errors.append(abs(snap.remaining_s - truth) * 1000.0)
        if text != shown and shown is not None:
            boundary = math.ceil(truth) - truth  # seconds since the true whole-second crossing
            times.append(clock.monotonic() - t0)
            errors.append(boundary * 1000.0)
        shown = text
        clock.advance((ms_to_next_boundary(snap) + _late_ms(rng)) / 1000.0)
    return {
        "flips": len(errors),
        "slope": _slope_ms_per_hour(times, errors),
        "p99": percentile(errors, 99),
        "max_value_error_ms": max(value_errors),
        "last": sum(errors[-60:]) / 60,
        "first": sum(errors[:60]) / 60,
    }


def simulate_naive(hours: float = HOURS, seed: int = 7) -> dict[str, float]:
    """A 1000 ms repeating timer that subtracts a second per tick, through the same wake-ups: each
    late wake-up pushes every later tick back (Qt re-arms a repeating timer from when it fired)."""
    rng = random.Random(seed)
    now, value, allowed = 0.0, None, (hours + 1) * 3600.0
    value = int(allowed)
    times, errors = [], []
    while now < hours * 3600:
        now += (1000.0 + _late_ms(rng)) / 1000.0
        value -= 1
        truth = allowed - now
        times.append(now)
        errors.append((value - truth) * 1000.0)  # positive: the display shows more time than is left
    return {"slope": _slope_ms_per_hour(times, errors), "final_ms": errors[-1]}


def run(quick: bool) -> dict[str, object]:
    hours = HOURS
    ours, naive = simulate_ours(hours), simulate_naive(hours)
    return {
        "drift_ms_per_hour": r(ours["slope"], 3),
        "drift_simulated_hours": hours,
        "drift_flips": ours["flips"],
        "drift_flip_lateness_ms_p99": r(ours["p99"], 2),
        "drift_flip_lateness_first_minute_ms": r(ours["first"], 2),
        "drift_flip_lateness_last_minute_ms": r(ours["last"], 2),
        "drift_remaining_error_ms_max": r(ours["max_value_error_ms"], 6),
        "naive_drift_ms_per_hour": r(naive["slope"], 1),
        "naive_drift_after_8h_ms": r(naive["final_ms"], 1),
    }


if __name__ == "__main__":
    import time

    began = time.perf_counter()
    print(run(True), time.perf_counter() - began)

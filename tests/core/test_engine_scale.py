"""A day of thousands of segments stays linear: Space and snapshots find the next segment without
scanning the whole day each time (found by bench/report.py: 9,000 segments took 30 s to run)."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta, timezone

from runner.core.agenda import Day, Segment
from runner.core.clock import FakeClock
from runner.core.engine import SessionEngine

START = datetime(2021, 3, 1, tzinfo=timezone.utc)


def _engine(count: int) -> SessionEngine:
    segments = tuple(
        Segment(i, f"Item {i}", START + timedelta(seconds=5 * i), timedelta(seconds=5)) for i in range(count)
    )
    return SessionEngine(Day(date(2021, 3, 1), "Long", segments, "UTC"), FakeClock(start=START))


def test_next_index_follows_skips_and_jumps() -> None:
    engine = _engine(6)
    assert engine.next_index() == 0
    engine.skip(0)
    assert engine.next_index() == 1
    engine.start(3)
    assert engine.next_index() == 4
    engine.skip(4), engine.skip(5)
    assert engine.next_index() is None


def test_advancing_through_six_thousand_segments_is_quick() -> None:
    engine = _engine(6000)
    began = time.perf_counter()
    for _ in range(6000):
        engine.advance()
    # Linear: about 0.1 s here; the full scan per press took about 4 s.
    assert time.perf_counter() - began < 1.0
    assert engine.current == 5999

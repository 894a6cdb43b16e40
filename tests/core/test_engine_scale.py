"""A day of thousands of segments stays linear: Space finds the next segment without scanning the
whole day each time (found by bench/report.py: 9,000 segments took 30 s to run). Counted in runs
read, so a busy machine cannot make it fail."""

from __future__ import annotations

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


class CountedRuns(list):
    """The engine's runs, counting every run read (by index or by iteration): the work of a press."""

    reads = 0

    def __getitem__(self, index):  # type: ignore[override]
        self.reads += 1
        return super().__getitem__(index)

    def __iter__(self):  # type: ignore[override]
        for run in super().__iter__():
            self.reads += 1
            yield run


def _reads_to_advance_through(count: int) -> int:
    engine = _engine(count)
    engine.state.runs = runs = CountedRuns(engine.state.runs)
    for _ in range(count):
        engine.advance()
    assert engine.current == count - 1
    return runs.reads


def test_advancing_through_a_day_reads_each_run_a_few_times_not_the_whole_day_each_press() -> None:
    # Counted, not timed: a full scan per press (the bug: 9,000 segments took 30 s) reads ~N²/2
    # runs, which four times the segments makes sixteen times the reads; linear makes four.
    small, large = _reads_to_advance_through(1000), _reads_to_advance_through(4000)
    assert large / small < 4.5
    assert large < 20 * 4000  # a handful of reads a press; the quadratic scan: ~8,000,000

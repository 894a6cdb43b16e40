"""The one projection: segments follow the one before them, early or late; `fixed` ones, those
after a gap and every one of an auto-start day wait for their printed start; and "Next ≈",
"we resume at" and "Ends ≈" come out the same wherever they are read."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

import pytest

from runner.core.agenda import Day, SegmentKind
from runner.core.alerts import plan_alerts
from runner.core.clock import FakeClock
from runner.core.controller import LiveController
from runner.core.engine import SessionEngine
from runner.core.events import AlertKind
from runner.core.projection import project, waits_for_printed_start
from runner.core.snapshot import take_snapshot
from tests.core.engine_fixtures import DAY, at, segment


def small_day(fixed: bool = False, auto_start: bool = False, gap_min: int = 0) -> Day:
    """09:00 Opening 10 min, Talk 20 min, Intermission 10 min, Panel 20 min; hard stop 10:00."""
    panel = "09:40" if not gap_min else f"09:{40 + gap_min}"
    segments = (
        segment(0, "09:00", 10, "Opening"),
        segment(1, "09:10", 20, "Talk"),
        segment(2, "09:30", 10, "Intermission", kind=SegmentKind.INTERMISSION),
        segment(3, panel, 20, "Panel", fixed=fixed),
    )
    return Day(DAY, "Small day", segments, "America/New_York", hard_stop=at("10:00"), auto_start=auto_start)


def run_to_intermission(day: Day, late_s: float) -> tuple[SessionEngine, FakeClock]:
    """Opening on time, the Talk `late_s` long over (negative: ended early), then the intermission."""
    clock = FakeClock(at("09:00"))
    engine = SessionEngine(day, clock)
    engine.advance()
    clock.advance(10 * 60)
    engine.advance()
    clock.advance(20 * 60 + late_s)
    engine.advance()
    return engine, clock


def resume_time(engine: SessionEngine, clock: FakeClock) -> str:
    """The "we resume at" of the intermission's first alert."""
    ending = next(a for a in LiveController(engine).plan() if a.kind is AlertKind.INTERMISSION_ENDING)
    match = re.search(r"we resume at (\d\d:\d\d(?::\d\d)?)", ending.message)
    assert match, ending.message
    return match.group(1)


@pytest.mark.parametrize("late_s", [-300, 0, 300], ids=["early", "on-time", "late"])
def test_next_resume_and_end_agree_on_a_day_run_early_on_time_and_late(late_s):
    engine, clock = run_to_intermission(small_day(), late_s)
    shot = take_snapshot(engine)
    assert shot.next == 3
    # The panel follows the intermission, early or late.
    assert shot.next_start == at("09:40") + timedelta(seconds=late_s)
    assert resume_time(engine, clock) == shot.next_start.strftime("%H:%M")
    assert shot.projected_end == at("10:00") + timedelta(seconds=late_s)
    assert shot.hard_stop_at_risk is (late_s > 0)
    hard = [a for a in plan_alerts(engine, clock.monotonic(), clock.now()) if a.kind is AlertKind.HARD_STOP]
    if late_s > 0:
        assert f"Day projected to end at {shot.projected_end:%H:%M}" in hard[0].message
    # Later readings agree too: halfway through the intermission, and in the panel.
    clock.advance(5 * 60)
    assert take_snapshot(engine).next_start == shot.next_start
    clock.advance(5 * 60)
    engine.advance()
    assert take_snapshot(engine).projected_end == shot.projected_end


@pytest.mark.parametrize(
    "day",
    [small_day(fixed=True), small_day(auto_start=True), small_day(gap_min=5)],
    ids=["fixed", "auto-start", "after-a-gap"],
)
def test_a_segment_that_waits_keeps_its_printed_start_when_early_and_moves_when_late(day):
    printed = day.segments[3].start
    early, clock = run_to_intermission(day, -300)
    assert take_snapshot(early).next_start == printed
    assert resume_time(early, clock) == printed.strftime("%H:%M")
    late, clock = run_to_intermission(day, 600)
    assert take_snapshot(late).next_start == at("09:50")


def test_the_rule_per_segment():
    plain, fixed, auto, gap = small_day(), small_day(fixed=True), small_day(auto_start=True), small_day(gap_min=5)
    assert [waits_for_printed_start(plain, i) for i in range(4)] == [True, False, False, False]
    assert waits_for_printed_start(fixed, 3) and waits_for_printed_start(gap, 3)
    assert all(waits_for_printed_start(auto, i) for i in range(4))


def test_before_the_day_starts_the_first_segment_keeps_its_time_and_a_skip_moves_the_rest_up():
    clock = FakeClock(at("08:50"))
    engine = SessionEngine(small_day(), clock)
    shot = take_snapshot(engine)
    assert shot.next_start == at("09:00") and shot.projected_end == at("10:00")
    engine.skip(0)
    assert take_snapshot(engine).next_start == at("09:10")  # now the first to run: it keeps its time
    clock.advance(30 * 60)  # 09:20, nothing started: planned from its first start still
    waiting = take_snapshot(engine)
    assert waiting.projected_end == at("10:00") and waiting.offset_s == 0 and not waiting.hard_stop_at_risk
    engine.advance()  # started 10 min late: now the day slides
    assert take_snapshot(engine).projected_end == at("10:10")


def test_the_curve_gives_the_walks_end_at_every_cursor():
    day = replace(small_day(gap_min=5), segments=small_day(gap_min=5).segments)
    clock = FakeClock(at("09:00"))
    engine = SessionEngine(day, clock)
    engine.advance()
    for step in (0, 300, 600, 900, 1500):
        clock.advance(step)
        plan = project(engine, clock.monotonic(), clock.now())
        ends = [e for e in plan.ends if e is not None]
        assert plan.day_end == max(ends)
        assert plan.curve.end_for(plan.cursor) == plan.day_end


def test_a_paused_segment_pushes_the_day_and_the_hard_stop_crossing_is_when_the_slack_is_gone():
    engine, clock = run_to_intermission(small_day(), 0)
    clock.advance(10 * 60)
    engine.advance()  # the panel, 09:40 - 10:00: no slack before the hard stop
    engine.pause()
    plan = project(engine, clock.monotonic(), clock.now())
    assert plan.day_end == at("10:00")
    # Paused, the day's end moves with the clock: 30 s past the stop is 30 s from now.
    crossing = plan.cursor_reaches(plan.curve.cursor_for(at("10:00") + timedelta(seconds=30)))
    assert crossing == clock.now() + timedelta(seconds=30)

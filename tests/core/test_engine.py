"""The session engine over a fake clock: every host action, and the figures it implies."""

from __future__ import annotations

import pytest

from runner.core.engine import EngineError, RunStatus
from runner.core.snapshot import take_snapshot
from tests.core.engine_fixtures import at, engine_at


def test_nothing_runs_before_the_host_starts():
    engine, _ = engine_at("08:55")
    snap = take_snapshot(engine)
    assert snap.current is None and snap.next == 0
    assert snap.offset_s == 0
    assert snap.projected_end == at("12:00")


def test_space_starts_the_first_segment_with_its_full_length():
    engine, clock = engine_at("09:00")
    engine.advance()
    assert engine.current == 0
    assert take_snapshot(engine).remaining_s == 30 * 60
    clock.advance(65)
    assert take_snapshot(engine).remaining_s == 30 * 60 - 65


def test_remaining_comes_from_the_monotonic_clock_not_the_wall():
    engine, clock = engine_at("09:00")
    engine.advance()
    clock.advance(10)
    clock.jump_wall(-3600)  # an NTP step or a DST mistake
    assert take_snapshot(engine).remaining_s == 30 * 60 - 10


def test_space_ends_the_current_segment_and_starts_the_next():
    engine, clock = engine_at("09:00")
    engine.advance()
    clock.advance(31 * 60)
    engine.advance()
    snap = take_snapshot(engine)
    assert snap.current == 1
    first = snap.segments[0]
    assert first.status is RunStatus.DONE and first.actual_s == 31 * 60
    assert first.actual_start == at("09:00")


def test_late_start_shows_as_behind_and_pushes_the_projection():
    engine, _clock = engine_at("09:02")
    waiting = take_snapshot(engine)  # not started: planned from its first start, not yet late
    assert waiting.offset_s == 0 and waiting.segments[1].projected_start == at("09:30")
    engine.advance()
    snap = take_snapshot(engine)
    assert snap.offset_s == 120
    assert snap.segments[1].projected_start == at("09:32")


def test_overtime_counts_up_and_the_day_falls_behind():
    engine, clock = engine_at("09:00")
    engine.advance()
    clock.advance(37 * 60)
    snap = take_snapshot(engine)
    assert snap.overtime and snap.remaining_s == -7 * 60
    assert snap.offset_s == 7 * 60


def test_gaps_absorb_delay_before_a_fixed_start():
    engine, clock = engine_at("09:00")
    for _ in range(7):
        engine.advance()
    clock.advance(3 * 3600 - 60)  # 11:59 in 'Digital human rights' (ends 11:58): one minute over
    snap = take_snapshot(engine)
    assert snap.current == 6
    assert snap.segments[7].projected_start == at("11:59")
    assert snap.projected_end == at("12:01")
    assert snap.hard_stop_at_risk


def test_pause_freezes_the_countdown_and_resume_continues_it():
    engine, clock = engine_at("09:00")
    engine.advance()
    clock.advance(60)
    engine.toggle_pause()
    clock.advance(300)
    snap = take_snapshot(engine)
    assert snap.paused and snap.remaining_s == 29 * 60
    assert snap.offset_s == 300  # the world went on while the segment waited
    engine.toggle_pause()
    clock.advance(60)
    assert take_snapshot(engine).remaining_s == 28 * 60


def test_a_pause_across_the_segment_end_does_not_count_as_overtime():
    engine, clock = engine_at("09:00")
    engine.advance()
    clock.advance(29 * 60)
    engine.pause()
    clock.advance(5 * 60)
    assert take_snapshot(engine).remaining_s == 60
    engine.resume()
    clock.advance(2 * 60)
    assert take_snapshot(engine).remaining_s == -60


def test_ending_a_paused_segment_keeps_its_pause_out_of_the_active_time():
    engine, clock = engine_at("09:00")
    engine.advance()
    clock.advance(60)
    engine.pause()
    clock.advance(60)
    engine.advance()
    run = engine.runs[0]
    assert run.active(clock.monotonic()) == 60
    assert take_snapshot(engine).segments[0].actual_s == 120
    assert not engine.paused


def test_adding_and_removing_time():
    engine, _clock = engine_at("09:00")
    engine.advance()
    engine.adjust(60)
    assert take_snapshot(engine).remaining_s == 31 * 60
    engine.adjust(-120)
    assert take_snapshot(engine).remaining_s == 29 * 60
    with pytest.raises(EngineError):
        engine.adjust(-3600)


def test_back_reopens_the_previous_segment_with_its_real_start():
    engine, clock = engine_at("09:00")
    engine.advance()
    clock.advance(20 * 60)
    engine.advance()  # pressed too early
    clock.advance(30)
    engine.back()
    snap = take_snapshot(engine)
    assert snap.current == 0
    assert snap.elapsed_s == 20 * 60 + 30
    assert snap.segments[1].status is RunStatus.NOT_STARTED
    assert snap.segments[1].actual_start is None
    engine.advance()
    assert engine.current == 1 and engine.runs[1].started == clock.monotonic()


def test_back_with_nothing_done_is_refused():
    engine, _ = engine_at("09:00")
    engine.advance()
    with pytest.raises(EngineError):
        engine.back()


def test_skip_marks_the_next_segment_and_space_passes_it_by():
    engine, _clock = engine_at("09:00")
    engine.advance()
    engine.skip()
    assert engine.runs[1].status is RunStatus.SKIPPED
    engine.advance()
    assert engine.current == 2
    snap = take_snapshot(engine)
    assert snap.segments[1].projected_start is None


def test_skip_again_brings_the_segment_back():
    engine, _ = engine_at("09:00")
    engine.skip(3)
    engine.skip(3)
    assert engine.runs[3].status is RunStatus.NOT_STARTED


def test_jump_starts_a_later_segment_and_ends_the_current():
    engine, clock = engine_at("09:00")
    engine.advance()
    clock.advance(60)
    engine.start(4)
    assert engine.current == 4
    assert engine.runs[0].status is RunStatus.DONE
    assert engine.next_index() == 5
    with pytest.raises(EngineError):
        engine.start(0)


def test_last_space_ends_the_day():
    engine, _clock = engine_at("09:00")
    for _ in range(8):
        engine.advance()
    engine.advance()
    assert engine.finished and engine.current is None
    with pytest.raises(EngineError):
        engine.advance()


def test_end_day_leaves_unrun_segments_not_started():
    engine, clock = engine_at("09:00")
    engine.advance()
    clock.advance(60)
    engine.end_day()
    snap = take_snapshot(engine)
    assert snap.finished
    assert [v.status for v in snap.segments[:2]] == [RunStatus.DONE, RunStatus.NOT_STARTED]


def test_actions_without_a_running_segment_are_refused():
    engine, _ = engine_at("09:00")
    for action in (engine.pause, engine.resume, engine.next_speaker, lambda: engine.adjust(60)):
        with pytest.raises(EngineError):
            action()


def test_notes_attach_to_the_running_segment_or_the_day():
    engine, _ = engine_at("09:00")
    engine.add_note("Interpretation starts late")
    engine.advance()
    engine.add_note("  Chair asked to shorten  ")
    assert engine.day_notes == ["Interpretation starts late"]
    assert engine.runs[0].notes == ["Chair asked to shorten"]


def test_every_action_is_an_event_in_order_with_both_clocks():
    engine, clock = engine_at("09:00")
    seen = []
    engine.subscribe(seen.append)
    engine.advance()
    clock.advance(5)
    engine.pause()
    engine.resume()
    engine.adjust(60)
    engine.record_alert("warning", "2 minutes left")
    assert [e.type for e in seen] == ["start", "pause", "resume", "adjust", "alert"]
    assert seen[1].mono - seen[0].mono == 5
    assert seen[1].to_record()["at"] == at(["09:00", "05"][0]).replace(second=5).isoformat()
    assert seen[4].to_record()["kind"] == "warning"


def test_replaying_the_events_rebuilds_the_same_state():
    engine, clock = engine_at("09:00")
    engine.advance()
    clock.advance(100)
    engine.pause()
    clock.advance(20)
    engine.resume()
    engine.adjust(-60)
    engine.start(2)
    engine.next_speaker()
    engine.add_note("Mr Cerf joined by phone")
    clock.advance(50)
    copy, _ = engine_at("09:00")
    copy.clock = clock
    copy.replay(engine.events)
    assert take_snapshot(copy) == take_snapshot(engine)

"""Live changes to the rundown: each an `edit` event, in the projection, restored by replay."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from runner.core import edit_fold, live_edits
from runner.core.agenda import Day, Segment, SegmentKind, Speaker
from runner.core.clock import FakeClock
from runner.core.controller import LiveController
from runner.core.engine import EngineError, SessionEngine
from runner.core.events import EditChange, EventType
from runner.core.projection import project
from runner.core.recovery_offer import accept, offer, plans_accepted
from runner.core.session import open_session
from runner.core.snapshot import take_snapshot
from runner.core.state_document import state_document
from tests.core.engine_fixtures import DAY, agenda_for, at, dialogue_day, engine_at


def titles(engine: SessionEngine) -> list[str]:
    return [run.segment.title for run in engine.runs]


def replayed(engine: SessionEngine) -> SessionEngine:
    fresh = SessionEngine(engine.printed_day, engine.clock)
    fresh.replay(engine.events)
    return fresh


def test_a_segment_inserted_after_the_running_one_runs_next_and_pushes_the_day():
    engine, clock = engine_at("10:20")
    engine.start(3)
    index = live_edits.insert_segment(engine, "Statement by the Minister", 300)
    assert index == 4 and engine.next_index() == 4
    assert titles(engine)[3:6] == ["Digital inclusion", "Statement by the Minister", "Intermission"]
    inserted = engine.day.segments[4]
    assert (inserted.start, inserted.end) == (at("10:40"), at("10:45"))
    assert engine.day.segments[5].start == at("10:40")  # its printed start: "behind" means behind the programme
    assert project(engine, clock.monotonic(), clock.now()).starts[5] == at("10:45")  # the intermission follows it
    changed = edit_fold.retime(engine.printed_day, engine.day.segments, engine.origins)
    assert [s.start for s in changed[4:6]] == [at("10:40"), at("10:45")]
    assert engine.printed_day.segments[4].title == "Intermission"  # the printed plan is kept
    edit = engine.events[-1]
    assert edit.type is EventType.EDIT and edit.segment == 4
    assert edit.to_record()["change"] == "insert"
    assert edit.to_record()["after"] == {"title": "Statement by the Minister", "duration_s": 300.0, "kind": "segment"}
    assert edit.to_record()["by"] == "host"
    clock.advance(20 * 60)
    engine.advance()
    assert engine.current == 4 and engine.current_run.segment.title == "Statement by the Minister"
    assert project(engine, clock.monotonic(), clock.now()).day_end == at("12:05")


def test_before_anything_starts_insert_puts_the_segment_first():
    engine, clock = engine_at("08:55")
    assert live_edits.insert_segment(engine, "Welcome", 120) == 0
    assert engine.day.segments[0].start == at("09:00") and engine.next_index() == 0
    assert project(engine, clock.monotonic(), clock.now()).starts[1] == at("09:02")


def test_length_rename_move_and_remove_change_only_segments_still_to_come():
    engine, clock = engine_at("09:00")
    engine.start(0)
    live_edits.change_length(engine, 1, 15 * 60)
    assert project(engine, clock.monotonic(), clock.now()).starts[2] == at("09:45")  # no gap to wait in
    live_edits.rename(engine, 3, "Inclusion")
    live_edits.move(engine, 3, 1)
    assert titles(engine)[:4] == ["Opening", "Inclusion", "Global connectivity", "Digital public goods"]
    live_edits.remove(engine, 2)
    assert "Global connectivity" not in titles(engine)
    with pytest.raises(EngineError, match="has started"):
        live_edits.change_length(engine, 0, 60)
    with pytest.raises(EngineError, match="still to come"):
        live_edits.move(engine, 2, 0)
    changes = [e.payload.change for e in engine.events if e.type is EventType.EDIT]
    assert changes == [EditChange.LENGTH, EditChange.RENAME, EditChange.MOVE, EditChange.REMOVE]
    assert titles(replayed(engine)) == titles(engine)
    assert replayed(engine).day == engine.day


def test_a_fixed_segment_keeps_its_printed_start_when_the_day_before_it_shrinks():
    day = dialogue_day()
    segments = list(day.segments)
    segments[7] = segments[7].__class__(**{**segments[7].__dict__, "fixed": True})
    engine, _ = engine_at("09:00", day.__class__(**{**day.__dict__, "segments": tuple(segments)}))
    live_edits.change_length(engine, 6, 40 * 60)
    assert edit_fold.retime(engine.printed_day, engine.day.segments, engine.origins)[7].start == at("11:58")
    assert project(engine, engine.clock.monotonic(), engine.clock.now()).starts[7] == at("11:58")


def test_speaker_limits_can_be_given_and_dropped():
    engine, _ = engine_at("09:50")
    engine.start(2)
    live_edits.set_speaker_limit(engine, 2, 1, 150)
    assert engine.current_run.speakers.slots[1].limit == 150
    live_edits.set_speaker_limit(engine, 2, 2, None)
    live_edits.set_speaker_limit(engine, 2, None, 90)
    assert engine.current_run.segment.speaker_limit == timedelta(seconds=90)
    with pytest.raises(EngineError, match="still waiting"):
        live_edits.set_speaker_limit(engine, 2, 0, 60)  # she has the floor
    assert replayed(engine).runs[2].speakers.slots[1].limit == 150


def test_old_events_map_to_the_segments_they_were_about():
    engine, clock = engine_at("10:20")
    engine.start(3)
    engine.add_note("before the insert")
    live_edits.insert_segment(engine, "Statement", 300)
    live_edits.remove(engine, 6)
    clock.advance(1200)
    engine.advance()
    positions = edit_fold.final_positions(engine.events, len(engine.printed_day.segments))
    note = next(i for i, e in enumerate(engine.events) if e.type is EventType.NOTE)
    start = [i for i, e in enumerate(engine.events) if e.type is EventType.START][-1]
    assert positions[note] == 3 and positions[start] == 4
    removed = next(i for i, e in enumerate(engine.events) if e.type is EventType.EDIT and e.segment == 6)
    assert positions[removed] is None


def test_an_inserted_segment_survives_a_crash(tmp_path):
    day = dialogue_day()
    clock = FakeClock(at("10:20"))
    first = open_session(agenda_for(day), day, clock, tmp_path / "day.sqlite", boot_id="b")
    first.engine.start(3)
    live_edits.insert_segment(first.engine, "Statement by the Minister", 300)
    first.close()  # the app dies here; the log has every event
    clock.advance(60)
    second = open_session(agenda_for(day), day, clock, tmp_path / "day.sqlite", boot_id="b")
    assert titles(second.engine)[4] == "Statement by the Minister"
    assert second.engine.next_index() == 4
    second.close()


def test_an_insertion_with_what_the_agenda_format_offers_is_logged_and_replayed(tmp_path):
    day = dialogue_day()
    clock = FakeClock(at("10:20"))
    first = open_session(agenda_for(day), day, clock, tmp_path / "day.sqlite", boot_id="b")
    first.engine.start(3)  # Digital inclusion, to 10:40; the Intermission, capacity-building to 11:10
    new = live_edits.Insertion(
        "Ministers", 600, SegmentKind.SEGMENT, ("Kenya", "Estonia"), 120.0, "Flags", at("11:00").replace(minute=5)
    )
    where = live_edits.insert(first.engine, new)
    assert where == 5  # before Digital capacity-building (10:50-11:10), which would be running at 11:05
    segment = first.engine.day.segments[where]
    assert segment.fixed and segment.start == at("11:00").replace(minute=5) and segment.notes == "Flags"
    two = timedelta(minutes=2)
    assert [(s.name, s.limit) for s in segment.speakers] == [("Kenya", two), ("Estonia", two)]
    assert project(first.engine, clock.monotonic(), clock.now()).starts[where] == segment.start  # it waits
    first.close()
    second = open_session(agenda_for(day), day, clock, tmp_path / "day.sqlite", boot_id="b")
    assert second.engine.day.segments[where] == segment
    assert [s.limit for s in second.engine.runs[where].speakers.slots] == [120.0, 120.0]
    second.close()


def test_a_fixed_start_in_the_past_or_a_limit_of_nothing_is_refused():
    engine, _ = engine_at("10:20")
    with pytest.raises(EngineError, match="later than now"):
        live_edits.insert(engine, live_edits.Insertion("Late", 60, fixed_start=at("10:00")))
    with pytest.raises(EngineError, match="limit"):
        live_edits.insert(engine, live_edits.Insertion("Floor", 60, speaker_limit_s=0))
    assert not engine.events


# -- the recovery plan, accepted -------------------------------------------------------------------
def test_eight_minutes_behind_at_eleven_the_plan_trims_and_ctrl_r_holds_the_stop():
    engine, clock = engine_at("10:58")
    engine.start(5)  # Digital capacity-building, 8 minutes late: the day ends 12:08
    plan = offer(engine, clock.monotonic(), clock.now())
    assert plan is not None and plan.holds and plan.needed_s == 480
    assert plan.summary() == "Recover 8 min to hold the 12:00 stop: trim Digital human rights by 8 min."
    assert take_snapshot(engine).recovery == ""  # needed, but not yet offered
    LiveController(engine).wake()  # the live rules offer it (an `offer` event)
    assert take_snapshot(engine).recovery == plan.summary()  # the chair's views read it from here
    assert state_document(take_snapshot(engine), DAY, "Room 4", language="en")["recovery"] == plan.summary()
    offered = take_snapshot(engine).recovery_plan
    assert offered is not None and offered.number == 1
    assert accept(engine, offered) == 1 and plans_accepted(engine) == 1
    assert project(engine, clock.monotonic(), clock.now()).day_end == at("12:00")
    assert take_snapshot(engine).hard_stop_at_risk is False and take_snapshot(engine).recovery == ""
    assert offer(engine, clock.monotonic(), clock.now()) is None
    edit = engine.events[-1]
    assert edit.to_record()["plan"] == 1 and edit.to_record()["before"] == {"duration_s": 48 * 60.0}


def test_the_running_segments_waiting_speakers_are_part_of_the_plan():
    engine, clock = engine_at("10:05")
    engine.start(2)  # Digital public goods, 15 min late; Mr Cerf and Ms Nwakanma wait
    plan = offer(engine, clock.monotonic(), clock.now())
    assert plan is not None and plan.holds
    accept(engine, plan)
    assert engine.current_run.speakers.slots[1].limit < 180
    assert project(engine, clock.monotonic(), clock.now()).day_end <= at("12:00")


# -- many days, through the engine -----------------------------------------------------------------
ROWS = st.lists(
    st.tuples(
        st.integers(2, 40),  # minutes
        st.sampled_from([SegmentKind.SEGMENT, SegmentKind.SEGMENT, SegmentKind.INTERMISSION]),
        st.booleans(),  # fixed
        st.integers(0, 4),  # speakers with 2-minute limits
    ),
    min_size=2,
    max_size=8,
)


def _day_of(rows) -> Day:
    segments, start = [], at("09:00")
    for i, (minutes, kind, fixed, speakers) in enumerate(rows):
        names = tuple(Speaker(f"Speaker {n}", timedelta(minutes=2)) for n in range(speakers))
        segments.append(Segment(i, f"S{i}", start, timedelta(minutes=minutes), kind, speakers=names, fixed=fixed))
        start += timedelta(minutes=minutes)
    return Day(DAY, "Random day", tuple(segments), "America/New_York", hard_stop=start)


@given(ROWS, st.integers(1, 30), st.booleans())
@settings(max_examples=40, deadline=None)
def test_after_ctrl_r_the_engines_projection_ends_by_the_stop_whenever_the_plan_said_so(rows, late, running):
    day = _day_of(rows)
    clock = FakeClock(at("09:00"))
    engine = SessionEngine(day, clock)
    engine.start(0)
    clock.advance(day.segments[0].duration.total_seconds() + late * 60)  # the first runs `late` min over
    if not running:
        engine.advance()
    plan = offer(engine, clock.monotonic(), clock.now())
    if plan is None:
        return
    accept(engine, plan)
    end = project(engine, clock.monotonic(), clock.now()).day_end
    assert end == plan.end_after
    assert (end <= day.hard_stop) == plan.holds
    fixed = {s.title for s in day.segments if s.fixed}
    assert all(e.payload.before is not None for e in engine.events if e.type is EventType.EDIT)
    for run in engine.runs:
        if run.segment.title in fixed:
            assert run.segment.duration == day.segments[int(run.segment.title[1:])].duration

"""Speakers' lists inside a segment: turns, limits, additions, reordering."""

from __future__ import annotations

import pytest

from runner.core.engine import EngineError
from runner.core.snapshot import take_snapshot
from runner.core.speakers import SlotStatus, SpeakerQueue, SpeakerSlot, Turn
from tests.core.engine_fixtures import engine_at


def _in_public_goods():
    engine, clock = engine_at("09:50")
    engine.start(2)
    return engine, clock


def test_the_first_turn_starts_with_the_segment():
    engine, clock = _in_public_goods()
    clock.advance(48)
    snap = take_snapshot(engine)
    now = snap.current_speaker
    assert now.name == "Ms Spatolisano" and now.spoken_s == 48 and now.remaining_s == 180 - 48
    assert [s.name for s in snap.upcoming_speakers()] == ["Mr Cerf", "Ms Nwakanma"]


def test_right_moves_through_the_list_and_times_each_turn():
    engine, clock = _in_public_goods()
    clock.advance(100)
    engine.next_speaker()
    clock.advance(200)
    engine.next_speaker()
    clock.advance(30)
    snap = take_snapshot(engine)
    spoken = {s.name: (s.spoken_s, s.status) for s in snap.speakers}
    assert spoken["Ms Spatolisano"] == (100, SlotStatus.SPOKEN)
    assert spoken["Mr Cerf"] == (200, SlotStatus.SPOKEN)
    assert spoken["Ms Nwakanma"] == (30, SlotStatus.SPEAKING)
    assert snap.speakers[1].remaining_s == -20  # 20 s over a 3 min limit
    # no own limit: the segment's default speaker limit applies
    assert snap.speakers[2].limit_s == 120
    speaker_events = [e for e in engine.events if e.type == "speaker"]
    assert [e.data["name"] for e in speaker_events] == ["Ms Spatolisano", "Mr Cerf", "Ms Nwakanma"]


def test_right_after_the_last_speaker_closes_the_floor():
    engine, _clock = _in_public_goods()
    for _ in range(3):
        engine.next_speaker()
    assert take_snapshot(engine).current_speaker is None
    with pytest.raises(EngineError):
        engine.next_speaker()


def test_a_pause_stops_the_speaker_clock_too():
    engine, clock = _in_public_goods()
    clock.advance(10)
    engine.pause()
    clock.advance(100)
    assert take_snapshot(engine).current_speaker.spoken_s == 10


def test_back_to_the_previous_speaker_undoes_an_early_right():
    engine, clock = _in_public_goods()
    clock.advance(60)
    engine.next_speaker()
    clock.advance(5)
    engine.previous_speaker()
    snap = take_snapshot(engine)
    assert snap.current_speaker.name == "Ms Spatolisano" and snap.current_speaker.spoken_s == 65
    assert snap.speakers[1].status is SlotStatus.WAITING


def test_skip_passes_over_an_absent_speaker():
    engine, _clock = _in_public_goods()
    engine.skip_speaker()
    engine.next_speaker()
    snap = take_snapshot(engine)
    assert snap.current_speaker.name == "Ms Nwakanma"
    assert snap.speakers[1].status is SlotStatus.SKIPPED


def test_audience_speakers_are_added_with_the_segment_default_limit():
    engine, _clock = _in_public_goods()
    engine.add_speaker("Délégation de la France")
    engine.add_speaker("السيد أحمد", limit=90)
    snap = take_snapshot(engine)
    assert [(s.name, s.limit_s) for s in snap.speakers[3:]] == [("Délégation de la France", 120), ("السيد أحمد", 90)]
    with pytest.raises(EngineError):
        engine.add_speaker("   ")


def test_waiting_speakers_can_be_reordered_but_not_past_ones():
    engine, _clock = _in_public_goods()
    engine.add_speaker("张伟")
    engine.move_speaker(3, 1)
    assert [s.name for s in take_snapshot(engine).upcoming_speakers()] == ["张伟", "Mr Cerf", "Ms Nwakanma"]
    with pytest.raises(EngineError):
        engine.move_speaker(0, 2)


def test_back_to_a_segment_reopens_its_last_turn():
    engine, clock = _in_public_goods()
    clock.advance(40)
    engine.advance()
    clock.advance(5)
    engine.back()
    assert take_snapshot(engine).current_speaker.spoken_s == 45


def test_every_turn_has_its_record_including_the_first():
    engine, clock = _in_public_goods()
    clock.advance(30)
    engine.next_speaker()
    turns = [e.data["name"] for e in engine.events if e.type == "speaker" and e.data["action"] == "turn"]
    assert turns == ["Ms Spatolisano", "Mr Cerf"]
    assert len(engine.runs[2].speakers.turns) == 2


def test_statuses_are_each_slot_s_status_in_one_pass() -> None:
    slots = [SpeakerSlot(f"Delegate {i}", 60.0) for i in range(6)]
    slots[4].skipped = True
    queue = SpeakerQueue(slots=slots, position=2)
    queue.turns = [Turn(slots[0], 0.0, 10.0), Turn(slots[1], 10.0, 20.0), Turn(slots[0], 20.0, 25.0)]
    queue.turns.append(Turn(slots[2], 25.0, None))
    assert queue.statuses() == [queue.status(i) for i in range(len(slots))]

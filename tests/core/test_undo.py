"""Undo and redo (issue 24): each host command taken back as if it had not happened, the log
keeping every event, and a replay (after a crash) giving exactly the same day."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

import pytest

from runner.core import live_edits
from runner.core.clock import FakeClock
from runner.core.commands import HostCommands
from runner.core.controller import LiveController
from runner.core.engine import EngineError, RunStatus, SessionEngine
from runner.core.events import Command, EventType
from runner.core.report_data import build_report
from runner.core.session import open_session
from runner.core.snapshot import Snapshot, take_snapshot
from runner.io.report_jsonl import render_jsonl
from tests.core.engine_fixtures import at, dialogue_day, engine_at
from tests.core.log_fixtures import AGENDA_BYTES, dialogue_agenda
from tests.core.test_floor import debate_day, delegation

MINUTE = 60.0


def commands_at(hhmm: str = "09:00", day=None) -> tuple[HostCommands, SessionEngine, FakeClock]:
    engine, clock = engine_at(hhmm, day)
    return HostCommands(engine), engine, clock


def seen(engine: SessionEngine) -> tuple[Snapshot, list[tuple]]:
    """What every screen shows now, and what the report would read of each run."""
    runs = [
        (
            r.segment,
            r.status,
            r.started,
            r.ended,
            r.adjust,
            r.paused_total,
            r.paused_since,
            [(s.name, s.skipped, s.limit) for s in r.speakers.slots],
            [(t.slot.name, t.start_active, t.end_active, t.order_total) for t in r.speakers.turns],
            r.speakers.position,
            len(r.points_of_order),
        )
        for r in engine.runs
    ]
    return take_snapshot(engine), runs


def test_a_stray_space_undone_at_once_leaves_the_segment_running_on_its_real_time() -> None:
    host, engine, clock = commands_at()
    host.start_next()
    clock.advance(10 * MINUTE)
    host.start_next()  # the stray Space: 'Opening' ends at 10:00, 'Global connectivity' starts
    clock.advance(3)
    said = host.undo()
    assert said == "Undone: Start of 'Global connectivity'"
    assert engine.current == 0 and engine.runs[1].status is RunStatus.NOT_STARTED
    snapshot = take_snapshot(engine)
    assert snapshot.elapsed_s == pytest.approx(10 * MINUTE + 3)  # its time ran on under the mistake
    undo = engine.events[-1]
    assert undo.to_record() == {
        "at": at("09:00").replace(minute=10, second=3).isoformat(),
        "type": "undo",
        "segment": 0,
        "undoes": 2,
        "undone_type": "end",
        "undone_command": "start_next",
        "withdraws": [2, 3],
    }
    assert [e.type for e in engine.events] == [EventType.START, EventType.END, EventType.START, EventType.UNDO]


def _insert(engine: SessionEngine) -> None:
    live_edits.insert_segment(engine, "Press briefing", timedelta(minutes=5).total_seconds())


# Each: how to bring the day to where the command makes sense, then the command.
CASES: dict[str, tuple[Callable[[HostCommands, FakeClock], None], Callable[[HostCommands], None]]] = {
    "start": (lambda h, c: None, lambda h: h.start_next()),
    "next": (lambda h, c: h.start_next(), lambda h: h.start_next()),
    "back": (lambda h, c: (h.start_next(), c.advance(MINUTE), h.start_next()), lambda h: h.back()),
    "skip": (lambda h, c: h.start_next(), lambda h: h.skip_next()),
    "add a minute": (lambda h, c: h.start_next(), lambda h: h.adjust(MINUTE)),
    "remove a minute": (lambda h, c: h.start_next(), lambda h: h.adjust(-MINUTE)),
    "pause": (lambda h, c: h.start_next(), lambda h: h.toggle_pause()),
    "resume": (lambda h, c: (h.start_next(), h.toggle_pause(), c.advance(30)), lambda h: h.toggle_pause()),
    "jump": (lambda h, c: h.start_next(), lambda h: h.jump(3)),
    "end day": (lambda h, c: h.start_next(), lambda h: h.end_day()),
    "next speaker": (lambda h, c: (h.jump(2), c.advance(MINUTE)), lambda h: h.next_speaker()),
    "previous speaker": (lambda h, c: (h.jump(2), h.next_speaker()), lambda h: h.previous_speaker()),
    "skip speaker": (lambda h, c: h.jump(2), lambda h: h.skip_speaker(None)),
    "add speaker": (lambda h, c: h.jump(2), lambda h: h.add_speaker("Ms Bachelet", None)),
    "move speaker": (lambda h, c: h.jump(2), lambda h: h.move_speaker(2, 1)),
    "insert": (lambda h, c: h.start_next(), lambda h: h.run(Command.EDIT, lambda: _insert(h.engine))),
    "length": (
        lambda h, c: h.start_next(),
        lambda h: h.run(Command.EDIT, lambda: live_edits.change_length(h.engine, 3, 5 * MINUTE)),
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_each_command_undone_leaves_the_day_as_if_it_had_not_happened(name: str) -> None:
    host, engine, clock = commands_at()
    prepare, command = CASES[name]
    prepare(host, clock)
    clock.advance(20)
    before = seen(engine)
    count = len(engine.events)
    command(host)
    assert len(engine.events) > count, "the command made no event"
    assert all(e.payload.command for e in engine.events[count:])
    host.undo()
    assert seen(engine) == before
    host.redo()
    assert seen(engine) != before
    host.undo()
    assert seen(engine) == before


def floor_commands() -> tuple[HostCommands, SessionEngine, FakeClock]:
    clock = FakeClock(at("10:00"))
    engine = SessionEngine(debate_day(), clock)
    host = HostCommands(engine)
    host.start_next()
    clock.advance(MINUTE)
    return host, engine, clock


FLOOR_CASES: dict[str, Callable[[HostCommands], object]] = {
    "point of order": lambda h: h.point_of_order(),
    "reply": lambda h: h.reply("KEN"),
    "add a delegation": lambda h: h.add_delegation("FR"),
    "strike": lambda h: h.strike(3),
    "draw lots": lambda h: h.draw_lots("seed-1"),
    "inscribe a list": lambda h: h.inscribe([delegation("FR"), delegation("DE")]),
}


@pytest.mark.parametrize("name", [*FLOOR_CASES, "end of a point of order"])
def test_the_floors_commands_undone(name: str) -> None:
    host, engine, clock = floor_commands()
    if name == "end of a point of order":
        host.point_of_order()
        clock.advance(40)
    before = seen(engine)
    FLOOR_CASES.get(name, lambda h: h.point_of_order())(host)
    host.undo()
    assert seen(engine) == before


def test_undo_twice_then_redo_twice_in_order() -> None:
    host, engine, clock = commands_at()
    host.start_next()
    clock.advance(MINUTE)
    started = seen(engine)
    host.adjust(MINUTE)
    clock.advance(MINUTE)
    host.skip_next()
    clock.advance(5)
    assert host.undo() == "Undone: Skip 'Global connectivity'"
    assert host.undo() == "Undone: +1 min on 'Opening'"
    assert seen(engine)[1] == started[1]
    assert host.redo() == "Redone: +1 min on 'Opening'"
    assert engine.runs[0].adjust == MINUTE and engine.runs[1].status is RunStatus.NOT_STARTED
    assert host.redo() == "Redone: Skip 'Global connectivity'"
    assert engine.runs[1].status is RunStatus.SKIPPED
    with pytest.raises(EngineError, match="nothing to redo"):
        host.redo()


def test_a_new_command_after_an_undo_leaves_nothing_to_redo() -> None:
    host, engine, _clock = commands_at()
    host.start_next()
    host.adjust(MINUTE)
    host.undo()
    host.toggle_pause()
    with pytest.raises(EngineError, match="nothing to redo"):
        host.redo()
    host.undo()  # the pause
    host.undo()  # the start: the +1 min stays undone, it is not undone twice
    assert not engine.started
    with pytest.raises(EngineError, match="nothing to undo"):
        host.undo()


def test_notes_and_messages_are_not_undone_and_do_not_stop_an_undo() -> None:
    host, engine, _clock = commands_at()
    host.start_next()
    host.adjust(MINUTE)
    host.note("The chair asked for more time")
    host.message("One minute left")
    assert host.undo() == "Undone: +1 min on 'Opening'"
    assert engine.runs[0].adjust == 0.0
    assert engine.runs[0].notes == ["The chair asked for more time"] and engine.chair_message == "One minute left"


def test_an_undo_takes_out_the_automatic_decisions_made_after_the_command() -> None:
    host, engine, clock = commands_at()
    rules = LiveController(engine)
    host.start_next()
    host.adjust(-5 * MINUTE)  # 'Opening' now 25 min
    clock.advance(25 * MINUTE)
    fired = rules.wake()  # and over: the chair is told
    assert fired and engine.events[-1].type is EventType.ALERT
    alert = len(engine.events)
    host.undo()
    assert alert in engine.events[-1].payload.withdraws
    assert all(alert not in run.alerted for run in engine.runs)
    assert not any(key.startswith("0:") for key in engine.runs[0].alerted)


def test_undoing_a_start_on_an_auto_start_day_holds_it_as_back_does() -> None:
    day = replace(dialogue_day(), auto_start=True)
    host, engine, clock = commands_at("09:00", day)
    LiveController(engine).wake()  # 'Opening' starts by itself
    clock.advance(28 * MINUTE)
    host.start_next()  # too early
    host.undo()
    assert engine.current == 0 and 1 in engine.held
    host.redo()
    assert engine.current == 1 and 1 not in engine.held


def test_the_log_replays_undo_and_redo_exactly_and_undo_goes_on_after_a_crash(tmp_path) -> None:
    day = dialogue_day()
    clock = FakeClock(at("09:00"), monotonic=500.0)
    log = tmp_path / "log.sqlite"
    opened = open_session(dialogue_agenda(day), day, clock, log, boot_id="boot-1", agenda_bytes=AGENDA_BYTES)
    host = HostCommands(opened.engine)
    host.start_next()
    clock.advance(10 * MINUTE)
    host.adjust(MINUTE)
    host.start_next()
    clock.advance(3)
    host.undo()
    host.undo()
    host.redo()
    clock.advance(20)
    live = seen(opened.engine)
    opened.close()  # as a SIGKILL leaves it: every action is on disk before it shows

    again = open_session(dialogue_agenda(day), day, clock, log, boot_id="boot-1", agenda_bytes=AGENDA_BYTES)
    assert seen(again.engine) == live
    host = HostCommands(again.engine)
    assert host.undo() == "Undone: +1 min on 'Opening'"  # the command before the crash
    assert again.engine.runs[0].adjust == 0.0 and again.engine.current == 0
    assert host.redo() == "Redone: +1 min on 'Opening'"
    assert host.redo() == "Redone: Start of 'Global connectivity'"
    assert again.engine.current == 1
    again.close()


def test_the_report_reads_the_day_as_corrected_and_lists_every_event() -> None:
    host, engine, clock = commands_at()
    host.start_next()
    clock.advance(10 * MINUTE)
    host.start_next()  # a stray Space
    clock.advance(3)
    host.undo()
    clock.advance(20 * MINUTE)
    host.start_next()
    clock.advance(20 * MINUTE)
    host.toggle_pause()
    host.undo()  # a pause undone is no pause
    report = build_report(engine.day, list(engine.events))
    opening, connectivity = report.segments[0], report.segments[1]
    assert opening.actual_s == pytest.approx(30 * MINUTE + 3)  # one run of 'Opening', no 0:03 left behind
    assert connectivity.status is RunStatus.RUNNING
    assert connectivity.actual_start == at("09:30").replace(second=3)
    assert report.pause_count == 0 and report.paused_s == 0.0
    assert report.offsets[0][1] == 0.0 and len(report.offsets) == 2
    lines = [json.loads(line) for line in render_jsonl(report).splitlines()]
    assert len(lines) == len(engine.events)
    assert [n for n, line in enumerate(lines, 1) if line.get("undone")] == [2, 3, 7]
    assert lines[3]["type"] == "undo" and lines[3]["undoes"] == 2


def test_what_a_listener_sets_off_as_a_command_is_published_is_not_that_commands() -> None:
    host, engine, _clock = commands_at()
    engine.subscribe(lambda event: event.type is EventType.START and engine.record_alert("warning", "Heard"))
    host.start_next()
    start, alert = engine.events
    assert start.payload.command == "start_next" and alert.payload.command is None
    host.undo()
    assert not engine.started and 2 in engine.undone  # the alert, an automatic decision, goes with it


def _briefing_inserted_started_noted_and_undone(host: HostCommands, clock: FakeClock) -> None:
    """'Opening' runs; the host inserts a press briefing next, starts it, types a note and the
    chair's message on it, then takes the start and the insert back (Ctrl+Z twice)."""
    host.start_next()
    clock.advance(MINUTE)
    host.run(Command.EDIT, lambda: _insert(host.engine))
    host.note("Before the briefing")
    host.start_next()  # 'Press briefing', number 1 while it is in the day
    clock.advance(MINUTE)
    host.note("Typed while the briefing ran")
    host.message("Please wrap up")
    assert host.undo() == "Undone: Start of 'Press briefing'"
    assert host.undo() == "Undone: Change to 'Press briefing'"


def test_a_note_on_a_segment_an_undo_takes_out_goes_to_what_ran_instead(tmp_path) -> None:
    """Notes are never undone; one typed on a segment the undo takes out of the day belongs to the
    segment that, in the day as corrected, was running when it was typed: 'Opening', never the
    segment that took the withdrawn one's number ('Global connectivity', not started)."""
    day = dialogue_day()
    clock = FakeClock(at("09:00"), monotonic=500.0)
    log = tmp_path / "log.sqlite"
    opened = open_session(dialogue_agenda(day), day, clock, log, boot_id="boot-1", agenda_bytes=AGENDA_BYTES)
    engine = opened.engine
    _briefing_inserted_started_noted_and_undone(HostCommands(engine), clock)
    assert engine.runs[0].notes == ["Before the briefing", "Typed while the briefing ran"]
    assert engine.runs[1].segment.title == "Global connectivity" and engine.runs[1].notes == []
    report = build_report(engine.day, list(engine.events))
    assert report.segments[0].notes == ("Before the briefing", "Typed while the briefing ran")
    assert report.segments[1].notes == ()
    noted = [(m.segment, m.text) for m in report.notes]
    assert noted == [(0, "Before the briefing"), (0, "Typed while the briefing ran")]
    assert [m.segment for m in report.messages] == [0]
    live = seen(engine)
    opened.close()

    again = open_session(dialogue_agenda(day), day, clock, log, boot_id="boot-1", agenda_bytes=AGENDA_BYTES)
    assert seen(again.engine) == live and again.engine.runs[0].notes == engine.runs[0].notes
    again.close()


def test_a_note_after_a_stray_space_undone_is_on_the_segment_that_ran_on() -> None:
    host, engine, clock = commands_at()
    host.start_next()
    clock.advance(10 * MINUTE)
    host.start_next()  # a stray Space: 'Global connectivity' starts
    host.note("The minister is connected")
    host.undo()  # 'Opening' runs on, as if the Space had not happened
    assert engine.runs[0].notes == ["The minister is connected"] and engine.runs[1].notes == []
    report = build_report(engine.day, list(engine.events))
    assert [m.segment for m in report.notes] == [0] and report.segments[1].notes == ()
    host.note("Typed after the undo")  # the day goes on as corrected
    assert engine.runs[0].notes == ["The minister is connected", "Typed after the undo"]


def test_a_note_on_a_segment_a_redo_brings_back_is_on_it_again() -> None:
    host, engine, clock = commands_at()
    _briefing_inserted_started_noted_and_undone(host, clock)
    host.redo()  # the briefing is back in the day, not started
    host.redo()  # and started again, as it was when the note was typed
    briefing = engine.runs[1]
    assert briefing.segment.title == "Press briefing" and briefing.notes == ["Typed while the briefing ran"]
    report = build_report(engine.day, list(engine.events))
    noted = [(m.segment, m.text) for m in report.notes]
    assert noted == [(0, "Before the briefing"), (1, "Typed while the briefing ran")]

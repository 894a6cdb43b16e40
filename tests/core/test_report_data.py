"""Report figures from a scripted day replayed over a fake clock, compared exactly."""

from __future__ import annotations

import pytest

from runner.core.clock import FakeClock
from runner.core.engine import RunStatus, SessionEngine
from runner.core.narrative import narrative, span
from runner.core.report_data import build_report, events_in_one_domain
from runner.core.speakers import SlotStatus
from runner.core.timing_log import TimingLog
from tests.scripted_day import at, dialogue, play, write_log


@pytest.fixture(scope="module")
def report():
    agenda, day = dialogue()
    clock = FakeClock(at("09:02"))
    engine = SessionEngine(day, clock)
    play(engine, clock)
    return build_report(day, engine.events, agenda.title)


def _figures(line):
    return (
        line.status.value,
        line.actual_start and line.actual_start.strftime("%H:%M"),
        line.actual_end and line.actual_end.strftime("%H:%M"),
        line.actual_s,
        line.start_delta_s,
        line.duration_delta_s,
    )


def test_each_segment_against_its_plan(report):
    assert [_figures(s) for s in report.segments] == [
        ("done", "09:02", "09:31", 1740, 120, -60),
        ("done", "09:31", "09:51", 1200, 60, 0),
        ("done", "09:51", "10:27", 2160, 60, 360),
        ("done", "10:27", "10:45", 1080, 420, -120),
        ("done", "10:45", "10:57", 720, 300, 120),
        ("skipped", None, None, None, None, None),
        ("done", "10:57", "11:59", 3720, -780, 840),
        ("done", "11:59", "12:04", 300, 60, 180),
    ]


def test_pauses_and_adjustments_are_counted(report):
    assert [s.paused_s for s in report.segments][:4] == [0, 0, 0, 120]
    assert report.segments[2].adjust_s == 300
    assert report.pause_count == 1 and report.paused_s == 120
    assert [e.data["seconds"] for e in report.adjustments] == [300]


def test_day_totals(report):
    assert report.opened_at == at("09:02") and report.closed_at == at("12:04")
    assert report.finished
    assert report.count(RunStatus.DONE) == 7 and report.count(RunStatus.SKIPPED) == 1
    assert [s.segment.title for s in report.overruns()] == [
        "Digital human rights and AI — statements from the floor",
        "Digital public goods",
        "Closing",
    ]
    assert [s.actual_s for s in report.intermissions] == [720]


def test_offset_over_time(report):
    assert [(when.strftime("%H:%M"), offset) for when, offset in report.offsets] == [
        ("09:02", 120),
        ("09:31", 60),
        ("09:51", 60),
        ("10:27", 420),
        ("10:45", 300),
        ("10:57", -780),
        ("11:59", 60),
        ("12:04", 240),
    ]


def test_notes_and_alerts(report):
    assert [(m.at.strftime("%H:%M"), m.segment) for m in report.notes] == [("09:41", 1), ("10:32", 3), ("12:04", 7)]
    assert [(m.kind, m.segment) for m in report.alerts] == [
        ("warning", 2),
        ("intermission_ending", 4),
        ("hard_stop", 6),
    ]


def test_speakers_in_order_with_limits_and_times(report):
    rows = [(s.name, s.limit_s, s.spoken_s, s.over_s, s.status) for s in report.segments[2].speakers]
    assert rows == [
        ("Ms Maria-Francesca Spatolisano", 180, 170, 0, SlotStatus.SPOKEN),
        ("Mr Vint Cerf", 180, 250, 70, SlotStatus.SPOKEN),
        ("Ms Nnenna Nwakanma", 120, 150, 30, SlotStatus.SPOKEN),
    ]
    floor = report.segments[6].speakers
    assert [s.spoken_s for s in floor] == [150, 200, 175, 180, 165]
    assert all(s.added for s in floor) and floor[1].over_s == 20


def test_the_narrative_is_factual(report):
    first, second, third = narrative(report)
    assert first.startswith(
        "The session opened at 09:02, two minutes late, and closed at 12:04, four minutes past its 12:00 hard stop. "
    )
    assert (
        "Digital public goods ran six minutes over (36 min against 30 min planned; the host added five minutes)"
        in first
    )
    assert second == (
        "The intermission lasted 12 minutes (10 min planned). Digital capacity-building was skipped. "
        "The clock was paused once (in Digital inclusion), for two minutes in all."
    )
    assert third.startswith(
        "In Digital public goods, three speakers took the floor; over their limit: "
        "Mr Vint Cerf by one minute 10 seconds and Ms Nnenna Nwakanma by 30 seconds."
    )
    assert "Closing, one speaker" not in third


def test_spans_read_as_prose():
    assert [span(s) for s in (1, 45, 70, 120, 360, 3600, 3900)] == [
        "one second",
        "45 seconds",
        "one minute 10 seconds",
        "two minutes",
        "six minutes",
        "one hour",
        "one hour 5 minutes",
    ]


def test_a_day_not_yet_started_and_one_still_running():
    _agenda, day = dialogue()
    assert narrative(build_report(day, []))[0].startswith("The session has not started")
    clock = FakeClock(at("09:00"))
    engine = SessionEngine(day, clock)
    engine.advance()
    clock.advance(600)
    engine.add_note("still going")
    report = build_report(day, engine.events)
    assert report.segments[0].status is RunStatus.RUNNING and report.closed_at is None
    assert narrative(report)[0] == (
        "The session opened at 09:00, on time, and the log ends with Opening still running."
    )


def test_the_same_figures_come_from_the_log_file(tmp_path, report):
    log = TimingLog.read(write_log(tmp_path))
    from_log = build_report(report.day, events_in_one_domain(log.events()))
    assert [_figures(s) for s in from_log.segments] == [_figures(s) for s in report.segments]

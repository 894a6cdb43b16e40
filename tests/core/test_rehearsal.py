"""A day run far from its date is moved, so offsets and hard stops mean something in a rehearsal."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from runner.core.clock import FakeClock
from runner.core.controller import LiveController
from runner.core.events import AlertKind
from runner.core.rehearsal import rehearsal_notice, rehearsal_shift
from runner.core.session import open_session
from runner.core.snapshot import take_snapshot
from runner.core.state_document import state_document
from runner.core.timing_log import TimingLog, plan_shift
from tests.core.engine_fixtures import agenda_for, at, dialogue_day

NEW_YORK = ZoneInfo("America/New_York")


def test_the_day_itself_and_its_eve_are_not_moved():
    day = dialogue_day()
    assert rehearsal_shift(day, at("08:55")) == timedelta(0)
    assert rehearsal_shift(day, at("09:00") - timedelta(hours=11)) == timedelta(0)
    assert rehearsal_shift(day, at("12:00") + timedelta(hours=11)) == timedelta(0)


def test_a_morning_rehearsal_keeps_the_printed_times_on_todays_date():
    day = dialogue_day()
    now = datetime(2026, 11, 23, 7, 30, tzinfo=NEW_YORK)
    moved = day.shifted(rehearsal_shift(day, now))
    assert moved.start == datetime(2026, 11, 23, 9, 0, tzinfo=NEW_YORK)
    assert moved.hard_stop == datetime(2026, 11, 23, 12, 0, tzinfo=NEW_YORK)
    assert [s.duration for s in moved.segments] == [s.duration for s in day.segments]
    assert moved.date == day.date  # the programme keeps its name
    assert "runs today from 09:00" in rehearsal_notice(day, moved)


def test_a_late_rehearsal_starts_at_the_next_whole_minute():
    day = dialogue_day()
    now = datetime(2026, 11, 22, 20, 22, 15, tzinfo=NEW_YORK)
    moved = day.shifted(rehearsal_shift(day, now))
    assert moved.start == datetime(2026, 11, 22, 20, 23, tzinfo=NEW_YORK)
    assert moved.segments[-1].start == datetime(2026, 11, 22, 23, 21, tzinfo=NEW_YORK)


def test_a_session_opened_years_later_reads_minutes_not_years(tmp_path):
    day = dialogue_day()
    clock = FakeClock(datetime(2026, 11, 22, 20, 22, 15, tzinfo=NEW_YORK))
    opened = open_session(agenda_for(day), day, clock, tmp_path / "log.sqlite")
    assert opened.notice.startswith("Rehearsal:")
    clock.advance(105)
    opened.engine.advance()
    snap = take_snapshot(opened.engine)
    assert snap.offset_s == 60  # a minute late on the moved plan, not years
    assert snap.projected_end == datetime(2026, 11, 22, 23, 24, tzinfo=NEW_YORK)
    opened.close()
    # A restart moves the plan the same way (kept in the log), not to a new "next minute".
    clock.advance(600)
    again = open_session(agenda_for(day), day, clock, tmp_path / "log.sqlite")
    assert again.engine.day.start == datetime(2026, 11, 22, 20, 23, tzinfo=NEW_YORK)
    log = TimingLog.read(tmp_path / "log.sqlite")
    assert plan_shift(log.meta) == again.engine.day.start.replace(tzinfo=None) - day.start.replace(tzinfo=None)
    log.close()
    again.close()


def test_a_rehearsal_nobody_has_started_is_neither_behind_nor_at_risk(tmp_path):
    """Issue 24: the Quick start's "today from now" said '14 s behind' and 'hard stop AT RISK'
    before anything was pressed. A day not yet started is planned from its first start."""
    day = dialogue_day()  # ends on its 12:00 hard stop: a second's slide would put it at risk
    clock = FakeClock(datetime(2026, 11, 22, 20, 22, 46, tzinfo=NEW_YORK))
    opened = open_session(agenda_for(day), day, clock, tmp_path / "log.sqlite")
    rules = LiveController(opened.engine)
    for wait in (14, 14, 600):  # the first start (20:23) comes and goes; nobody presses Space
        clock.advance(wait)
        fired = rules.wake()
        snap = take_snapshot(opened.engine)
        assert snap.offset_s == 0 and not snap.hard_stop_at_risk and snap.recovery_plan is None
        assert snap.next_start == datetime(2026, 11, 22, 20, 23, tzinfo=NEW_YORK)
        assert snap.projected_end == snap.hard_stop == datetime(2026, 11, 22, 23, 23, tzinfo=NEW_YORK)
        assert AlertKind.HARD_STOP not in [alert.kind for alert in fired]
        shown = state_document(snap, day.date, "Plenary", language="en")
        assert shown["offset_s"] == 0 and shown["hard_stop_at_risk"] is False
    opened.engine.advance()  # started 10 min 14 s after its time: from now on the clock counts
    started = take_snapshot(opened.engine)
    assert started.offset_s == 614 and started.hard_stop_at_risk
    assert AlertKind.HARD_STOP in [alert.kind for alert in rules.wake()]
    opened.close()

"""A rehearsal's report compares against the moved plan it ran on, as the host saw it."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from runner.core.clock import FakeClock
from runner.core.session import open_session
from runner.io.agenda_yaml import parse_agenda
from runner.io.report_command import load_report

NEW_YORK = ZoneInfo("America/New_York")
AGENDA = b"""\
title: Launch of the Roadmap
timezone: America/New_York
date: 2020-06-12
end: "12:00"
segments:
  - {start: "09:00", title: Opening}
  - {start: "09:30", title: Global connectivity}
"""


def test_a_rehearsal_report_measures_against_the_moved_plan(tmp_path):
    agenda = parse_agenda(AGENDA, "dialogue.yaml")
    day = agenda.days[0]
    clock = FakeClock(datetime(2026, 11, 22, 20, 22, 15, tzinfo=NEW_YORK))
    opened = open_session(agenda, day, clock, tmp_path / "log.sqlite")
    clock.advance(105)
    opened.engine.advance()
    clock.advance(30 * 60)
    opened.engine.advance()
    opened.close()
    report = load_report(tmp_path / "log.sqlite")
    first = report.segments[0]
    assert first.segment.start == datetime(2026, 11, 22, 20, 23, tzinfo=NEW_YORK)
    assert first.start_delta_s == 60
    assert report.day.date == day.date

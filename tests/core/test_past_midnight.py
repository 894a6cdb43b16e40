"""A day that runs past midnight writes its later times as "24:15" .. "47:59" (contract)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from runner.core.durations import NextDayTime, parse_agenda_clock
from runner.core.errors import AgendaError
from runner.io.agenda_yaml import parse_agenda

NIGHT = """title: Night
timezone: Europe/Berlin
date: 2024-12-27
end: "25:30"
segments:
  - {start: "23:00", title: Late talk}
  - {start: "24:15", title: After midnight, end: "24:45"}
  - {start: "25:00", title: Last}
"""


def test_times_past_midnight_fall_on_the_next_date() -> None:
    day = parse_agenda(NIGHT.encode(), "night.yaml").days[0]
    zone = ZoneInfo("Europe/Berlin")
    assert day.date.isoformat() == "2024-12-27"
    assert [s.start for s in day.segments] == [
        datetime(2024, 12, 27, 23, 0, tzinfo=zone),
        datetime(2024, 12, 28, 0, 15, tzinfo=zone),
        datetime(2024, 12, 28, 1, 0, tzinfo=zone),
    ]
    assert day.segments[0].duration == timedelta(minutes=75)
    assert day.segments[2].duration == timedelta(minutes=30)
    assert day.hard_stop == datetime(2024, 12, 28, 1, 30, tzinfo=zone)


@pytest.mark.parametrize(
    ("text", "expected", "late"),
    [("24:00", time(0, 0), True), ("47:59:59", time(23, 59, 59), True), ("23:59", time(23, 59), False)],
)
def test_parse_agenda_clock(text: str, expected: time, late: bool) -> None:
    value = parse_agenda_clock(text)
    assert value == expected and isinstance(value, NextDayTime) is late


@pytest.mark.parametrize("text", ["48:00", "24:60", "-1:00", "9.30"])
def test_parse_agenda_clock_refuses(text: str) -> None:
    with pytest.raises(ValueError, match="not a time of day"):
        parse_agenda_clock(text)


def test_a_time_past_midnight_still_may_not_overlap() -> None:
    text = NIGHT.replace('"24:15"', '"23:30"').replace('"24:45"', '"24:10"').replace('"25:00"', '"24:05"')
    with pytest.raises(AgendaError, match="before 'After midnight' ends"):
        parse_agenda(text.encode(), "night.yaml")

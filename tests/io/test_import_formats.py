"""Ontime project files, iCalendar and frab/pretalx schedules, each from a fixture written for the tests."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from runner.io.importers import ImportFailed, ImportOptions, import_to_file

FIXTURES = Path(__file__).parent / "fixtures" / "import"


def spans(result, day: int = 0) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(f"{s.start:%d %H:%M}", f"{s.end:%d %H:%M}", s.title) for s in result.agenda.days[day].segments]


def test_ontime_4_project_groups_skips_and_days_after_midnight() -> None:
    result = import_to_file(str(FIXTURES / "ontime-project.json"), None, ImportOptions(date=date(2024, 6, 3)))
    assert result.agenda.title == "Town hall livestream"
    assert spans(result) == [
        ("03 18:00", "03 18:10", "Stream opens"),
        ("03 18:10", "03 18:15", "Welcome"),
        ("03 23:30", "04 00:30", "Questions from the audience"),
        ("04 00:30", "04 00:40", "Closing"),
    ]
    opens = result.agenda.days[0].segments[0]
    assert (opens.group, opens.notes) == ("Pre-show", "Holding slide\nCamera: Wide")
    assert 'start: "24:30"' in result.text
    assert [p.where for p in result.programme.left_out] == ["15", "18"]  # the delay, the skipped event
    # The milestone takes no time: a note of the item after it.
    assert result.agenda.days[0].segments[2].notes == "Go live on socials\nModerated"


def test_ontime_3_project_blocks_and_presenters() -> None:
    result = import_to_file(str(FIXTURES / "ontime-v3-project.json"), None, ImportOptions(date=date(2024, 6, 3)))
    opening, coffee = result.agenda.days[0].segments
    assert (opening.title, opening.group, opening.speaker_label) == ("Opening", "Morning", "Chair")
    assert coffee.kind.value == "break"


def test_ics_custom_tzid_recurrence_all_day_and_midnight() -> None:
    result = import_to_file(str(FIXTURES / "conference.ics"), None, ImportOptions())
    assert result.agenda.title == "Open Data Summit"
    # The custom TZID's VTIMEZONE keeps Central European offsets: some zone that has them all year.
    assert result.agenda.timezone.startswith("Europe/") and "keeps the offsets of" in result.text
    # The daily stand-up (COUNT=5, one EXDATE) keeps every one of its days, before the talks too.
    assert [d.date for d in result.agenda.days] == [date(2024, 6, d) for d in (10, 12, 13, 14)]
    assert spans(result, 0) == [("10 08:30", "10 08:45", "Organisers' stand-up")]
    assert spans(result, 1) == [
        ("12 08:30", "12 08:45", "Organisers' stand-up"),
        ("12 09:00", "12 09:45", "Keynote: open data for all"),
        ("12 12:00", "12 13:00", "Lunch break"),
        ("12 22:00", "13 00:30", "Night session"),
        ("13 00:45", "13 01:15", "Lightning talks after midnight"),
    ]
    # The workshop is given in UTC (08:00Z): 10:00 in Central European summer time.
    assert spans(result, 2) == [
        ("13 08:30", "13 08:45", "Organisers' stand-up"),
        ("13 10:00", "13 11:00", "Workshop: publishing datasets"),
    ]
    assert [p.message for p in result.programme.left_out] == [
        "'Registration desk open': an all-day event has no times",
        "'Cancelled panel': cancelled",
    ]


def test_ics_recurrence_expanded_for_the_date_asked_and_its_exdate() -> None:
    options = ImportOptions(date=date(2024, 6, 14), timezone="Europe/Berlin")
    assert spans(import_to_file(str(FIXTURES / "conference.ics"), None, options)) == [
        ("14 08:30", "14 08:45", "Organisers' stand-up")
    ]
    with pytest.raises(ImportFailed, match="found no timed items"):
        import_to_file(str(FIXTURES / "conference.ics"), None, ImportOptions(date=date(2024, 6, 11)))


def test_frab_schedule_needs_a_room_and_keeps_talks_after_midnight_on_their_day() -> None:
    source = str(FIXTURES / "schedule.xml")
    with pytest.raises(ImportFailed) as caught:
        import_to_file(source, None, ImportOptions())
    assert [str(p) for p in caught.value.problems] == [
        f"{source}:1: several rooms; choose one with --room: Saal 1, Saal 2"
    ]
    result = import_to_file(source, None, ImportOptions(room="Saal 1"))
    assert (result.agenda.title, result.agenda.timezone) == ("Fixture Congress 2024", "Europe/Berlin")
    assert spans(result) == [
        ("27 11:00", "27 11:40", "Opening"),
        ("27 23:30", "28 00:30", "Night lecture: lost protocols"),
        ("28 01:00", "28 01:30", "After-midnight lightning talks"),
    ]
    assert 'start: "25:00"' in result.text
    opening = result.agenda.days[0].segments[0]
    assert [s.name for s in opening.speakers] == ["Kim Schneider", "Yusuf Demir"] and opening.group == "Community"
    assert result.agenda.days[1].segments[0].kind.value == "break"


def test_frab_offsets_only_are_kept_exactly(tmp_path: Path) -> None:
    text = (FIXTURES / "schedule.xml").read_text(encoding="utf-8")
    text = text.replace("<time_zone_name>Europe/Berlin</time_zone_name>", "")
    source = tmp_path / "schedule.xml"
    source.write_text(text, encoding="utf-8")
    result = import_to_file(str(source), None, ImportOptions(room="Saal 2"))
    assert result.agenda.timezone == "Etc/GMT-1"  # POSIX sign: UTC+01:00
    assert "guessed: the schedule gives only the UTC offset +0100" in result.text
    assert f"{result.agenda.days[0].segments[0].start:%H:%M%z}" == "12:00+0100"


def test_ics_windows_zone_name_as_outlook_writes_it() -> None:
    result = import_to_file(str(FIXTURES / "outlook-invitation.ics"), None, ImportOptions())
    assert result.agenda.timezone == "America/New_York" and "guessed: the calendar" not in result.text
    assert spans(result) == [("12 09:00", "12 12:00", "Dialogue on Implementation of the Roadmap")]


def test_ontime_events_without_a_start(tmp_path: Path) -> None:
    """Ontime's untimed events: with a length they follow the one before; without, a note of the next."""
    rundown = [
        {"type": "event", "id": "a", "title": "Warm-up", "timeStart": None, "duration": 300000},
        {"type": "event", "id": "b", "title": "Opening", "timeStart": 32400000, "timeEnd": 33000000},
        {"type": "event", "id": "c", "title": "Walk-in music", "timerType": "none", "timeStart": None},
        {"type": "event", "id": "d", "title": "Keynote", "timeStart": None, "duration": 1800000},
    ]
    source = tmp_path / "untimed.json"
    source.write_text(json.dumps({"rundown": rundown, "project": {"title": "Untimed"}}), encoding="utf-8")
    result = import_to_file(str(source), None, ImportOptions(date=date(2024, 6, 3)))
    assert spans(result) == [("03 09:00", "03 09:10", "Opening"), ("03 09:10", "03 09:40", "Keynote")]
    assert result.agenda.days[0].segments[1].notes == "Walk-in music"
    assert [p.message for p in result.programme.left_out] == ["'Warm-up': no start, and no item before it to follow"]


def test_schedule_json_version_2_lists_events_with_their_own_start_end_and_room(tmp_path: Path) -> None:
    """The CCC hub's schedule.json (c3voc schema 2): `schedule.events`, not rooms under days."""
    day = {"index": 1, "date": "2024-12-27", "start": "2024-12-27T06:00:00+01:00", "end": "2024-12-28T06:00:00+01:00"}
    talk = {
        "guid": "g1", "title": "Opening", "start": "2024-12-27T10:30:00+01:00", "end": "2024-12-27T11:00:00+01:00",
        "room": {"name": "Saal 1"}, "track": {"name": "CCC"},
        "participants": [{"name": "Ada", "role": "SPEAKER"}, {"name": "Bob", "role": "CONTRIBUTOR"}],
    }  # fmt: skip
    night = dict(talk, guid="g2", title="Night", start="2024-12-28T01:00:00+01:00", end="2024-12-28T02:00:00+01:00")
    schedule = {"schedule": {"conference": {"title": "38C3", "time_zone_name": "Europe/Berlin", "days": [day]},
                             "events": [talk, night]}}  # fmt: skip
    source = tmp_path / "schedule.json"
    source.write_text(json.dumps(schedule, indent=1), encoding="utf-8")
    result = import_to_file(str(source), None, ImportOptions())
    assert spans(result) == [("27 10:30", "27 11:00", "Opening"), ("28 01:00", "28 02:00", "Night")]
    opening = result.agenda.days[0].segments[0]
    assert (opening.group, opening.speaker_label) == ("CCC", "Ada")
    lines = [n for n, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1) if '"g2"' in line]
    assert [result.programme.days[0].segments[1].where] == [str(n) for n in lines]

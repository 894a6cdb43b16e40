"""Rules of the schedule and calendar formats that held_out_3's real files taught (SOURCES.md), each
tried on a source written for the test."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from runner.io.importers import Imported, ImportFailed, ImportOptions, import_to_file


def imported(path: Path, text: str, **options: object) -> Imported:
    path.write_text(text, encoding="utf-8")
    return import_to_file(str(path), None, ImportOptions(**options))  # type: ignore[arg-type]


def spans(result: Imported) -> list[tuple[str, str, str]]:
    return [(f"{s.start:%d %H:%M}", f"{s.end:%H:%M}", s.title) for day in result.agenda.days for s in day.segments]


PENTABARF = """<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <conference><title>Devroom Days</title><start>2010-02-06</start></conference>
  <day index="1" date="2010-02-06">
  <event id="2"><start>15:00</start><duration>00:30</duration><room>Ferrer</room>
      <title>Second talk</title><persons><person id="9">Ana</person></persons></event>
  <event id="1"><start>14:00</start><duration>01:00</duration><room>Ferrer</room><title>First talk</title></event>
  <event id="3"><start>14:00</start><duration>02:00</duration><room>Janson</room><title>Keynote</title></event>
  </day>
</schedule>
"""


def test_pentabarf_events_straight_under_the_day_name_their_room_themselves(tmp_path: Path) -> None:
    """Pentabarf's older export (FOSDEM 2010) has no <room name>: each event's own <room> says where."""
    source = tmp_path / "schedule.xml"
    source.write_text(PENTABARF, encoding="utf-8")
    with pytest.raises(ImportFailed) as caught:
        import_to_file(str(source), None, ImportOptions())
    assert caught.value.problems[0].message == "several rooms; choose one with --room: Ferrer, Janson"
    result = imported(source, PENTABARF, room="Ferrer")
    assert spans(result) == [("06 14:00", "15:00", "First talk"), ("06 15:00", "15:30", "Second talk")]
    assert result.agenda.days[0].segments[1].speaker_label == "Ana"


def test_ontime_2_0_names_its_project_in_event_data(tmp_path: Path) -> None:
    """Ontime 2.0 kept the title in `eventData` (later `project`): the agenda is named after it."""
    event = {"type": "event", "id": "a", "title": "Opening", "timeStart": 32400000, "duration": 600000}
    project = {"rundown": [event], "eventData": {"title": "Board meeting"}, "settings": {"version": 2}}
    result = imported(tmp_path / "db.json", json.dumps(project), date=date(2024, 6, 3))
    assert result.agenda.title == "Board meeting" and "guessed: the source gives no title" not in result.text


def calendar(*events: str) -> str:
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-TIMEZONE:America/New_York\r\n"
    return head + "".join(events) + "END:VCALENDAR\r\n"


def vevent(uid: str, summary: str, start: str, end: str, *lines: str) -> str:
    body = "".join(f"{line}\r\n" for line in lines)
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{summary}\r\nDTSTART;TZID=America/New_York:{start}\r\n"
        f"DTEND;TZID=America/New_York:{end}\r\n{body}END:VEVENT\r\n"
    )


def test_a_description_written_in_html_becomes_plain_notes(tmp_path: Path) -> None:
    """PyCon's export writes HTML into DESCRIPTION (RFC 5545: plain text): the notes are its text."""
    html = (
        r'Kind: plenary\n<p><a href="/2025/keynotes#ada">Ada Lovelace</a>\n<br>'
        r'<span style="font-size: smaller\;">Keynote</span> &amp\; Q&amp\;A</p>'
    )
    plain = r"Bring <your laptop> if a < b"
    text = calendar(
        vevent("k", "Keynote", "20250516T090000", "20250516T094500", f"DESCRIPTION:{html}"),
        vevent("w", "Workshop", "20250516T100000", "20250516T110000", f"DESCRIPTION:{plain}"),
    )
    keynote, workshop = imported(tmp_path / "pycon.ics", text).agenda.days[0].segments
    assert keynote.notes == "Kind: plenary\nAda Lovelace\nKeynote & Q&A"
    assert workshop.notes == "Bring <your laptop> if a < b"  # no tag of HTML: kept as written


def test_a_location_listing_several_of_the_calendars_rooms_puts_the_event_in_each(tmp_path: Path) -> None:
    """PyCon's breaks are held in every hall at once ("Hall A, Hall B"): each hall's agenda has them;
    a LOCATION whose parts are not all rooms of the calendar ("Hall A, Pittsburgh") is one room."""
    text = calendar(
        vevent("a", "Talk in A", "20250516T090000", "20250516T100000", "LOCATION:Hall A"),
        vevent("b", "Talk in B", "20250516T093000", "20250516T100000", "LOCATION:Hall B"),
        vevent("c", "Coffee break", "20250516T100000", "20250516T103000", r"LOCATION:Hall A\, Hall B"),
        vevent("d", "Reception", "20250516T180000", "20250516T190000", r"LOCATION:Hall A\, Pittsburgh"),
    )
    source = tmp_path / "talks.ics"
    source.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFailed) as caught:
        import_to_file(str(source), None, ImportOptions())
    assert caught.value.problems[0].message.endswith('--room: Hall A, "Hall A, Pittsburgh", Hall B')
    in_b = imported(source, text, room="Hall B")
    assert spans(in_b) == [("16 09:30", "10:00", "Talk in B"), ("16 10:00", "10:30", "Coffee break")]
    in_a = imported(source, text, room="Hall A")
    assert [s.title for s in in_a.agenda.days[0].segments] == ["Talk in A", "Coffee break"]


def zoned_calendar(tzid: str, *extra: str) -> str:
    """A VTIMEZONE of Central European rules under `tzid`, and one event in it."""
    rules = (
        "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nDTSTART:19700329T020000\r\n"
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
        "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nDTSTART:19701025T030000\r\n"
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n"
    )
    named = "".join(line + "\r\n" for line in extra)
    zone = f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\n{named}{rules}END:VTIMEZONE\r\n"
    talk = (
        f"BEGIN:VEVENT\r\nUID:w\r\nSUMMARY:Lessons\r\nDTSTART;TZID={tzid}:20240910T090000\r\n"
        "DURATION:PT4H30M\r\nEND:VEVENT\r\n"
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:ics.py\r\n{zone}{talk}END:VCALENDAR\r\n"


def test_a_globally_unique_tzid_or_x_lic_location_names_the_zone(tmp_path: Path) -> None:
    """CodeRefinery's TZID "/ics.py/2020.1/Europe/Stockholm" (RFC 5545: a leading "/") ends in its zone's
    name, and libical's X-LIC-LOCATION gives it: the zone is that one, not one guessed from the offsets."""
    unique = imported(tmp_path / "a.ics", zoned_calendar("/ics.py/2020.1/Europe/Stockholm"))
    assert unique.agenda.timezone == "Europe/Stockholm" and "guessed: the calendar's zone" not in unique.text
    assert spans(unique) == [("10 09:00", "13:30", "Lessons")]
    located = imported(tmp_path / "b.ics", zoned_calendar("Central Europe", "X-LIC-LOCATION:Europe/Oslo"))
    assert located.agenda.timezone == "Europe/Oslo"
    guessed = imported(tmp_path / "c.ics", zoned_calendar("Central Europe"))  # no name: still from its offsets
    assert "guessed: the calendar's zone 'Central Europe' keeps the offsets of" in guessed.text

"""iCalendar as RFC 5545 writes it: folds of octets, events of no length, series with moved
occurrences; and what one room's clock cannot run (several rooms, events over a day, overlaps)
refused in one line naming the option that makes it import, in every format."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from runner.io.importers import Imported, ImportFailed, ImportOptions, import_to_file
from runner.io.importers.ics_file import unfolded

ZONE = "Europe/Vienna"


def calendar(*events: str, zone: str = ZONE) -> bytes:
    head = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-TIMEZONE:{zone}\r\n"
    return (head + "".join(events) + "END:VCALENDAR\r\n").encode("utf-8")


def event(uid: str, summary: str, start: str, *lines: str) -> str:
    body = "".join(f"{line}\r\n" for line in lines)
    return f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{summary}\r\nDTSTART;TZID={ZONE}:{start}\r\n{body}END:VEVENT\r\n"


def fold_octets(data: bytes, width: int = 75) -> bytes:
    """Each line cut every `width` octets as RFC 5545 3.1 allows, splitting a character if it falls so."""
    out = []
    for line in data.split(b"\r\n"):
        pieces = [line[i : i + width] for i in range(0, len(line), width)] or [b""]
        out.append(b"\r\n ".join(pieces))
    return b"\r\n".join(out)


def imported(tmp_path: Path, data: bytes, **options: object) -> Imported:
    source = tmp_path / "calendar.ics"
    source.write_bytes(data)
    return import_to_file(str(source), None, ImportOptions(**options))  # type: ignore[arg-type]


def refusal(tmp_path: Path, data: bytes, name: str = "calendar.ics", **options: object) -> str:
    source = tmp_path / name
    source.write_bytes(data)
    with pytest.raises(ImportFailed) as caught:
        import_to_file(str(source), None, ImportOptions(**options))  # type: ignore[arg-type]
    assert len(caught.value.problems) == 1, caught.value
    return caught.value.problems[0].message


def times(result: Imported) -> list[tuple[str, str, str]]:
    return [
        (f"{s.start:%m-%d %H:%M}", f"{s.end:%H:%M:%S}", s.title) for day in result.agenda.days for s in day.segments
    ]


def test_a_fold_inside_a_utf8_character_is_unfolded_before_decoding(tmp_path: Path) -> None:
    title = "é" * 60 + " — Éloïse"  # "SUMMARY:" and 33 é are 74 octets: the 75th is half an é
    data = fold_octets(calendar(event("a", title, "20260310T100000", "DTEND;TZID=Europe/Vienna:20260310T110000")))
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the folds do split characters
    result = imported(tmp_path, data)
    assert result.agenda.days[0].segments[0].title == title.strip()


def test_a_problem_after_unfolded_lines_is_on_the_files_own_line(tmp_path: Path) -> None:
    data = fold_octets(
        calendar(
            event("a", "Ouverture – é" * 12, "20260310T100000", "DTEND;TZID=Europe/Vienna:20260310T110000"),
            event("b", "Débat", "20260310T103000", "DTEND;TZID=Europe/Vienna:20260310T113000"),
        )
    )
    assert unfolded(data).count(b"\n") < data.count(b"\n")
    line = data[: data.index(b"UID:b")].count(b"\n") + 1
    source = tmp_path / "calendar.ics"
    source.write_bytes(data)
    with pytest.raises(ImportFailed) as caught:
        import_to_file(str(source), None, ImportOptions())
    assert caught.value.problems[0].where == str(line)


def test_an_event_with_a_start_alone_is_a_moment_not_an_error(tmp_path: Path) -> None:
    data = calendar(
        event("a", "Doors open", "20260310T090000"),
        event("b", "Opening", "20260310T090030", "DURATION:PT30M"),
        event("c", "Photo", "20260310T120000", "DTEND;TZID=Europe/Vienna:20260310T120000"),
        event("d", "Registration", "20260310", "X-NOTE:a DATE start alone is a day").replace(
            f"DTSTART;TZID={ZONE}:20260310", "DTSTART;VALUE=DATE:20260310"
        ),
    )
    result = imported(tmp_path, data)
    assert times(result) == [
        ("03-10 09:00", "09:00:30", "Doors open"),  # a moment: up to the next event
        ("03-10 09:00", "09:30:30", "Opening"),
        ("03-10 12:00", "12:01:00", "Photo"),  # a moment at the end of its day: a minute
    ]
    assert result.text.count("# guessed: the calendar gives it no end (a moment)") == 2
    assert [p.message for p in result.programme.left_out] == ["'Registration': an all-day event has no times"]


def test_a_daily_series_with_moved_removed_and_added_days_keeps_every_day(tmp_path: Path) -> None:
    data = calendar(
        event(
            "s",
            "Stand-up",
            "20260302T083000",
            "DTEND;TZID=Europe/Vienna:20260302T084500",
            "RRULE:FREQ=DAILY;COUNT=5",
            "EXDATE;TZID=Europe/Vienna:20260304T083000",
            "RDATE;TZID=Europe/Vienna:20260309T083000",
        ),
        event(
            "s",
            "Stand-up (moved)",
            "20260303T140000",
            "DTEND;TZID=Europe/Vienna:20260303T141500",
            "RECURRENCE-ID;TZID=Europe/Vienna:20260303T083000",
        ),
    )
    assert times(imported(tmp_path, data)) == [
        ("03-02 08:30", "08:45:00", "Stand-up"),
        ("03-03 14:00", "14:15:00", "Stand-up (moved)"),
        ("03-05 08:30", "08:45:00", "Stand-up"),
        ("03-06 08:30", "08:45:00", "Stand-up"),
        ("03-09 08:30", "08:45:00", "Stand-up"),
    ]


def test_an_endless_weekly_series_takes_the_days_of_the_calendars_other_events(tmp_path: Path) -> None:
    data = calendar(
        event("w", "Weekly call", "20250107T170000", "DURATION:PT1H", "RRULE:FREQ=WEEKLY"),
        event("a", "Day one", "20260310T090000", "DURATION:PT1H"),
        event("b", "Day two", "20260317T090000", "DURATION:PT1H"),
    )
    assert [title for _, _, title in times(imported(tmp_path, data))] == [
        "Day one", "Weekly call", "Day two", "Weekly call",
    ]  # fmt: skip


ROOMS = calendar(
    event("a", "Plenary", "20260310T090000", "DURATION:PT2H", "LOCATION:Hall A"),
    event("b", "Side event", "20260310T100000", "DURATION:PT1H", "LOCATION:Room 3\\, floor 2"),
    event("c", "Closing", "20260310T120000", "DURATION:PT30M", "LOCATION:Hall A"),
)


def test_events_overlapping_in_several_rooms_ask_for_one_room_in_one_line(tmp_path: Path) -> None:
    assert refusal(tmp_path, ROOMS) == (
        'events in several rooms overlap; choose one with --room: Hall A, "Room 3, floor 2"'
    )
    result = imported(tmp_path, ROOMS, room="Hall A")
    assert [title for _, _, title in times(result)] == ["Plenary", "Closing"]
    assert [p.message for p in result.programme.left_out] == ["1 event in other rooms"]
    assert "the rooms are: Hall A" in refusal(tmp_path, ROOMS, room="Hall B")


def test_overlaps_in_one_room_name_the_days_without_any(tmp_path: Path) -> None:
    data = calendar(
        event("a", "Workshop A", "20260310T130000", "DURATION:PT5H"),
        event("b", "Workshop B", "20260310T130000", "DURATION:PT5H"),
        event("c", "Talk", "20260311T100000", "DURATION:PT1H"),
        event("d", "Fair", "20260312T090000", "DTEND;TZID=Europe/Vienna:20260314T180000"),
        event("e", "Talk", "20260313T100000", "DURATION:PT1H"),
    )
    assert refusal(tmp_path, data) == (
        "'Workshop B' starts at 13:00, before 'Workshop A' ends (2026-03-10): events overlap on 1 day; "
        "import one day with --date: 2026-03-11, 2026-03-13"
    )
    result = imported(tmp_path, data, date=date(2026, 3, 11))
    assert times(result) == [("03-11 10:00", "11:00:00", "Talk")]
    long = calendar(
        event("c", "Talk", "20260311T100000", "DURATION:PT1H"),
        event("d", "Fair", "20260311T090000", "DTEND;TZID=Europe/Vienna:20260313T180000"),
    )
    result = imported(tmp_path, long)
    assert times(result) == [("03-11 10:00", "11:00:00", "Talk")]
    assert [p.message for p in result.programme.left_out] == ["'Fair': longer than a day (57h)"]


def test_overlaps_on_every_day_are_one_line_too(tmp_path: Path) -> None:
    data = calendar(
        event("a", "Workshop A", "20260310T130000", "DURATION:PT5H"),
        event("b", "Workshop B", "20260310T140000", "DURATION:PT1H"),
    )
    assert refusal(tmp_path, data) == (
        "'Workshop B' starts at 14:00, before 'Workshop A' ends (2026-03-10): segments may not overlap"
    )


def test_a_table_row_longer_than_a_day_is_left_out_and_overlaps_are_one_line(tmp_path: Path) -> None:
    rows = "date,start,duration,title\n2026-03-10,09:00,30h,Exhibition\n2026-03-10,09:00,1h,Opening\n"
    source = tmp_path / "programme.csv"
    source.write_text(rows, encoding="utf-8")
    result = import_to_file(str(source), None, ImportOptions(timezone=ZONE))
    assert [s.title for s in result.agenda.days[0].segments] == ["Opening"]
    assert [p.message for p in result.programme.left_out] == ["'Exhibition': longer than a day (30h)"]
    clashing = rows + "2026-03-10,09:30,1h,Panel\n2026-03-10,09:40,1h,Press\n2026-03-11,09:00,1h,Day two\n"
    assert refusal(tmp_path, clashing.encode(), "programme.csv", timezone=ZONE) == (
        "'Panel' starts at 09:30, before 'Opening' ends (2026-03-10): events overlap on 1 day; "
        "import one day with --date: 2026-03-11"
    )


def test_a_schedule_with_overlapping_talks_in_one_room_is_one_line(tmp_path: Path) -> None:
    xml = """<schedule><conference><title>C</title><time_zone_name>Europe/Vienna</time_zone_name></conference>
<day date="2026-03-10" index="1"><room name="Saal 1">
<event><date>2026-03-10T10:00:00+01:00</date><start>10:00</start><duration>01:00</duration><title>A</title></event>
<event><date>2026-03-10T10:30:00+01:00</date><start>10:30</start><duration>00:30</duration><title>B</title></event>
</room></day></schedule>"""
    assert refusal(tmp_path, xml.encode(), "schedule.xml") == (
        "'B' starts at 10:30, before 'A' ends (2026-03-10): segments may not overlap"
    )


# --- a round trip: events a calendar program would write, back as the same agenda -----------

_TITLES = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cf", "Cn", "Co", "Cs", "Zl", "Zp")), min_size=1, max_size=90
)
_EVENTS = st.lists(
    st.tuples(st.integers(0, 2), st.integers(7 * 4, 20 * 4), st.integers(1, 8), _TITLES),
    min_size=1,
    max_size=8,
    unique_by=lambda e: (e[0], e[1]),
)


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


@settings(max_examples=40, deadline=None)
@given(events=_EVENTS)
def test_timed_events_come_back_as_written_whatever_the_folds(
    tmp_path_factory: pytest.TempPathFactory, events: list[tuple[int, int, int, str]]
) -> None:
    """Quarter-hour events on up to three days, titles of any UTF-8, folded at 75 octets: each comes
    back on its day, at its time, for its length, under its title (or the overlap is one line)."""
    zone = ZoneInfo(ZONE)
    written = []
    for day, quarter, quarters, title in events:
        start = datetime(2026, 3, 10 + day, quarter // 4, quarter % 4 * 15, tzinfo=zone)
        written.append((start, timedelta(minutes=15 * quarters), " ".join(title.split()) or "x"))
    ics = calendar(
        *(
            event(f"e{n}", _escaped(title), f"{start:%Y%m%dT%H%M%S}", f"DURATION:PT{length.seconds // 60}M")
            for n, (start, length, title) in enumerate(written)
        )
    )
    source = tmp_path_factory.mktemp("ics") / "calendar.ics"
    source.write_bytes(fold_octets(ics))
    try:
        result = import_to_file(str(source), None, ImportOptions())
    except ImportFailed as exc:
        assert len(exc.problems) == 1 and "overlap" in exc.problems[0].message, exc
        return
    got = sorted((s.start, s.duration, s.title) for day in result.agenda.days for s in day.segments)
    assert got == sorted(written)


def test_events_a_generator_gave_one_uid_are_each_kept(tmp_path: Path) -> None:
    data = calendar(
        event("46939", "Opening", "20260310T090000", "DURATION:PT1H", "SEQUENCE:0"),
        event("46939", "Talk", "20260310T100000", "DURATION:PT1H", "SEQUENCE:0"),
        event("46939", "Closing", "20260310T110000", "DURATION:PT1H", "SEQUENCE:0"),
        event("v", "Old title", "20260310T120000", "DURATION:PT1H", "SEQUENCE:1"),
        event("v", "New title", "20260310T120000", "DURATION:PT1H", "SEQUENCE:2"),
    )
    result = imported(tmp_path, data)
    assert [title for _, _, title in times(result)] == ["Opening", "Talk", "Closing", "New title"]
    lines = [line for line, text in enumerate(data.decode().splitlines(), start=1) if text == "UID:46939"]
    assert [s.where for s in result.programme.days[0].segments][:3] == [str(line) for line in lines]
    assert "3 events share a UID" in result.programme.guesses["uid"]


def test_a_web_pages_lines_around_the_calendar_are_listed_not_parsed(tmp_path: Path) -> None:
    data = b"<!--\n" + calendar(event("a", "Talk", "20260310T100000", "DURATION:PT1H")) + b"-->\n"
    result = imported(tmp_path, data)
    assert [title for _, _, title in times(result)] == ["Talk"]
    assert [(p.where, p.message) for p in result.programme.left_out] == [
        ("1", "1 line outside BEGIN:VCALENDAR … END:VCALENDAR"),
        (str(data.count(b"\n")), "1 line outside BEGIN:VCALENDAR … END:VCALENDAR"),
    ]


def test_a_calendar_with_nothing_timed_says_what_it_left_out_in_one_line(tmp_path: Path) -> None:
    data = calendar(event("a", "Sprint", "20260310T090000", "DTEND;TZID=Europe/Vienna:20260314T180000"))
    assert refusal(tmp_path, data) == (
        "found no timed items to import; left out: 'Sprint': longer than a day (105h) (and 1 more)"
    )

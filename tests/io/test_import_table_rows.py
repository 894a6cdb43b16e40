"""Spreadsheet rows as conference sites keep them: counted days, rooms beside a plenary, rows
with no time inside a session, web markup in cells, start times only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from runner.io.importers import ImportFailed, ImportOptions, import_to_file
from runner.io.importers.tablecells import cell_day, cell_text

DAY = ImportOptions(date=date(2024, 6, 3), timezone="UTC")  # a Monday


def _import(tmp_path: Path, text: str, options: ImportOptions = DAY):  # type: ignore[no-untyped-def]
    source = tmp_path / "plan.csv"
    source.write_text(text, encoding="utf-8")
    return import_to_file(str(source), None, options, today=date(2026, 1, 1))


def _rows(result) -> list[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    return [
        (str(d.date), f"{s.start:%H:%M}", f"{s.end:%H:%M}", s.title) for d in result.agenda.days for s in d.segments
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [("1", ("number", 1)), ("Day 2", ("number", 2)), ("Jour 3", ("number", 3)), ("第2天", ("number", 2)),
     ("Tuesday", ("weekday", 1)), ("mardi", ("weekday", 1)), ("Среда", ("weekday", 2)), ("next week", None)],
)  # fmt: skip
def test_a_day_cell_counts_the_day_or_names_its_weekday(text: str, day: tuple[str, int] | None) -> None:
    assert cell_day(text) == day


def test_numbered_days_follow_the_date_given_for_the_first(tmp_path: Path) -> None:
    result = _import(tmp_path, "day,time,title\n1,9:00-10:00,Opening\n2,9:00-10:00,Recap\n3,9:00-9:30,Close\n")
    assert [str(d.date) for d in result.agenda.days] == ["2024-06-03", "2024-06-04", "2024-06-05"]


def test_numbered_days_without_date_are_guessed_and_say_so(tmp_path: Path) -> None:
    result = _import(tmp_path, "day,time,title\n1,9:00-10:00,Opening\n2,9:00-10:00,Recap\n", ImportOptions())
    assert [str(d.date) for d in result.agenda.days] == ["2026-01-01", "2026-01-02"]
    assert "give --date for the first" in result.text


def test_weekdays_take_the_next_such_dates(tmp_path: Path) -> None:
    text = "day,start,end,title\nTuesday,9:00,10:00,Talk\nWednesday,9:00,10:00,Workshop\nMonday,9:00,9:30,Wrap\n"
    result = _import(tmp_path, text)
    assert [str(d.date) for d in result.agenda.days] == ["2024-06-04", "2024-06-05", "2024-06-10"]


PLENARY_AND_ROOMS = """start,end,title,location
13:00,13:30,Opening,Main hall
13:30,14:00,Break,
14:00,15:00,Track talk A,Room1
14:00,15:00,Track talk B,Room2
15:00,16:00,Reception,Lounge
"""


def test_only_rooms_that_run_side_by_side_are_a_choice(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match=r"several rooms; choose one with --room: Room1, Room2$"):
        _import(tmp_path, PLENARY_AND_ROOMS)


def test_the_chosen_room_keeps_the_plenary_and_the_rows_with_no_room(tmp_path: Path) -> None:
    result = _import(tmp_path, PLENARY_AND_ROOMS, ImportOptions(date=date(2024, 6, 3), room="Room2"))
    assert [r[3] for r in _rows(result)] == ["Opening", "Break", "Track talk B", "Reception"]


def test_rooms_that_never_run_together_are_one_programme(tmp_path: Path) -> None:
    result = _import(tmp_path, "start,end,title,room\n9:00,10:00,Opening,Hall\n10:00,11:00,Lunch,Garden\n")
    assert [r[3] for r in _rows(result)] == ["Opening", "Lunch"]


def test_rows_with_no_time_are_parts_of_the_item_above(tmp_path: Path) -> None:
    text = "Time,Title,Authors,Type\n(GMT+1 Time),,,\n11:00-12:30,Session 1,(Chair) R. D.,\n,Paper one,A and B,Full\n"
    result = _import(tmp_path, text)
    day = result.agenda.days[0]
    assert [s.title for s in day.segments] == ["Session 1"]
    assert day.segments[0].notes == "Paper one — A and B — Full"
    assert result.programme.days[0].notes == "(GMT+1 Time)"  # the row under the header that says how to read it


@pytest.mark.parametrize(
    ("cell", "text"),
    [("<i>Mutant-Kraken</i>", "Mutant-Kraken"), ("Session 1</b>", "Session 1"), ("teamer&#x27;s", "teamer's"),
     ("AT&T R&D", "AT&T R&D"), ("<3 minutes", "<3 minutes"), ("Dinner ([more](dinner.qmd))", "Dinner (more)")],
)  # fmt: skip
def test_web_markup_in_a_cell_is_read_as_its_text(cell: str, text: str) -> None:
    assert cell_text(cell) == text


def test_a_row_with_no_title_is_named_by_its_type(tmp_path: Path) -> None:
    result = _import(tmp_path, "time,type,title\n9:00-9:30,Keynote,Welcome\n9:30-10:00,Break,\n")
    segments = result.agenda.days[0].segments
    assert [(s.title, s.kind.value) for s in segments[:2]] == [("Welcome", "segment"), ("Break", "break")]
    assert segments[0].notes == "type: Keynote"


def test_a_start_time_table_whose_last_item_has_no_end_is_refused_in_one_line(tmp_path: Path) -> None:
    text = "day,time,title\n1,9:00,Opening\n1,20:00,Dinner\n2,9:00,Talks\n2,12:00,Poster session\n"
    with pytest.raises(ImportFailed) as caught:
        _import(tmp_path, text)
    assert [p.message for p in caught.value.problems] == [
        "the length of 'Dinner' is not known; give it an end or a duration (and 1 more)"
    ]


def test_a_second_title_column_saying_the_same_is_not_kept_in_the_notes(tmp_path: Path) -> None:
    result = _import(tmp_path, "time,title,title_en\n9:00-9:30,Opening,Opening\n9:30-10:00,Débat,Debate\n")
    assert [s.notes for s in result.agenda.days[0].segments] == ["", "title_en: Debate"]


def test_a_sheet_without_header_is_read_by_its_column_of_times(tmp_path: Path) -> None:
    text = "6:00 - 6:15,Opening Remarks,,\n6:15 - 6:45,A. Speaker, - ,Her talk\n6:45 - 7:15,B. Speaker, - ,His talk\n"
    segments = _import(tmp_path, text).agenda.days[0].segments
    assert [(f"{s.start:%H:%M}", s.title, s.notes) for s in segments] == [
        ("06:00", "Opening Remarks", ""),
        ("06:15", "A. Speaker", "Her talk"),  # a cell of dashes says nothing
        ("06:45", "B. Speaker", "His talk"),
    ]


def test_a_sheet_without_header_or_times_is_still_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="no header row"):
        _import(tmp_path, "a,b\n1,2\n3,4\n5,6\n")


def test_a_row_whose_time_its_next_rows_fill_is_their_session(tmp_path: Path) -> None:
    text = (
        "time,title,speaker\n11:32-12:08,Keynote,D. B.\n12:09-12:40,Contributed talks,Chair C.\n"
        "12:10-12:22,Paper one,\n12:22-12:35,Paper two,\n12:35-12:40,Q&A,\n12:40-12:45,Break,\n"
    )
    segments = _import(tmp_path, text).agenda.days[0].segments
    assert [(s.title, s.group) for s in segments] == [
        ("Keynote", ""),
        ("Paper one", "Contributed talks"),
        ("Paper two", "Contributed talks"),
        ("Q&A", "Contributed talks"),
        ("Break", ""),
    ]
    assert segments[1].notes == "Contributed talks: Chair C."


def test_a_row_its_next_rows_do_not_fill_stays_a_row(tmp_path: Path) -> None:
    text = "start,end,title\n8:00,18:00,Poster exhibition\n13:00,14:00,Keynote\n14:00,14:15,Break\n"
    with pytest.raises(ImportFailed, match="before 'Poster exhibition' ends"):
        _import(tmp_path, text)


def test_tracks_side_by_side_with_no_room_column_are_the_rooms(tmp_path: Path) -> None:
    text = (
        "Date,StartTime,EndTime,Name,Track\n2014-10-06,13:00,14:00,Keynote,\n"
        "2014-10-06,14:30,15:15,Mobile apps,Mobile\n2014-10-06,14:30,15:15,Architecture,Architecture\n"
    )
    with pytest.raises(ImportFailed, match=r"several rooms; choose one with --room: Architecture, Mobile$"):
        _import(tmp_path, text)
    chosen = _import(tmp_path, text, ImportOptions(date=date(2014, 10, 6), room="Mobile"))
    assert [r[3] for r in _rows(chosen)] == ["Keynote", "Mobile apps"]


def test_a_desk_open_beside_the_programme_is_the_days_note_and_says_so(tmp_path: Path) -> None:
    """A registration desk open while the talks run is no segment of the room's clock; one that
    runs on its own (before the opening) stays one."""
    text = (
        "date,start,end,title\n2014-10-06,8:00,18:00,Registration\n2014-10-06,13:00,14:00,Keynote\n"
        "2014-10-07,8:00,9:00,Inscripción\n2014-10-07,9:00,10:00,Apertura\n"
    )
    result = _import(tmp_path, text, ImportOptions())
    assert [[s.title for s in day.segments] for day in result.agenda.days] == [["Keynote"], ["Inscripción", "Apertura"]]
    assert "notes: Registration 08:00–18:00" in result.text
    assert [p.message for p in result.programme.left_out] == [
        "'Registration': open beside the programme; kept in the day's notes"
    ]


def test_a_workbook_with_features_openpyxl_drops_says_nothing_of_them() -> None:
    """Couchbase Connect's agenda.xlsx carries an extension openpyxl cannot read; its UserWarning
    ("Unknown extension is not supported and will be removed") reached the host's terminal."""
    import warnings

    workbook = Path(__file__).parents[1] / "data" / "real" / "held_out_3" / "couchbase-connect-14-agenda.xlsx"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(ImportFailed):  # its rooms: the one line asks for --room
            import_to_file(str(workbook), None, ImportOptions(), today=date(2026, 1, 1))
    assert [str(w.message) for w in caught] == []


def test_a_list_that_starts_like_a_desk_is_no_desk(tmp_path: Path) -> None:
    """ "Registro de oradores" (the list of speakers) is a segment: its overlap is the source's, said in one line."""
    text = "start,end,title\n9:00,10:00,Registro de oradores\n9:30,10:30,Apertura\n"
    with pytest.raises(ImportFailed, match="before 'Registro de oradores' ends"):
        _import(tmp_path, text)

"""Spreadsheets: a header row anywhere, columns in any order and case, Ontime's rundown export."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from runner.io.importers import ImportFailed, ImportOptions, import_to_file

FIXTURES = Path(__file__).parent / "fixtures" / "import"
DAY = ImportOptions(date=date(2024, 6, 3), timezone="Africa/Nairobi")


def rows(result) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(f"{s.start:%H:%M}", f"{s.end:%H:%M}", s.title) for day in result.agenda.days for s in day.segments]


def test_csv_with_a_title_block_and_columns_in_any_order() -> None:
    result = import_to_file(str(FIXTURES / "agenda-table.csv"), None, DAY)
    assert result.agenda.title == "Ministerial dialogue on digital cooperation"
    assert rows(result) == [
        ("09:00", "09:10", "Opening"),
        ("09:10", "09:55", "General debate"),
        ("09:55", "10:10", "Coffee"),
        ("10:10", "10:30", "Closing"),
    ]
    debate = result.agenda.days[0].segments[1]
    assert [s.name for s in debate.speakers] == ["Brazil", "Kenya", "Norway"]
    assert debate.speaker_limit is not None and debate.speaker_limit.total_seconds() == 180
    assert result.agenda.days[0].segments[2].kind.value == "break"


def test_xlsx_with_excel_times_and_durations_and_its_active_sheet() -> None:
    result = import_to_file(str(FIXTURES / "programme.xlsx"), None, DAY)
    assert result.agenda.title == "Regional consultation — day one"
    assert rows(result) == [
        ("09:00", "09:15", "Opening"),
        ("09:15", "10:00", "Connectivity"),
        ("10:00", "10:20", "Tea break"),
        ("10:20", "11:00", "数字包容 (digital inclusion)"),
    ]
    last = result.agenda.days[0].segments[-1]
    assert last.group == "Session 2" and last.notes == "مناقشة"
    assert "kind: break  # guessed: from the title" in result.text


def test_xlsx_another_sheet_by_name() -> None:
    result = import_to_file(
        str(FIXTURES / "programme.xlsx"), None, ImportOptions(date=date(2024, 6, 4), sheet="Day two")
    )
    assert rows(result) == [("08:30", "12:00", "Field visit")]


def test_ontime_rundown_export_groups_skips_milestones_as_notes_and_midnight() -> None:
    result = import_to_file(str(FIXTURES / "ontime-rundown.xlsx"), None, DAY)
    assert rows(result) == [
        ("08:30", "08:45", "Doors"),
        ("08:45", "09:30", "Keynote"),
        ("23:30", "00:20", "Late panel"),
    ]
    doors, keynote, late = result.agenda.days[0].segments
    assert doors.group == keynote.group == "Morning block" and late.group == ""
    assert keynote.notes == "Lights down\nCamera: Cam 2"
    # A milestone takes no time: the chair reads it with the item after it.
    assert late.notes == "09:35 Press embargo lifts"
    assert [str(p) for p in result.programme.left_out] == [
        f"{FIXTURES / 'ontime-rundown.xlsx'}:Rundown!D5: 'Sponsor video': skipped in the source",
    ]
    assert result.agenda.title == "Rundown"


def test_rooms_need_room() -> None:
    source = str(FIXTURES / "two-rooms.csv")
    with pytest.raises(ImportFailed, match="several rooms; choose one with --room: Hall A, Hall B"):
        import_to_file(source, None, DAY)
    result = import_to_file(source, None, ImportOptions(date=date(2024, 6, 3), room="Hall A"))
    assert [title for _, _, title in rows(result)] == ["Keynote", "Panel"]


def _workbook(*table: list[object]) -> bytes:
    book = openpyxl.Workbook()
    book.active.title = "Plan"
    for row in table:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


BROKEN_CSV = [
    ("no header", "a,b\n1,2\n", "1", "no header row naming a title and a start, end or duration column"),
    ("bad time", "Title,Start\nOpening,9h99\nTalk,10:00\n", "2", "'9h99' is not a time of day"),
    ("bad length", "Title,Start,Duration\nOpening,9:00,soon\n", "2", "'soon' is not a length"),
    ("no length", "Title,Start\nOpening,9:00\nTalk,9:30\n", "3", "the length of 'Talk' is not known"),
    ("overlap", "Title,Start,End\nA,9:00,10:00\nB,9:30,10:30\n", "3", "before 'A' ends"),
    ("bad date", "Date,Title,Start,End\nnext week,A,9:00,10:00\n", "2", "'next week' is not a date"),
    ("binary", "\x00\x01\x02junk" * 40, "1", "binary data, not a programme"),
]


@pytest.mark.parametrize(("name", "text", "where", "message"), BROKEN_CSV, ids=[b[0] for b in BROKEN_CSV])
def test_broken_csv_ends_in_located_lines(tmp_path: Path, name: str, text: str, where: str, message: str) -> None:
    source = tmp_path / "plan.csv"
    source.write_bytes(text.encode("utf-8"))
    with pytest.raises(ImportFailed) as caught:
        import_to_file(str(source), None, DAY)
    first = caught.value.problems[0]
    assert (first.where, message in first.message) == (where, True), str(first)
    assert str(first).startswith(f"{source}:{where}: ")


def test_broken_workbook_cells_are_located_as_sheet_cells(tmp_path: Path) -> None:
    source = tmp_path / "plan.xlsx"
    source.write_bytes(
        _workbook(["Programme"], ["Title", "Start", "Duration"], ["A", "09:00", "10m"], ["B", "x", "5m"])
    )
    with pytest.raises(ImportFailed) as caught:
        import_to_file(str(source), None, DAY)
    assert [str(p) for p in caught.value.problems] == [f"{source}:Plan!B4: 'x' is not a time of day"]


def test_a_zip_bomb_is_refused_unread(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (5 * 1024 * 1024))
    source = tmp_path / "bomb.xlsx"
    source.write_bytes(buffer.getvalue())
    with pytest.raises(ImportFailed, match="refusing it"):
        import_to_file(str(source), None, DAY)


@pytest.mark.parametrize(
    ("data", "message"), [(b"PK\x03\x04 not really", "not a workbook"), (b"\x89PNG\r\n\x1a\n" * 10, "not a workbook")]
)
def test_junk_named_xlsx(tmp_path: Path, data: bytes, message: str) -> None:
    source = tmp_path / "plan.xlsx"
    source.write_bytes(data)
    with pytest.raises(ImportFailed, match=message):
        import_to_file(str(source), None, DAY)


def test_a_labelled_title_above_the_header(tmp_path: Path) -> None:
    source = tmp_path / "plan.csv"
    source.write_text(
        "Ontime · Schedule Template\nEvent Name,Town hall\n\nTitle,Time Start,Duration\nA,09:00,10m\n", "utf-8"
    )
    assert import_to_file(str(source), None, DAY).agenda.title == "Town hall"


@pytest.mark.parametrize("suffix", [".xls", ".docx", ".pdf"])
def test_formats_we_do_not_read_say_what_to_do(tmp_path: Path, suffix: str) -> None:
    source = tmp_path / f"programme{suffix}"
    source.write_bytes(b"\xd0\xcf\x11\xe0 old office file")
    with pytest.raises(ImportFailed, match=r"save it as \.xlsx or \.csv, or paste its text"):
        import_to_file(str(source), None, DAY)


def test_excel_day_fractions_and_minutes(tmp_path: Path) -> None:
    source = tmp_path / "plan.xlsx"
    source.write_bytes(_workbook(["Title", "Start", "Duration"], ["A", 0.375, 30], ["B", 0.40625, 15.5]))
    assert rows(import_to_file(str(source), None, DAY)) == [("09:00", "09:30", "A"), ("09:45", "10:00", "B")]


def test_ontime_sheet_timer_types_as_ontime_reads_them(tmp_path: Path) -> None:
    source = tmp_path / "rundown.xlsx"
    source.write_bytes(
        _workbook(
            ["Title", "Time Start", "Duration", "Timer Type", "Note"],
            ["Plenary", None, None, "group-start", None],
            ["Opening", "09:00", "00:10:00", "count-down", None],
            ["Doors close", None, None, "", "Ushers"],
            ["Statements", None, "00:40:00", "time-to-end", None],
            ["Old row", "10:00", "00:10:00", "skip-import", None],
            ["Strange row", "10:00", "00:10:00", "countdown-ish", None],
            [None, None, None, "group-end", None],
            ["Closing", "10:00", "00:05:00", "clock", None],
        )
    )
    result = import_to_file(str(source), None, DAY)
    assert rows(result) == [
        ("09:00", "09:10", "Opening"),
        ("09:10", "09:50", "Statements"),
        ("10:00", "10:05", "Closing"),
    ]
    opening, statements, closing = result.agenda.days[0].segments
    assert (opening.group, statements.group, closing.group) == ("Plenary", "Plenary", "")
    assert statements.notes == "Doors close\nUshers"
    assert [p.message for p in result.programme.left_out] == [
        "'Old row': skipped in the source",
        "'Strange row': Ontime imports no timer type 'countdown-ish'",
    ]
    assert result.agenda.title == "Plan"


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("Date;Heure;Titre;Intervenants;Durée", "Jeudi 14 novembre 2024;9 h 00;Ouverture;M. A, Mme B;30"),
        ("Fecha,Hora,Título,Ponentes,Duración", '"Martes, 22 de abril de 2025",9.00,Apertura,Sr. A; Sra. B,30'),
        (
            "Дата,Время,Название,Выступающие,Продолжительность",
            '"Среда, 12 марта 2025 г.",09:00,Открытие,г-н А; г-жа Б,30',
        ),
        ("التاريخ,الوقت,العنوان,المتحدثون,المدة", "2025-03-12,09:00,الافتتاح,السيد أ؛ السيدة ب,30"),
        ("日期,时间,标题,发言人,时长", "2025年3月12日,9:00,开幕式,王先生；李女士,30"),
    ],
)
def test_a_sheets_header_in_the_six_languages(tmp_path: Path, header: str, row: str) -> None:
    source = tmp_path / "programme.csv"
    source.write_text(f"{header}\n{row}\n", encoding="utf-8")
    result = import_to_file(str(source), None, ImportOptions(timezone="UTC"))
    (day,) = result.agenda.days
    (segment,) = day.segments
    assert day.date.isoformat() in ("2024-11-14", "2025-04-22", "2025-03-12")
    assert (f"{segment.start:%H:%M}", f"{segment.end:%H:%M}") == ("09:00", "09:30")
    assert len(segment.speakers) == 2, segment.speakers

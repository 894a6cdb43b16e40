"""Pasted programmes whose days are counted, not dated ("## Day 1", "## Day 2"), and tables whose
times stand in columns of their own ("| block | start | end | subject |", "| Hora inicio | Hora fin |"),
as SIB's NGS course schedule writes both (tests/data/SOURCES.md, held_out_3)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from runner.io.importers import ImportFailed
from runner.io.importers.text import read_text
from tests.io.test_import_text import import_text

REAL = Path(__file__).parents[1] / "data" / "real" / "held_out_3" / "sib-ngs-introduction-course-schedule.md"


def spans(day) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{s.start:%H:%M}-{s.end:%H:%M} {s.title}" for s in day.segments]


COUNTED = """## Day 1

| block | start | end | subject |
|---|---|---|---|
| introduction | 9:00 AM | 9:30 AM | [Introduction](day1/intro.md) |
|  | 9:30 AM | 10:00 AM | BREAK |

## Day 2 – Hands-on

| block | start | end | subject |
|---|---|---|---|
| block 1 | 9:15 AM | 10:30 AM | Read alignment |
"""


def test_counted_days_follow_the_first_days_date_and_columns_give_the_times(tmp_path: Path) -> None:
    days = import_text(COUNTED, tmp_path, date=date(2025, 3, 10)).agenda.days
    assert [d.date for d in days] == [date(2025, 3, 10), date(2025, 3, 11)]  # --date: the first day's
    assert spans(days[0]) == ["09:00-09:30 Introduction", "09:30-10:00 BREAK"]
    assert days[0].segments[1].is_pause and days[0].segments[0].notes == "introduction"  # the block, a note
    assert days[1].title == "Hands-on" and spans(days[1]) == ["09:15-10:30 Read alignment"]


def test_without_date_counted_days_start_today_and_say_it_is_a_guess(tmp_path: Path) -> None:
    result = import_text(COUNTED, tmp_path)
    assert [d.date for d in result.agenda.days] == [date(2024, 5, 1), date(2024, 5, 2)]  # today, then the next
    assert "give --date for the first" in result.text


def test_start_and_end_columns_are_read_in_other_languages_and_a_repeated_header_is_no_item(tmp_path: Path) -> None:
    text = (
        "| Actividad | Hora inicio | Hora fin |\n| Inauguración | 8:30 | 10:00 |\n| Refrigerio | 10:00 | 10:30 |\n"
        "| Actividad | Hora inicio | Hora fin |\n| Debate | 10:30 | 12:00 |\n"
    )
    (day,) = import_text(text, tmp_path, date=date(2025, 5, 7)).agenda.days
    assert spans(day) == ["08:30-10:00 Inauguración", "10:00-10:30 Refrigerio", "10:30-12:00 Debate"]


def test_a_sentence_that_starts_with_day_n_is_no_heading(tmp_path: Path) -> None:
    text = "## 12 June 2025\n09:00-10:00 Opening\nDay 2 ends with a dinner for the delegations.\n"
    (day,) = import_text(text, tmp_path).agenda.days
    assert spans(day) == ["09:00-10:00 Opening"]
    assert "Day 2 ends with a dinner" in day.segments[0].notes  # a line under the item, as before


def test_a_day_heading_that_also_counts_the_day_names_the_dated_day() -> None:
    programme = read_text("# Jueves 06 de noviembre 2025\n**Día 1 - Apertura**\n08:00-09:00 Acreditación\n", "x")
    (day,) = programme.days
    assert day.date == date(2025, 11, 6) and day.title == "Apertura" and day.counted is None


def test_the_ngs_course_reads_three_counted_days_and_its_typo_is_refused_in_one_line(tmp_path: Path) -> None:
    """Day 3's first block ends "10:30 PM" in the source (the break after it starts at 10:30 AM)."""
    programme = read_text(REAL.read_text(encoding="utf-8"), str(REAL))
    assert [d.counted for d in programme.days] == [("number", 1), ("number", 2), ("number", 3)]
    assert [len(d.segments) for d in programme.days] == [8, 7, 7]
    assert programme.days[0].segments[1].title == "Sequencing technologies"
    assert "the time schedule is indicative" in programme.days[0].notes  # the page's note, not its title
    with pytest.raises(ImportFailed) as caught:
        import_text(REAL.read_text(encoding="utf-8"), tmp_path, date=date(2025, 3, 10))
    (problem,) = caught.value.problems
    assert "'BREAK' starts at 10:30, before 'IGV and visualisation' ends (2025-03-12)" in problem.message
    assert "--date" not in problem.message  # --date dates counted days; it keeps none of them

"""Rules of programmes copied from web pages, found on the third held-out round (tests/data/SOURCES.md,
held_out_3): days named without a year ("Tue, April 25", "16th August", "14.09", a Date column),
bulleted timed lines, "ca. 12.45", the lines after "13:00 END", "All times are CEST", bulleted topics,
a cell's "<br>" lines, "(incl. break)", "Day 1. Wed 14 June 2023" and a page that opens with prose."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from runner.io.importers import ImportFailed
from runner.io.importers.datetext import day_month, heading_date
from runner.io.importers.programme_words import looks_like_a_name
from tests.io.test_import_text import import_text

ASK_DATE = "names no year, nor does the text; give the day's date with --date"


def spans(day) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{s.start:%H:%M}-{s.end:%H:%M} {s.title}" for s in day.segments]


def test_a_heading_without_a_year_asks_for_date_when_the_text_names_none(tmp_path: Path) -> None:
    text = "## Day 1: Tue, April 25\n09:00-10:00 Keynote\n## Day 2: Wed, April 26\n09:00-10:00 Orals\n"
    with pytest.raises(ImportFailed) as caught:
        import_text(text, tmp_path)
    (problem,) = caught.value.problems
    assert problem.where == "1" and ASK_DATE in problem.message
    (day,) = import_text(text, tmp_path, date=date(2023, 4, 26)).agenda.days  # --date: its year and its day
    assert day.date == date(2023, 4, 26) and spans(day) == ["09:00-10:00 Orals"]


def test_a_year_anywhere_in_the_text_settles_the_headings_before_it(tmp_path: Path) -> None:
    text = "Mercredi 19 nov\n9h00-10h15 Conférences\nJeudi 20 nov\n9h00-10h15 Conférences\nColloque 2025\n"
    days = import_text(text, tmp_path).agenda.days
    assert [d.date for d in days] == [date(2025, 11, 19), date(2025, 11, 20)]


@pytest.mark.parametrize(
    ("line", "month", "day", "certain"),
    [
        ("16th August", 8, 16, True),
        ("August 16", 8, 16, True),
        ("11.10.", 10, 11, True),
        ("Tue 14.09", 9, 14, True),
        ("14.09", 9, 14, False),  # alone, it may be the time 14:09
    ],
)
def test_a_line_that_is_only_a_day_and_month_is_a_yearless_heading(
    line: str, month: int, day: int, certain: bool
) -> None:
    found = day_month(line)
    assert found is not None and (found.month, found.day, found.certain) == (month, day, certain)


@pytest.mark.parametrize("line", ["14.30", "10.30 - 11.00 Coffee", "9:00 Opening"])
def test_times_are_no_day_and_month(line: str) -> None:
    assert day_month(line) is None


def test_figures_without_a_year_head_a_day_over_timed_lines(tmp_path: Path) -> None:
    text = "WMHE 2022\n14.09\n09:00-10:30 Opening\n15.09\n09:00-10:30 Plenary\n"
    days = import_text(text, tmp_path).agenda.days
    assert [(d.date, spans(d)) for d in days] == [
        (date(2022, 9, 14), ["09:00-10:30 Opening"]),
        (date(2022, 9, 15), ["09:00-10:30 Plenary"]),
    ]


def test_a_table_dates_its_rows_in_its_first_column_or_in_a_row_of_its_own(tmp_path: Path) -> None:
    text = (
        "WMHE 2022\n| 14.09. | 09:00-10:30 | Opening |\n|  | 11:00-12:00 | Panel |\n"
        "| 15.09. | 09:00-10:00 | Plenary |\n"
    )
    days = import_text(text, tmp_path).agenda.days
    assert [(d.date, spans(d)) for d in days] == [
        (date(2022, 9, 14), ["09:00-10:30 Opening", "11:00-12:00 Panel"]),
        (date(2022, 9, 15), ["09:00-10:00 Plenary"]),
    ]
    text = "WMHE 2022\n| 14.09 | |\n|---|---|\n| 09:00-10:30 | Opening |\n| 15.09 | |\n| 09:00-10:00 | Plenary |\n"
    assert [d.date for d in import_text(text, tmp_path).agenda.days] == [date(2022, 9, 14), date(2022, 9, 15)]


def test_a_date_column_starts_a_day_and_the_rows_under_it_are_its(tmp_path: Path) -> None:
    text = (
        "| Date | Time | Session | Topic |\n|---|---|---|---|\n"
        "| 11.10. | 09:00-09:30 | 1 | Welcome |\n|  | 09:30-11:00 | 2 | Sensing |\n"
        "| 12.10. | 09:00-10:00 | 3 | Fabrication |\n"
    )
    days = import_text(text, tmp_path, date=date(2025, 10, 11)).agenda.days
    assert [(d.date, spans(d)) for d in days] == [(date(2025, 10, 11), ["09:00-09:30 Welcome", "09:30-11:00 Sensing"])]
    assert days[0].segments[0].notes == "1"  # the session's number; the last title column names it


def test_a_table_row_is_a_heading_only_as_its_first_cell(tmp_path: Path) -> None:
    text = (
        "## Day 1: Tue, 25 April 2023\n"
        "| Time (CEST) | Day 1: Tue, 25 April 2023 |\n|---|---|\n| 08:45-09:00 | Opening |\n"
    )
    (day,) = import_text(text, tmp_path).agenda.days
    assert spans(day) == ["08:45-09:00 Opening"]
    assert heading_date("Day 1. Wed 14 June 2023") == (date(2023, 6, 14), "Day 1", "")
    assert heading_date("Day 2. Thur 15 June 2023") == (date(2023, 6, 15), "Day 2", "")


def test_bulleted_times_are_items_and_above_the_days_a_note(tmp_path: Path) -> None:
    text = (
        "Registration desk is open on:\n+ 17:00-20:00 on Mon, April 24th\n"
        "Mardi 25 avril 2023\n- 8h45-9h00 : Mot de bienvenue\n- 9h00-10h15 : Conférences\n"
    )
    result = import_text(text, tmp_path)
    assert spans(result.agenda.days[0]) == ["08:45-09:00 Mot de bienvenue", "09:00-10:15 Conférences"]
    assert "17:00-20:00 on Mon, April 24th" in result.programme.days[0].notes


def test_an_approximate_end_ends_the_day_and_what_follows_it_is_its_note(tmp_path: Path) -> None:
    text = "Monday 2020-10-05\n**12.00** Wrap-up\n**ca. 12.30** End of day 1\nAll times are CEST.\n"
    result = import_text(text, tmp_path)
    assert spans(result.agenda.days[0]) == ["12:00-12:30 Wrap-up"]
    assert result.programme.days[0].notes == "All times are CEST."
    assert result.agenda.timezone == "Europe/Paris"  # the sentence says what the times are


def test_bulleted_topics_are_notes_and_names_speakers(tmp_path: Path) -> None:
    text = "2020-10-05\n09:10 - 10:10 Lectures\n  - Snakemake best-practices\n  - Example workflow\n10:10 End\n"
    (segment,) = import_text(text, tmp_path).agenda.days[0].segments
    assert not segment.speakers and segment.notes == "- Snakemake best-practices\n- Example workflow"
    assert looks_like_a_name("H.E. Ms. Ingrid Solberg, Permanent Representative of Norway")
    assert looks_like_a_name("Trinidad and Tobago") and not looks_like_a_name("Cluster execution")


def test_a_cells_first_line_is_its_title_and_the_rest_its_people_and_notes(tmp_path: Path) -> None:
    text = (
        "| Time | Event |\n|---|---|\n"
        "| 11:15–12:15 | **Keynote:** Glass-box Evaluation<br>by [Marina Fomicheva](https://x.org), Sheffield |\n"
        "| 15:00–16:00 | **Panel discussion**<br>Panelists: A. Bell, C. Dunn<br>*On the limits.* |\n"
    )
    one, two = import_text(text, tmp_path, date=date(2020, 12, 18)).agenda.days[0].segments
    assert one.title == "Keynote: Glass-box Evaluation" and one.speaker_label == "Marina Fomicheva, Sheffield"
    assert two.title == "Panel discussion" and [s.name for s in two.speakers] == ["A. Bell", "C. Dunn"]
    assert two.notes == "On the limits."


def test_a_break_in_brackets_is_an_aside_and_a_page_opening_with_prose_has_no_title(tmp_path: Path) -> None:
    text = (
        "This workshop runs on two mornings. Please plan your time.\n"
        "Monday 2020-10-05\n10:30 - 12:30 Breakout rooms: feedback (incl. *break*)\n12:30 End\n"
    )
    result = import_text(text, tmp_path)
    (segment,) = result.agenda.days[0].segments
    assert segment.title == "Breakout rooms: feedback (incl. break)" and segment.kind.value == "segment"
    assert result.programme.guesses.get("title") == "the source gives no title"


def test_a_title_with_abbreviations_is_no_prose(tmp_path: Path) -> None:
    text = "Dr. Smith opens the U.S. Summit on Oceans\n2025-06-09\n09:00-10:00 Opening\n"
    assert import_text(text, tmp_path).agenda.title == "Dr. Smith opens the U.S. Summit on Oceans"


def test_a_year_from_the_text_is_marked_as_where_it_came_from(tmp_path: Path) -> None:
    days = import_text("DSMUN 2019\n## 16th August\n9:30 AM–10:15 AM Registration\n", tmp_path).programme.days
    assert days[0].guesses["date"] == "the heading names no year; it is taken from '2019' in the text"
    days = import_text("DSMUN 2019\n## Friday, 16 August\n9:30-10:15 Registration\n", tmp_path).programme.days
    assert "in the text and the weekday" in days[0].guesses["date"]

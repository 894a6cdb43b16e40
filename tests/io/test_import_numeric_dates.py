"""Day headings written in figures ("03.07.2024 (Wednesday)", "15/09/2025", "9/15/2025"): read
where their order is certain (a part above 12, a weekday beside the date, the programme's other
dates), never guessed; tried on a real programme (tests/data/SOURCES.md, `pages/`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from runner.io.importers import ImportOptions, import_to_file
from runner.io.importers.datetext import heading_date, numeric_order

PAGES = Path(__file__).parents[1] / "data" / "pages"


def test_a_real_programme_in_figures_imports_day_by_day() -> None:
    """IAPNM 2024's page: three days headed "03.07.2024 (Wednesday)"…; on the Thursday the
    registration desk stays open into the parallel sessions: the day's note, not a segment."""
    source = str(PAGES / "iapnm24-programme.md")
    whole = import_to_file(source, None, ImportOptions(), today=date(2026, 1, 1))
    assert [day.date for day in whole.agenda.days] == [date(2024, 7, 3), date(2024, 7, 4), date(2024, 7, 5)]
    thursday = whole.agenda.days[1]
    assert thursday.segments[0].title == "Parallel Sessions" and "notes: Registration 08:30–10:00" in whole.text
    assert any("'Registration': open beside the programme" in p.message for p in whole.programme.left_out)
    wednesday = import_to_file(source, None, ImportOptions(date=date(2024, 7, 3)), today=date(2026, 1, 1)).agenda
    (day,) = wednesday.days
    assert day.date == date(2024, 7, 3)
    assert [(s.start.strftime("%H:%M"), s.title) for s in day.segments][:2] == [
        ("12:00", "Registration"),
        ("15:00", "Opening Ceremony"),
    ]
    friday = import_to_file(source, None, ImportOptions(date=date(2024, 7, 5)), today=date(2026, 1, 1)).agenda
    assert "Closing Session" in [s.title for s in friday.days[0].segments]


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("03.07.2024 (Wednesday)", date(2024, 7, 3)),  # 7 March 2024 was a Thursday
        ("Thursday 07/03/2024", date(2024, 3, 7)),
        ("15/09/2025", date(2025, 9, 15)),  # no 15th month
        ("9/15/2025 – Day 2", date(2025, 9, 15)),
        ("Jour 1 : mercredi 03.07.2024", date(2024, 7, 3)),
    ],
)
def test_a_heading_in_figures_is_read_where_its_order_is_certain(line: str, when: date) -> None:
    found = heading_date(line)
    assert found is not None and found[0] == when


def test_figures_either_order_fits_are_no_date_unless_the_programme_says_its_order() -> None:
    assert heading_date("03/07/2024") is None
    assert heading_date("03/07/2024 (Monday)") is None  # neither 3 July nor 7 March 2024 was a Monday
    assert numeric_order(["15/09/2025 Opening", "16/09/2025"]) is True
    assert numeric_order(["9/15/2025", "9/16/2025"]) is False
    assert numeric_order(["15/09/2025", "9/16/2025"]) is None  # the programme disagrees with itself
    assert numeric_order(["03/07/2024", "10.00 - 10.15"]) is None
    found_day_first, found_month_first = heading_date("03/07/2024", True), heading_date("03/07/2024", False)
    assert found_day_first is not None and found_day_first[0] == date(2024, 7, 3)
    assert found_month_first is not None and found_month_first[0] == date(2024, 3, 7)


def test_a_pasted_programme_whose_other_dates_settle_the_order() -> None:
    text = "Regional forum\n12/09/2025\n09:00 - 10:00 Opening\n15/09/2025\n09:00 - 10:00 Closing\n"
    imported = import_to_file("-", None, ImportOptions(), stdin=text.encode(), today=date(2026, 1, 1))
    assert [d.date for d in imported.agenda.days] == [date(2025, 9, 12), date(2025, 9, 15)]

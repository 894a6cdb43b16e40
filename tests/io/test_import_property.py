"""Any pasted text either imports to an agenda `check` accepts, or fails with located lines."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from runner.io.agenda_yaml import parse_agenda
from runner.io.importers import ImportFailed, ImportOptions, import_to_file

_PIECES = st.sampled_from(
    [
        "9:30", "13:30-15:30", "14:00 – 14:10", "23:50", "00:10", "10:40 Intermission [10 minutes]", "12:00 End",
        "Friday, 12 June 2020 Dialogue", "2024-02-30", "- Brazil", "• Ms Ana Silva", "\t", "<b>", "</p><p>",
        "[70 minutes]", "3 minutes per delegation", "by Mr. Hochschild", "#", ":", "\"", "'", "yes", "null",
        "&amp;", "\x00", "\u2028", "Lunch", "Opening", "47:59", "25:00", "9 am", "12:30 PM", "- ",
    ]
)  # fmt: skip
_LINE = st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=6).map(" ".join)
_TEXT = st.lists(_LINE, max_size=10).map("\n".join)
_LOCATED = re.compile(r"^-:\d+: \S")


@settings(max_examples=50, deadline=None)
@given(_TEXT)
def test_random_pasted_text_imports_or_fails_with_a_located_line(text: str) -> None:
    options = ImportOptions(date=date(2024, 3, 1), timezone="Europe/Paris")
    try:
        result = import_to_file("-", None, options, stdin=text.encode("utf-8", "surrogatepass"))
    except ImportFailed as exc:
        assert exc.problems and all(_LOCATED.match(str(p)) for p in exc.problems), exc.problems
        return
    agenda = parse_agenda(result.text.encode("utf-8"), "out.yaml")
    assert agenda.days and all(day.segments for day in agenda.days)

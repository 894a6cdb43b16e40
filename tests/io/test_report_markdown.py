"""The Markdown summary: sections, figures, and text that cannot turn into markup."""

from __future__ import annotations

import re

from runner.io.report_command import load_report
from runner.io.report_markdown import escape, render_markdown
from tests.io.report_fixtures import hostile_log, scripted_report


def test_the_summary_has_its_sections_and_figures(tmp_path):
    text = render_markdown(scripted_report(tmp_path))
    assert text.startswith("# Chair's summary: Dialogue on Implementation of the Roadmap\n")
    for heading in (
        "## Summary",
        "## Timings",
        "## Largest overruns",
        "## Speakers: Digital public goods",
        "## Host's notes",
        "## Alerts",
    ):
        assert heading in text
    # The same columns as the HTML and PDF summaries (one section model).
    row = "| 3 | Digital public goods | 09:50–10:20 | 09:51–10:27 | 36:00 | 30:00 | +1:00 | **+6:00 ⚠** | done |"
    assert row in text
    assert "| 2 | Mr Vint Cerf | 3:00 | 4:10 | **+1:10** | spoken |" in text
    assert "four minutes past its 12:00 hard stop" in text


def test_markup_in_titles_names_and_notes_stays_text(tmp_path):
    text = render_markdown(load_report(hostile_log(tmp_path)))
    assert not re.search(r"(?<!\\)<", text), "every < is escaped"
    assert r"\<script\>alert('note')\</script\>" in text
    assert r"Zoë \| \*star\* \[link\](http://example.com)" in text


def test_escape_collapses_newlines():
    assert escape("a\n# b") == r"a \# b"

"""The writer keeps every title, speaker and note exactly, whatever characters they hold."""

from __future__ import annotations

from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from runner.io.importers.finish import finish
from runner.io.importers.model import DraftDay, DraftSegment, ImportOptions, Programme
from runner.io.importers.writer import render, validate, yaml_text

_WORDS = st.text(min_size=1, max_size=16) | st.sampled_from(
    ["yes", "null", "10:00", "- a", "#x", "a: b", "'q'", '"dq"', "&anchor", "*alias", "!tag", "%", "@", "`", "~"]
)
_TEXT = st.lists(_WORDS, max_size=12).map(" ".join)
_NOTES = st.lists(_TEXT, max_size=4).map("\n".join)


@example(title="", group="", notes="", speakers=[], day_title=" ")  # a day title of blanks is no title
@settings(max_examples=20, deadline=None)
@given(title=_TEXT, group=_TEXT, notes=_NOTES, speakers=st.lists(_TEXT, max_size=3), day_title=_TEXT)
def test_text_survives_the_round_trip(title: str, group: str, notes: str, speakers: list[str], day_title: str) -> None:
    segment = DraftSegment(title=title, start=9 * 3600, duration=600, group=group, notes=notes, speakers=speakers)
    programme = Programme(days=[DraftDay(date=date(2024, 1, 2), segments=[segment], title=day_title)], title=title)
    finish(programme, ImportOptions(timezone="UTC"), "source.txt")
    text, spans = render(programme, "source.txt")
    agenda = validate(text, spans, "source.txt", "out.yaml")
    written = agenda.days[0].segments[0]
    assert (written.title, written.group, written.notes) == (segment.title, segment.group, segment.notes)
    assert [s.name for s in written.speakers] == segment.speakers
    assert agenda.title == programme.title
    assert agenda.days[0].title == (programme.days[0].title or "2024-01-02")


def test_plain_where_yaml_reads_it_back_and_quoted_where_not() -> None:
    assert yaml_text("Opening") == "Opening"
    assert [yaml_text(t) for t in ("yes", "10:00", "a: b", "- x", "#1")] == [
        '"yes"',
        '"10:00"',
        '"a: b"',
        '"- x"',
        '"#1"',
    ]
    assert yaml_text("Fireside Chat: Our Digital Future") == '"Fireside Chat: Our Digital Future"'
    assert yaml_text("数字包容") == "数字包容" and yaml_text("مناقشة") == "مناقشة"

"""Spreadsheet headers as sites and apps write them: snake_case, camelCase, qualified, numbered."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from runner.io.importers import ImportOptions, import_to_file
from runner.io.importers.columns import field_of, normal, read_header

DAY = ImportOptions(date=date(2024, 6, 3), timezone="UTC")


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("start_time", "start"),
        ("StartTime", "start"),
        ("EndTime", "end"),
        ("talk_title", "title"),
        ("Session name", "title"),
        ("speaker_name", "speakers"),
        ("Presenter2", "speakers"),
        ("room name", "room"),
        ("Authors", "speakers"),
        ("desc", "notes"),
        ("hour", "start"),
    ],
)
def test_a_header_names_its_field_by_its_words(header: str, field: str) -> None:
    assert field_of(normal(header)) == field


def test_a_qualifier_alone_or_an_unknown_word_names_nothing() -> None:
    assert field_of(normal("speakername")) is None
    assert field_of(normal("poster_number")) is None


def test_the_plainer_name_holds_the_field_and_name_beside_title_is_the_person() -> None:
    columns = read_header(["id", "name", "day", "start", "end", "title"])
    assert columns is not None
    assert (columns.index["title"], columns.index["speakers"]) == (5, 1)


def _csv(tmp_path: Path, text: str) -> str:
    source = tmp_path / "plan.csv"
    source.write_text(text, encoding="utf-8")
    return str(source)


def test_several_presenter_columns_are_one_speakers_list(tmp_path: Path) -> None:
    source = _csv(tmp_path, "Name,StartTime,EndTime,Presenter1,Presenter2\nPanel,9:00,10:00,Ana Ruiz,Li Wei\n")
    segment = import_to_file(source, None, DAY).agenda.days[0].segments[0]
    assert (segment.title, [s.name for s in segment.speakers]) == ("Panel", ["Ana Ruiz", "Li Wei"])


def test_a_start_and_a_length_in_minutes_under_snake_case_headers(tmp_path: Path) -> None:
    source = _csv(tmp_path, "time,speaker_name,talk_title,Length\n9:20,Team,Opening,15\n9:35,Sam,Talk,20\n")
    days = import_to_file(source, None, DAY).agenda.days
    assert [(f"{s.start:%H:%M}", f"{s.end:%H:%M}", s.title) for s in days[0].segments] == [
        ("09:20", "09:35", "Opening"),
        ("09:35", "09:55", "Talk"),
    ]

"""Pasted programme text: the seed programme round-trips to the shipped agenda's days."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from runner.io.agenda_yaml import load_agenda, parse_agenda
from runner.io.importers import ImportFailed, ImportOptions, import_to_file

FIXTURES = Path(__file__).parent / "fixtures" / "import"
SEED = FIXTURES / "programme-roadmap-launch-june-2020.txt"
SHIPPED = Path(__file__).parents[2] / "agendas" / "roadmap-launch-june-2020.yaml"
# Where the shipped file was transcribed by hand with a shorter title, moving the rest to notes.
HAND_SHORTENED = {
    "Panel discussion with Mr. Hochschild": (
        "Panel discussion with Mr. Hochschild on the Roadmap and the broader issues at hand regarding the digital era"
    ),
}


def import_text(text: str, tmp_path: Path, **options: object):  # type: ignore[no-untyped-def]
    source = tmp_path / "pasted.txt"
    source.write_text(text, encoding="utf-8")
    return import_to_file(str(source), None, ImportOptions(**options), today=date(2024, 5, 1))


def test_the_seed_programme_imports_to_the_shipped_days() -> None:
    result = import_to_file(str(SEED), None, ImportOptions(timezone="America/New_York"))
    shipped = load_agenda(SHIPPED)
    assert [d.date for d in result.agenda.days] == [d.date for d in shipped.days]
    for mine, theirs in zip(result.agenda.days, shipped.days):
        assert [f"{s.start:%H:%M}" for s in mine.segments] == [f"{s.start:%H:%M}" for s in theirs.segments]
        assert [s.title for s in mine.segments] == [HAND_SHORTENED.get(s.title, s.title) for s in theirs.segments]
        assert [(s.kind, s.duration) for s in mine.segments if s.is_pause] == [
            (s.kind, s.duration) for s in theirs.segments if s.is_pause
        ]
        assert [s.group for s in mine.segments] == [s.group for s in theirs.segments]
        assert mine.end == theirs.end and mine.title == theirs.title


def test_the_seed_programme_writes_a_file_check_accepts(tmp_path: Path) -> None:
    out = tmp_path / "roadmap.yaml"
    import_to_file(str(SEED), out, ImportOptions(timezone="America/New_York"))
    text = out.read_text(encoding="utf-8")
    assert "# guessed: from 'by ...' in the title" in text
    assert len(parse_agenda(text.encode(), str(out)).days) == 5
    assert not list(tmp_path.glob(".*.tmp"))


def test_plain_lines_ranges_lengths_bullets_and_the_final_end(tmp_path: Path) -> None:
    text = (
        "Monday 3 June 2024 Ministerial segment\n"
        "9:30 Opening by H.E. Ms Ana Silva\n"
        "9:40 – 10:40 General debate (3 minutes per delegation)\n"
        "  - Brazil\n  - Kenya\n  - Norway\n"
        "10:45 Coffee break [15 minutes]\n"
        "11:00 Closing remarks\n"
        "12:00 End\n"
    )
    day = import_text(text, tmp_path, timezone="Europe/Paris").agenda.days[0]
    assert day.date == date(2024, 6, 3) and day.title == "Ministerial segment"
    assert [(f"{s.start:%H:%M}", f"{s.end:%H:%M}", s.title, s.kind.value) for s in day.segments] == [
        ("09:30", "09:40", "Opening", "segment"),
        ("09:40", "10:40", "General debate", "segment"),
        ("10:45", "11:00", "Coffee break", "break"),
        ("11:00", "12:00", "Closing remarks", "segment"),
    ]
    assert day.segments[0].speaker_label == "H.E. Ms Ana Silva"
    assert [s.name for s in day.segments[1].speakers] == ["Brazil", "Kenya", "Norway"]
    assert day.segments[1].speaker_limit is not None and day.segments[1].speaker_limit.total_seconds() == 180
    assert f"{day.hard_stop:%H:%M}" == "12:00"


def test_a_night_past_midnight_stays_on_its_day(tmp_path: Path) -> None:
    text = "2024-12-27\n23:00 Late talk\n23:45-00:30 After midnight\n"
    result = import_text(text, tmp_path, timezone="Europe/Berlin")
    assert 'end: "24:30"' in result.text
    day = result.agenda.days[0]
    assert [f"{s.start:%d %H:%M}" for s in day.segments] == ["27 23:00", "27 23:45"]
    assert f"{day.end:%d %H:%M}" == "28 00:30"


def test_an_undated_programme_takes_the_date_given(tmp_path: Path) -> None:
    result = import_text("10:00 Welcome\n10:30 End\n", tmp_path, date=date(2025, 1, 2))
    assert result.agenda.days[0].date == date(2025, 1, 2)
    assert "guessed: the source names no zone" in result.text


def test_unknown_date_and_zone_are_guessed_and_marked(tmp_path: Path) -> None:
    result = import_text("10:00 Welcome\n10:30 End\n", tmp_path)
    assert result.agenda.days[0].date == date(2024, 5, 1)
    assert "# guessed: the source names no date; give --date" in result.text


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("Intro\n9:00 Welcome\n9:30 Talk\n", "3", "the length of 'Talk' is not known"),
        ("no times here at all\n", "1", "found no timed items to import"),
        ("9:00 A\n8:00 B\n8:30 End\n", "1", "not after its start"),
        ("10:00 A [10 minutes]\n", None, None),
    ],
)
def test_broken_text_ends_in_located_lines(tmp_path: Path, text: str, where: str | None, message: str | None) -> None:
    if message is None:
        import_text(text, tmp_path)
        return
    with pytest.raises(ImportFailed) as caught:
        import_text(text, tmp_path)
    assert [str(p) for p in caught.value.problems] == [
        f"{tmp_path / 'pasted.txt'}:{where}: {caught.value.problems[0].message}"
    ]
    assert message in caught.value.problems[0].message


def test_pasted_text_from_standard_input() -> None:
    result = import_to_file("-", None, ImportOptions(date=date(2024, 1, 5)), stdin=b"9:00 Opening\n9:15 End\n")
    assert [s.title for s in result.agenda.days[0].segments] == ["Opening"]


def test_the_fixture_is_the_seed_as_shared() -> None:
    shared = Path(__file__).parents[3] / "shared" / "seeds" / SEED.name
    if not shared.exists():
        pytest.skip("the shared seeds are not beside the repository")
    assert SEED.read_bytes() == shared.read_bytes()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Day 1 – Monday, 3 June 2024\n09:00 - 09:30 | Registration\n09:30-10:00 : Welcome\n", "2024-06-03"),
        ("Day two: 2024-06-04\n2:00-3:30 pm Panel\n3:30 PM Close\n", "2024-06-04"),
    ],
)
def test_other_ways_programmes_are_written(tmp_path: Path, text: str, expected: str) -> None:
    day = import_text(text, tmp_path).agenda.days[0]
    assert day.date.isoformat() == expected
    assert all(s.title[0].isalpha() for s in day.segments)
    if "pm" in text:
        assert [f"{s.start:%H:%M}-{s.end:%H:%M}" for s in day.segments] == ["14:00-15:30"]
        assert f"{day.hard_stop:%H:%M}" == "15:30"


def test_a_markdown_table(tmp_path: Path) -> None:
    text = (
        "## 12 June 2020\n| Time | Session | Notes |\n|---|---|---|\n"
        "| 09:00 – 09:30 | Opening | Overview remarks |\n| 09:30 – 10:00 | Global connectivity | |\n"
    )
    day = import_text(text, tmp_path).agenda.days[0]
    assert [(f"{s.start:%H:%M}", s.title, s.notes) for s in day.segments] == [
        ("09:00", "Opening", "Overview remarks"),
        ("09:30", "Global connectivity", ""),
    ]

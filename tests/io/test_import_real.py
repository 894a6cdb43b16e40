"""Real exports written by others (tests/data/SOURCES.md) import right: at once, or after the one
option a one-line refusal names (`--room`, `--date`), as an organiser reading it would do."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from runner.io.importers import Imported, ImportFailed, ImportOptions, import_to_file

REAL = Path(__file__).parents[1] / "data" / "real"
# What imports right today; the rest is listed in /work/notes/issue-25.md and the note of #25.
RIGHT = {
    "tune": [
        "31c3-schedule.xml",
        "frab-camp2019.schedule.json",
        "issue_223_thunderbird.ics",
        "ontime-e2e-test-db.json",
        "pretalx-democon.schedule.json",
        "recurring_events_moved.ics",
    ],
    "held_out": ["ontime-test-db.json", "three_events_one_edited.ics"],
}


def import_as_organiser(path: Path) -> Imported:
    try:
        return import_to_file(str(path), None, ImportOptions(), today=date(2026, 1, 1))
    except ImportFailed as exc:
        assert len(exc.problems) == 1, f"a refusal must be one line, not {len(exc.problems)}: {exc}"
        message = exc.problems[0].message
        room = re.search(r"--room: (.+)$", message)
        day = re.search(r"--date\b.*?(\d{4}-\d\d-\d\d)", message)
        if room:
            return import_to_file(str(path), None, ImportOptions(room=room[1].split(", ")[0]), today=date(2026, 1, 1))
        if day:
            return import_to_file(
                str(path), None, ImportOptions(date=date.fromisoformat(day[1])), today=date(2026, 1, 1)
            )
        raise


@pytest.mark.parametrize("path", [REAL / kind / name for kind, names in RIGHT.items() for name in names], ids=str)
def test_real_file_imports_right(path: Path) -> None:
    imported = import_as_organiser(path)
    assert imported.programme.segment_count > 0
    for day in imported.agenda.days:
        for segment in day.segments:
            assert segment.start.date() in (day.date, day.date.fromordinal(day.date.toordinal() + 1))


def test_every_real_file_is_named_in_sources() -> None:
    sources = (REAL.parent / "SOURCES.md").read_text(encoding="utf-8")
    for path in REAL.rglob("*"):
        if path.is_file():
            assert f"{path.parent.name}/{path.name}" in sources, path

"""Real exports written by others (tests/data/SOURCES.md) import right: at once, or after the one
option a one-line refusal names (`--room`, `--date`), as an organiser reading it would do."""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from runner.io.importers import Imported, ImportFailed, ImportOptions, import_to_file

REAL = Path(__file__).parents[1] / "data" / "real"
# What imports right today; the rest is listed in /work/notes/issue-25.md and the note of #25.
RIGHT = {
    "tune": [
        "31c3-schedule.xml",
        "discourse_no_dtend.ics",
        "frab-camp2019.schedule.json",
        "issue_223_thunderbird.ics",
        "ontime-e2e-test-db.json",
        "ontime-rundown-template-v4.xlsx",
        "ontime-v1-demo-db.json",
        "ontime-v2-apps-test-db.json",
        "ontime-v2-server-test-db.json",
        "ontime-v3-test-sheet.xlsx",
        "pretalx-democon.schedule.json",
        "recurring_events_moved.ics",
    ],
    "held_out": [
        "fablab_cottbus.ics",
        "hub-schedule2.schedule.json",
        "issue_62_moved_event.ics",
        "machbar_16_feb_2019.ics",
        "ontime-test-db.json",
        "ontime-v2-dev-test-db.json",
        "ontime-v3-demo-db.json",
        "ontime-v4.0.1-test-db.json",
        "pretalx-rc3.schedule.json",
        "three_events_one_edited.ics",
    ],
    # Calendars taken after the iCalendar fixes, measured before any change for them (SOURCES.md).
    "held_out_2": [
        "after_many_events_in_order.ics",
        "alarm_etar_future.ics",
        "daylight_saving_time.ics",
        "issue_173_only_modifications_error.ics",
        "issue_18_cancel_status.ics",
        "issue_20_exdate_ignored.ics",
        "issue_350.ics",
        "issue_48_dst.ics",
        "issue_62_moved_event_2.ics",
        "jgi-data-week-schedule.ics",
        "leap-festival-schedule.ics",
        "moca24-schedule.ics",
        "pyconuk-2015-schedule.ics",
        "railsconf-2017-all-events.ics",
        "recurring_events_changed_duration.ics",
        "x_location.ics",
    ],
    "held_out_3": [
        # schedules and calendars (SOURCES.md): 6 of 10 right before any change; 10 of 10 after
        "36c3-stages.schedule.xml",
        "39c3-himmel.schedule.xml",
        "coderefinery-workshops.Europe-Stockholm.ics",
        "fosdem-2010.schedule.xml",
        "fosdem-2024.schedule.xml",
        "jev22-channels.schedule.json",
        "ontime-v2.0.0-e2e-test-db.json",
        "ontime-v3.16.1-server-test-db.json",
        "pycon-us-2025-plenary.ics",
        "pycon-us-2025-talks.ics",
        # spreadsheets: conference sites' CSV/XLSX schedules, measured before the table fixes (SOURCES.md)
        "adam-aaai2022-schedule.csv",
        "beyondbackprop-schedule.xlsx",
        "biomedvis-2024-program.csv",
        "hcd2025-tokyo-schedule.csv",
        "mutation-2024-program.csv",
        "nycu-theory-day-2026-april.csv",
        "purplecon-2019-schedule.csv",
        # pasted programmes: the page programmes that import right, measured before the rules for
        # them (docs/real-files.md)
        "dc-image-processing-schedule.md",
        "evalnlg-programme.md",
        "snakemake-byoc-2020-schedule.md",
    ],
}
# Pasted programmes whose day headings name no year ("Tue, April 25") where the text names none: the
# one-line refusal asks for --date, and with the first day's date, which the organiser knows, they import right.
RIGHT_GIVEN_A_DATE = {"held_out_3/aistats2023-schedule.md": date(2023, 4, 25)}
# Real files with nothing a room's clock can run (an all-day event, a five-day sprint): the one-line
# refusal names what was left out.
NOTHING_TIMED = {
    "held_out_2/issue_61_time_zone_error.ics": "left out: 'test': an all-day event has no times",
    "held_out_2/timezoned.ics": "left out: 'artsprint 2012': longer than a day (104h)",
}


def import_as_organiser(path: Path, options: ImportOptions | None = None) -> Imported:
    """Import; on a refusal, give the option it names (the first room, the first day) and try again."""
    options = options or ImportOptions()
    try:
        return import_to_file(str(path), None, options, today=date(2026, 1, 1))
    except ImportFailed as exc:
        assert len(exc.problems) == 1, f"a refusal must be one line, not {len(exc.problems)}: {exc}"
        message = exc.problems[0].message
        room = re.search(r"--room: (.+)$", message)
        day = re.search(r"--date\b.*?(\d{4}-\d\d-\d\d)", message)
        if room and not options.room:
            first = next(csv.reader([room[1]], skipinitialspace=True))[0]
            return import_as_organiser(path, replace(options, room=first))
        if day and not options.date:
            return import_as_organiser(path, replace(options, date=date.fromisoformat(day[1])))
        raise


@pytest.mark.parametrize("path", [REAL / kind / name for kind, names in RIGHT.items() for name in names], ids=str)
def test_real_file_imports_right(path: Path) -> None:
    imported = import_as_organiser(path)
    assert imported.programme.segment_count > 0
    for day in imported.agenda.days:
        for segment in day.segments:
            assert segment.start.date() in (day.date, day.date.fromordinal(day.date.toordinal() + 1))


@pytest.mark.parametrize(("name", "when"), RIGHT_GIVEN_A_DATE.items())
def test_a_real_programme_without_a_year_imports_right_on_the_date_it_asks_for(name: str, when: date) -> None:
    with pytest.raises(ImportFailed) as caught:
        import_as_organiser(REAL / name)
    assert "names no year, nor does the text; give the day's date with --date" in caught.value.problems[0].message
    (day,) = import_as_organiser(REAL / name, ImportOptions(date=when)).agenda.days
    assert day.date == when and day.segments


@pytest.mark.parametrize(("name", "said"), NOTHING_TIMED.items())
def test_a_real_file_with_nothing_timed_says_what_it_left_out(name: str, said: str) -> None:
    with pytest.raises(ImportFailed) as caught:
        import_as_organiser(REAL / name)
    assert said in caught.value.problems[0].message


def test_every_real_file_is_named_in_sources() -> None:
    sources = (REAL.parent / "SOURCES.md").read_text(encoding="utf-8")
    for path in REAL.rglob("*"):
        if path.is_file():
            assert f"{path.parent.name}/{path.name}" in sources, path


def test_ontime_template_groups_and_cues() -> None:
    """Ontime's own spreadsheet template: group-start rows name groups, milestones are notes."""
    imported = import_as_organiser(REAL / "tune" / "ontime-rundown-template-v4.xlsx")
    day = imported.agenda.days[0]
    assert [(s.title, s.group) for s in day.segments] == [
        ("Pre-show Countdown", "Morning Sessions"),
        ("Welcome", "Morning Sessions"),
        ("Session 1", "Morning Sessions"),
        ("Lunch / Countdown to next session", "Lunch"),
        ("Session 2", "Afternoon Sessions"),
        ("Wrap up", "Afternoon Sessions"),
    ]
    assert [f"{s.start:%H:%M}-{s.end:%H:%M}" for s in day.segments] == [
        "10:00-11:00", "11:00-11:10", "11:10-12:00", "12:00-13:00", "13:00-13:50", "13:50-14:00",
    ]  # fmt: skip
    assert day.segments[1].notes.startswith("10:45 - Presenters ready side stage")
    assert day.segments[-1].notes.endswith("\n14:00 - AV & Room strike")  # the cue after the last item
    assert imported.agenda.title == "Event schedule"
    assert [p.message for p in imported.programme.left_out] == ["9 rows above the table: Ontime reads only the table"]


def test_ontime_event_out_of_running_order_is_listed() -> None:
    imported = import_as_organiser(REAL / "tune" / "ontime-v2-server-test-db.json")
    assert "Use simpler times to create a timer" not in [s.title for s in imported.agenda.days[0].segments]
    left_out = [p.message for p in imported.programme.left_out]
    assert any("'Use simpler times to create a timer' starts at 00:00" in message for message in left_out)


def test_tokyo_rooms_keep_the_plenary_the_breaks_and_the_reception() -> None:
    """Four rooms run side by side twice; the hall, the lounge and the rows with no room are everyone's."""
    imported = import_as_organiser(REAL / "held_out_3" / "hcd2025-tokyo-schedule.csv")
    segments = imported.agenda.days[0].segments
    assert len(segments) == 13
    assert [s.title for s in segments[:6]] == ["オープニング①", "オープニング②", "全体講演", "休憩", "分科会①", "休憩"]
    assert f"{segments[0].start:%H:%M}-{segments[-1].end:%H:%M}" == "13:00-21:15"


def test_a_headerless_workshop_sheet_keeps_its_contributed_talks_as_sessions() -> None:
    """No header row: column A's times lead; "Contributed Talks (1)" 12:09-12:40 is its talks' group."""
    imported = import_as_organiser(REAL / "held_out_3" / "beyondbackprop-schedule.xlsx")
    segments = imported.agenda.days[0].segments
    assert len(segments) == 20
    assert (segments[0].title, f"{segments[0].start:%H:%M}") == ("Opening Remarks", "06:00")
    talks = [s.title for s in segments if s.group == "Contributed Talks (1)"]
    assert talks == ["Randomized Automatic Differentiation", talks[1], "Live Q&A"] and talks[1].startswith("ZORB")

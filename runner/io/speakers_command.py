"""`import-speakers LIST --agenda AGENDA.yaml --segment TITLE -o OUT.yaml`: a secretariat's list
of speakers (CSV, or pasted text: '-' for standard input) added to a segment's floor, the day
written as an agenda of its own (as File → Save rundown as… writes it). Every row the floor
cannot take is one line on stderr, and then nothing is written."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date

from runner.core.agenda import Day, Segment
from runner.core.errors import UserFileError
from runner.core.i18n import tr, trn
from runner.io.agenda_writer import save_agenda
from runner.io.agenda_yaml import load_agenda
from runner.io.speakers_list import SpeakersListError, floor_additions, read_list_file

EXIT_OK, EXIT_PROBLEM = 0, 1
STDIN = "-"


def run_import_speakers(source: str, agenda_path: str, segment: str, output: str, when: date | None) -> int:
    """0 and one line on stdout when the list was added; 1 and one line per problem on stderr."""
    try:
        agenda = load_agenda(agenda_path)
        day = agenda.day(when)
        target = floor_segment(day, segment)
        text = sys.stdin.read() if source == STDIN else read_list_file(source)
        assert target.floor is not None  # floor_segment said so
        added = floor_additions(target.floor, text, "stdin" if source == STDIN else source)
        changed = replace(target, speakers=target.speakers + tuple(added))
        segments = tuple(changed if s.index == target.index else s for s in day.segments)
        made = f"the day with a list of speakers added to '{target.title}' (import-speakers)"
        written = save_agenda(output, agenda.title, replace(day, segments=segments), made)
    except UserFileError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_PROBLEM
    except (SpeakersListError, LookupError) as exc:
        print(exc, file=sys.stderr)
        return EXIT_PROBLEM
    except OSError as exc:
        print(f"{output}: " + tr("cannot be written: {why}", why=exc.strerror or exc), file=sys.stderr)
        return EXIT_PROBLEM
    said = trn(
        "{count} delegation added to '{title}' ({total} on its list)",
        "{count} delegations added to '{title}' ({total} on its list)",
        len(added),
        title=target.title,
        total=len(changed.speakers),
    )
    print(f"{written}: {said}")
    return EXIT_OK


def floor_segment(day: Day, named: str) -> Segment:
    """The segment `named` (its title, any case, or its number from 1) with a floor; `LookupError` in one line."""
    wanted = named.strip()
    found = next((s for s in day.segments if s.title.casefold() == wanted.casefold()), None)
    if found is None and wanted.isdigit() and 1 <= int(wanted) <= len(day.segments):
        found = day.segments[int(wanted) - 1]
    if found is None:
        raise LookupError(tr("the day has no segment '{name}'", name=wanted))
    if found.floor is None:
        raise LookupError(tr("'{title}' has no floor: give it one ('floor:' with its 'limits')", title=found.title))
    return found

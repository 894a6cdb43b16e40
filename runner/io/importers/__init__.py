"""Importing a programme (spreadsheet, calendar, conference schedule, pasted text) as an agenda.

`import_programme` reads a source by its suffix, or by its first bytes; `import_to_file` also
checks the agenda and writes it. Every way a source can be unusable is an `ImportFailed` with
one located `SOURCE:WHERE: message` line per problem.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from runner.core.agenda import Agenda
from runner.core.i18n import tr
from runner.io.importers import readers
from runner.io.importers.finish import finish
from runner.io.importers.model import ImportFailed, ImportOptions, Programme, SourceProblem
from runner.io.importers.writer import render, validate, write_atomically

__all__ = ["ImportFailed", "ImportOptions", "Imported", "SourceProblem", "import_programme", "import_to_file"]

# Larger than any programme (a 20,000-row spreadsheet is ~2 MB); a 50 MB file is refused unread.
MAX_SOURCE_BYTES = 10 * 1024 * 1024
STDIN = "-"


@dataclass(frozen=True)
class Imported:
    """The result: the agenda (validated), its YAML text, and what was read and left out."""

    agenda: Agenda
    text: str
    programme: Programme


def read_source(source: str, stdin: bytes | None = None) -> bytes:
    """The source's bytes (standard input for '-'), at most MAX_SOURCE_BYTES of them."""
    if source == STDIN:
        data = stdin if stdin is not None else _read_stdin()
    else:
        try:
            with open(source, "rb") as handle:
                data = handle.read(MAX_SOURCE_BYTES + 1)
        except FileNotFoundError:
            raise ImportFailed.at(source, 1, tr("no such file")) from None
        except IsADirectoryError:
            raise ImportFailed.at(source, 1, tr("is a folder, not a programme")) from None
        except OSError as exc:
            raise ImportFailed.at(source, 1, tr("cannot be read: {why}", why=exc.strerror or exc)) from None
    if len(data) > MAX_SOURCE_BYTES:
        raise ImportFailed.at(source, 1, tr("is larger than {mb} MB; not a programme", mb=MAX_SOURCE_BYTES >> 20))
    return data


def _read_stdin() -> bytes:
    return sys.stdin.buffer.read(MAX_SOURCE_BYTES + 1)


def _reader(source: str, data: bytes) -> Callable[[bytes, str, ImportOptions], Programme]:
    suffix = Path(source).suffix.lower() if source != STDIN else ".txt"
    by_suffix = {
        ".csv": readers.csv_programme,
        ".tsv": readers.csv_programme,
        ".xlsx": readers.xlsx_programme,
        ".xlsm": readers.xlsx_programme,
        ".json": readers.ontime_json_programme,
        ".ics": readers.ics_programme,
        ".ical": readers.ics_programme,
        ".xml": readers.frab_programme,
        ".txt": readers.text_programme,
        ".md": readers.text_programme,
    }
    if suffix in by_suffix:
        return by_suffix[suffix]
    if suffix in (".xls", ".ods", ".docx", ".doc", ".pdf"):
        raise ImportFailed.at(
            source, 1, tr("a {kind} file cannot be read; save it as .xlsx or .csv, or paste its text", kind=suffix)
        )
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"PK\x03\x04"):
        return readers.xlsx_programme
    if head.upper().startswith(b"BEGIN:VCALENDAR"):
        return readers.ics_programme
    if head.startswith(b"<"):
        return readers.frab_programme
    if head.startswith(b"{"):
        return readers.ontime_json_programme
    return readers.text_programme


def import_programme(source: str, data: bytes, options: ImportOptions, today: date | None = None) -> Programme:
    """The programme a source holds, with the options applied and every unknown filled (and marked)."""
    programme = _reader(source, data)(data, source, options)
    return finish(programme, options, source, today)


def import_to_file(
    source: str, out: str | Path | None, options: ImportOptions, stdin: bytes | None = None, today: date | None = None
) -> Imported:
    """Read SOURCE, check the agenda it makes, and (when `out` is given) write it atomically."""
    programme = import_programme(source, read_source(source, stdin), options, today)
    text, spans = render(programme, source)
    agenda = validate(text, spans, source, str(out or "imported.yaml"))
    if out is not None:
        try:
            write_atomically(text, out)
        except OSError as exc:
            raise ImportFailed.at(str(out), 1, tr("cannot be written: {why}", why=exc.strerror or exc)) from None
    return Imported(agenda, text, programme)

"""A list of speakers for a floor, as a secretariat hands it over: a CSV (delegation, category,
speaker; a header row optional, commas, semicolons or tabs), or text pasted from a UN Journal or
an e-mail, a delegation a line. Names resolve to ISO codes where they match a country's name in
one of the six languages (runner.core.delegations); every row the floor cannot take is one line
naming its line number, and then nothing is added."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from runner.core.agenda import Floor, Speaker
from runner.core.floor_entry import FloorEntryError, floor_entry
from runner.core.i18n import tr

HEADER = ("delegation", "category", "speaker", "rank")
MAX_LIST_BYTES = 1024 * 1024  # some thousand delegations; a larger file is not a list of speakers
_DELIMITERS = (",", ";", "\t")


class SpeakersListError(Exception):
    """The list cannot be added: one line per problem, in `lines`."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


@dataclass(frozen=True)
class ListedRow:
    """A row of the list: its line in the source, and its cells by `HEADER`."""

    line: int
    cells: tuple[str, str, str, str]


def read_list_file(path: str | Path) -> str:
    """The text of a list on disk (UTF-8, a spreadsheet's BOM allowed); one line when it cannot be."""
    where = Path(path)
    try:
        data = where.read_bytes()[: MAX_LIST_BYTES + 1]
    except OSError as exc:
        raise SpeakersListError([f"{where}: " + tr("cannot be read: {why}", why=exc.strerror or exc)]) from None
    if len(data) > MAX_LIST_BYTES:
        raise SpeakersListError([f"{where}: " + tr("is too large for a list of speakers")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # a spreadsheet saved as "CSV" on Windows


def listed_rows(text: str) -> list[ListedRow]:
    """The rows of a CSV or pasted list; blank lines and `#` comments left out, a header row too."""
    lines = text.splitlines()
    delimiter = next((d for d in _DELIMITERS if any(d in line for line in lines)), ",")
    rows: list[ListedRow] = []
    for number, cells in enumerate(csv.reader(lines, delimiter=delimiter), 1):
        cells = [" ".join(cell.split()) for cell in cells]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if not rows and cells[0].casefold() == HEADER[0]:
            continue  # the header
        padded = (*cells[: len(HEADER)], *("",) * (len(HEADER) - len(cells)))
        rows.append(ListedRow(number, (padded[0], padded[1], padded[2], padded[3])))
    return rows


def floor_additions(floor: Floor, text: str, source: str) -> list[Speaker]:
    """The delegations `text` lists, as the floor holds them; `SpeakersListError` names every bad row."""
    found, problems = [], []
    for row in listed_rows(text):
        try:
            found.append(floor_entry(floor, *row.cells))
        except FloorEntryError as exc:
            problems.append(f"{source}:{row.line}: {exc}")
    if problems:
        raise SpeakersListError(problems)
    if not found:
        raise SpeakersListError([f"{source}: " + tr("lists no delegation")])
    return found

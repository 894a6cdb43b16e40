"""A table's header row: found wherever it sits, its columns named in any order and case."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Each agenda field and the headers that name it (compared lower-case, punctuation removed).
_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("title", "session", "item", "agenda item", "programme item", "program item", "event", "segment",
              "topic", "activity", "name", "session title", "subject"),
    "start": ("start", "start time", "time start", "timing", "slot", "time slot", "begin", "begins", "from",
              "time", "starts", "start at", "starts at"),
    "end": ("end", "end time", "time end", "to", "until", "finish", "ends", "end at", "ends at"),
    "duration": ("duration", "length", "mins", "minutes", "min", "time allotted", "allotted time", "runtime"),
    "speakers": ("speaker", "speakers", "presenter", "presenters", "who", "persons", "person", "panelists",
                 "panellists", "speaker s"),
    "notes": ("notes", "note", "description", "details", "comments", "comment", "remarks", "abstract"),
    "kind": ("kind", "type", "segment type", "item type"),
    "group": ("group", "block", "section", "part", "track", "theme"),
    "date": ("date", "day"),
    "room": ("room", "location", "venue", "stage", "hall"),
    "timer_type": ("timer type",),
    "skip": ("skip",),
}  # fmt: skip
# Ontime's own columns that say nothing an agenda keeps.
_IGNORED = {"id", "flag", "cue", "colour", "color", "link start", "count to end", "end action", "warning time",
            "danger time", "public"}  # fmt: skip
_BY_HEADER = {name: key for key, names in _NAMES.items() for name in names}
HEADER_SEARCH_ROWS = 50


def normal(header: object) -> str:
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", str(header or "")).lower()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


@dataclass
class Columns:
    """Which column holds which field; `extra` are other named columns, kept in the notes."""

    index: dict[str, int] = field(default_factory=dict)
    extra: dict[int, str] = field(default_factory=dict)
    ontime: bool = False

    def has(self, key: str) -> bool:
        return key in self.index


def read_header(cells: list[object]) -> Columns | None:
    """The columns of a header row, or None when the row is not one (no title, or no time column)."""
    columns = Columns()
    for number, cell in enumerate(cells):
        name = normal(cell)
        key = _BY_HEADER.get(name)
        if key and key not in columns.index:
            columns.index[key] = number
        elif name and name not in _IGNORED:
            columns.extra[number] = str(cell).strip()
    if "title" not in columns.index or not {"start", "end", "duration"} & columns.index.keys():
        return None
    columns.ontime = "timer_type" in columns.index
    return columns

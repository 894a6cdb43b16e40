"""What every reader produces: a programme of dated days of segments, before it becomes YAML.

Times are seconds from the midnight that starts the day (a conference night's 00:15 is 87300),
so a day that runs past midnight needs no special case until the writer prints "24:15".
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class SourceProblem:
    """One thing the importer could not use, located in the source: a line, or `Sheet!B7`."""

    source: str
    where: str
    message: str
    # Kept, but shortened to fit (the text's end is cut), rather than left out.
    cut: bool = False

    def __str__(self) -> str:
        return f"{self.source}:{self.where}: {self.message}"


class ImportFailed(Exception):
    """The source cannot become an agenda; holds every located problem found."""

    def __init__(self, problems: list[SourceProblem]) -> None:
        if not problems:
            raise ValueError("ImportFailed needs at least one problem")
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def at(cls, source: str, where: str | int, message: str) -> ImportFailed:
        return cls([SourceProblem(source, str(where), message)])


def listed(names: list[str]) -> str:
    """Names for a one-line message, comma-separated; one holding a comma or a quote is quoted."""
    return ", ".join(json.dumps(name, ensure_ascii=False) if "," in name or '"' in name else name for name in names)


@dataclass(frozen=True)
class ImportOptions:
    """What the user supplies beside the source (the command's flags, the app's dialog)."""

    date: date | None = None
    timezone: str | None = None
    room: str | None = None
    title: str | None = None
    sheet: str | None = None


@dataclass
class DraftSegment:
    """One source event. `guesses` maps an agenda key to why the importer guessed its value."""

    title: str
    start: int | None = None
    end: int | None = None
    duration: int | None = None
    kind: str = "segment"
    group: str = ""
    speakers: list[str] = field(default_factory=list)
    speaker_limit: int | None = None
    notes: str = ""
    where: str = ""
    # The room (a calendar's LOCATION) where a source names one: events overlapping in several need --room.
    room: str = ""
    guesses: dict[str, str] = field(default_factory=dict)
    # An agenda key whose text was cut to fit, and what was cut (the writer marks it `# cut`).
    cuts: dict[str, str] = field(default_factory=dict)


@dataclass
class DraftDay:
    """One day of the programme; `date` is None where the source does not say (then --date does)."""

    date: date | None
    segments: list[DraftSegment] = field(default_factory=list)
    title: str = ""
    # A day the source names without its date: ("number", 2) for "Day 2", ("weekday", 1) for "Tuesday".
    counted: tuple[str, int] | None = None
    end: int | None = None
    notes: str = ""
    chair: str = ""
    speaker_limit: int | None = None
    where: str = "1"
    guesses: dict[str, str] = field(default_factory=dict)
    cuts: dict[str, str] = field(default_factory=dict)


@dataclass
class Programme:
    """A whole imported programme; `left_out` lists what was read and deliberately not kept."""

    days: list[DraftDay]
    title: str = ""
    timezone: str = ""
    guesses: dict[str, str] = field(default_factory=dict)
    left_out: list[SourceProblem] = field(default_factory=list)

    @property
    def segment_count(self) -> int:
        return sum(len(day.segments) for day in self.days)

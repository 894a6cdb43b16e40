"""The agenda model: an event of days of segments, every planned time an aware datetime."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from enum import Enum
from pathlib import PurePath

from runner.core.delegations import floor_label, names_joined


class SegmentKind(str, Enum):
    SEGMENT = "segment"
    INTERMISSION = "intermission"
    BREAK = "break"


@dataclass(frozen=True)
class Speaker:
    """A name on a speakers' list, with an optional speaking-time limit. On a floor, the turn of a
    `delegation` (an ISO 3166 code or a name, as written) of a `category`; `name` is then the
    person speaking for it, or the delegation's English name when the agenda names no one."""

    name: str
    limit: timedelta | None = None
    delegation: str = ""
    category: str = ""
    speaker: str = ""  # on a floor: the person the agenda names for the delegation
    rank: str = ""  # on a floor in protocol order: who speaks for it (runner.core.floor_order.RANKS)


@dataclass(frozen=True)
class Floor:
    """A segment's floor (UN practice): speaking limits by category and the right of reply's; its
    list in order of inscription or of protocol (by rank), equals ordered by the draw of `draw`."""

    limits: tuple[tuple[str, timedelta], ...] = ()
    replies: tuple[timedelta, ...] = ()
    order: str = "inscription"
    draw: str | None = None  # the seed of the agenda's draw of lots among equals
    groups_first: bool = False  # in protocol order: groups of States before the members (`groups: first`)

    def limit(self, category: str) -> timedelta | None:
        return dict(self.limits).get(category)


@dataclass(frozen=True)
class Segment:
    """One timed item of a day, with its planned start and length."""

    index: int
    title: str
    start: datetime
    duration: timedelta
    kind: SegmentKind = SegmentKind.SEGMENT
    group: str = ""
    speakers: tuple[Speaker, ...] = ()
    notes: str = ""
    alerts: tuple[timedelta, ...] = ()
    speaker_limit: timedelta | None = None
    line: int = 0
    # Never starts before its printed start, even when the day runs early (a webcast slot).
    fixed: bool = False
    floor: Floor | None = None

    @property
    def end(self) -> datetime:
        """The planned end; added in UTC because same-zone datetime arithmetic ignores DST changes."""
        return (self.start.astimezone(timezone.utc) + self.duration).astimezone(self.start.tzinfo)

    @property
    def is_pause(self) -> bool:
        """An intermission or a break: the audience is away."""
        return self.kind is not SegmentKind.SEGMENT

    @property
    def speaker_label(self) -> str:
        return ", ".join(s.name for s in self.speakers)

    def speaker_names(self, language: str) -> str:
        """The list as a screen in `language` shows it: a floor's delegations named in it."""
        return names_joined(self.speaker_name_list(language), language)

    def speaker_name_list(self, language: str) -> list[str]:
        """Each speaker as a screen in `language` names them (a floor's delegation in it)."""
        return [floor_label(s.delegation, s.speaker, language) if s.delegation else s.name for s in self.speakers]


@dataclass(frozen=True)
class Day:
    """One day's programme in the agenda's zone."""

    date: date
    title: str
    segments: tuple[Segment, ...]
    timezone: str
    chair: str = ""
    hard_stop: datetime | None = None
    auto_start: bool = False

    @property
    def start(self) -> datetime:
        return self.segments[0].start

    @property
    def end(self) -> datetime:
        return max(s.end for s in self.segments)

    def shifted(self, by: timedelta) -> Day:
        """The same programme `by` later in wall-clock terms (a rehearsal on another date)."""
        if not by:
            return self
        # Same-zone datetime arithmetic moves the wall-clock reading, which is what a shifted
        # programme means: 09:00 stays 09:00 on the new date, whatever DST does in between.
        segments = tuple(replace(s, start=s.start + by) for s in self.segments)
        return replace(self, segments=segments, hard_stop=self.hard_stop + by if self.hard_stop else None)

    @property
    def planned_seconds(self) -> float:
        return sum(s.duration.total_seconds() for s in self.segments)


@dataclass(frozen=True)
class Agenda:
    """A whole event as loaded from one file."""

    title: str
    timezone: str
    days: tuple[Day, ...]
    room: str = ""  # the room's name for the live views and the broker; see `room_name`
    source: str = ""
    text_hash: str = field(default="", compare=False)
    # The bytes it was read from: the timing log keeps them, so reports stay right if the file changes.
    data: bytes = field(default=b"", compare=False, repr=False)

    def day(self, when: date | None) -> Day:
        """The day for that date, or the first day when there is none."""
        for day in self.days:
            if day.date == when:
                return day
        return self.days[0]

    def has_day(self, when: date) -> bool:
        return any(day.date == when for day in self.days)


def room_name(agenda: Agenda, given: str | None = None) -> str:
    """The room a day runs in: `--room`, else the agenda's `room`, else a slug of the file's name."""
    if given and given.strip():
        return given.strip()
    if agenda.room:
        return agenda.room
    stem = PurePath(agenda.source).stem if agenda.source else ""
    slug = re.sub(r"[^\w]+", "-", stem.lower(), flags=re.UNICODE).strip("-")
    return slug or "room"

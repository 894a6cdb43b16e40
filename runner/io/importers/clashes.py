"""What one room's clock cannot run, found before the agenda is checked: events longer than a day
(left out, each on its own line, like all-day events) and events that overlap (refused in one
line naming the option that makes the source import: `--room` with the rooms, `--date` with the
days that hold no overlap), never a wall of the agenda's own overlap errors.
"""

from __future__ import annotations

import re
from datetime import date

from runner.core.durations import parse_length
from runner.core.i18n import tr, trn
from runner.io.importers.model import (
    DraftDay,
    DraftSegment,
    ImportFailed,
    ImportOptions,
    Programme,
    SourceProblem,
    listed,
)
from runner.io.importers.timetext import DAY_SECONDS, format_clock, format_length

# Days named in a refusal; the rest are counted.
NAMED_DAYS = 6


def leave_out_long(programme: Programme, source: str) -> None:
    """Segments longer than the agenda's longest (a day) are listed as left out, not kept."""
    for day in programme.days:
        kept: list[DraftSegment] = []
        for segment in day.segments:
            length = _length(segment)
            if length is not None and length > DAY_SECONDS:
                programme.left_out.append(
                    SourceProblem(
                        source,
                        segment.where,
                        tr(
                            "'{title}': longer than a day ({length})", title=segment.title, length=format_length(length)
                        ),
                    )
                )
            else:
                kept.append(segment)
        day.segments = kept


# What stays open beside the programme, not a part of it for the room's clock: a registration or
# accreditation desk ("Registration 08:00-18:00"), in the six languages.
_DESK_RE = re.compile(
    r"^(?:(?:registration|check-in|accreditation|badge pick-up|inscriptions?|accréditation|accueil des participants|"
    r"inscripci[oó]n|acreditaci[oó]n|регистрация|аккредитация|التسجيل|الاعتماد)\b|注册|报到|签到)",
    re.IGNORECASE,
)


def desks_beside(programme: Programme, source: str) -> None:
    """A desk that stays open while the programme runs ("Registration" 08:00-18:00 with the keynote
    at 13:00) is the day's note, listed as such, not a segment that every item overlaps."""
    for day in programme.days:
        for desk in [segment for segment in day.segments if _DESK_RE.match(segment.title.strip())]:
            end = _end(desk)
            starts = [s.start for s in day.segments if s is not desk and s.start is not None]
            if desk.start is None or end is None or not any(desk.start <= start < end for start in starts):
                continue
            day.segments.remove(desk)
            opening = f"{desk.title} {format_clock(desk.start)}–{format_clock(end)}"
            day.notes = "\n".join(part for part in (day.notes, opening) if part)
            programme.left_out.append(
                SourceProblem(
                    source,
                    desk.where,
                    tr("'{title}': open beside the programme; kept in the day's notes", title=desk.title),
                )
            )


def _end(segment: DraftSegment) -> int | None:
    length = _length(segment)
    return segment.start + length if segment.start is not None and length is not None else None


def length_over_a_day(text: str) -> int | None:
    """The seconds of a length written longer than a day ("30h", "27:00"), which the agenda's
    reading of a length refuses; None for any other text."""
    try:
        seconds = round(parse_length(text.strip().lower().replace(" ", "")).total_seconds())
    except (ValueError, OverflowError):
        return None
    return seconds if seconds > DAY_SECONDS else None


def _length(segment: DraftSegment) -> int | None:
    if segment.duration is not None:
        return segment.duration
    if segment.end is not None and segment.start is not None:
        return segment.end - segment.start
    return None


def overlap(day: DraftDay) -> tuple[DraftSegment, DraftSegment] | None:
    """The first segment that starts before the one before it ends, with that one; None if none does."""
    previous: DraftSegment | None = None
    previous_end: int | None = None
    for segment in day.segments:
        start = segment.start if segment.start is not None else previous_end
        if start is None:
            return None  # the agenda's check says why, in one line
        if previous is not None and previous_end is not None and start < previous_end:
            return previous, segment
        length = _length(segment)
        # One of no length runs to the next start: where that is earlier, the agenda says so itself.
        previous, previous_end = segment, start + length if length is not None else None
    return None


def refuse_overlaps(programme: Programme, options: ImportOptions, source: str) -> None:
    """One line when events overlap: the option that makes the source import, where one does."""
    clashes = [(day, pair) for day in programme.days if (pair := overlap(day)) is not None]
    if not clashes:
        return
    day, (first, second) = clashes[0]
    assert day.date is not None, "the finishing pass dates every day first"
    rooms = sorted({segment.room for each in programme.days for segment in each.segments} - {""})
    if not options.room and len(rooms) > 1 and any(a.room != b.room for _, (a, b) in clashes):
        raise ImportFailed.at(
            source,
            second.where,
            tr("events in several rooms overlap; choose one with --room: {rooms}", rooms=listed(rooms)),
        )
    clash = tr(
        "'{later}' starts at {start}, before '{earlier}' ends ({date})",
        later=second.title,
        start=format_clock(second.start or 0),
        earlier=first.title,
        date=day.date,
    )
    # Days the source counts ("Day 2") are dated from --date, which keeps none of them on its own.
    clear = [each.date for each in programme.days if each.date and each.counted is None and overlap(each) is None]
    if clear and not options.date:
        raise ImportFailed.at(
            source,
            second.where,
            trn(
                "{clash}: events overlap on {count} day; import one day with --date: {dates}",
                "{clash}: events overlap on {count} days; import one day with --date: {dates}",
                len(clashes),
                clash=clash,
                dates=_named(clear),
            ),
        )
    raise ImportFailed.at(source, second.where, tr("{clash}: segments may not overlap", clash=clash))


def _named(days: list[date]) -> str:
    named = ", ".join(str(day) for day in days[:NAMED_DAYS])
    more = len(days) - NAMED_DAYS
    return named if more <= 0 else named + " " + trn("and {count} more", "and {count} more", more)

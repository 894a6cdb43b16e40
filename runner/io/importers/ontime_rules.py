"""Rules shared by Ontime's project file and its spreadsheet: cues that carry no length, and order.

A milestone (a cue such as "10:45 Presenters ready side stage") and an event with no time at all
take no time on the clock; they become a note of the item that follows them, so the chair still
reads them there. Ontime runs its rundown in list order whatever the times say, so an event that
starts before the one before it ends cannot be run where its time puts it: it is left out, listed.
"""

from __future__ import annotations

from runner.core.i18n import tr
from runner.io.importers.model import DraftDay, DraftSegment, Programme, SourceProblem
from runner.io.importers.timetext import format_clock

# The timer types of an Ontime event (an empty one, or "event", is a count-down).
EVENT_TIMERS = {"", "event", "count-down", "count-up", "time-to-end", "clock", "none"}
GROUP_STARTS = {"group", "group-start", "block"}


class Cues:
    """Timeless entries waiting for the next timed item, whose notes they join."""

    def __init__(self) -> None:
        self.waiting: list[str] = []

    def hold(self, title: str, at: int | None, note: str = "") -> None:
        head = f"{format_clock(at)} {title}" if at is not None and title else title
        text = "\n".join(part for part in (head, note) if part)
        if text:
            self.waiting.append(text)

    def give(self, segment: DraftSegment) -> None:
        if not self.waiting:
            return
        segment.notes = "\n".join([*self.waiting, segment.notes] if segment.notes else self.waiting)
        segment.guesses["notes"] = tr("Ontime's cues before this item, which take no time")
        self.waiting = []

    def end_of(self, day: DraftDay) -> None:
        """Cues after the last timed item: that item's notes, after its own."""
        if self.waiting and day.segments:
            last = day.segments[-1]
            last.notes = "\n".join([last.notes, *self.waiting] if last.notes else self.waiting)
            last.guesses["notes"] = tr("Ontime's cues after this item, which take no time")
        self.waiting = []


def in_running_order(day: DraftDay, programme: Programme, source: str) -> None:
    """Leave out (listed) each event that starts before the one before it ends."""
    kept: list[DraftSegment] = []
    ends: int | None = None  # when the items kept so far end, where that is known
    for segment in day.segments:
        if segment.start is not None and ends is not None and segment.start < ends and kept:
            programme.left_out.append(
                SourceProblem(
                    source,
                    segment.where,
                    tr(
                        "'{title}' starts at {start}, before '{previous}' ends at {end}; "
                        "Ontime runs it in list order, not at its time",
                        title=segment.title,
                        start=format_clock(segment.start),
                        previous=kept[-1].title,
                        end=format_clock(ends),
                    ),
                )
            )
            continue
        kept.append(segment)
        ends = _end(segment, segment.start if segment.start is not None else ends)
    day.segments = kept


def _end(segment: DraftSegment, start: int | None) -> int | None:
    if start is not None and segment.duration is not None:
        return start + segment.duration
    return segment.end

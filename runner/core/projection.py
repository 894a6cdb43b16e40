"""The one projection of the day: where every later segment now starts, when the day ends, and
whether that is past the hard stop.

Every screen ("Next ≈", the rundown, "Ends ≈"), every alert ("we resume at", the hard stop) and
every report reads it from here, so they cannot disagree. The rule (the contract's): a segment
follows the one before it when the day runs early or late; it waits for its printed start when it
is `fixed: true`, on an `auto_start` day, when it is the day's first, or when the programme leaves
a gap before it (a lunch nobody timed: the afternoon still opens at its printed time). Nothing
starts before the running segment's planned time is up, nor before now; but a day not yet started
is planned from its first start as printed, so it is neither behind nor at risk until it starts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from runner.core.agenda import Day
from runner.core.day_state import DayView
from runner.core.runs import RunStatus


def waits_for_printed_start(day: Day, index: int) -> bool:
    """Whether segment `index` starts no earlier than its printed start (else it follows the one before)."""
    segment = day.segments[index]
    if index == 0 or segment.fixed or day.auto_start:
        return True
    return segment.start > day.segments[index - 1].end


def segment_waits(engine: DayView, index: int) -> bool:
    """`waits_for_printed_start` for the day as live edits left it: by the printed day's rule for
    the segment it came from (a trim or a removal leaves no gap to wait in); one inserted live
    follows the one before it, as the day's first it waits."""
    day = engine.day
    if day is engine.printed_day:
        return waits_for_printed_start(day, index)
    origin = engine.origins[index]
    if index == 0 or day.auto_start or day.segments[index].fixed:
        return True
    return origin is not None and waits_for_printed_start(engine.printed_day, origin)


@dataclass(frozen=True)
class DayCurve:
    """The day's end as a function of the cursor (when the next segment could start):
    `max(cursor + total_s, latest, ended)`. The walk is max-plus linear, so three numbers hold it."""

    total_s: float = 0.0
    latest: datetime | None = None  # the end the segments that wait for their printed start impose
    ended: datetime | None = None  # the last actual end of a segment that ran

    def end_for(self, cursor: datetime | None) -> datetime | None:
        ends = [e for e in (self.latest, self.ended) if e is not None]
        if cursor is not None:
            ends.append(cursor + timedelta(seconds=self.total_s))
        return max(ends) if ends else None

    def cursor_for(self, end: datetime) -> datetime | None:
        """The latest cursor for which the day ends by `end`; None if it cannot."""
        if any(e is not None and e > end for e in (self.latest, self.ended)):
            return None
        return end - timedelta(seconds=self.total_s)


@dataclass(frozen=True)
class Projection:
    """The day as projected from one clock reading."""

    now: datetime
    starts: tuple[datetime | None, ...]  # the running segment's actual start; each waiting one's projected start
    ends: tuple[datetime | None, ...]
    next: int | None
    day_end: datetime | None
    hard_stop: datetime | None
    curve: DayCurve
    cursor: datetime | None
    # How the cursor moves if nothing changes: it stays at the running segment's planned end until
    # then (`steady_until`), and runs `lead_s` ahead of the wall clock while a segment is paused.
    steady_until: datetime | None = None
    lead_s: float = 0.0
    ahead: tuple[int, ...] = ()  # the segments still to run, in order

    @property
    def next_start(self) -> datetime | None:
        """When the segment Space would start next is projected to start."""
        return None if self.next is None else self.starts[self.next]

    @property
    def hard_stop_at_risk(self) -> bool:
        return self.hard_stop is not None and self.day_end is not None and self.day_end > self.hard_stop

    def cursor_reaches(self, cursor: datetime) -> datetime:
        """When, by the wall clock, the cursor reaches `cursor` if nothing changes (now, if it has)."""
        if self.steady_until is not None:
            when = max(cursor, self.steady_until)
        else:
            when = cursor - timedelta(seconds=self.lead_s)
        return max(when, self.now)


def project(engine: DayView, mono: float, wall: datetime) -> Projection:
    """Project the day from its state (a `DayState`, or the engine showing one) at one reading of both clocks."""
    # Arithmetic in UTC (adding seconds to a zoned time ignores DST); results in the agenda's zone.
    now, zone = wall.astimezone(timezone.utc), engine.zone
    starts: list[datetime | None] = [None] * len(engine.runs)
    ends: list[datetime | None] = [None] * len(engine.runs)
    run = engine.current_run
    steady_until, lead_s, cursor = None, 0.0, None
    if run is not None and run.started is not None:
        remaining = max(run.remaining(mono), 0.0)
        cursor = now + timedelta(seconds=remaining)
        starts[run.segment.index] = (now - timedelta(seconds=mono - run.started)).astimezone(zone)
        ends[run.segment.index] = cursor.astimezone(zone)
        if run.paused_since is not None:
            lead_s = remaining
        elif remaining > 0:
            steady_until = cursor.astimezone(zone)
    ahead = _ahead(engine)
    if run is None and ahead and _started(engine):
        cursor = now
    waiting = _waiting(engine, ahead, running=run is not None)
    # A day not yet started is planned from its first start, however late the host opens it or
    # waits to press Space: neither behind nor past the hard stop before anything has run.
    walk = cursor if cursor is not None or not ahead else engine.day.segments[ahead[0]].start.astimezone(timezone.utc)
    for index in ahead:
        assert walk is not None
        segment = engine.day.segments[index]
        start = max(walk, segment.start.astimezone(timezone.utc)) if index in waiting else walk
        walk = start + segment.duration
        starts[index], ends[index] = start.astimezone(zone), walk.astimezone(zone)
    curve = _curve(engine, ahead, waiting)
    day_end = curve.end_for(cursor)
    return Projection(
        now=now.astimezone(zone),
        starts=tuple(starts),
        ends=tuple(ends),
        next=engine.next_index(),
        day_end=None if day_end is None else day_end.astimezone(zone),
        hard_stop=engine.day.hard_stop,
        curve=curve,
        cursor=cursor,
        steady_until=steady_until,
        lead_s=lead_s,
        ahead=tuple(ahead),
    )


def _ahead(engine: DayView) -> list[int]:
    """The segments still to run, in order: not started, after the running one (a segment passed
    over by a jump no longer holds the plan up; the host may still go back to it)."""
    if engine.finished:
        return []
    after = -1 if engine.current is None else engine.current
    return [r.segment.index for r in engine.runs[after + 1 :] if r.status is RunStatus.NOT_STARTED]


def _started(engine: DayView) -> bool:
    """Whether any segment of the day has run (or runs): from then on the day is late by the clock."""
    return any(run.started is not None for run in engine.runs)


def _waiting(engine: DayView, ahead: list[int], running: bool) -> set[int]:
    """Which of the segments ahead wait for their printed start; with nothing running, the first
    of them does too (nothing runs early before the host starts it)."""
    waiting = {index for index in ahead if segment_waits(engine, index)}
    if ahead and not running:
        waiting.add(ahead[0])
    return waiting


def _curve(engine: DayView, ahead: list[int], waiting: set[int]) -> DayCurve:
    total, latest = 0.0, None
    for index in reversed(ahead):  # each start is max(printed start, previous end) where it waits
        segment = engine.day.segments[index]
        total += segment.duration.total_seconds()
        if index in waiting:
            candidate = segment.start.astimezone(timezone.utc) + timedelta(seconds=total)
            latest = candidate if latest is None else max(latest, candidate)
    ended = [r.end_event.wall for r in engine.runs if r.status is RunStatus.DONE and r.end_event]
    return DayCurve(total, latest, max(ended) if ended else None)

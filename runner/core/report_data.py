"""The chair's summary as data: the day's plan against what the log says happened.

Built by replaying the logged events through a `SessionEngine`, so the report and the live
screens share one reading of every event. No Qt and no file formats here: `runner.io` writes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cached_property

from runner.core import events as ev
from runner.core.agenda import Day, Segment
from runner.core.edit_fold import final_positions, retime
from runner.core.engine import RunStatus, SegmentRun, SessionEngine
from runner.core.events import EngineEvent, EventType
from runner.core.gc_pause import collector_paused
from runner.core.log_seal import SealCheck
from runner.core.plan_changes import Change, replay_with_changes
from runner.core.recovery import translate
from runner.core.snapshot import SpeakerView
from runner.core.speakers import SpeakerQueue
from runner.core.timing_log import LoggedEvent

# Less than a minute past the plan is not an overrun a chair reads about (nor a late start).
OVERRUN_S = 60.0


@dataclass(frozen=True, slots=True)
class SpeakerLine(SpeakerView):
    """One name on a speakers' list as the report prints it: limit and actual speaking time, in
    seconds, the floor's fields and `label` as the chair's screen has them, and whether the host
    added it live."""

    added: bool = False

    @property
    def over_s(self) -> float:
        """Seconds past the limit; 0 when within it or untimed."""
        return 0.0 if self.limit_s is None else max(0.0, self.spoken_s - self.limit_s)


@dataclass(frozen=True)
class SegmentLine:
    """A row of the report: plan, actual times (wall) and lengths (monotonic, pauses included)."""

    segment: Segment
    status: RunStatus
    actual_start: datetime | None
    actual_end: datetime | None
    actual_s: float | None
    paused_s: float
    adjust_s: float
    notes: tuple[str, ...]
    speakers: tuple[SpeakerLine, ...]
    printed: Segment | None = None  # the printed programme's segment it is; None: inserted live
    # A floor's points of order: each one's length in seconds and the delegation it interrupted.
    points_of_order: tuple[tuple[float, str], ...] = ()
    # The seeds of the draws of lots that ordered its floor, in order (runner.core.floor_order).
    draws: tuple[str, ...] = ()

    @property
    def added(self) -> bool:
        return self.printed is None

    @property
    def start_delta_s(self) -> float | None:
        """Late start positive."""
        return None if self.actual_start is None else (self.actual_start - self.segment.start).total_seconds()

    @property
    def duration_delta_s(self) -> float | None:
        """Overrun positive, against the planned length (time the host added counts as overrun)."""
        return None if self.actual_s is None else self.actual_s - self.segment.duration.total_seconds()

    @property
    def overran(self) -> bool:
        """The one meaning of an overrun: it ran at least `OVERRUN_S` past its planned length, pauses
        and minutes the host added included (running past the time allowed on screen is "overtime")."""
        return (self.duration_delta_s or 0.0) >= OVERRUN_S


@dataclass(frozen=True)
class Mark:
    """A note, alert or recovery: when, against which segment, what."""

    at: datetime
    segment: int | None
    kind: str
    text: str


@dataclass(frozen=True)
class DayReport:
    """Everything the summary writers need for one day. The figures the writers ask for again and
    again (the open and close, the pauses) are worked out once (cached_property: immutable data)."""

    event_title: str
    day: Day
    segments: tuple[SegmentLine, ...]
    offsets: tuple[tuple[datetime, float], ...]
    notes: tuple[Mark, ...]
    alerts: tuple[Mark, ...]
    recoveries: tuple[Mark, ...]
    events: tuple[EngineEvent, ...]
    finished: bool
    messages: tuple[Mark, ...] = ()  # what the chair's screen said, and when (empty text: cleared)
    # Live changes (runner.core.plan_changes): each in words, and the day as changed, re-timed.
    changes: tuple[Change, ...] = ()
    changed_plan: tuple[Segment, ...] = ()
    # Each event's segment as an index of `segments` (the day as changed), None without one.
    event_segments: tuple[int | None, ...] = ()
    # The log's seal when the report was made (runner.core.log_seal); None: not made from a log.
    seal: SealCheck | None = None
    # Numbers (1-based, the log's seq) of the events an undo took out: listed, never counted.
    undone: frozenset[int] = frozenset()

    @cached_property
    def opened_at(self) -> datetime | None:
        starts = [s.actual_start for s in self.segments if s.actual_start is not None]
        return min(starts) if starts else None

    @cached_property
    def closed_at(self) -> datetime | None:
        """The end of the last segment that ran, when none is still running."""
        if any(s.status is RunStatus.RUNNING for s in self.segments):
            return None
        ends = [s.actual_end for s in self.segments if s.actual_end is not None]
        return max(ends) if ends else None

    @property
    def planned_end(self) -> datetime:
        return self.day.hard_stop or self.day.end

    def count(self, status: RunStatus) -> int:
        return sum(1 for s in self.segments if s.status is status)

    def overruns(self, limit: int = 3) -> list[SegmentLine]:
        """The largest overruns, largest first."""
        over = [s for s in self.segments if s.overran]
        return sorted(over, key=lambda s: -(s.duration_delta_s or 0.0))[:limit]

    @property
    def intermissions(self) -> list[SegmentLine]:
        return [s for s in self.segments if s.segment.is_pause]

    @cached_property
    def paused_s(self) -> float:
        return sum(s.paused_s for s in self.segments)

    @cached_property
    def pause_count(self) -> int:
        return sum(1 for e in self.kept_events if e.type is EventType.PAUSE)

    @property
    def adjustments(self) -> list[EngineEvent]:
        return [e for e in self.kept_events if e.type is EventType.ADJUST]

    @cached_property
    def kept_events(self) -> tuple[EngineEvent, ...]:
        """The events the day as corrected is made of: all but those an undo took out."""
        if not self.undone:
            return self.events
        return tuple(e for number, e in enumerate(self.events, 1) if number not in self.undone)

    def kept(self, number: int) -> bool:
        """Event `number` (1-based) counts: no undo took it out."""
        return number not in self.undone


class _ReplayClock:
    """Stands at the last logged event: the report describes the day as the log left it."""

    rate = 1.0

    def __init__(self, events: list[EngineEvent]) -> None:
        last = events[-1] if events else None
        self._mono = last.mono if last else 0.0
        self._wall = last.wall if last else datetime.now(timezone.utc)

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._wall

    def slept(self) -> float:
        return 0.0  # it stands still: no time passes, none is slept


def events_in_one_domain(logged: list[LoggedEvent]) -> list[EngineEvent]:
    """Logged events with monotonic times comparable across reboots (anchored at the last event)."""
    if not logged:
        return []
    last = logged[-1]
    return translate(logged, last.boot, last.event.mono, last.event.wall)


def build_report(day: Day, events: list[EngineEvent], event_title: str = "") -> DayReport:
    """Replay `events` (one monotonic domain) for `day` and gather the summary's figures."""
    engine = SessionEngine(day, _ReplayClock(events))
    with collector_paused():  # 100,000 events: 1.1 s -> 0.6 s
        changes = replay_with_changes(engine, events)
        now = engine.clock.monotonic()
        engine_events, undone, placed = tuple(engine.events), frozenset(engine.undone), engine.placed
        moved = changes or placed  # a live edit, or an undo that moved a note: numbers no longer as logged
        positions = tuple(final_positions(engine_events, len(day.segments), undone, placed)) if moved else ()
        changed = retime(day, engine.day.segments, engine.origins) if changes else ()
        segments = tuple(
            _line(run, now, None if origin is None else day.segments[origin])
            for run, origin in zip(engine.runs, engine.origins)
        )
        offsets = tuple(_offsets(engine, positions))
        marks = _marks(engine_events, positions, undone)
    return DayReport(
        event_title=event_title,
        day=day,
        segments=segments,
        offsets=offsets,
        notes=tuple(marks[EventType.NOTE]),
        alerts=tuple(marks[EventType.ALERT]),
        recoveries=tuple(marks[EventType.RECOVER]),
        messages=tuple(marks[EventType.MESSAGE]),
        events=engine_events,
        finished=engine.finished,
        changes=tuple(changes),
        changed_plan=changed,
        event_segments=positions or tuple(e.segment for e in engine_events),
        undone=undone,
    )


def _line(run: SegmentRun, now: float, printed: Segment | None) -> SegmentLine:
    return SegmentLine(
        segment=run.segment,
        status=run.status,
        actual_start=run.start_event.wall if run.start_event else None,
        actual_end=run.end_event.wall if run.end_event else None,
        actual_s=(run.ended - run.started) if run.ended is not None and run.started is not None else None,
        paused_s=run.paused(now),
        adjust_s=run.adjust,
        notes=tuple(run.notes),
        speakers=_speakers(run.speakers, run.active(now)),
        printed=printed,
        points_of_order=tuple(
            ((p.end if p.end is not None else run.active(now)) - p.start, p.delegation) for p in run.points_of_order
        ),
        draws=tuple(run.draws),
    )


def _speakers(queue: SpeakerQueue, active: float) -> tuple[SpeakerLine, ...]:
    spoken, statuses = queue.spoken(active), queue.statuses()
    lines = []
    # Made by its slots' setters, as its generated __init__ would make it, without that frozen
    # __init__'s object.__setattr__ for each of eleven fields (a floor's every name in every report).
    position, name, limit, spoke, status, delegation, category, speaker, reply, rank, added = _SPEAKER_SLOTS
    for i, slot in enumerate(queue.slots):
        line = _new(SpeakerLine)
        position(line, i)
        name(line, slot.name)
        limit(line, slot.limit)
        spoke(line, spoken[i])
        status(line, statuses[i])
        added(line, slot.added)
        delegation(line, slot.delegation)
        category(line, slot.category)
        speaker(line, slot.speaker)
        reply(line, slot.reply)
        rank(line, slot.rank)
        lines.append(line)
    return tuple(lines)


_SPEAKER_SLOTS, _new = ev.slot_setters(SpeakerLine), object.__new__


def _offsets(engine: SessionEngine, positions: tuple[int | None, ...]) -> list[tuple[datetime, float]]:
    """Seconds behind plan at each start, and at the close of the day."""
    points: list[tuple[datetime, float]] = []
    undone = engine.undone
    for number, event in enumerate(engine.events):
        if undone and number + 1 in undone:
            continue
        where = positions[number] if positions else event.segment
        segment = engine.day.segments[where] if where is not None else None
        if event.type is EventType.START and segment is not None:
            points.append((event.wall, (event.wall - segment.start).total_seconds()))
        elif (
            isinstance(event.payload, ev.End)
            and segment is not None
            and engine.runs[segment.index].status is RunStatus.DONE
            and event.payload.reason is ev.EndReason.END_DAY
        ):
            points.append((event.wall, (event.wall - segment.end).total_seconds()))
    return points


_MARKED = (EventType.NOTE, EventType.ALERT, EventType.RECOVER, EventType.MESSAGE)


def _marks(
    events: tuple[EngineEvent, ...], positions: tuple[int | None, ...], undone: frozenset[int]
) -> dict[EventType, list[Mark]]:
    """The notes, alerts, recoveries and messages, in one pass over the events; `positions`
    (after live edits) says which segment each event is now. An alert an undo withdrew is left out."""
    marks: dict[EventType, list[Mark]] = {kind: [] for kind in _MARKED}
    for i, e in enumerate(events):
        found = marks.get(e.type)
        if found is not None and i + 1 not in undone:
            found.append(Mark(e.wall, positions[i] if positions else e.segment, *_mark_text(e.payload, e.type)))
    return marks


def _mark_text(payload: ev.Payload, kind: EventType) -> tuple[str, str]:
    """A mark's kind and text: an alert's own kind and message, a note's or message's text, a recovery's time away."""
    if isinstance(payload, ev.Alert):
        return payload.kind.value, payload.message
    if isinstance(payload, ev.Note | ev.Message):
        return kind.value, payload.text
    if isinstance(payload, ev.Recover):
        return kind.value, "" if payload.down_s is None else str(payload.down_s)
    return kind.value, ""


__all__ = ["DayReport", "Mark", "SegmentLine", "SpeakerLine", "build_report", "events_in_one_domain"]

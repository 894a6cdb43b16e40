"""What the screens show at one moment: a frozen snapshot computed from the engine and the clocks.

Pure functions of the engine's state and a (monotonic, wall) reading, so the host window, the chair
view, alerts and reports all agree on the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from runner.core.agenda import Segment
from runner.core.engine import RunStatus, SegmentRun, SessionEngine
from runner.core.speakers import SlotStatus, SpeakerQueue


@dataclass(frozen=True)
class SpeakerView:
    """One name on a speakers' list as the chair sees it."""

    position: int
    name: str
    limit_s: float | None
    spoken_s: float
    status: SlotStatus

    @property
    def remaining_s(self) -> float | None:
        return None if self.limit_s is None else self.limit_s - self.spoken_s


@dataclass(frozen=True)
class SegmentView:
    """A row of the rundown: the plan, what happened, and where it is now projected to fall."""

    segment: Segment
    status: RunStatus
    actual_start: datetime | None
    actual_end: datetime | None
    projected_start: datetime | None
    projected_end: datetime | None
    adjust_s: float
    notes: tuple[str, ...]

    @property
    def index(self) -> int:
        return self.segment.index

    @property
    def actual_s(self) -> float | None:
        """Wall length from start to end, pauses included (what the audience lived through)."""
        if self.actual_start is None or self.actual_end is None:
            return None
        return (self.actual_end - self.actual_start).total_seconds()


@dataclass(frozen=True)
class Snapshot:
    """Everything a screen needs at one instant."""

    now: datetime
    current: int | None
    next: int | None
    elapsed_s: float
    allowed_s: float
    paused: bool
    finished: bool
    offset_s: float
    projected_end: datetime | None
    hard_stop: datetime | None
    segments: tuple[SegmentView, ...]
    speakers: tuple[SpeakerView, ...]

    @property
    def remaining_s(self) -> float:
        """Time left in the running segment; negative in overtime."""
        return self.allowed_s - self.elapsed_s

    @property
    def overtime(self) -> bool:
        return self.current is not None and self.remaining_s < 0

    @property
    def hard_stop_at_risk(self) -> bool:
        return self.hard_stop is not None and self.projected_end is not None and self.projected_end > self.hard_stop

    @property
    def current_speaker(self) -> SpeakerView | None:
        return next((s for s in self.speakers if s.status is SlotStatus.SPEAKING), None)

    def upcoming_speakers(self) -> list[SpeakerView]:
        return [
            s
            for s in self.speakers
            if s.status is SlotStatus.WAITING
            and (self.current_speaker is None or s.position > self.current_speaker.position)
        ]

    def view(self, index: int | None) -> SegmentView | None:
        return None if index is None else self.segments[index]


def take_snapshot(engine: SessionEngine) -> Snapshot:
    """Read both clocks once and derive every figure from that single reading."""
    mono, wall = engine.clock.monotonic(), engine.clock.now().astimezone(engine.zone)
    to_wall = lambda m: wall - timedelta(seconds=mono - m)
    run = engine.current_run
    cursor = wall + timedelta(seconds=max(run.remaining(mono), 0.0)) if run else wall
    views: list[SegmentView] = []
    for each in engine.runs:
        projected = _projection(engine, each, cursor, to_wall)
        if projected and each.status is RunStatus.NOT_STARTED:
            cursor = projected[1]
        views.append(_view(each, mono, to_wall, projected))
    return Snapshot(
        now=wall,
        current=engine.current,
        next=engine.next_index(),
        elapsed_s=run.active(mono) if run else 0.0,
        allowed_s=run.allowed if run else 0.0,
        paused=engine.paused,
        finished=engine.finished,
        offset_s=_offset(engine, views, wall),
        projected_end=_day_end(views),
        hard_stop=engine.day.hard_stop,
        segments=tuple(views),
        speakers=_speakers(run.speakers, run.active(mono)) if run else (),
    )


def _projection(engine: SessionEngine, run: SegmentRun, cursor: datetime, to_wall) -> tuple[datetime, datetime] | None:
    if run.status is RunStatus.RUNNING:
        return to_wall(run.started), cursor
    if run.status is not RunStatus.NOT_STARTED:
        return None
    if engine.current is not None and run.segment.index < engine.current:
        return None  # passed over by a jump; the host may come back to it, but the plan no longer waits
    start = max(run.segment.start, cursor)
    return start, start + run.segment.duration


def _view(run: SegmentRun, mono: float, to_wall, projected: tuple[datetime, datetime] | None) -> SegmentView:
    start = run.start_event.wall if run.start_event else None
    end = run.end_event.wall if run.end_event else None
    return SegmentView(
        segment=run.segment,
        status=run.status,
        actual_start=start,
        actual_end=end,
        projected_start=projected[0] if projected else None,
        projected_end=projected[1] if projected else None,
        adjust_s=run.adjust,
        notes=tuple(run.notes),
    )


def _offset(engine: SessionEngine, views: list[SegmentView], wall: datetime) -> float:
    """Seconds behind plan (positive) or ahead (negative) at the point the day has reached."""
    if engine.current is not None:
        view = views[engine.current]
        return (view.projected_end - view.segment.end).total_seconds()  # type: ignore[operator]
    upcoming = engine.next_index()
    if upcoming is not None and not engine.finished:
        return max(0.0, (wall - views[upcoming].segment.start).total_seconds())
    done = [v for v in views if v.actual_end is not None]
    if done:
        last = max(done, key=lambda v: v.actual_end)  # type: ignore[arg-type, return-value]
        return (last.actual_end - last.segment.end).total_seconds()  # type: ignore[operator]
    return 0.0


def _day_end(views: list[SegmentView]) -> datetime | None:
    ends = [v.projected_end for v in views if v.projected_end is not None]
    ends += [v.actual_end for v in views if v.actual_end is not None and v.status is RunStatus.DONE]
    return max(ends) if ends else None


def _speakers(queue: SpeakerQueue, active: float) -> tuple[SpeakerView, ...]:
    spoken = queue.spoken(active)
    return tuple(
        SpeakerView(i, slot.name, slot.limit, spoken[i], queue.status(i)) for i, slot in enumerate(queue.slots)
    )

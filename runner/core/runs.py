"""What happened to each segment of a running day: the engine's state, one `SegmentRun` a segment."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from runner.core.agenda import Segment
from runner.core.events import AlertKind, EngineEvent
from runner.core.speakers import SpeakerQueue, SpeakerSlot

# An intermission's warnings when the agenda gives none: this long before its end.
INTERMISSION_DEFAULTS_S = (120.0, 30.0)


class RunStatus(str, Enum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    DONE = "done"
    SKIPPED = "skipped"


@dataclass
class PointOfOrder:
    """One point of order, in the segment's active seconds; `delegation` the turn it interrupted."""

    start: float
    end: float | None = None
    delegation: str = ""


@dataclass
class SegmentRun:
    """What actually happened to one segment, in monotonic seconds."""

    segment: Segment
    status: RunStatus = RunStatus.NOT_STARTED
    started: float | None = None
    ended: float | None = None
    paused_total: float = 0.0
    paused_since: float | None = None
    adjust: float = 0.0
    start_event: EngineEvent | None = None
    end_event: EngineEvent | None = None
    notes: list[str] = field(default_factory=list)
    speakers: SpeakerQueue = field(default_factory=SpeakerQueue)
    # Alerts logged for this run of the segment, by planned key (a restart must not repeat them);
    # logs older than keys name only the kind: the newest such record per kind.
    alerted: set[str] = field(default_factory=set)
    alerted_kinds: dict[AlertKind, datetime] = field(default_factory=dict)
    # Points of order raised in this segment, in its active seconds: (start, end or None while open).
    points_of_order: list[PointOfOrder] = field(default_factory=list)
    # The seeds of the draws of lots that ordered this segment's floor, in order.
    draws: list[str] = field(default_factory=list)

    @property
    def point_of_order(self) -> bool:
        """A point of order is being heard: the speaker's clock stands still."""
        return bool(self.points_of_order) and self.points_of_order[-1].end is None

    def active(self, now: float) -> float:
        """Seconds the segment has run, pauses excluded."""
        if self.started is None:
            return 0.0
        until = self.ended if self.ended is not None else now
        return until - self.started - self.paused(now)

    def paused(self, now: float) -> float:
        """Seconds the segment has spent paused, up to its end (or `now` while it runs)."""
        if self.started is None:
            return 0.0
        until = self.ended if self.ended is not None else now
        return self.paused_total + ((until - self.paused_since) if self.paused_since is not None else 0.0)

    @property
    def allowed(self) -> float:
        """Planned length plus every minute the host added or removed."""
        return self.segment.duration.total_seconds() + self.adjust

    def remaining(self, now: float) -> float:
        """Negative once the segment runs over."""
        return self.allowed - self.active(now)

    def alert_offsets(self) -> tuple[float, ...]:
        """Seconds before the end at which the segment's own alerts come: its `alerts`; an
        intermission without any, 2 min and 30 s before its end, else half its length."""
        given = tuple(a.total_seconds() for a in self.segment.alerts)
        if given or not self.segment.is_pause:
            return given
        length = self.segment.duration.total_seconds()
        return tuple(o for o in INTERMISSION_DEFAULTS_S if o < length) or (length / 2,)

    @property
    def warning_from_s(self) -> float | None:
        """The time left from which the first of those alerts has come (the countdown's warning
        colour starts there at the latest, so colour and banner agree); None without any."""
        offsets = [o for o in self.alert_offsets() if 0 < o < self.allowed]
        return max(offsets) if offsets else None


def is_current_turn(queue: SpeakerQueue, position: int, active: float) -> bool:
    """The record of a turn the segment's start already opened (logs before it have none)."""
    current = queue.current
    return current is not None and queue.position == position and current.start_active == active


def new_run(segment: Segment) -> SegmentRun:
    default = segment.speaker_limit.total_seconds() if segment.speaker_limit else None
    slots = [
        SpeakerSlot(
            s.name,
            s.limit.total_seconds() if s.limit else default,
            delegation=s.delegation,
            category=s.category,
            speaker=s.speaker,
            rank=s.rank,
        )
        for s in segment.speakers
    ]
    return SegmentRun(segment=segment, speakers=SpeakerQueue(slots))


def reset_run(run: SegmentRun) -> None:
    """A segment whose start was a mistake goes back to waiting, as if never started."""
    fresh = new_run(run.segment)
    fresh.speakers.slots = run.speakers.slots
    fresh.notes = run.notes
    fresh.draws = run.draws  # the list keeps its drawn order, and the draw stays on record
    run.__dict__.update(fresh.__dict__)

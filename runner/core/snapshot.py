"""What the screens show at one moment: a frozen snapshot computed from the engine and the clocks.

Pure functions of the engine's state and a (monotonic, wall) reading; every projected time comes
from `runner.core.projection.project`, so the host window, the chair view, the live views, alerts
and reports all agree on the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from runner.core.agenda import Segment
from runner.core.deferred import deferred
from runner.core.delegations import floor_label
from runner.core.engine import SessionEngine
from runner.core.i18n import speaking
from runner.core.projection import project
from runner.core.runs import RunStatus, SegmentRun
from runner.core.speakers import SlotStatus, SpeakerQueue

if TYPE_CHECKING:
    from runner.core import offer_timing
    from runner.core.recovery_plan import RecoveryPlan
else:  # lazy seam, the recovery planner: loaded the first time the hard stop is at risk, not at
    # every start (a day on time never needs it; the host window's first frame should not wait)
    offer_timing = deferred("runner.core.offer_timing")


# Slots: a floor's report makes one (as its `SpeakerLine`) for every name of every list.
@dataclass(frozen=True, slots=True)
class SpeakerView:
    """One name on a speakers' list as the chair sees it (and as the report prints it:
    `runner.core.report_data.SpeakerLine`, which adds whether the host added it live)."""

    position: int
    name: str
    limit_s: float | None
    spoken_s: float
    status: SlotStatus
    # On a floor: the delegation as written, its category, the person named, the reply (1, 2) or 0.
    delegation: str = ""
    category: str = ""
    speaker: str = ""
    reply: int = 0
    rank: str = ""  # as the agenda or the host gave it (runner.core.floor_order.RANKS), else ""

    def label(self, language: str) -> str:
        """The name a screen shows: a delegation's in `language` (with its speaker), else the name."""
        if not self.delegation:
            return self.name
        return floor_label(self.delegation, self.speaker, language)

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
    inserted: bool = False  # added live: no printed start of its own (its `segment.start` is where it was put)

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
    message: str = ""  # the text on the chair's screen
    held: frozenset[int] = frozenset()  # segments that will not start by themselves
    auto_start: bool = False  # the day starts its segments by the wall clock
    recovery_plan: RecoveryPlan | None = None  # the recovery plan on offer while the hard stop is at risk
    point_of_order: bool = False  # a point of order is being heard: the speaker's clock stands still
    floor: bool = False  # the running segment has a floor (a speakers' list by delegation)
    # The time left from which the running segment's first alert has come ("ends in 2 min"): the
    # countdown is in its warning colour from there at the latest. None: no alert of its own.
    warning_from_s: float | None = None

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

    @property
    def recovery(self) -> str:
        """The recovery plan on offer in one line (for the chair's views); empty when none is."""
        return self.recovery_plan.summary() if self.recovery_plan is not None else ""

    def recovery_in(self, language: str) -> str:
        """`recovery` in `language`: for a chair who reads another language than the host's."""
        if self.recovery_plan is None:
            return ""
        with speaking(language):
            return self.recovery_plan.summary()

    @property
    def next_start(self) -> datetime | None:
        """When the next segment is projected to start (the one projection's answer)."""
        view = self.view(self.next)
        return None if view is None else view.projected_start

    def view(self, index: int | None) -> SegmentView | None:
        return None if index is None else self.segments[index]


def take_snapshot(engine: SessionEngine) -> Snapshot:
    """Read both clocks once and derive every figure from that single reading."""
    mono, wall = engine.clock.monotonic(), engine.clock.now()
    plan = project(engine, mono, wall)
    run = engine.current_run
    origins = engine.origins
    views = tuple(
        _view(each, plan.starts[i], plan.ends[i], inserted=origins[i] is None) for i, each in enumerate(engine.runs)
    )
    return Snapshot(
        now=plan.now,
        current=engine.current,
        next=plan.next,
        elapsed_s=run.active(mono) if run else 0.0,
        allowed_s=run.allowed if run else 0.0,
        paused=engine.paused,
        finished=engine.finished,
        offset_s=_offset(engine, views, plan.now),
        projected_end=plan.day_end,
        hard_stop=plan.hard_stop,
        segments=views,
        speakers=_speakers(run.speakers, run.active(mono)) if run else (),
        message=engine.chair_message,
        held=frozenset(engine.held),
        auto_start=engine.day.auto_start,
        recovery_plan=_standing_plan(engine, mono, wall) if plan.hard_stop_at_risk and not engine.finished else None,
        point_of_order=run.point_of_order if run else False,
        floor=run is not None and run.segment.floor is not None,
        warning_from_s=run.warning_from_s if run else None,
    )


def _standing_plan(engine: SessionEngine, mono: float, wall: datetime) -> RecoveryPlan | None:
    return offer_timing.standing_plan(engine, mono, wall)


def _view(run: SegmentRun, start: datetime | None, end: datetime | None, inserted: bool) -> SegmentView:
    return SegmentView(
        segment=run.segment,
        status=run.status,
        actual_start=run.start_event.wall if run.start_event else None,
        actual_end=run.end_event.wall if run.end_event else None,
        projected_start=start,
        projected_end=end,
        adjust_s=run.adjust,
        notes=tuple(run.notes),
        inserted=inserted,
    )


def _offset(engine: SessionEngine, views: tuple[SegmentView, ...], wall: datetime) -> float:
    """Seconds behind plan (positive) or ahead (negative) at the point the day has reached."""
    if engine.current is not None:
        view = views[engine.current]
        assert view.projected_end is not None
        return (view.projected_end - view.segment.end).total_seconds()
    upcoming = engine.next_index()
    if upcoming is not None and not engine.finished:
        # From the projection: late by the clock once the day has started, never before.
        view = views[upcoming]
        start = view.projected_start or wall
        return max(0.0, (start - view.segment.start).total_seconds())
    ended = [(v.actual_end, v) for v in views if v.actual_end is not None]
    if ended:
        when, last = max(ended, key=lambda pair: pair[0])
        return (when - last.segment.end).total_seconds()
    return 0.0


def _speakers(queue: SpeakerQueue, active: float) -> tuple[SpeakerView, ...]:
    spoken, statuses = queue.spoken(active), queue.statuses()
    return tuple(
        SpeakerView(
            i,
            slot.name,
            slot.limit,
            spoken[i],
            statuses[i],
            slot.delegation,
            slot.category,
            slot.speaker,
            slot.reply,
            slot.rank,
        )
        for i, slot in enumerate(queue.slots)
    )

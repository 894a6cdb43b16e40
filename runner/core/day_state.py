"""The state of a running day: what the fold of its events makes, and what readers read.

`DayState` holds it; `runner.core.engine_fold.apply_event` is the only code that changes it, and
`SessionEngine` (runner.core.engine) the only one that calls the fold. Readers (the projection,
the alerts, the snapshots, the report) take a `DayView`: the state, or the engine that shows its
state, read-only either way. This module imports neither the engine nor the fold, so the engine,
the fold, the live edits and the projection form a line, not a circle.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from runner.core.agenda import Day
from runner.core.events import AlertKind, EngineEvent
from runner.core.runs import RunStatus, SegmentRun, new_run


class DayView(Protocol):
    """What a reader may see of a running day (a `DayState`, or the engine over one)."""

    @property
    def day(self) -> Day: ...
    @property
    def printed_day(self) -> Day: ...
    @property
    def zone(self) -> ZoneInfo: ...
    @property
    def runs(self) -> Sequence[SegmentRun]: ...
    @property
    def current(self) -> int | None: ...
    @property
    def finished(self) -> bool: ...
    @property
    def held(self) -> set[int]: ...
    @property
    def origins(self) -> Sequence[int | None]: ...
    @property
    def current_run(self) -> SegmentRun | None: ...
    def next_index(self) -> int | None: ...


@dataclass(eq=False)
class DayState:
    """A day's state after some events. Mutable for speed (a fold that copied every run per event
    made a long day's replay quadratic), but changed only by `engine_fold.apply_event`."""

    day: Day  # the day as live edits changed it
    printed_day: Day  # the day as printed
    zone: ZoneInfo
    runs: list[SegmentRun]
    current: int | None = None
    finished: bool = False
    day_notes: list[str] = field(default_factory=list)
    held: set[int] = field(default_factory=set)  # segments that will not start by themselves (H)
    chair_message: str = ""  # the text on the chair's screen
    day_alerted: set[str] = field(default_factory=set)  # keys of day-wide alerts logged (the hard stop)
    day_alerted_kinds: dict[AlertKind, datetime] = field(default_factory=dict)
    origins: list[int | None] = field(default_factory=list)  # printed index; None: inserted live
    offers: list[EngineEvent] = field(default_factory=list)  # the recovery plans offered, oldest first
    dismissed: set[int] = field(default_factory=set)  # numbers of the plans the host set aside
    # Numbers (1-based, the log's seq) of the events an undo took out of the day, and of the
    # undos a redo cancelled (runner.core.reversal).
    undone: set[int] = field(default_factory=set)
    cancelled: set[int] = field(default_factory=set)
    # Notes, messages and recoveries an undo moved: event number -> the segment running when they
    # were made in the day as corrected (None: none was), where it is not the one they were logged on.
    placed: dict[int, int | None] = field(default_factory=dict)

    @classmethod
    def before_any_event(cls, day: Day) -> DayState:
        """The state of `day` as printed, before anything happened."""
        runs = [new_run(segment) for segment in day.segments]
        return cls(day, day, ZoneInfo(day.timezone), runs, origins=list(range(len(runs))))

    @property
    def current_run(self) -> SegmentRun | None:
        return None if self.current is None else self.runs[self.current]

    @property
    def started(self) -> bool:
        return any(run.started is not None for run in self.runs)

    @property
    def paused(self) -> bool:
        run = self.current_run
        return run is not None and run.paused_since is not None

    def next_index(self) -> int | None:
        """The segment Space would start: the first not started after the current one."""
        after = -1 if self.current is None else self.current
        # Stop at the first match: Space and every snapshot ask, and a full scan per press made a
        # day of thousands of segments quadratic.
        later = self._first_not_started(after + 1)
        if later is not None:
            return later
        if self.current is None and not self.finished:
            return self._first_not_started(0)
        return None

    def _first_not_started(self, begin: int) -> int | None:
        for index in range(begin, len(self.runs)):
            if self.runs[index].status is RunStatus.NOT_STARTED:
                return self.runs[index].segment.index
        return None

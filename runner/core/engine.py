"""The session engine: a state machine over an injectable clock that runs one day live.

Every host action becomes an `EngineEvent`; `_apply` folds it into the state. Live actions and
crash recovery go through the same fold, so a replayed log gives exactly the state it recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from runner.core import events as ev
from runner.core.agenda import Day, Segment
from runner.core.clock import Clock
from runner.core.events import EngineEvent
from runner.core.speakers import SpeakerQueue, SpeakerSlot, Turn

Listener = Callable[[EngineEvent], None]


class EngineError(Exception):
    """An action that makes no sense now (pause with nothing running, back at the first segment)."""


class RunStatus(str, Enum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    DONE = "done"
    SKIPPED = "skipped"


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


class SessionEngine:
    """Runs one `Day`: start, next, back, pause, adjust, skip, jump, speakers, notes, end of day."""

    def __init__(self, day: Day, clock: Clock) -> None:
        self.day = day
        self.clock = clock
        self.zone = ZoneInfo(day.timezone)
        self.runs = [_new_run(segment) for segment in day.segments]
        self.current: int | None = None
        self.finished = False
        self.events: list[EngineEvent] = []
        self.day_notes: list[str] = []
        self._listeners: list[Listener] = []

    # -- observation -------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` after every event; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

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

    # -- host actions --------------------------------------------------------------------------
    def advance(self) -> None:
        """Space: start the first segment, or end the current one and start the next."""
        target = self.next_index()
        if target is None:
            if self.current is None:
                raise EngineError("the day is over" if self.finished else "nothing left to start")
            self.end_day()
            return
        self.start(target)

    def start(self, index: int) -> None:
        """Start a segment now (ending the running one): also how the host jumps."""
        run = self._run(index)
        if run.status is RunStatus.RUNNING:
            raise EngineError(f"'{run.segment.title}' is already running")
        if run.status is RunStatus.DONE:
            raise EngineError(f"'{run.segment.title}' is over; use Back to reopen the last one")
        self._end_current("next")
        self._emit(ev.START, index)
        turn = run.speakers.current
        if turn is not None:
            # The first turn opens with the segment; its own record makes the log list every turn.
            self._emit(
                ev.SPEAKER, index, {"action": "turn", "position": 0, "name": turn.slot.name, "limit_s": turn.slot.limit}
            )

    def back(self) -> None:
        """Undo the last Space: the running segment goes back to waiting, the previous one resumes."""
        done = [r for r in self.runs if r.status is RunStatus.DONE]
        if not done:
            raise EngineError("there is no earlier segment to go back to")
        previous = max(done, key=lambda r: r.ended or 0.0)
        self._emit(ev.BACK, previous.segment.index, {"from": self.current})

    def toggle_pause(self) -> None:
        if self.paused:
            self.resume()
        else:
            self.pause()

    def pause(self) -> None:
        run = self._require_running()
        if run.paused_since is not None:
            raise EngineError("already paused")
        self._emit(ev.PAUSE, run.segment.index)

    def resume(self) -> None:
        run = self._require_running()
        if run.paused_since is None:
            raise EngineError("not paused")
        self._emit(ev.RESUME, run.segment.index)

    def adjust(self, seconds: float) -> None:
        """Add (positive) or remove (negative) time from the running segment."""
        run = self._require_running()
        if run.allowed + seconds <= 0:
            raise EngineError("cannot remove more time than the segment has")
        self._emit(ev.ADJUST, run.segment.index, {"seconds": float(seconds)})

    def skip(self, index: int | None = None) -> None:
        """Mark an upcoming segment as skipped, or bring a skipped one back."""
        target = self.next_index() if index is None else index
        if target is None:
            raise EngineError("no upcoming segment to skip")
        run = self._run(target)
        if run.status not in (RunStatus.NOT_STARTED, RunStatus.SKIPPED):
            raise EngineError(f"'{run.segment.title}' has already run")
        self._emit(ev.SKIP, target, {"skipped": run.status is RunStatus.NOT_STARTED})

    def end_day(self) -> None:
        """End the running segment and close the day; what never ran stays not started."""
        if self.finished:
            raise EngineError("the day is already over")
        self._end_current("end_day")
        self._emit(ev.DAY_END, None)

    def add_note(self, text: str) -> None:
        """A host's note against the running segment (or the day when none runs)."""
        if text.strip():
            self._emit(ev.NOTE, self.current, {"text": text.strip()})

    def record_alert(self, kind: str, message: str, segment: int | None = None) -> None:
        """Alerts are part of the record, so the report can say who was warned and when."""
        self._emit(ev.ALERT, self.current if segment is None else segment, {"kind": kind, "message": message})

    # -- speakers ------------------------------------------------------------------------------
    def next_speaker(self) -> None:
        """Right: give the floor to the next waiting speaker (or close the last turn)."""
        run = self._require_running()
        upcoming = run.speakers.upcoming()
        if not upcoming and run.speakers.current is None:
            raise EngineError("no speaker is waiting")
        if upcoming:
            slot = run.speakers.slots[upcoming[0]]
            self._emit(
                ev.SPEAKER,
                run.segment.index,
                {"action": "turn", "position": upcoming[0], "name": slot.name, "limit_s": slot.limit},
            )
        else:
            self._emit(ev.SPEAKER, run.segment.index, {"action": "done"})

    def previous_speaker(self) -> None:
        run = self._require_running()
        if not run.speakers.turns:
            raise EngineError("no earlier speaker")
        self._emit(ev.SPEAKER, run.segment.index, {"action": "back"})

    def skip_speaker(self, position: int | None = None) -> None:
        """Skip the next waiting speaker (absent), or bring a skipped one back."""
        run = self._require_running()
        upcoming = run.speakers.upcoming()
        target = position if position is not None else (upcoming[0] if upcoming else None)
        if target is None or not 0 <= target < len(run.speakers.slots):
            raise EngineError("no speaker to skip")
        self._emit(
            ev.SPEAKER,
            run.segment.index,
            {"action": "skip", "position": target, "skipped": not run.speakers.slots[target].skipped},
        )

    def add_speaker(self, name: str, limit: float | None = None) -> None:
        """Audience statements are not known in advance: add a name at the end of the queue."""
        run = self._require_running()
        if not name.strip():
            raise EngineError("a speaker needs a name")
        default = run.segment.speaker_limit.total_seconds() if run.segment.speaker_limit else None
        self._emit(
            ev.SPEAKER,
            run.segment.index,
            {"action": "add", "name": name.strip(), "limit_s": limit if limit is not None else default},
        )

    def move_speaker(self, source: int, target: int) -> None:
        run = self._require_running()
        try:
            SpeakerQueue(list(run.speakers.slots), run.speakers.position, list(run.speakers.turns)).move(source, target)
        except ValueError as exc:
            raise EngineError(str(exc)) from None
        self._emit(ev.SPEAKER, run.segment.index, {"action": "move", "from": source, "to": target})

    # -- replay --------------------------------------------------------------------------------
    def replay(self, events: Iterable[EngineEvent]) -> None:
        """Rebuild state from recorded events (their `mono` already in this clock's domain)."""
        for event in events:
            self._apply(event)
            self.events.append(event)

    def mark_recovered(self, data: dict[str, Any] | None = None) -> None:
        self._emit(ev.RECOVER, self.current, data or {})

    # -- internals -----------------------------------------------------------------------------
    def _run(self, index: int) -> SegmentRun:
        if not 0 <= index < len(self.runs):
            raise EngineError(f"there is no segment {index + 1}")
        return self.runs[index]

    def _require_running(self) -> SegmentRun:
        run = self.current_run
        if run is None:
            raise EngineError("no segment is running")
        return run

    def _end_current(self, reason: str) -> None:
        if self.current is not None:
            self._emit(ev.END, self.current, {"reason": reason})

    def _emit(self, kind: str, segment: int | None, data: dict[str, Any] | None = None) -> None:
        # Records read in the agenda's zone: a chair compares them with the printed programme.
        event = EngineEvent(kind, segment, self.clock.monotonic(), self.clock.now().astimezone(self.zone), data or {})
        self._apply(event)
        self.events.append(event)
        for listener in list(self._listeners):
            listener(event)

    def _apply(self, event: EngineEvent) -> None:
        handler = _HANDLERS.get(event.type)
        if handler is not None:
            handler(self, event)

    def _on_start(self, event: EngineEvent) -> None:
        run = self.runs[event.segment]  # type: ignore[index]
        run.status, run.started, run.ended, run.start_event = RunStatus.RUNNING, event.mono, None, event
        self.current, self.finished = run.segment.index, False
        if run.speakers.slots and not run.speakers.turns:
            run.speakers.open_turn(0, 0.0)

    def _on_end(self, event: EngineEvent) -> None:
        run = self.runs[event.segment]  # type: ignore[index]
        if run.paused_since is not None:
            run.paused_total += event.mono - run.paused_since
            run.paused_since = None
        run.speakers.close_turn(run.active(event.mono), by_segment_end=True)
        run.status, run.ended, run.end_event = RunStatus.DONE, event.mono, event
        self.current = None

    def _on_back(self, event: EngineEvent) -> None:
        if self.current is not None:
            _reset(self.runs[self.current])
        run = self.runs[event.segment]  # type: ignore[index]
        # The time since it ended still belongs to it: the host pressed Space too early.
        run.status, run.ended, run.end_event = RunStatus.RUNNING, None, None
        run.speakers.reopen_after_segment()
        self.current, self.finished = run.segment.index, False

    def _on_pause(self, event: EngineEvent) -> None:
        self.runs[event.segment].paused_since = event.mono  # type: ignore[index]

    def _on_resume(self, event: EngineEvent) -> None:
        run = self.runs[event.segment]  # type: ignore[index]
        if run.paused_since is not None:
            run.paused_total += event.mono - run.paused_since
        run.paused_since = None

    def _on_adjust(self, event: EngineEvent) -> None:
        self.runs[event.segment].adjust += float(event.data["seconds"])  # type: ignore[index]

    def _on_skip(self, event: EngineEvent) -> None:
        run = self.runs[event.segment]  # type: ignore[index]
        run.status = RunStatus.SKIPPED if event.data.get("skipped", True) else RunStatus.NOT_STARTED

    def _on_day_end(self, event: EngineEvent) -> None:
        self.current, self.finished = None, True

    def _on_note(self, event: EngineEvent) -> None:
        notes = self.day_notes if event.segment is None else self.runs[event.segment].notes
        notes.append(str(event.data.get("text", "")))

    def _on_speaker(self, event: EngineEvent) -> None:
        run = self.runs[event.segment]  # type: ignore[index]
        queue, data, active = run.speakers, event.data, run.active(event.mono)
        action = data.get("action")
        if action == "turn":
            if not _is_current_turn(queue, int(data["position"]), active):
                queue.open_turn(int(data["position"]), active)
        elif action == "done":
            queue.close_turn(active)
        elif action == "back":
            queue.reopen_previous()
        elif action == "skip":
            queue.slots[int(data["position"])].skipped = bool(data.get("skipped", True))
        elif action == "add":
            queue.slots.append(SpeakerSlot(str(data["name"]), data.get("limit_s"), added=True))
        elif action == "move":
            queue.move(int(data["from"]), int(data["to"]))


_HANDLERS: dict[str, Callable[[SessionEngine, EngineEvent], None]] = {
    ev.START: SessionEngine._on_start,
    ev.END: SessionEngine._on_end,
    ev.BACK: SessionEngine._on_back,
    ev.PAUSE: SessionEngine._on_pause,
    ev.RESUME: SessionEngine._on_resume,
    ev.ADJUST: SessionEngine._on_adjust,
    ev.SKIP: SessionEngine._on_skip,
    ev.DAY_END: SessionEngine._on_day_end,
    ev.NOTE: SessionEngine._on_note,
    ev.SPEAKER: SessionEngine._on_speaker,
}


def _is_current_turn(queue: SpeakerQueue, position: int, active: float) -> bool:
    """The record of a turn the segment's start already opened (logs before it have none)."""
    current = queue.current
    return current is not None and queue.position == position and current.start_active == active


def _new_run(segment: Segment) -> SegmentRun:
    default = segment.speaker_limit.total_seconds() if segment.speaker_limit else None
    slots = [SpeakerSlot(s.name, s.limit.total_seconds() if s.limit else default) for s in segment.speakers]
    return SegmentRun(segment=segment, speakers=SpeakerQueue(slots))


def _reset(run: SegmentRun) -> None:
    """A segment whose start was a mistake goes back to waiting, as if never started."""
    fresh = _new_run(run.segment)
    fresh.speakers.slots = run.speakers.slots
    fresh.notes = run.notes
    run.__dict__.update(fresh.__dict__)


__all__ = ["EngineError", "RunStatus", "SegmentRun", "SessionEngine", "Turn"]

"""The fold: how each event changes a `SessionEngine`'s state, one handler per event type.

Live actions and crash recovery both come through `apply_event`, so a replayed log gives exactly
the state it recorded: holds, the chair's message and the alerts already fired included.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from runner.core import events as ev
from runner.core.events import AlertKind, EngineEvent, EventType, SpeakerAction
from runner.core.live_edits import apply_edit
from runner.core.runs import RunStatus, SegmentRun, is_current_turn, reset_run
from runner.core.speakers import SpeakerSlot

if TYPE_CHECKING:
    from runner.core.engine import SessionEngine

_T = TypeVar("_T")


def apply_event(engine: SessionEngine, event: EngineEvent) -> None:
    _HANDLERS[event.type](engine, event)


def _run(engine: SessionEngine, event: EngineEvent) -> SegmentRun:
    if event.segment is None:
        raise ValueError(f"a '{event.type}' event needs a segment")
    return engine.runs[event.segment]


def _on_start(engine: SessionEngine, event: EngineEvent) -> None:
    run = _run(engine, event)
    run.status, run.started, run.ended, run.start_event = RunStatus.RUNNING, event.mono, None, event
    run.alerted.clear()
    run.alerted_kinds.clear()
    engine.current, engine.finished = run.segment.index, False
    engine.held.discard(run.segment.index)
    if run.speakers.slots and not run.speakers.turns:
        run.speakers.open_turn(0, 0.0)


def _on_end(engine: SessionEngine, event: EngineEvent) -> None:
    run = _run(engine, event)
    if run.paused_since is not None:
        run.paused_total += event.mono - run.paused_since
        run.paused_since = None
    run.speakers.close_turn(run.active(event.mono), by_segment_end=True)
    run.status, run.ended, run.end_event = RunStatus.DONE, event.mono, event
    engine.current = None


def _on_back(engine: SessionEngine, event: EngineEvent) -> None:
    if engine.current is not None:
        reset_run(engine.runs[engine.current])
        if engine.day.auto_start:
            # A start the host took back does not happen again by itself: it waits for Space.
            engine.held.add(engine.current)
    run = _run(engine, event)
    # The time since it ended still belongs to it: the host pressed Space too early.
    run.status, run.ended, run.end_event = RunStatus.RUNNING, None, None
    run.alerted.clear()
    run.alerted_kinds.clear()
    run.speakers.reopen_after_segment()
    engine.current, engine.finished = run.segment.index, False


def _on_pause(engine: SessionEngine, event: EngineEvent) -> None:
    _run(engine, event).paused_since = event.mono


def _on_resume(engine: SessionEngine, event: EngineEvent) -> None:
    run = _run(engine, event)
    if run.paused_since is not None:
        run.paused_total += event.mono - run.paused_since
    run.paused_since = None


def _on_adjust(engine: SessionEngine, event: EngineEvent) -> None:
    payload = event.payload
    assert isinstance(payload, ev.Adjust)
    _run(engine, event).adjust += payload.seconds


def _on_skip(engine: SessionEngine, event: EngineEvent) -> None:
    payload = event.payload
    assert isinstance(payload, ev.Skip)
    _run(engine, event).status = RunStatus.SKIPPED if payload.skipped else RunStatus.NOT_STARTED


def _on_day_end(engine: SessionEngine, event: EngineEvent) -> None:
    engine.current, engine.finished = None, True


def _on_note(engine: SessionEngine, event: EngineEvent) -> None:
    payload = event.payload
    assert isinstance(payload, ev.Note)
    notes = engine.day_notes if event.segment is None else engine.runs[event.segment].notes
    notes.append(payload.text)


def _on_alert(engine: SessionEngine, event: EngineEvent) -> None:
    payload = event.payload
    assert isinstance(payload, ev.Alert)
    # Day-wide alerts (the hard stop) are recorded against the running segment, as the report
    # shows them, but belong to the day: they outlive that segment's run.
    day_wide = event.segment is None or payload.kind is AlertKind.HARD_STOP
    run = None if day_wide else engine.runs[event.segment]  # type: ignore[index]
    keys = engine.day_alerted if run is None else run.alerted
    kinds = engine.day_alerted_kinds if run is None else run.alerted_kinds
    if payload.key is not None:
        keys.add(payload.key)
    else:
        kinds[payload.kind] = event.wall


def _on_hold(engine: SessionEngine, event: EngineEvent) -> None:
    engine.held.add(_run(engine, event).segment.index)


def _on_release(engine: SessionEngine, event: EngineEvent) -> None:
    engine.held.discard(_run(engine, event).segment.index)


def _on_message(engine: SessionEngine, event: EngineEvent) -> None:
    payload = event.payload
    assert isinstance(payload, ev.Message)
    engine.chair_message = payload.text


def _on_offer(engine: SessionEngine, event: EngineEvent) -> None:
    assert isinstance(event.payload, ev.Offer)
    engine.offers.append(event)


def _on_dismiss(engine: SessionEngine, event: EngineEvent) -> None:
    assert isinstance(event.payload, ev.Dismiss)
    engine.dismissed.add(event.payload.number)


def _on_nothing(engine: SessionEngine, event: EngineEvent) -> None:
    """A record that changes no state (a recovery mark)."""


def _on_speaker(engine: SessionEngine, event: EngineEvent) -> None:
    run, change = _run(engine, event), event.payload
    assert isinstance(change, ev.SpeakerChange)
    queue, active = run.speakers, run.active(event.mono)
    if change.action is SpeakerAction.TURN:
        position = int(_given(change.position))
        if not is_current_turn(queue, position, active):
            queue.open_turn(position, active)
    elif change.action is SpeakerAction.DONE:
        queue.close_turn(active)
    elif change.action is SpeakerAction.BACK:
        queue.reopen_previous()
    elif change.action is SpeakerAction.SKIP:
        queue.slots[int(_given(change.position))].skipped = change.skipped is not False
    elif change.action is SpeakerAction.ADD:
        queue.slots.append(SpeakerSlot(str(_given(change.name)), change.limit_s, added=True))
    elif change.action is SpeakerAction.MOVE:
        queue.move(int(_given(change.source)), int(_given(change.target)))


def _given(value: _T | None) -> _T:
    """A detail the record must hold; a damaged log's missing one is a `KeyError` for the replay."""
    if value is None:
        raise KeyError("a speaker record lacks a detail")
    return value


_HANDLERS: dict[EventType, Callable[[SessionEngine, EngineEvent], None]] = {
    EventType.START: _on_start,
    EventType.END: _on_end,
    EventType.BACK: _on_back,
    EventType.PAUSE: _on_pause,
    EventType.RESUME: _on_resume,
    EventType.ADJUST: _on_adjust,
    EventType.SKIP: _on_skip,
    EventType.DAY_END: _on_day_end,
    EventType.NOTE: _on_note,
    EventType.SPEAKER: _on_speaker,
    EventType.ALERT: _on_alert,
    EventType.RECOVER: _on_nothing,
    EventType.HOLD: _on_hold,
    EventType.RELEASE: _on_release,
    EventType.MESSAGE: _on_message,
    EventType.EDIT: apply_edit,
    EventType.OFFER: _on_offer,
    EventType.DISMISS: _on_dismiss,
}

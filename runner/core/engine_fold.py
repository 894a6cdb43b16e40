"""The fold: how each event changes a day's state (`DayState`), one handler per event type.

`apply_event(state, event)` returns the state after the event; it knows nothing of the state.
Live actions and crash recovery both come through it, so a replayed log gives exactly the state
it recorded: holds, the chair's message and the alerts already fired included. It updates the
state it is given in place and returns it (copying every run per event would make a replay
quadratic); the engine is its only caller and owns the state it folds into.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from runner.core import events as ev
from runner.core.day_state import DayState
from runner.core.edit_fold import apply_edit
from runner.core.events import AlertKind, EngineEvent, EventType, SpeakerAction
from runner.core.runs import PointOfOrder, RunStatus, SegmentRun, is_current_turn, reset_run
from runner.core.speakers import SpeakerSlot

_T = TypeVar("_T")


def apply_event(state: DayState, event: EngineEvent) -> DayState:
    """The state after `event`."""
    _HANDLERS[event.type](state, event)
    return state


def _run(state: DayState, event: EngineEvent) -> SegmentRun:
    if event.segment is None:
        raise ValueError(f"a '{event.type}' event needs a segment")
    return state.runs[event.segment]


def _on_start(state: DayState, event: EngineEvent) -> None:
    run = _run(state, event)
    run.status, run.started, run.ended, run.start_event = RunStatus.RUNNING, event.mono, None, event
    run.alerted.clear()
    run.alerted_kinds.clear()
    state.current, state.finished = run.segment.index, False
    state.held.discard(run.segment.index)
    if run.speakers.slots and not run.speakers.turns:
        run.speakers.open_turn(0, 0.0)


def _on_end(state: DayState, event: EngineEvent) -> None:
    run = _run(state, event)
    if run.paused_since is not None:
        run.paused_total += event.mono - run.paused_since
        run.paused_since = None
    run.speakers.close_turn(run.active(event.mono), by_segment_end=True)
    run.status, run.ended, run.end_event = RunStatus.DONE, event.mono, event
    state.current = None


def _on_back(state: DayState, event: EngineEvent) -> None:
    if state.current is not None:
        reset_run(state.runs[state.current])
        if state.day.auto_start:
            # A start the host took back does not happen again by itself: it waits for Space.
            state.held.add(state.current)
    run = _run(state, event)
    # The time since it ended still belongs to it: the host pressed Space too early.
    run.status, run.ended, run.end_event = RunStatus.RUNNING, None, None
    run.alerted.clear()
    run.alerted_kinds.clear()
    run.speakers.reopen_after_segment()
    state.current, state.finished = run.segment.index, False


def _on_pause(state: DayState, event: EngineEvent) -> None:
    _run(state, event).paused_since = event.mono


def _on_resume(state: DayState, event: EngineEvent) -> None:
    run = _run(state, event)
    if run.paused_since is not None:
        run.paused_total += event.mono - run.paused_since
    run.paused_since = None


def _on_adjust(state: DayState, event: EngineEvent) -> None:
    payload = event.payload
    assert isinstance(payload, ev.Adjust)
    _run(state, event).adjust += payload.seconds


def _on_skip(state: DayState, event: EngineEvent) -> None:
    payload = event.payload
    assert isinstance(payload, ev.Skip)
    _run(state, event).status = RunStatus.SKIPPED if payload.skipped else RunStatus.NOT_STARTED


def _on_day_end(state: DayState, event: EngineEvent) -> None:
    state.current, state.finished = None, True


def _on_note(state: DayState, event: EngineEvent) -> None:
    payload = event.payload
    assert isinstance(payload, ev.Note)
    notes = state.day_notes if event.segment is None else state.runs[event.segment].notes
    notes.append(payload.text)


def _on_alert(state: DayState, event: EngineEvent) -> None:
    payload = event.payload
    assert isinstance(payload, ev.Alert)
    # Day-wide alerts (the hard stop) are recorded against the running segment, as the report
    # shows them, but belong to the day: they outlive that segment's run.
    day_wide = event.segment is None or payload.kind is AlertKind.HARD_STOP
    run = None if day_wide else state.runs[event.segment]  # type: ignore[index]
    keys = state.day_alerted if run is None else run.alerted
    kinds = state.day_alerted_kinds if run is None else run.alerted_kinds
    if payload.key is not None:
        keys.add(payload.key)
    else:
        kinds[payload.kind] = event.wall


def _on_hold(state: DayState, event: EngineEvent) -> None:
    state.held.add(_run(state, event).segment.index)


def _on_release(state: DayState, event: EngineEvent) -> None:
    state.held.discard(_run(state, event).segment.index)


def _on_message(state: DayState, event: EngineEvent) -> None:
    payload = event.payload
    assert isinstance(payload, ev.Message)
    state.chair_message = payload.text


def _on_offer(state: DayState, event: EngineEvent) -> None:
    assert isinstance(event.payload, ev.Offer)
    state.offers.append(event)


def _on_dismiss(state: DayState, event: EngineEvent) -> None:
    assert isinstance(event.payload, ev.Dismiss)
    state.dismissed.add(event.payload.number)


def _on_nothing(state: DayState, event: EngineEvent) -> None:
    """A record that changes no state (a recovery mark)."""


def _on_speaker(state: DayState, event: EngineEvent) -> None:
    run, change = _run(state, event), event.payload
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
        slot = SpeakerSlot(str(_given(change.name)), change.limit_s, added=True)
        slot.delegation, slot.category = change.delegation or "", change.category or ""
        slot.rank, slot.speaker = change.rank or "", change.speaker or ""
        if change.position is None:
            queue.add(slot)
        else:  # placed by rank (protocol order): where the record says
            queue.slots.insert(change.position, slot)
    elif change.action is SpeakerAction.MOVE:
        queue.move(int(_given(change.source)), int(_given(change.target)))
    elif change.action is SpeakerAction.STRIKE:
        queue.strike(int(_given(change.position)))


def _on_point_of_order(state: DayState, event: EngineEvent) -> None:
    assert isinstance(event.payload, ev.PointOfOrder)
    run = _run(state, event)
    active = run.active(event.mono)
    run.points_of_order.append(PointOfOrder(active, None, event.payload.delegation or ""))
    turn = run.speakers.current
    if turn is not None and turn.order_since is None:
        turn.order_since = active


def _on_point_of_order_end(state: DayState, event: EngineEvent) -> None:
    run = _run(state, event)
    active = run.active(event.mono)
    if run.point_of_order:
        run.points_of_order[-1].end = active
    turn = run.speakers.current
    if turn is not None and turn.order_since is not None:
        turn.order_total += active - turn.order_since
        turn.order_since = None


def _on_reply(state: DayState, event: EngineEvent) -> None:
    reply = event.payload
    assert isinstance(reply, ev.Reply)
    slot = SpeakerSlot(reply.name or reply.delegation, reply.limit_s, added=True)
    slot.delegation, slot.reply = reply.delegation, reply.number
    _run(state, event).speakers.add(slot)


def _on_draw(state: DayState, event: EngineEvent) -> None:
    draw = event.payload
    assert isinstance(draw, ev.Draw)
    run = _run(state, event)
    run.speakers.reorder([int(p) for p in draw.positions])
    run.draws.append(draw.seed)


def _given(value: _T | None) -> _T:
    """A detail the record must hold; a damaged log's missing one is a `KeyError` for the replay."""
    if value is None:
        raise KeyError("a speaker record lacks a detail")
    return value


_HANDLERS: dict[EventType, Callable[[DayState, EngineEvent], None]] = {
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
    EventType.POINT_OF_ORDER: _on_point_of_order,
    EventType.POINT_OF_ORDER_END: _on_point_of_order_end,
    EventType.REPLY: _on_reply,
    EventType.DRAW: _on_draw,
    # The day is folded again without what they take out (runner.core.reversal.refold).
    EventType.UNDO: _on_nothing,
    EventType.REDO: _on_nothing,
}

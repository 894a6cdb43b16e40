"""Undo and redo over an event-sourced day: the log keeps every event, the state leaves some out.

An `undo` event names the host command it takes back and lists the events it takes out of the
day (`withdraws`): the command's own, and the automatic decisions made after it (alerts,
automatic starts), which were decided on a day that no longer is; the live rules decide them
again on the corrected one. A `redo` cancels an undo (what it took out is back) and takes out the
automatic decisions made since. Notes, the chair's messages, recoveries and the recovery plan's
offers are never taken out.

The state after any events is the fold of those events less the ones taken out (`refold`): a
segment ended by a stray Space undone at once runs on with its real elapsed time, and the report
has no 3-second segment. Events are numbered from 1 in the order they happened: the log's `seq`.
"""

from __future__ import annotations

from collections.abc import Sequence

from runner.core import events as ev
from runner.core.agenda import Day
from runner.core.day_state import DayState
from runner.core.engine_fold import apply_event
from runner.core.events import Command, EngineEvent, EventType
from runner.core.runs import RunStatus

REVERSALS = frozenset({EventType.UNDO, EventType.REDO})
# Events logged against the segment running when they were made, and never taken out: once an
# undo has changed what was running then (a start taken back, an inserted segment gone), they
# belong to the segment that was running in the day as corrected, not to the number they carry.
_ON_THE_RUNNING_SEGMENT = frozenset({EventType.NOTE, EventType.MESSAGE, EventType.RECOVER})
# Events an undo never takes out: words said, the app's own marks, advice offered, and reversals.
_NEVER_WITHDRAWN = frozenset(
    {EventType.NOTE, EventType.MESSAGE, EventType.RECOVER, EventType.OFFER, EventType.DISMISS, *REVERSALS}
)


def taken_out(events: Sequence[EngineEvent]) -> tuple[set[int], set[int]]:
    """The numbers of the events taken out of the day, and of the undos cancelled by a redo."""
    undone: set[int] = set()
    cancelled: set[int] = set()
    withdrawn: dict[int, list[int]] = {}
    undo, redo = EventType.UNDO, EventType.REDO
    for number, event in enumerate(events, 1):
        if event.type is not undo and event.type is not redo:
            continue
        payload = event.payload
        if isinstance(payload, ev.Undo):
            withdrawn[number] = list(payload.withdraws or ())
            undone.update(withdrawn[number])
        elif isinstance(payload, ev.Redo):
            undone.difference_update(withdrawn.get(payload.redoes, ()))
            cancelled.add(payload.redoes)
            undone.update(payload.withdraws or ())
    return undone, cancelled


def refold(day: Day, events: Sequence[EngineEvent]) -> DayState:
    """The state of `day` after `events`, less what their undos took out."""
    state = DayState.before_any_event(day)
    reversed_some = any(e.type is EventType.UNDO or e.type is EventType.REDO for e in events)
    undone, cancelled = taken_out(events) if reversed_some else (set(), set())
    placed: dict[int, int | None] = {}
    for number, event in enumerate(events, 1):
        if number in undone:
            continue
        if isinstance(event.payload, ev.Undo):
            _hold_taken_back(state, events, event.payload)
        if reversed_some and event.type in _ON_THE_RUNNING_SEGMENT and event.segment != state.current:
            placed[number] = state.current
            event = EngineEvent(event.type, state.current, event.mono, event.wall, event.payload)
        state = apply_event(state, event)
    state.undone, state.cancelled, state.placed = undone, cancelled, placed
    return state


def _hold_taken_back(state: DayState, events: Sequence[EngineEvent], undo: ev.Undo) -> None:
    """A start the host took back does not happen again by itself (as Back): it waits for Space."""
    if not state.day.auto_start:
        return
    for number in undo.withdraws or ():
        event = events[number - 1] if 0 < number <= len(events) else None
        if event is None or event.segment is None or not 0 <= event.segment < len(state.runs):
            continue
        start, waiting = event.payload, state.runs[event.segment].status is RunStatus.NOT_STARTED
        if isinstance(start, ev.Start) and start.command is not None and not start.auto and waiting:
            state.held.add(event.segment)


def plan_undo(events: Sequence[EngineEvent], state: DayState) -> tuple[ev.Undo, int | None] | None:
    """The undo of the last host command still standing (and its segment); None: nothing to undo."""
    for index in range(len(events) - 1, -1, -1):
        event, number = events[index], index + 1
        if number in state.undone or not _heads_undoable(event):
            continue
        own = [number]
        while len(own) + index < len(events) and events[index + len(own)].payload.part is not None:
            own.append(number + len(own))
        after = _automatic_since(events, own[-1], state.undone)
        command = event.payload.command or ""
        return ev.Undo(number, event.type.value, command, own + after), event.segment
    return None


def plan_redo(events: Sequence[EngineEvent], state: DayState) -> tuple[ev.Redo, int | None] | None:
    """The redo of the last undo still standing, unless a command came after it; None: nothing."""
    for index in range(len(events) - 1, -1, -1):
        event, number = events[index], index + 1
        if _heads_undoable(event) and number not in state.undone:
            return None  # a new command since: what was undone stays undone
        if event.type is EventType.UNDO and number not in state.cancelled:
            return ev.Redo(number, _automatic_since(events, number, state.undone)), event.segment
    return None


def undo_of(events: Sequence[EngineEvent], redo: ev.Redo) -> EngineEvent | None:
    """The undo event a redo cancels."""
    return events[redo.redoes - 1] if 0 < redo.redoes <= len(events) else None


def _heads_undoable(event: EngineEvent) -> bool:
    """The first event of a host command that Ctrl+Z takes back."""
    payload = event.payload
    if payload.command is None or payload.part is not None:
        return False
    try:
        return Command(payload.command).undoable
    except ValueError:  # a command of a later version: not this version's to take back
        return False


def _automatic_since(events: Sequence[EngineEvent], after: int, undone: set[int]) -> list[int]:
    """Numbers of the live rules' decisions standing after event `after` (no host command made them)."""
    return [
        number
        for number in range(after + 1, len(events) + 1)
        if number not in undone
        and events[number - 1].payload.command is None
        and events[number - 1].type not in _NEVER_WITHDRAWN
    ]

"""The fold of `edit` events: how a live change to the rundown changes a `DayState`.

`apply_edit` is `engine_fold`'s handler for `edit` events; `retime` gives the changed day as a new
programme would print it and `final_positions` maps old events to the final day. The commands
that make edits (insert, rename, move…) are in runner.core.live_edits, above the engine.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from typing import Any

from runner.core import events as ev
from runner.core.agenda import Day, Segment, SegmentKind, Speaker
from runner.core.day_state import DayState
from runner.core.events import EditChange, EngineEvent, EventType
from runner.core.projection import waits_for_printed_start
from runner.core.runs import new_run


# -- the fold ------------------------------------------------------------------------------------
def apply_edit(state: DayState, event: EngineEvent) -> None:
    """Fold one `edit` event into the state: the runs, the changed day, where each came from."""
    edit = event.payload
    assert isinstance(edit, ev.Edit)
    if event.segment is None:
        raise ValueError("an 'edit' event needs a segment")
    at, after = event.segment, edit.after or {}
    segments = [run.segment for run in state.runs]
    if edit.change is EditChange.INSERT:
        _insert(state, at, _inserted(state, at, after))
    elif edit.change is EditChange.REMOVE:
        _remove(state, at)
    elif edit.change is EditChange.MOVE:
        _move(state, at, int(after["index"]))
    elif edit.change is EditChange.LENGTH:
        state.runs[at].segment = replace(segments[at], duration=timedelta(seconds=float(after["duration_s"])))
    elif edit.change is EditChange.RENAME:
        state.runs[at].segment = replace(segments[at], title=str(after["title"]))
    elif edit.change is EditChange.SPEAKER_LIMIT:
        _limit(state, at, edit.position, after.get("limit_s"))
    for position, run in enumerate(state.runs):
        if run.segment.index != position:
            run.segment = replace(run.segment, index=position)
    state.day = replace(state.day, segments=tuple(run.segment for run in state.runs))


def _inserted(state: DayState, at: int, after: dict[str, Any]) -> Segment:
    # At the end of the one before it, as the changed programme plans it (not where it now falls),
    # unless it has a fixed start of its own.
    if after.get("start"):
        start = datetime.fromisoformat(str(after["start"])).astimezone(state.zone)
    elif at == 0:
        start = state.printed_day.start
    else:
        start = retime(state.printed_day, [r.segment for r in state.runs[:at]], state.origins[:at])[-1].end
    duration = timedelta(seconds=float(after["duration_s"]))
    limit = after.get("speaker_limit_s")
    return Segment(
        at,
        str(after["title"]),
        start,
        duration,
        SegmentKind(after.get("kind", "segment")),
        speakers=tuple(_speaker(each) for each in after.get("speakers") or ()),
        notes=str(after.get("notes") or ""),
        speaker_limit=None if limit is None else timedelta(seconds=float(limit)),
        fixed=bool(after.get("fixed")),
    )


def _speaker(record: dict[str, Any]) -> Speaker:
    limit = record.get("limit_s")
    return Speaker(str(record["name"]), None if limit is None else timedelta(seconds=float(limit)))


def _insert(state: DayState, at: int, segment: Segment) -> None:
    state.runs.insert(at, new_run(segment))
    state.origins.insert(at, None)
    _renumber(state, lambda i: i + 1 if i >= at else i)


def _remove(state: DayState, at: int) -> None:
    del state.runs[at]
    del state.origins[at]
    state.held.discard(at)
    _renumber(state, lambda i: i - 1 if i > at else i)


def _move(state: DayState, at: int, to: int) -> None:
    state.runs.insert(to, state.runs.pop(at))
    state.origins.insert(to, state.origins.pop(at))
    order = list(range(len(state.runs)))
    order.insert(to, order.pop(at))
    new_of = {old: new for new, old in enumerate(order)}
    _renumber(state, lambda i: new_of.get(i, i))


def _renumber(state: DayState, new_index: Callable[[int], int]) -> None:
    if state.current is not None:
        state.current = new_index(state.current)
    state.held = {new_index(i) for i in state.held}


def _limit(state: DayState, at: int, position: int | None, limit_s: float | None) -> None:
    run = state.runs[at]
    limit = None if limit_s is None else timedelta(seconds=float(limit_s))
    if position is None:
        run.segment = replace(run.segment, speaker_limit=limit)
        return
    run.speakers.slots[position].limit = None if limit_s is None else float(limit_s)
    speakers = list(run.segment.speakers)
    if position < len(speakers):  # the agenda's list (added speakers live only in the run)
        speakers[position] = Speaker(speakers[position].name, limit)
        run.segment = replace(run.segment, speakers=tuple(speakers))


def retime(printed: Day, segments: Sequence[Segment], origins: Sequence[int | None]) -> tuple[Segment, ...]:
    """The changed day as a new programme would print it: the projection's rule over the planned
    lengths (a segment that waits keeps its printed start unless what comes before runs past it;
    every other follows the one before)."""
    timed: list[Segment] = []
    end: datetime | None = None
    for position, (segment, origin) in enumerate(zip(segments, origins)):
        if end is None:
            start = printed.segments[origin].start if origin is not None else segment.start
        elif origin is not None and waits_for_printed_start(printed, origin):
            start = max(printed.segments[origin].start, end)
        elif origin is None and segment.fixed:  # inserted live with a start of its own
            start = max(segment.start, end)
        else:
            start = end
        zone = start.tzinfo
        timed.append(replace(segment, index=position, start=start))
        end = (start.astimezone(timezone.utc) + segment.duration).astimezone(zone)
    return tuple(timed)


# -- reading history -----------------------------------------------------------------------------
def final_positions(
    events: Sequence[EngineEvent],
    count: int,
    undone: frozenset[int] = frozenset(),
    placed: Mapping[int, int | None] | None = None,
) -> list[int | None]:
    """For each event, the index its segment has in the day as the last edit left it (None: the
    event has no segment, or its segment was removed later). `count`: the printed day's length;
    `undone`: numbers (1-based) of the events an undo took out, whose edits do not count;
    `placed`: the segment an undo moved an event to, by number (`DayState.placed`)."""
    keys = list(range(count))  # a stable key per segment position
    next_key, event_keys = count, list[int | None]()
    for number, event in enumerate(events, 1):
        segment = placed.get(number, event.segment) if placed else event.segment
        key = keys[segment] if segment is not None and segment < len(keys) else None
        if event.type is EventType.EDIT and event.segment is not None and number not in undone:
            edit = event.payload
            assert isinstance(edit, ev.Edit)
            if edit.change is EditChange.INSERT:
                key, next_key = next_key, next_key + 1
                keys.insert(event.segment, key)
            elif edit.change is EditChange.REMOVE:
                keys.pop(event.segment)
            elif edit.change is EditChange.MOVE:
                keys.insert(int((edit.after or {})["index"]), keys.pop(event.segment))
        event_keys.append(key)
    final = {key: position for position, key in enumerate(keys)}
    return [None if key is None else final.get(key) for key in event_keys]

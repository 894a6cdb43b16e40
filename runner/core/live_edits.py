"""Live changes to the rundown: insert, change a length, rename, move, remove, speakers' limits.

Each change is an `edit` event with what it was and what it became, folded like every other
event, so a replayed log restores the changed day. The engine keeps the printed day beside the
changed one (`printed_day`) and where each segment came from (`origins`: its printed index, None
for one inserted live). A changed segment keeps its printed start, so "behind" still means
behind the printed programme; one inserted live is planned at the end of the one before it. The
projection decides which segments wait for their printed start by the printed day
(`projection.segment_waits`), so a trim leaves no gap to wait in. `retime` gives the changed day
as a new programme would print it (Save rundown as…, the report's plan as changed).

Segment indices are positions in the day as it is at that moment: an event's `segment` means the
segment at that index when it happened (`final_positions` maps old events to the final day).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from runner.core import events as ev
from runner.core.agenda import Day, Segment, SegmentKind, Speaker
from runner.core.events import EditChange, EngineEvent, EventType
from runner.core.runs import RunStatus, new_run
from runner.core.speakers import SlotStatus

if TYPE_CHECKING:
    from runner.core.engine import SessionEngine

EDITABLE = (RunStatus.NOT_STARTED, RunStatus.SKIPPED)


def _error(message: str) -> Exception:
    from runner.core.engine import EngineError  # the engine imports this module's fold

    return EngineError(message)


# -- what the host can ask for (checked against the state, then one action) ------------------------
def insert_position(engine: SessionEngine) -> int:
    """Where Insert puts a segment: after the running one (or the last that ran), else first."""
    started = [i for i, run in enumerate(engine.runs) if run.status in (RunStatus.RUNNING, RunStatus.DONE)]
    return max(started) + 1 if started else 0


@dataclass(frozen=True)
class Insertion:
    """A segment the host adds live, with what the agenda format offers for one: its kind, length,
    speakers' list (each with `speaker_limit_s`, also the limit of any added later), notes, and a
    fixed start (it never starts before it; None: it follows the one before)."""

    title: str
    length_s: float
    kind: SegmentKind = SegmentKind.SEGMENT
    speakers: tuple[str, ...] = ()
    speaker_limit_s: float | None = None
    notes: str = ""
    fixed_start: datetime | None = None

    def record(self) -> dict[str, Any]:
        """The `edit` record's `after`: the keys that apply (older logs hold the first three only)."""
        after: dict[str, Any] = {
            "title": self.title.strip(),
            "duration_s": float(self.length_s),
            "kind": SegmentKind(self.kind).value,
        }
        names = [name.strip() for name in self.speakers if name.strip()]
        if names:
            after["speakers"] = [{"name": name, "limit_s": self.speaker_limit_s} for name in names]
        if self.speaker_limit_s is not None:
            after["speaker_limit_s"] = float(self.speaker_limit_s)
        if self.notes.strip():
            after["notes"] = self.notes.strip()
        if self.fixed_start is not None:
            after["start"], after["fixed"] = self.fixed_start.isoformat(), True
        return after


def _place_of(engine: SessionEngine, start: datetime) -> int:
    """Where a segment with a fixed start goes: before the first still to come that would still be
    running at that time (else last), so nothing planned is under way when it is due."""
    from runner.core.projection import project

    clock = engine.clock
    ends = project(engine, clock.monotonic(), clock.now()).ends
    first = insert_position(engine)
    later = [i for i in range(first, len(engine.runs)) if (end := ends[i]) is not None and end > start]
    return later[0] if later else len(engine.runs)


def insert_segment(engine: SessionEngine, title: str, length_s: float, kind: SegmentKind = SegmentKind.SEGMENT) -> int:
    """Insert a plain segment that runs next; returns its index."""
    return insert(engine, Insertion(title, length_s, kind))


def insert(engine: SessionEngine, new: Insertion) -> int:
    """Insert a segment that runs next (or, with a fixed start, waits for it there); returns its index."""
    if not new.title.strip():
        raise _error("a segment needs a title")
    if new.length_s <= 0:
        raise _error("a segment needs a length")
    if new.speaker_limit_s is not None and new.speaker_limit_s <= 0:
        raise _error("a speaker's limit must be longer than nothing")
    if new.fixed_start is not None and new.fixed_start <= engine.clock.now():
        raise _error("a fixed start must be later than now")
    where = insert_position(engine) if new.fixed_start is None else _place_of(engine, new.fixed_start)
    engine.apply_edits([(ev.Edit(EditChange.INSERT, None, new.record()), where)])
    return where


def change_length(engine: SessionEngine, index: int, length_s: float) -> None:
    segment = _editable(engine, index)
    if length_s <= 0:
        raise _error("a segment needs a length")
    engine.apply_edits([length_edit(segment, length_s)])


def rename(engine: SessionEngine, index: int, title: str) -> None:
    segment = _editable(engine, index)
    if not title.strip():
        raise _error("a segment needs a title")
    edit = ev.Edit(EditChange.RENAME, {"title": segment.title}, {"title": title.strip()})
    engine.apply_edits([(edit, index)])


def move(engine: SessionEngine, index: int, to: int) -> None:
    """Move a segment not yet started to another place among those not yet started."""
    _editable(engine, index)
    first = insert_position(engine)
    if not first <= to < len(engine.runs) or to == index:
        raise _error("a segment can only move among those still to come")
    engine.apply_edits([(ev.Edit(EditChange.MOVE, {"index": index}, {"index": to}), index)])


def remove(engine: SessionEngine, index: int) -> None:
    segment = _editable(engine, index)
    before = {"title": segment.title, "duration_s": segment.duration.total_seconds(), "kind": segment.kind.value}
    engine.apply_edits([(ev.Edit(EditChange.REMOVE, before, None), index)])


def set_speaker_limit(engine: SessionEngine, index: int, position: int | None, limit_s: float | None) -> None:
    """Give a waiting speaker (or, with `position` None, the segment's default) a limit, or drop it."""
    engine.apply_edits([speaker_limit_edit(engine, index, position, limit_s)])


def length_edit(segment: Segment, length_s: float, plan: int | None = None) -> tuple[ev.Edit, int]:
    before, after = {"duration_s": segment.duration.total_seconds()}, {"duration_s": float(length_s)}
    return ev.Edit(EditChange.LENGTH, before, after, plan=plan), segment.index


def speaker_limit_edit(
    engine: SessionEngine, index: int, position: int | None, limit_s: float | None, plan: int | None = None
) -> tuple[ev.Edit, int]:
    run = engine.runs[_index(engine, index)]
    if run.status not in (*EDITABLE, RunStatus.RUNNING):
        raise _error(f"'{run.segment.title}' has already run")
    if position is None:
        limit = run.segment.speaker_limit
        before = limit.total_seconds() if limit else None
    else:
        if not 0 <= position < len(run.speakers.slots) or run.speakers.status(position) is not SlotStatus.WAITING:
            raise _error("only a speaker still waiting can get another limit")
        before = run.speakers.slots[position].limit
    edit = ev.Edit(EditChange.SPEAKER_LIMIT, {"limit_s": before}, {"limit_s": limit_s}, position=position, plan=plan)
    return edit, index


def _index(engine: SessionEngine, index: int) -> int:
    if not 0 <= index < len(engine.runs):
        raise _error(f"there is no segment {index + 1}")
    return index


def _editable(engine: SessionEngine, index: int) -> Segment:
    run = engine.runs[_index(engine, index)]
    if run.status not in EDITABLE:
        raise _error(f"'{run.segment.title}' has started; only segments still to come can change")
    return run.segment


# -- the fold ------------------------------------------------------------------------------------
def apply_edit(engine: SessionEngine, event: EngineEvent) -> None:
    """Fold one `edit` event into the engine: the runs, the changed day, where each came from."""
    edit = event.payload
    assert isinstance(edit, ev.Edit)
    if event.segment is None:
        raise ValueError("an 'edit' event needs a segment")
    at, after = event.segment, edit.after or {}
    segments = [run.segment for run in engine.runs]
    if edit.change is EditChange.INSERT:
        _insert(engine, at, _inserted(engine, at, after))
    elif edit.change is EditChange.REMOVE:
        _remove(engine, at)
    elif edit.change is EditChange.MOVE:
        _move(engine, at, int(after["index"]))
    elif edit.change is EditChange.LENGTH:
        engine.runs[at].segment = replace(segments[at], duration=timedelta(seconds=float(after["duration_s"])))
    elif edit.change is EditChange.RENAME:
        engine.runs[at].segment = replace(segments[at], title=str(after["title"]))
    elif edit.change is EditChange.SPEAKER_LIMIT:
        _limit(engine, at, edit.position, after.get("limit_s"))
    for position, run in enumerate(engine.runs):
        if run.segment.index != position:
            run.segment = replace(run.segment, index=position)
    engine.day = replace(engine.day, segments=tuple(run.segment for run in engine.runs))


def _inserted(engine: SessionEngine, at: int, after: dict[str, Any]) -> Segment:
    # At the end of the one before it, as the changed programme plans it (not where it now falls),
    # unless it has a fixed start of its own.
    if after.get("start"):
        start = datetime.fromisoformat(str(after["start"])).astimezone(engine.zone)
    elif at == 0:
        start = engine.printed_day.start
    else:
        start = retime(engine.printed_day, [r.segment for r in engine.runs[:at]], engine.origins[:at])[-1].end
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


def _insert(engine: SessionEngine, at: int, segment: Segment) -> None:
    engine.runs.insert(at, new_run(segment))
    engine.origins.insert(at, None)
    _renumber(engine, lambda i: i + 1 if i >= at else i)


def _remove(engine: SessionEngine, at: int) -> None:
    del engine.runs[at]
    del engine.origins[at]
    engine.held.discard(at)
    _renumber(engine, lambda i: i - 1 if i > at else i)


def _move(engine: SessionEngine, at: int, to: int) -> None:
    engine.runs.insert(to, engine.runs.pop(at))
    engine.origins.insert(to, engine.origins.pop(at))
    order = list(range(len(engine.runs)))
    order.insert(to, order.pop(at))
    new_of = {old: new for new, old in enumerate(order)}
    _renumber(engine, lambda i: new_of.get(i, i))


def _renumber(engine: SessionEngine, new_index: Any) -> None:
    if engine.current is not None:
        engine.current = new_index(engine.current)
    engine.held = {new_index(i) for i in engine.held}


def _limit(engine: SessionEngine, at: int, position: int | None, limit_s: float | None) -> None:
    run = engine.runs[at]
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
    from runner.core.projection import waits_for_printed_start

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
def final_positions(events: Sequence[EngineEvent], count: int) -> list[int | None]:
    """For each event, the index its segment has in the day as the last edit left it (None: the
    event has no segment, or its segment was removed later). `count`: the printed day's length."""
    keys = list(range(count))  # a stable key per segment position
    next_key, event_keys = count, list[int | None]()
    for event in events:
        key = keys[event.segment] if event.segment is not None and event.segment < len(keys) else None
        if event.type is EventType.EDIT and event.segment is not None:
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

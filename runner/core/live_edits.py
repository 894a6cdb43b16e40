"""Live changes to the rundown: insert, change a length, rename, move, remove, speakers' limits.

Each change is an `edit` event with what it was and what it became, folded like every other
event, so a replayed log restores the changed day. The engine keeps the printed day beside the
changed one (`printed_day`) and where each segment came from (`origins`: its printed index, None
for one inserted live). A changed segment keeps its printed start, so "behind" still means
behind the printed programme; one inserted live is planned at the end of the one before it. The
projection decides which segments wait for their printed start by the printed day
(`projection.segment_waits`), so a trim leaves no gap to wait in.

This module builds and checks the host's changes and hands them to the engine as one action;
how an `edit` event changes the state, `retime` (the changed day as a new programme would print
it) and `final_positions` are in runner.core.edit_fold, below the engine. Segment indices are
positions in the day as it is at that moment: an event's `segment` means the segment at that
index when it happened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from runner.core import events as ev
from runner.core.agenda import Segment, SegmentKind
from runner.core.engine import EngineError, SessionEngine
from runner.core.events import EditChange
from runner.core.projection import project
from runner.core.runs import RunStatus
from runner.core.speakers import SlotStatus

EDITABLE = (RunStatus.NOT_STARTED, RunStatus.SKIPPED)


def _error(message: str) -> Exception:
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

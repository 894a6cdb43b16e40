"""The recovery plan for a running day: the engine's state read for the planner, and a plan
accepted as live edits (Ctrl+R, `rehearse --recover`).

A plan is offered once the day's projected end is past its hard stop by more than the hard-stop
alert's margin (a day planned to end exactly at its stop would otherwise be offered a plan at the
first late second).
"""

from __future__ import annotations

import math
from datetime import datetime

from runner.core import live_edits
from runner.core.engine import SessionEngine
from runner.core.events import Edit, EditChange, Offer
from runner.core.projection import project, segment_waits
from runner.core.recovery_plan import Ahead, RecoveryPlan, Rules, plan_recovery
from runner.core.runs import RunStatus, SegmentRun

OFFER_MARGIN_S = 30.0  # as the hard-stop alert's (runner.core.alerts.HARD_STOP_MARGIN_S)


def offer(engine: SessionEngine, mono: float, wall: datetime, rules: Rules = Rules()) -> RecoveryPlan | None:
    """The plan on offer now: None while the day's projected end is by its stop (with the margin)."""
    stop = engine.day.hard_stop
    if stop is None or not past_stop(engine, mono, wall):
        return None
    start, ahead = situation(engine, mono, wall)
    if not ahead:
        return None
    return plan_recovery(start, ahead, stop, rules)


def past_stop(engine: SessionEngine, mono: float, wall: datetime) -> bool:
    """Whether the day's projected end is past its hard stop (by the margin): a plan is wanted."""
    stop = engine.day.hard_stop
    if stop is None or engine.finished:
        return False
    end = project(engine, mono, wall).day_end
    return end is not None and (end - stop).total_seconds() >= OFFER_MARGIN_S - 0.5


def applies(engine: SessionEngine, plan: RecoveryPlan) -> bool:
    """Whether a plan offered earlier can still be made as it was offered: each segment it cuts is
    where it was, as long as it was, and still to come (or, for its speakers, still running)."""
    for trim in plan.trims:
        if not 0 <= trim.index < len(engine.runs):
            return False
        run = engine.runs[trim.index]
        if run.segment.title != trim.title:
            return False
        if trim.running:
            limits = _running(engine, run, engine.clock.monotonic()).speaker_limits_s
            if engine.current != trim.index:
                return False
        else:
            limits = _waiting_limits(run)
            if (
                run.status is not RunStatus.NOT_STARTED
                or abs(run.segment.duration.total_seconds() - trim.before_s) > 0.5
            ):
                return False
        if trim.speakers and not remaining_pairs(limits, trim.speakers):
            return False
    return True


def situation(engine: SessionEngine, mono: float, wall: datetime) -> tuple[datetime, list[Ahead]]:
    """When the first of the segments ahead starts, and those segments as the planner reads them."""
    now = wall.astimezone(engine.zone)
    run = engine.current_run
    ahead: list[Ahead] = []
    if run is not None:
        ahead.append(_running(engine, run, mono))
    after = -1 if engine.current is None else engine.current
    waiting = [r for r in engine.runs[after + 1 :] if r.status is RunStatus.NOT_STARTED]
    for position, each in enumerate(waiting):
        segment = each.segment
        waits = segment_waits(engine, segment.index) or (position == 0 and run is None)
        ahead.append(
            Ahead(
                segment.index,
                segment.title,
                segment.duration.total_seconds(),
                _printed_length(engine, segment.index),
                segment.kind,
                segment.fixed,
                segment.start if waits else None,
                _waiting_limits(each),
            )
        )
    return now, ahead


def _running(engine: SessionEngine, run: SegmentRun, mono: float) -> Ahead:
    queue = run.speakers
    limits = tuple(
        float(queue.slots[i].limit)  # type: ignore[arg-type]
        for i in queue.upcoming()
        if queue.slots[i].limit
    )
    remaining = max(run.remaining(mono), 0.0)
    segment = run.segment
    return Ahead(segment.index, segment.title, remaining, remaining, segment.kind, segment.fixed, None, limits, True)


def _waiting_limits(run: SegmentRun) -> tuple[float, ...]:
    """The limits of the speakers still to speak; a segment with only a default limit (statements
    from the floor) counts as many speakers as its length holds."""
    slots = run.speakers.slots
    if slots:
        return tuple(float(slots[i].limit) for i in run.speakers.upcoming() if slots[i].limit)  # type: ignore[arg-type]
    default = run.segment.speaker_limit
    if default is None or default.total_seconds() <= 0:
        return ()
    count = math.floor(run.segment.duration.total_seconds() / default.total_seconds())
    return (default.total_seconds(),) * count


def _printed_length(engine: SessionEngine, index: int) -> float:
    origin = engine.origins[index]
    segment = engine.printed_day.segments[origin] if origin is not None else engine.day.segments[index]
    return segment.duration.total_seconds()


def accept(engine: SessionEngine, plan: RecoveryPlan) -> int:
    """Make the plan's cuts as edits by the host, in one action; returns the plan's number (the
    offer's, else the next free one)."""
    number = plan.number if plan.number is not None else next_plan_number(engine)
    edits = []
    for trim in plan.trims:
        run = engine.runs[trim.index]
        edits += _speaker_edits(engine, run, trim.speakers, number)
        if trim.saved_s > 0:
            length = run.segment.duration.total_seconds() - trim.saved_s
            edits.append(live_edits.length_edit(run.segment, length, plan=number))
    if edits:
        engine.apply_edits(edits)
    return number


def _speaker_edits(
    engine: SessionEngine, run: SegmentRun, pairs: tuple[tuple[float, float], ...], number: int
) -> list[tuple[Edit, int]]:
    if not pairs:
        return []
    index, queue = run.segment.index, run.speakers
    if not queue.slots:  # a default limit only: the default changes
        return [live_edits.speaker_limit_edit(engine, index, None, pairs[0][1], plan=number)]
    limited = [position for position in queue.upcoming() if queue.slots[position].limit]
    limits = tuple(float(queue.slots[position].limit or 0) for position in limited)
    return [
        live_edits.speaker_limit_edit(engine, index, position, after, plan=number)
        for position, (before, after) in zip(limited, remaining_pairs(limits, pairs) or ())
        if after != before
    ]


def remaining_pairs(
    limits: tuple[float, ...], pairs: tuple[tuple[float, float], ...]
) -> tuple[tuple[float, float], ...] | None:
    """The (before, after) limits of a plan's speakers who are still waiting: the plan's list less
    those who have spoken since it was made (a turn taken does not make the plan stale); None when
    the waiting speakers are not the plan's (moved, changed, or all have spoken)."""
    befores = tuple(before for before, _ in pairs)
    for spoken in range(len(pairs)):
        if limits[: len(pairs) - spoken] == befores[spoken:]:
            return pairs[spoken:]
    return None


def plans_accepted(engine: SessionEngine) -> int:
    """How many recovery plans the host accepted today."""
    return len(accepted_numbers(engine))


def accepted_numbers(engine: SessionEngine, undone_too: bool = False) -> set[int]:
    """The numbers of the recovery plans the host accepted today (and did not undo, unless `undone_too`)."""
    undone = set() if undone_too else engine.undone
    return {
        e.payload.plan
        for number, e in enumerate(engine.events, 1)
        if isinstance(e.payload, Edit) and e.payload.plan is not None and number not in undone
    }


def next_plan_number(engine: SessionEngine) -> int:
    """The number the next plan offered (or accepted unoffered) gets: one past any used today."""
    offered = [e.payload.number for e in engine.offers if isinstance(e.payload, Offer)]
    return max([0, *offered, *accepted_numbers(engine, undone_too=True)]) + 1


def trimmed_by_plans_s(engine: SessionEngine) -> float:
    """Seconds the accepted plans took off the day's segments."""
    total = 0.0
    for number, event in enumerate(engine.events, 1):
        if number in engine.undone:
            continue
        edit = event.payload
        if isinstance(edit, Edit) and edit.plan is not None and edit.change is EditChange.LENGTH:
            total += float((edit.before or {})["duration_s"]) - float((edit.after or {})["duration_s"])
    return total

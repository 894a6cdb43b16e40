"""Was each draw of lots in a log fair? Its order must follow from its seed (runner.core.floor_order),
and it must have drawn exactly the delegations waiting at that moment, in the places they held:
the log is replayed up to each draw and the draw made again from the state it found."""

from __future__ import annotations

from collections.abc import Sequence

from runner.core.agenda import Day
from runner.core.clock import FakeClock
from runner.core.engine import SessionEngine, draw_record
from runner.core.events import Draw, EngineEvent, EventType
from runner.core.floor_order import follows_from_seed


def unfair_draws(day: Day, events: Sequence[EngineEvent]) -> list[EngineEvent]:
    """The `draw` events of `events` (a day's log, one monotonic domain) that are not the draw of
    their seed over the delegations then waiting; [] when every draw re-derives."""
    engine = SessionEngine(day, FakeClock(day.start))
    unfair: list[EngineEvent] = []
    begin = 0
    for position, event in enumerate(events):
        if event.type is not EventType.DRAW:
            continue
        engine.replay(events[begin:position])  # in runs between draws: as fast as one replay
        draw = event.payload
        assert isinstance(draw, Draw)
        runs = engine.runs
        made = draw_record(runs[event.segment], draw.seed, draw.source) if event.segment is not None else None
        orderly = follows_from_seed(
            draw.delegations,
            draw.ranks,
            draw.categories,
            by_rank=draw.by_rank,
            seed=draw.seed,
            groups_first=bool(draw.groups_first),
        )
        if made != draw or not orderly:
            unfair.append(event)
        engine.replay((event,))
        begin = position + 1
    return unfair

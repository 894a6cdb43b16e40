"""Translating logged events keeps same-boot events as they are (no copy) and maps the others."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from runner.core.events import EngineEvent
from runner.core.recovery import translate
from runner.core.timing_log import LoggedEvent

WALL = datetime(2021, 3, 1, 9, 0, tzinfo=timezone.utc)


def test_same_boot_events_are_kept_and_other_boots_mapped_through_the_wall_clock() -> None:
    same = EngineEvent.from_record("start", 0, 50.0, WALL)
    other = EngineEvent.from_record("pause", 0, 7.0, WALL + timedelta(seconds=30), {"x": 1})
    out = translate([LoggedEvent(1, same, "A"), LoggedEvent(2, other, "B")], "A", 100.0, WALL + timedelta(seconds=50))
    assert out[0] is same
    assert out[1] == EngineEvent.from_record("pause", 0, 80.0, WALL + timedelta(seconds=30))

"""The bridge: engine events as Qt signals, refusals as messages, a tick aligned to display seconds."""

from __future__ import annotations

from runner.core.events import EventType
from runner.ui.base.engine_bridge import EngineBridge, ms_to_next_boundary
from runner.ui.base.timers import FakeTimers


def test_events_are_reemitted_and_followed_by_a_tick(qtbot, engine):
    bridge = EngineBridge(engine)
    with qtbot.waitSignal(bridge.eventApplied) as applied, qtbot.waitSignal(bridge.tick) as ticked:
        engine.advance()
    assert applied.args[0].type == EventType.START
    assert ticked.args[0].current == 0
    bridge.close()


def test_refusal_is_a_message_not_an_exception(qtbot, engine):
    bridge = EngineBridge(engine)
    with qtbot.waitSignal(bridge.refused) as refused:
        assert bridge.perform(engine.pause) is False
    assert refused.args[0] == "No segment is running"
    assert bridge.perform(engine.advance) is True


def test_tick_is_armed_to_the_next_whole_second_of_the_countdown(qtbot, engine, clock):
    bridge = EngineBridge(engine)
    engine.advance()
    clock.advance(10.3)  # 289.7 s left: the display changes from 4:50 to 4:49 in 700 ms
    snapshot = bridge.refresh()
    assert ms_to_next_boundary(snapshot) == 702
    assert bridge.next_interval_ms() == 702
    clock.advance(300)  # overtime by 10.3 s: '+0:10' becomes '+0:11' in 700 ms
    assert ms_to_next_boundary(bridge.refresh()) == 702
    bridge.close()


def test_idle_tick_follows_the_wall_clock(qtbot, engine, clock):
    bridge = EngineBridge(engine)
    clock.advance(0.25)
    assert ms_to_next_boundary(bridge.snapshot()) == 752


def test_tick_fires_from_its_timer_at_each_second_of_the_countdown(qtbot, engine, clock):
    timers = FakeTimers(clock)
    bridge = EngineBridge(engine, timers=timers)
    engine.advance()
    clock.advance(0.3)  # a third of a second into the segment: the next change is 0.7 s away
    bridge.refresh()
    ticks: list[float] = []
    bridge.tick.connect(lambda shot: ticks.append(round(shot.remaining_s, 3)))
    timers.advance(2.0)
    assert ticks == [298.998, 297.998]  # just past each whole second, never drifting
    bridge.close()
    timers.advance(2.0)
    assert len(ticks) == 2

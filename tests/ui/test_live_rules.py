"""The live rules in the console, on fake timers: alerts by the clock, a clock step, a sleep, an
auto-start day, a shutdown; and H and a late start as the host sees them."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from runner.core.events import AlertKind, EventType
from runner.core.snapshot import take_snapshot
from runner.ui.base.alerts import install_alerts
from runner.ui.console.actions import Action


@pytest.fixture
def rules(console):
    installed = install_alerts(console, start="now")
    yield installed.rules
    installed.rules.shutdown()


def alert_kinds(engine, segment=None) -> list[str]:
    return [e.data["kind"] for e in engine.events if e.type is EventType.ALERT and segment in (None, e.segment)]


def test_an_alert_fires_once_by_the_fake_clock_however_often_it_is_replanned(console, rules, timers):
    engine = console.session.engine
    engine.start(2)  # the intermission: 10 min
    for n in range(30):
        engine.add_note(f"note {n}")  # every event re-arms
    timers.jump(8 * 60)
    for n in range(5):
        engine.add_note(f"late note {n}")  # within the grace: must not fire again
    timers.run_due()
    assert alert_kinds(engine, 2) == ["intermission_ending"]


def test_a_wall_clock_step_re_arms_but_moves_no_countdown(console, rules, timers, clock):
    engine = console.session.engine
    engine.start(0)  # Opening, 5 min
    timers.advance(60)
    remaining = take_snapshot(engine).remaining_s
    clock.jump_wall(1)  # jitter: ignored
    assert not rules.check_clock()
    clock.jump_wall(-121)  # an NTP step back by two minutes
    assert rules.check_clock()
    assert take_snapshot(engine).remaining_s == remaining
    timers.advance(remaining)  # the overtime alert still comes when the countdown says
    assert "overtime" in alert_kinds(engine, 0)


def test_a_long_sleep_gives_the_state_now_not_a_burst_of_old_cues(console, rules, timers):
    engine = console.session.engine
    engine.start(1)  # speakers' turns of 3 min
    timers.jump(60 * 60)  # the laptop slept through the cues, the overtime and more
    assert [k for k in alert_kinds(engine, 1) if k != "hard_stop"] == []
    assert alert_kinds(engine)[-1] == "hard_stop"  # 35 min past the stop: that is said


def test_nothing_is_decided_after_shutdown(console, rules, timers):
    engine = console.session.engine
    engine.start(0)
    before = alert_kinds(engine)
    rules.shutdown()
    timers.jump(6 * 60)
    assert alert_kinds(engine) == before


@pytest.fixture
def auto_console(qtbot, agenda, clock, settings, timers, tmp_path):
    from runner.ui.app import build_console

    # One minute ahead of the fake clock's 09:00, so nothing is due when the rules start.
    day = replace(agenda.days[0], auto_start=True).shifted(timedelta(minutes=1))
    built = build_console(agenda, day, clock, tmp_path / "auto.sqlite", settings, timers)
    qtbot.addWidget(built.host)
    qtbot.addWidget(built.chair)
    installed = install_alerts(built, start="now")
    yield built
    installed.rules.shutdown()
    built.bridge.close()


def test_an_intermissions_end_is_announced_before_the_next_starts_by_itself(auto_console, timers):
    engine = auto_console.session.engine
    timers.jump(60)
    assert engine.current == 0  # 09:01: Opening started by itself
    timers.jump(5 * 60)
    timers.jump(20 * 60)  # Digital public goods, then the intermission
    assert engine.current == 2
    timers.jump(10 * 60)
    assert engine.current == 3
    kinds = [(e.type.value, e.data.get("kind")) for e in engine.events if e.type in (EventType.ALERT, EventType.START)]
    assert kinds[-2:] == [("alert", "intermission_over"), ("start", None)]
    starts = [e for e in engine.events if e.type is EventType.START]
    assert all(e.wall == engine.day.segments[e.segment].start for e in starts)


def test_h_on_an_auto_start_day_holds_and_releases_and_says_what_happens(auto_console, timers):
    host, engine = auto_console.host, auto_console.session.engine
    host.actions_[Action.HOLD_NEXT].trigger()
    assert engine.held == {0} and "is held" in host.statusBar().currentMessage()
    timers.advance(120)
    assert engine.current is None  # 09:02: it waits for Space
    host.actions_[Action.HOLD_NEXT].trigger()
    assert engine.held == set() and "released" in host.statusBar().currentMessage()
    timers.run_due()
    assert engine.current == 0  # its time has come: it starts by itself, a minute late
    late = "started by itself as it was released, 1 min after its time"
    assert late in host.statusBar().currentMessage()
    timers.advance(60)  # the status bar's message has gone; the window's notice strip keeps it
    assert late in host.notices.text() and host.notices.isVisibleTo(host)
    # Late now that it has started (not while it was held): the hard stop's warning comes on top.
    assert "1 min past the 10:01 hard stop" in host.banner.text


def test_h_on_a_day_without_auto_start_says_so_and_logs_nothing(console):
    console.host.actions_[Action.HOLD_NEXT].trigger()
    assert console.session.engine.held == set()
    assert "only on auto-start days" in console.host.statusBar().currentMessage()
    assert not [e for e in console.session.engine.events if e.type is EventType.HOLD]


def test_a_message_to_the_chair_is_an_event_and_the_chair_shows_it(console):
    console.chair.show()
    console.host.message_box.setEditText("Please wrap up")
    console.host.send_message()
    engine = console.session.engine
    assert engine.chair_message == "Please wrap up"
    assert console.chair.message == "Please wrap up"
    assert [e.data["text"] for e in engine.events if e.type is EventType.MESSAGE] == ["Please wrap up"]
    assert AlertKind.WARNING  # the enum is importable where the UI reads alerts

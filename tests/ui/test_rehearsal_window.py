"""Session → Rehearse…: the day in its own windows at 60×, its alerts at the simulated times, its own log."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from runner.core.clock import FakeClock, ScaledClock
from runner.core.events import EventType
from runner.ui.console.actions import Action
from runner.ui.rehearsal_window import rehearsal_log_path, start_rehearsal
from tests.ui.conftest import nine_am


def test_a_rehearsal_clock_runs_sixty_times_as_fast():
    base = FakeClock(nine_am())
    clock = ScaledClock(nine_am(), 60, base)
    base.advance(1.5)
    assert clock.now() == nine_am() + timedelta(minutes=1.5)
    assert clock.monotonic() - base.monotonic() == 1.5 * 59


def test_the_rehearsal_runs_the_day_at_sixty_times_with_its_alerts_and_its_own_log(
    qtbot, agenda, day, settings, tmp_path, monkeypatch
):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    base = FakeClock(nine_am())
    console = start_rehearsal(agenda, day, settings, base=base)
    qtbot.addWidget(console.host)
    qtbot.addWidget(console.chair)
    try:
        assert console.host.windowTitle().startswith("Rehearsal at 60× — ")
        assert "rehearsals" in str(console.session.log_path) and console.session.log_path.parent.parent.name == "logs"
        assert console.bridge.next_interval_ms() <= 50  # the display follows the fast clock
        engine = console.session.engine
        base.advance(61 / 60)  # one real second and a bit: the programme's 09:00
        console.host.actions_[Action.START_NEXT].trigger()  # Space
        assert engine.runs[0].start_event.wall == nine_am()
        rules = console.alerts.rules
        due = rules.controller.next_wake()
        assert due == nine_am() + timedelta(minutes=5)  # the opening's end, by the programme's clock
        real = rules._trigger.run_date() - datetime.now(timezone.utc)
        assert 4 < real.total_seconds() <= 5  # 5 programme minutes ahead: 5 real seconds
        base.advance(5)
        rules.wake()  # what the wall-clock trigger calls then
        alerts = [e for e in engine.events if e.type is EventType.ALERT]
        assert alerts and alerts[0].wall == nine_am() + timedelta(minutes=5)
        assert console.host.banner.isVisible()
    finally:
        console.host.close()


def test_rehearsal_logs_are_never_the_days_log(agenda, day, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    first = rehearsal_log_path(agenda, day, nine_am())
    assert first.parent.name == "rehearsals" and first.name.startswith("test-forum-2020-06-12-")

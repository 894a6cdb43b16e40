"""What waits for the host window's first frame: alerts, and the collector held for the start.

The windows' timers are fake (driven by the test's clock): the fallback "at the latest 800 ms"
is reached by advancing fake time, never by waiting."""

from __future__ import annotations

import gc

import pytest
import shiboken6

from runner.core import gc_pause
from runner.ui.base.alerts import installed_alerts
from runner.ui.base.first_frame import LATEST_MS, after_first_frame


@pytest.fixture
def built(qtbot, agenda, day, clock, settings, timers, tmp_path):
    from runner.ui.app import build_console

    console = build_console(agenda, day, clock, tmp_path / "timing.sqlite", settings, timers)
    qtbot.addWidget(console.host)
    qtbot.addWidget(console.chair)
    yield console
    alerts = installed_alerts(console)
    if alerts is not None:
        alerts.rules.shutdown()
    console.bridge.close()


def painted_and_run(qtbot, timers, console) -> None:
    """Show the window and let its first paint's follow-up (a 0 ms timer) run."""
    console.host.show()
    qtbot.waitExposed(console.host)
    qtbot.waitUntil(lambda: (timers.run_due(), installed_alerts(console) is not None)[1], timeout=3000)


def test_alerts_install_just_after_the_first_frame(qtbot, built, timers):
    assert installed_alerts(built) is None  # the first frame does not wait for apscheduler
    painted_and_run(qtbot, timers, built)
    assert built.session.engine.clock.now() == timers.clock.now()  # no fake time passed: the paint did it
    # Running: at 09:00 its first wake said the opening is due (a day not yet started plans nothing
    # more, not even the hard stop, until it starts).
    said = [e.data["message"] for e in built.session.engine.events if e.type == "alert"]
    assert said == ["Opening is due to start now (09:00)"]


def test_a_segment_started_before_the_alerts_is_planned_all_the_same(qtbot, built, timers):
    built.session.engine.start(2)  # the intermission, before anything was painted
    painted_and_run(qtbot, timers, built)
    planned = installed_alerts(built).rules.controller.plan()
    assert any(a.segment == 2 and a.kind == "intermission_ending" for a in planned)


def test_a_window_never_shown_still_gets_its_alerts(built, timers):
    timers.advance(LATEST_MS / 1000 - 0.01)
    assert installed_alerts(built) is None
    timers.advance(0.02)
    assert installed_alerts(built) is not None


def test_a_console_closed_before_its_first_frame_installs_nothing(built, timers):
    built.host.close()
    timers.advance(2 * LATEST_MS / 1000)
    assert installed_alerts(built) is None


def test_the_collector_held_for_the_start_runs_again_after_the_first_frame(
    qtbot, agenda, day, clock, settings, timers, tmp_path
):
    from runner.ui.app import build_console

    gc_pause.pause_for_startup()
    try:
        assert not gc.isenabled()
        console = build_console(agenda, day, clock, tmp_path / "timing.sqlite", settings, timers)
        qtbot.addWidget(console.host)
        qtbot.addWidget(console.chair)
        painted_and_run(qtbot, timers, console)
        assert gc.isenabled()
        installed_alerts(console).rules.shutdown()
        console.bridge.close()
    finally:
        gc_pause.end_startup_pause()
        gc_pause.thaw_startup()  # the test process's objects, frozen with the "start"'s
    assert gc.isenabled()


def test_the_action_runs_once_and_not_after_its_owner_is_gone(qtbot, timers):
    from PySide6.QtWidgets import QWidget

    calls: list[str] = []
    shown, owner_gone = QWidget(), QWidget()
    qtbot.addWidget(shown)
    after_first_frame(shown, shown, lambda: calls.append("shown"), latest_ms=300, timers=timers)
    after_first_frame(owner_gone, owner_gone, lambda: calls.append("gone"), latest_ms=100, timers=timers)
    owner_gone.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner_gone), timeout=3000)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: (timers.run_due(), calls == ["shown"])[1], timeout=3000)
    timers.advance(0.5)  # both fallbacks come and go: neither runs anything again
    assert calls == ["shown"]

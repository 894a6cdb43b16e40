"""What waits for the host window's first frame: alerts, and the collector held for the start."""

from __future__ import annotations

import gc

import pytest

from runner.core import gc_pause
from runner.ui.alerts import installed_alerts
from runner.ui.first_frame import after_first_frame


@pytest.fixture
def built(qtbot, agenda, day, clock, settings, tmp_path):
    from runner.ui.app import build_console

    console = build_console(agenda, day, clock, tmp_path / "timing.sqlite", settings)
    qtbot.addWidget(console.host)
    qtbot.addWidget(console.chair)
    yield console
    alerts = installed_alerts(console)
    if alerts is not None:
        alerts.scheduler.shutdown()
    console.bridge.close()


def test_alerts_install_just_after_the_first_frame(qtbot, built):
    assert installed_alerts(built) is None  # the first frame does not wait for apscheduler
    built.host.show()
    qtbot.waitUntil(lambda: installed_alerts(built) is not None, timeout=700)  # before the fallback
    assert installed_alerts(built).scheduler.planned()


def test_a_segment_started_before_the_alerts_is_planned_all_the_same(qtbot, built, clock):
    built.session.engine.start(2)  # the intermission, before anything was painted
    built.host.show()
    qtbot.waitUntil(lambda: installed_alerts(built) is not None)
    assert any(a.segment == 2 and a.kind == "intermission_ending" for a in installed_alerts(built).scheduler.planned())


def test_a_window_never_shown_still_gets_its_alerts(qtbot, built):
    qtbot.waitUntil(lambda: installed_alerts(built) is not None, timeout=3000)


def test_a_console_closed_before_its_first_frame_installs_nothing(qtbot, built):
    built.host.close()
    qtbot.wait(1000)
    assert installed_alerts(built) is None


def test_the_collector_held_for_the_start_runs_again_after_the_first_frame(
    qtbot, agenda, day, clock, settings, tmp_path
):
    from runner.ui.app import build_console

    gc_pause.pause_for_startup()
    try:
        assert not gc.isenabled()
        console = build_console(agenda, day, clock, tmp_path / "timing.sqlite", settings)
        qtbot.addWidget(console.host)
        qtbot.addWidget(console.chair)
        console.host.show()
        qtbot.waitUntil(gc.isenabled)
        installed_alerts(console).scheduler.shutdown()
        console.bridge.close()
    finally:
        gc_pause.end_startup_pause()
    assert gc.isenabled()


def test_the_action_runs_once_and_not_after_its_owner_is_gone(qtbot):
    from PySide6.QtWidgets import QWidget

    calls: list[str] = []
    shown, owner_gone = QWidget(), QWidget()
    qtbot.addWidget(shown)
    after_first_frame(shown, shown, lambda: calls.append("shown"), latest_ms=300)
    after_first_frame(owner_gone, owner_gone, lambda: calls.append("gone"), latest_ms=100)
    owner_gone.deleteLater()
    shown.show()
    qtbot.wait(500)
    assert calls == ["shown"]

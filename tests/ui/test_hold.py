"""Holding a segment back on an auto-start day: H keeps it from starting by itself, H again releases it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from runner.core.alerts import AUTO_START
from runner.ui.alerts import install_alerts
from tests.ui.test_autostart import agenda_from_now, build


def _auto_starts(console) -> set[int]:
    # Alerts install just after the first frame; asking for them installs them now if need be.
    return {a.segment for a in install_alerts(console).scheduler.planned() if a.kind == AUTO_START}


def test_h_holds_the_next_segment_and_releases_it(qtbot, tmp_path):
    console = build(agenda_from_now(lead_s=60, first_s=30, pause_s=30, pause_alert_s=5, last_s=30), tmp_path)
    qtbot.addWidget(console.host)
    qtbot.addWidget(console.chair)
    console.host.show()
    console.host.activateWindow()
    qtbot.waitExposed(console.host)
    qtbot.waitUntil(console.host.isActiveWindow)
    console.host.table.setFocus()
    try:
        assert 0 in _auto_starts(console)
        qtbot.keyClick(console.host.table, Qt.Key.Key_H)
        assert 0 not in _auto_starts(console)
        assert "is held" in console.host.statusBar().currentMessage()
        qtbot.keyClick(console.host.table, Qt.Key.Key_H)
        assert 0 in _auto_starts(console)
        assert "start by itself again" in console.host.statusBar().currentMessage()
    finally:
        console.host.close()
        console.bridge.close()

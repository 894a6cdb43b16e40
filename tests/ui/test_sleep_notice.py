"""A machine that slept (a closed lid): the countdown counted through it and the host is told."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_after_a_sleep_the_countdown_has_counted_through_it_and_the_host_is_told(qtbot, console, clock):
    qtbot.keyClick(console.host.table, Qt.Key.Key_Space)  # 'Opening', 5 min
    clock.suspend(3 * 60)  # the lid closed for three minutes
    console.bridge.refresh()
    assert console.host.countdown.text == "2:00"
    assert "slept for 3 min 0 s" in console.host.banner.text and console.host.banner.isVisible()

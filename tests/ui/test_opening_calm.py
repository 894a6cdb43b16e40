"""The Quick start (issue 24, item 4): `main.py` opens the bundled agenda, a past programme, as a
rehearsal "today from now". Until the host starts it the window says nothing is late: no
"14 s behind", no "hard stop AT RISK" in red, however long the host looks before pressing Space."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from runner.cli import DEFAULT_AGENDA
from runner.core.clock import FakeClock
from runner.io.agenda_yaml import load_agenda
from runner.ui.app import build_console, choose_day
from runner.ui.base import palette
from tests.ui.conftest import NEW_YORK


def test_the_quick_start_opens_calm_and_counts_from_the_first_start(qtbot, settings, tmp_path):
    from runner.ui.base.timers import FakeTimers

    agenda = load_agenda(DEFAULT_AGENDA)
    clock = FakeClock(datetime(2026, 12, 7, 14, 30, 46, tzinfo=NEW_YORK))  # a minute's last seconds
    day = choose_day(agenda, None, clock.now().date())
    timers = FakeTimers(clock)
    console = build_console(agenda, day, clock, tmp_path / "timing.sqlite", settings, timers)
    host, chair = console.host, console.chair
    qtbot.addWidget(host)
    qtbot.addWidget(chair)
    host.resize(1280, 800)
    host.show()
    host.activateWindow()
    qtbot.waitExposed(host)
    qtbot.waitUntil(host.isActiveWindow)
    host.table.setFocus()
    assert "runs today from 14:31" in host.notice_label.text()
    # Not only in the status bar (issue 24, item 3): in the window's notice strip, under the header.
    assert "runs today from 14:31" in host.notices.text() and host.notices.isVisible()
    qtbot.mouseClick(host.notices.dismiss, Qt.MouseButton.LeftButton)
    assert not host.notices.isVisible() and host.table.hasFocus()  # ✕ never takes the console's keys
    red = palette.text_colour("danger").name()
    for wait in (14, 14, 10 * 60):  # the printed 14:31 comes and goes; nobody presses anything
        timers.advance(wait)
        assert host.offset_label.text() == "on time", wait
        assert "AT RISK" not in host.end_label.text() and red not in host.end_label.styleSheet()
        assert red not in host.offset_label.styleSheet()
        assert "AT RISK" not in chair.labels["day"].text() and "behind" not in chair.labels["day"].text()
        assert not host.banner.isVisible() or "hard stop" not in host.banner.text
    qtbot.keyClick(host.table, Qt.Key.Key_Space)  # started 10 min 14 s after its time: now it is late
    assert host.offset_label.text() == "10 min behind" and red in host.offset_label.styleSheet()
    console.bridge.close()

"""An auto-start day on a full disk: the start waits for the log (no busy loop), the host sees the
strip, and once space returns the segment runs from the moment it was due."""

from __future__ import annotations

import errno
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings

from runner.core.clock import FakeClock
from runner.core.timing_log import TimingLog
from runner.io.agenda_yaml import parse_agenda
from runner.ui.app import build_console
from runner.ui.base.settings import Settings
from runner.ui.base.timers import FakeTimers

AGENDA = b"""\
title: Unattended
timezone: America/New_York
date: 2020-06-12
auto_start: true
segments:
  - start: "09:00:10"
    title: Welcome
    duration: 5m
  - title: Closing
    duration: 5m
"""


def test_a_full_disk_at_an_automatic_start_waits_shows_and_catches_up(qtbot, tmp_path):
    agenda = parse_agenda(AGENDA, "unattended.yaml")
    clock = FakeClock(datetime(2020, 6, 12, 9, 0, tzinfo=ZoneInfo("America/New_York")))
    timers = FakeTimers(clock)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    console = build_console(agenda, agenda.days[0], clock, tmp_path / "timing.sqlite", settings, timers)
    qtbot.addWidget(console.host)
    qtbot.addWidget(console.chair)
    console.host.show()
    engine, write, calls = console.session.engine, console.session.engine.persist, []

    def full(events):
        calls.append(len(events))
        raise OSError(errno.ENOSPC, "No space left on device")

    engine.persist = full
    timers.advance(30)  # the start was due at 09:00:10
    assert console.host.log_trouble.failing and engine.current is None
    assert len(calls) <= 30 // 2 + 2  # one try at the start, then the 2 s retries: no loop
    engine.persist = write
    timers.advance(2)
    assert engine.current == 0 and not console.host.log_trouble.failing
    started = next(e for e in engine.events if e.type == "start")
    assert started.wall == datetime(2020, 6, 12, 9, 0, 10, tzinfo=ZoneInfo("America/New_York"))
    assert [e.event.type for e in TimingLog.read(console.session.log_path).events()][:1] == ["start"]
    console.host.close()

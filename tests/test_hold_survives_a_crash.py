"""Done-check of issue 12: on an auto-start day, H, SIGKILL, restart: the segment stays held, the
log shows `hold`, and the chair's message comes back. Real processes: Qt, apscheduler, SQLite."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from runner.core.timing_log import TimingLog
from tests.killed_child import killed_after_first_line

CHILD = """
import os, sys
from pathlib import Path
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from runner.core.clock import SystemClock
from runner.io.agenda_yaml import parse_agenda
from runner.ui.base.alerts import install_alerts
from runner.ui.app import build_console
from runner.ui.base.settings import Settings
from runner.ui.console.actions import Action

agenda_path, log, folder, act = sys.argv[1:5]
app = QApplication(sys.argv[:1])
agenda = parse_agenda(Path(agenda_path).read_bytes(), agenda_path)
settings = Settings(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
console = build_console(agenda, agenda.days[0], SystemClock(), Path(log), settings)
if act == "hold":
    console.host.actions_[Action.HOLD_NEXT].trigger()  # H, as the host's key does
    console.host.messageSent.emit("Please wrap up")
install_alerts(console, start="now")  # the rules wake at once: a late auto-start day would catch up here
app.processEvents()
engine = console.session.engine
chair = console.chair
chair.show()
print("state", engine.current, sorted(engine.held), repr(chair.message), flush=True)
app.exec()
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _run_and_kill(*args: str) -> str:
    line, err = killed_after_first_line(CHILD, *args)
    assert line.startswith("state"), err
    return line


def test_h_then_sigkill_then_restart_keeps_the_segment_held_and_the_message(tmp_path):
    zone = ZoneInfo("Asia/Tokyo")
    # The first segment's time came half a minute ago: without the hold, the day would catch up.
    start = datetime.now(zone) - timedelta(seconds=30)
    agenda = tmp_path / "auto.yaml"
    agenda.write_text(
        f"title: Held\ntimezone: Asia/Tokyo\ndate: {start.date().isoformat()}\nauto_start: true\n"
        f'segments:\n  - start: "{start:%H:%M:%S}"\n    title: Opening\n    duration: 10m\n'
        "  - title: Closing\n    duration: 10m\n",
        encoding="utf-8",
    )
    log = tmp_path / "day.sqlite"
    assert _run_and_kill(str(agenda), str(log), str(tmp_path), "hold") == "state None [0] 'Please wrap up'"
    assert _run_and_kill(str(agenda), str(log), str(tmp_path), "none") == "state None [0] 'Please wrap up'"
    types = [item.event.type.value for item in TimingLog.read(log).events()]
    assert types[:2] == ["hold", "message"] and "start" not in types and "recover" in types

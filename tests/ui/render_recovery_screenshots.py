"""Render the host window offering a recovery plan, and after Ctrl+R accepted it.

    xvfb-run -a python -m tests.ui.render_recovery_screenshots OUTDIR

The 12 June 2020 dialogue: 'Digital public goods' has run 15 minutes over, a minister's
statement was inserted after it, and the day is projected past its 12:00 hard stop.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from runner.core import live_edits
from runner.core.clock import FakeClock
from runner.io.agenda_yaml import load_agenda
from runner.ui.app import build_console
from runner.ui.base.settings import Settings
from runner.ui.console.rundown_editor import EditAction

AGENDA = Path(__file__).resolve().parents[2] / "agendas" / "roadmap-launch-june-2020.yaml"
NEW_YORK = ZoneInfo("America/New_York")


def render(out: Path) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    agenda = load_agenda(AGENDA)
    day = agenda.day(date(2020, 6, 12))
    clock = FakeClock(datetime(2020, 6, 12, 9, 0, tzinfo=NEW_YORK))
    out.mkdir(parents=True, exist_ok=True)
    saved = [out / "screenshot-recovery-offered.png", out / "screenshot-recovery-accepted.png"]
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat))
        console = build_console(agenda, day, clock, Path(scratch) / "log.sqlite", settings)
        engine = console.bridge.engine
        for minutes in (30, 20, 45):  # the opening and connectivity on time; public goods 15 min over
            engine.advance()
            clock.advance(minutes * 60)
        live_edits.insert_segment(engine, "Statement by the Minister of ICT", 4 * 60)
        engine.advance()  # the statement starts at 10:35
        clock.advance(60)
        console.host.resize(1280, 800)
        console.host.show()
        console.bridge.refresh()
        QTest.qWait(3300)  # the hard-stop banner's flash settles
        console.host.grab().save(str(saved[0]))
        console.host.editor.actions[EditAction.ACCEPT_PLAN].trigger()  # Ctrl+R
        QTest.qWait(300)
        console.host.grab().save(str(saved[1]))
        console.host.close()
    app.processEvents()
    return saved


if __name__ == "__main__":
    for path in render(Path(sys.argv[1] if len(sys.argv) > 1 else "out")):
        print(path)

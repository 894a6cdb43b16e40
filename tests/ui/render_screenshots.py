"""Render the host window and the chair view at a representative moment of the 12 June 2020 dialogue.

    xvfb-run -a python -m tests.ui.render_screenshots OUTDIR [--dark] [--overtime] [--lang CODE]

Used by tests/ui/test_screenshots.py and to make docs/screenshot-*.png. A fake clock sets the
moment: the opening ran 4 minutes over, 'Global connectivity' (The Way Forward I) is running with
audience speakers on its list, and the chair has been asked to wrap up.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from runner.core import i18n
from runner.core.clock import FakeClock
from runner.io.agenda_yaml import load_agenda
from runner.ui.app import Console, build_console
from runner.ui.settings import Settings
from runner.ui.theme import apply_dark_palette
from runner.ui.translations import install_language

AGENDA = Path(__file__).resolve().parents[2] / "agendas" / "roadmap-launch-june-2020.yaml"
NEW_YORK = ZoneInfo("America/New_York")


def stage(console: Console, clock: FakeClock, overtime: bool) -> None:
    """Play the morning through the engine, as a host would have."""
    engine = console.bridge.engine
    engine.advance()  # 09:00 Opening
    clock.advance(34 * 60)
    engine.advance()  # 09:34 Global connectivity, 4 min late
    for name in ("Ms Spatolisano", "Mr Cerf", "أمينة محمد", "王毅"):
        engine.add_speaker(name, 180)
    clock.advance(10)
    engine.next_speaker()  # Ms Spatolisano takes the floor
    clock.advance(3 * 60 + 5)
    engine.next_speaker()  # Mr Cerf
    clock.advance(2 * 60 + 20)
    engine.add_note("Mr Cerf's slides shared by the tech desk")
    if overtime:
        engine.next_speaker()
        clock.advance(15 * 60 + 30)  # the segment is 1:05 over
    console.host.messageSent.emit("Please wrap up")
    console.host.message_box.setEditText("Please wrap up")
    console.host.send_message()


def render(out: Path, dark: bool, overtime: bool, language: str = "en") -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if dark:
        apply_dark_palette(app)
    i18n.use(i18n.load_catalogue(language))
    translators = install_language(app, language)  # noqa: F841 - kept for the whole rendering
    agenda = load_agenda(AGENDA)
    day = agenda.day(date(2020, 6, 12))
    clock = FakeClock(datetime(2020, 6, 12, 9, 0, tzinfo=NEW_YORK))
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat))
        console = build_console(agenda, day, clock, Path(scratch) / "log.sqlite", settings)
        stage(console, clock, overtime)
        console.bridge.refresh()
        console.host.resize(1280, 800)
        console.chair.resize(1280, 720)
        console.host.show()
        console.chair.show()
        QTest.qWait(3300)  # let an alert's flash settle: the screenshot shows the steady banner
        suffix = ("-dark" if dark else "") + ("-overtime" if overtime else "") + (f"-{language}" * (language != "en"))
        out.mkdir(parents=True, exist_ok=True)
        saved = [out / f"screenshot-host{suffix}.png", out / f"screenshot-chair{suffix}.png"]
        console.host.grab().save(str(saved[0]))
        console.chair.grab().save(str(saved[1]))
        console.host.close()
    return saved


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--overtime", action="store_true")
    parser.add_argument("--lang", default="en", choices=i18n.LANGUAGES)
    args = parser.parse_args()
    for path in render(args.out, args.dark, args.overtime, args.lang):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

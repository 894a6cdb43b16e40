"""Render the host window and the chair view at a representative moment of the 12 June 2020 dialogue.

    xvfb-run -a python -m tests.ui.render_screenshots OUTDIR [--dark] [--overtime] [--size 800x560] [--lang CODE]

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
from runner.ui.base.settings import Settings
from runner.ui.base.theme import apply_dark_palette
from runner.ui.base.translations import install_language

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
    wrap_up = i18n.tr("Please wrap up")  # the ready-made message (runner.core.chair_messages), in the host's language
    console.host.messageSent.emit(wrap_up)
    console.host.message_box.setEditText(wrap_up)
    console.host.send_message()


def render(
    out: Path, dark: bool, overtime: bool, language: str = "en", size: tuple[int, int] = (1280, 800)
) -> list[Path]:
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
        console.host.resize(*size)
        console.chair.resize(1280, 720)
        console.host.show()
        console.chair.show()
        _wait_for_steady_banners(console)
        console.host.resize(*size)  # again: the least size is known once the window is laid out
        QTest.qWait(100)
        suffix = ("-dark" if dark else "") + ("-overtime" if overtime else "") + (f"-{language}" * (language != "en"))
        suffix += f"-{size[0]}x{size[1]}" if size != (1280, 800) else ""
        out.mkdir(parents=True, exist_ok=True)
        saved = [out / f"screenshot-host{suffix}.png", out / f"screenshot-chair{suffix}.png"]
        console.host.grab().save(str(saved[0]))
        console.chair.grab().save(str(saved[1]))
        console.host.close()
    return saved


def _wait_for_steady_banners(console: Console, timeout_ms: int = 10_000) -> None:
    """Until the hard-stop alert (planned after the first frame) has shown in both windows and its
    ~3 s flash has ended: the screenshots show the steady banner, not a flash's inverted frame."""
    windows = (console.host, console.chair)
    waited = 0
    while waited < timeout_ms and not all(w.banner.isVisible() and not w.banner.flashing for w in windows):
        QTest.qWait(50)
        waited += 50


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--overtime", action="store_true")
    parser.add_argument("--lang", default="en", choices=i18n.LANGUAGES)
    parser.add_argument("--size", default="1280x800", help="the host window's size, WIDTHxHEIGHT")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    for path in render(args.out, args.dark, args.overtime, args.lang, (width, height)):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

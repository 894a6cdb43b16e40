"""Render the host's console on a general debate in protocol order, in French, just after lots
were drawn live: the first morning of the UN General Assembly's 74th general debate, its list
added from the press's published list (File → Paste speakers' list…), ranks given, lots drawn.

    xvfb-run -a python -m tests.ui.render_floor_screenshots OUTDIR

Makes docs/screenshot-floor-draw-fr.png.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from runner.core import i18n
from runner.core.clock import FakeClock
from runner.io.agenda_yaml import parse_agenda
from runner.ui.app import build_console
from runner.ui.base.settings import Settings
from runner.ui.base.translations import install_language

DATA = Path(__file__).resolve().parents[1] / "data" / "floor"
# Brazil and the United States open the debate; the others as heads of State and Government.
HEADS = {"Brazil", "United States", "Egypt", "Turkey", "Nigeria", "Maldives", "Qatar", "Switzerland", "Croatia"}


def _agenda_in_protocol_order():
    text = (DATA / "unga74-general-debate.yaml").read_text(encoding="utf-8")
    return parse_agenda(text.replace("replies: [10m, 5m]", "replies: [10m, 5m]\n      order: protocol").encode(), "d")


def _pasted_list() -> str:
    names = (DATA / "unga74-day1-morning.txt").read_text(encoding="utf-8").splitlines()
    rank = {True: "head of state", False: "head of government"}
    return "\n".join(f"{'TR' if n == 'Turkey' else n},,,{rank[n in HEADS]}" for n in names)


def render(out: Path, language: str = "fr") -> Path:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.use(i18n.load_catalogue(language))
    translators = install_language(app, language)  # noqa: F841 - kept for the whole rendering
    agenda = _agenda_in_protocol_order()
    clock = FakeClock(datetime(2019, 9, 24, 9, 0, tzinfo=ZoneInfo("America/New_York")))
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat))
        console = build_console(agenda, agenda.days[0], clock, Path(scratch) / "log.sqlite", settings)
        host, engine = console.host, console.bridge.engine
        host.confirm = lambda question: True
        engine.advance()
        clock.advance(20 * 60)
        engine.advance()
        clock.advance(11 * 60)
        engine.advance()  # the general debate: its list is empty until the secretariat's comes in
        host.add_speakers_list(_pasted_list(), "journal")
        clock.advance(14 * 60)
        engine.next_speaker()  # Brazil
        host.draw_lots("UNGA74-0924")
        clock.advance(16 * 60 + 10)
        engine.next_speaker()
        clock.advance(9 * 60)
        engine.request_reply("TR")
        console.bridge.refresh()
        host.resize(1280, 800)
        host.show()
        QTest.qWait(300)
        out.mkdir(parents=True, exist_ok=True)
        saved = out / f"screenshot-floor-draw-{language}.png"
        host.grab().save(str(saved))
        host.close()
    return saved


if __name__ == "__main__":
    print(render(Path(sys.argv[1])))

"""The floor of bench/built_startup.py: the least window that shows the day's clock. The bundled
agenda from its cache and the Qt-free core (as `main.py` loads them), the day's session opened on
its log, the engine's bridge and the app's own countdown face fed by it, and nothing else: no
rundown, menus, keys, panels or chair view. Built with PyInstaller the same way as the app and the
bare window; prints the same mark as they do once its first frame is out, and quits.

What it answers: how near the bare window any start that runs the real day's clock can come,
whatever shape the host window takes. `bench/built_startup.py` times it beside the two.

With `--least`, less still: no bridge and no app face, only the day's remaining time painted once
in the default font by a plain widget that names no Qt enum (PySide makes the `Qt` namespace's 93
enum types the first time `Qt` is read). No window that shows the day's clock can do with less."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if __name__ == "__main__":  # from source: the repository's root, for `bench` (the spec's pathex, built)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from runner.core.gc_pause import pause_for_startup

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from runner.core.agenda import Agenda
    from runner.core.session import OpenedSession


def main(argv: list[str]) -> int:
    """`built_floor_child.py [--log LOG] [--least]`: the day's log where the app would keep it, or LOG."""
    pause_for_startup()  # as main.py does before its imports
    log_path = argv[argv.index("--log") + 1] if "--log" in argv else None
    from runner.cli import DEFAULT_AGENDA, load_for_app

    agenda = load_for_app(DEFAULT_AGENDA)
    if "--least" in argv:
        return _least(agenda, log_path)
    from PySide6.QtWidgets import QApplication, QMainWindow

    from runner.core.clock import SystemClock
    from runner.core.session import open_session
    from runner.core.snapshot import Snapshot
    from runner.ui.base.engine_bridge import EngineBridge
    from runner.ui.widgets.countdown import CountdownWidget

    app = QApplication(sys.argv[:1])
    session = open_session(agenda, agenda.day(date.today()), SystemClock(), log_path)  # as the app chooses it
    bridge = EngineBridge(session.engine)
    window = QMainWindow()
    window.setWindowTitle(agenda.title)
    window.resize(1280, 800)
    face = CountdownWidget()
    window.setCentralWidget(face)

    def show(snapshot: Snapshot) -> None:
        face.set_value(snapshot.remaining_s, snapshot.allowed_s, snapshot.paused, caption="Space starts")

    bridge.tick.connect(show)
    show(bridge.refresh())
    return _shown_until_marked(app, window, session)


def _least(agenda: Agenda, log_path: str | None) -> int:
    from PySide6.QtGui import QFont, QPainter, QPaintEvent
    from PySide6.QtWidgets import QApplication, QWidget

    from runner.core.clock import SystemClock
    from runner.core.session import open_session
    from runner.core.snapshot import take_snapshot

    app = QApplication(sys.argv[:1])
    session = open_session(agenda, agenda.day(date.today()), SystemClock(), log_path)
    minutes, seconds = divmod(round(take_snapshot(session.engine).remaining_s), 60)
    shown = f"{minutes}:{seconds:02d}"

    class Face(QWidget):
        def paintEvent(self, event: QPaintEvent) -> None:
            painter = QPainter(self)
            font = QFont()
            font.setPixelSize(max(12, self.height() // 3))
            painter.setFont(font)
            painter.drawText(self.rect(), _CENTRED, shown)
            painter.end()

    face = Face()
    face.setWindowTitle(agenda.title)
    face.resize(1280, 800)
    return _shown_until_marked(app, face, session)


def _shown_until_marked(app: QApplication, window: QWidget, session: OpenedSession) -> int:
    """Show the window, run until its first frame is marked (FirstPaint quits), close the day."""
    from bench.built_bare_child import FirstPaint  # the same mark as the bare window's

    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    code = app.exec()
    session.close()
    return code


_CENTRED = 0x0004 | 0x0080  # Qt.AlignHCenter | Qt.AlignVCenter, without reading `Qt`


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

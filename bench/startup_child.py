"""Child of the startup benchmark: prints the monotonic time of the first paint of a window.

startup_child.py bare LOG    # a bare PySide6 QMainWindow
startup_child.py bare_label LOG  # the same with one big QLabel (fonts set up, text painted)
startup_child.py app LOG     # the bundled agenda loaded and the console built, host window shown
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _open_app(log_path: str) -> tuple[object, dict[str, float], list] | None:
    """What `python main.py` does, in its order: runner.cli loads the agenda and the Qt-free layers
    (`load_for_app`), then the UI is imported, PySide6 with it, then the QApplication is made (as
    `run_gui` does); then the console is built. Qt comes last on purpose: PySide6's import hook
    reads the source of every module imported after it, so importing it first (as this child did
    until then) charged the app 10-20 ms the real program does not spend. None if the UI is not
    there yet (a line saying so is printed)."""
    from runner.core.gc_pause import pause_for_startup

    pause_for_startup()  # as main.py does first; the console's first frame ends it
    from runner.cli import DEFAULT_AGENDA, load_for_app

    agenda = load_for_app(DEFAULT_AGENDA)  # the agenda `python main.py` opens without arguments
    phases = {"agenda_and_core": time.monotonic()}  # for a reader of the child's output only
    try:
        from runner.ui.app import build_console  # noqa: F401 - as run_app does next (run_gui)
    except ImportError as exc:
        print(json.dumps({"missing": f"runner.ui.app.build_console: {exc}"}))
        return None
    from PySide6.QtWidgets import QApplication

    phases["ui_imported"] = time.monotonic()
    app = QApplication(sys.argv[:1])
    # "qt_ready" is the end of startup.py's first phase: here everything before the build.
    phases["qt_ready"] = time.monotonic()
    from bench.console_adapter import open_console

    _console, windows, _engine = open_console(Path(log_path), agenda=agenda)
    return app, phases, windows


def main(mode: str, log_path: str) -> None:
    if mode == "app":
        opened = _open_app(log_path)
        if opened is None:
            return
        app, phases, windows = opened
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    if mode in ("bare", "bare_label"):
        app = QApplication(sys.argv[:1])
        phases = {"qt_ready": time.monotonic()}
        window = QMainWindow()
        window.setWindowTitle("bare")
        window.resize(800, 600)
        if mode == "bare_label":  # text on screen: the font database is set up before the paint
            from PySide6.QtWidgets import QLabel

            label = QLabel("59:59")
            font = label.font()
            font.setPixelSize(160)
            label.setFont(font)
            window.setCentralWidget(label)
        windows = [window]
    target = windows[0]
    phases["built"] = time.monotonic()

    def frame_done() -> None:
        print(json.dumps({"painted": time.monotonic(), "window": type(target).__name__, "phases": phases}), flush=True)
        app.quit()

    class FirstPaint(QObject):
        # On the target window only. An application-wide Python filter hands every event of every
        # object to Python before the first frame (about a thousand for the console, a handful for
        # a bare window), and PySide wraps each receiver, initialising its class and those near it:
        # that cost 45-70 ms in the app's figure and nothing in the bare one's. The top-level window
        # is painted first in a frame, so its Paint event starts the frame; the mark is taken when
        # the event loop is next free, i.e. once every child is painted and the frame flushed.
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                phases["first_paint_event"] = time.monotonic()
                watched.removeEventFilter(self)
                QTimer.singleShot(0, frame_done)
            return False

    spy = FirstPaint()
    target.installEventFilter(spy)
    target.show()  # as run_gui does: the chair view opens on its own only with a second screen
    phases["shown"] = time.monotonic()
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "/tmp/bench-startup.sqlite")

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


def main(mode: str, log_path: str) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    phases = {"qt_ready": time.monotonic()}
    if mode in ("bare", "bare_label"):
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
    else:
        from bench.console_adapter import open_console
        try:
            import runner.io.agenda_yaml, runner.ui.app  # noqa: F401,E401 - timed apart from building
            phases["imported"] = time.monotonic()
            _console, windows, _engine = open_console(Path(log_path))
        except ImportError as exc:
            print(json.dumps({"missing": f"runner.ui.app.build_console: {exc}"}))
            return
    target = windows[0]
    phases["built"] = time.monotonic()

    def frame_done() -> None:
        print(json.dumps({"painted": time.monotonic(), "window": type(target).__name__, "phases": phases}),
              flush=True)
        app.quit()

    class FirstPaint(QObject):
        # On the target window only. An application-wide Python filter hands every event of every
        # object to Python before the first frame (about a thousand for the console, a handful for
        # a bare window), and PySide wraps each receiver, initialising its class and those near it:
        # that cost 45-70 ms in the app's figure and nothing in the bare one's. The top-level window
        # is painted first in a frame, so its Paint event starts the frame; the mark is taken when
        # the event loop is next free, i.e. once every child is painted and the frame flushed.
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
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

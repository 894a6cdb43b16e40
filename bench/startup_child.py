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
    from PySide6.QtCore import QEvent, QObject
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

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and hasattr(watched, "window") and watched.window() is target:
                print(json.dumps({"painted": time.monotonic(), "window": type(target).__name__, "phases": phases}),
                      flush=True)
                app.removeEventFilter(self)
                app.quit()
            return False

    spy = FirstPaint()
    app.installEventFilter(spy)
    target.show()  # as run_gui does: the chair view opens on its own only with a second screen
    phases["shown"] = time.monotonic()
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "/tmp/bench-startup.sqlite")

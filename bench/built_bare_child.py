"""The baseline of bench/built_startup.py: a bare PySide6 window, built with PyInstaller the same
way as the app (packaging/session-runner.spec). Prints the monotonic time once its first frame is
out and the CPU used by then, marked as the app marks its own (runner.ui.app STARTUP_PROBE: the
first Paint event of the window, then the event loop's next turn), and quits."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    """Installed on a window: at its first Paint event, marks the frame on the loop's next turn
    and quits. The floor (bench/built_floor_child.py) marks its frame with it too."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, _done)
        return False


def _done() -> None:
    print(f'{{"first_frame": {time.monotonic()!r}, "cpu": {time.process_time()!r}}}', flush=True)
    QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(800, 600)
    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

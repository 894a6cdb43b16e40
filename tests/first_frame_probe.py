"""Runs `python main.py ARGS...` in this process and prints one JSON object: what was loaded
(sys.modules) and what the windows showed at the host window's first frame, and what was loaded
once the work deferred past that frame had run (`runner.ui.app._after_first_frame`).

    python tests/first_frame_probe.py [AGENDA] [--lang fr] [--serve 127.0.0.1:0] ...

Used by tests/test_first_frame_imports.py. PySide6 is imported here before main.py runs, which
changes the order of the imports but not which modules are loaded when the frame is painted.
"""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
seen: dict[str, Any] = {}


def _host() -> QWidget | None:
    return next((w for w in QApplication.topLevelWidgets() if type(w).__name__ == "HostWindow"), None)


def _chair_shown() -> bool:
    return any(type(w).__name__ == "ChairView" and w.isVisible() for w in QApplication.topLevelWidgets())


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and "first_frame" not in seen:
            seen["first_frame"] = sorted(sys.modules)
            host = _host()
            assert host is not None
            seen["menus"] = [entry.text() for entry in host.menuBar().actions()]  # type: ignore[attr-defined]
            seen["chair_shown"] = _chair_shown()
            seen["shortcuts"] = sorted({key.toString() for action in host.actions() for key in action.shortcuts()})
        return False


def _after_deferred_work() -> None:
    seen["after"] = sorted(sys.modules)
    print(json.dumps(seen), flush=True)
    host = _host()
    if host is not None:
        host.close()  # as Ctrl+Q: the app quits with its last window


def _watch_deferred_work() -> None:
    import runner.ui.app as app

    deferred = app._after_first_frame

    def run_then_report(*args: Any) -> None:
        deferred(*args)
        QTimer.singleShot(0, _after_deferred_work)

    app._after_first_frame = run_then_report  # type: ignore[assignment]


_spy = FirstPaint()
_exec = QApplication.exec


def _exec_with_spy(*args: Any) -> int:
    host = _host()
    assert host is not None and host.isVisible(), "the host window is shown before the event loop starts"
    host.installEventFilter(_spy)
    return _exec()


if __name__ == "__main__":
    QApplication.exec = _exec_with_spy  # type: ignore[method-assign]
    _watch_deferred_work()
    sys.argv = [str(ROOT / "main.py"), *sys.argv[1:]]
    runpy.run_path(sys.argv[0], run_name="__main__")

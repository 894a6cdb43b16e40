"""The host window as a first start opens it on a 1280x800 screen under a real window manager.

    xvfb-run -a -s "-screen 0 1280x800x24" python -m tests.ui.render_window_fits OUTDIR

Starts openbox on the display, opens the bundled agenda as `main.py` does (fresh settings, so no
saved geometry), waits for the window manager to frame the window, then writes OUTDIR/fits.json
(the frame, the screen's available area, the status bar and the notice strip in screen
coordinates) and OUTDIR/window-fits.png (the whole screen). Used by tests/ui/test_window_fits.py.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from runner.ui.app import Console

WAIT_S = 15.0  # for the window manager to start and to frame the window, on a busy machine


def wait_for(done, seconds: float = WAIT_S) -> bool:
    """Poll `done` (processing Qt's events) until it is true or `seconds` pass."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if done():
            return True
        time.sleep(0.05)
    return done()


def window_manager_running() -> bool:
    """An EWMH window manager names its check window on the root window."""
    answer = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], capture_output=True, text=True)
    return "window id" in answer.stdout


def on_screen(widget: QWidget) -> list[int]:
    box = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
    return [box.x(), box.y(), box.width(), box.height()]


def main(out: Path) -> int:
    return under_openbox(out, _open_and_measure)


def under_openbox(out: Path, run: Callable[[Path], int]) -> int:
    """`run(out)` on this display with openbox managing its windows (fresh data under OUTDIR)."""
    out.mkdir(parents=True, exist_ok=True)
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    os.environ["XDG_DATA_HOME"] = str(out / "data")  # the timing log goes here, not into the host's
    wm = subprocess.Popen([shutil.which("openbox") or "openbox"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if not wait_for(window_manager_running):
            print("openbox did not start", file=sys.stderr)
            return 2
        return run(out)
    finally:
        wm.terminate()
        wm.wait(10)


def open_first_start(out: Path) -> tuple[QApplication, Console]:
    """The bundled agenda opened as `main.py` opens it on a first start (fresh settings, no saved
    geometry), its log OUTDIR/timing.sqlite."""
    from runner.cli import DEFAULT_AGENDA
    from runner.core.clock import SystemClock
    from runner.io.agenda_yaml import load_agenda
    from runner.ui.app import choose_day
    from runner.ui.base.settings import Settings
    from runner.ui.base.translations import install_language
    from runner.ui.opening import AppShell

    app = QApplication(sys.argv[:1])
    install_language(app, "en")
    settings = Settings(QSettings(str(out / "settings.ini"), QSettings.Format.IniFormat))
    shell = AppShell(SystemClock(), settings)
    agenda = load_agenda(DEFAULT_AGENDA)
    return app, shell.open(agenda, choose_day(agenda, None), out / "timing.sqlite")


def _open_and_measure(out: Path) -> int:
    _app, console = open_first_start(out)  # the app lives as long as this run
    host = console.host
    framed = wait_for(lambda: host.isVisible() and host.frameGeometry().height() > host.geometry().height())
    wait_for(lambda: False, 1.0)  # the window manager's last moves and the first paint settle
    frame, available = host.frameGeometry(), host.screen().availableGeometry()
    facts = {
        "framed": framed,
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "available": [available.x(), available.y(), available.width(), available.height()],
        "status_bar": on_screen(host.statusBar()),
        "status_bar_visible": host.statusBar().isVisible(),
        "notices": on_screen(host.notices),
        "notices_text": host.notices.text(),
        "notices_visible": host.notices.isVisible(),
    }
    (out / "fits.json").write_text(json.dumps(facts, indent=1), encoding="utf-8")
    host.screen().grabWindow(0).save(str(out / "window-fits.png"))
    host.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))

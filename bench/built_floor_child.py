"""The floor of bench/built_startup.py: the least window that shows the day's clock. The bundled
agenda from its cache and the Qt-free core (as `main.py` loads them), the day's session opened on
its log, the engine's bridge and the app's own countdown face fed by it, and nothing else: no
rundown, menus, keys, panels or chair view. Built with PyInstaller the same way as the app and the
bare window; prints the same mark as they do once its first frame is out, and quits.

What it answers: how near the bare window any start that runs the real day's clock can come,
whatever shape the host window takes. `bench/built_startup.py` times it beside the two."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

if __name__ == "__main__":  # from source: the repository's root, for `bench` (the spec's pathex, built)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from runner.core.gc_pause import pause_for_startup


def main(argv: list[str]) -> int:
    """`built_floor_child.py [--log LOG]`: the day's log where the app would keep it, or LOG."""
    pause_for_startup()  # as main.py does before its imports
    log_path = argv[argv.index("--log") + 1] if "--log" in argv else None
    from runner.cli import DEFAULT_AGENDA, load_for_app

    agenda = load_for_app(DEFAULT_AGENDA)
    from PySide6.QtWidgets import QApplication, QMainWindow

    from bench.built_bare_child import FirstPaint  # the same mark as the bare window's
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

    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    code = app.exec()
    session.close()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Child process of the live views' benchmark: the real console (host window, bridge, SystemClock)
serving its views on a free loopback port. Prints its links as a first JSON line, waits for "go" on
stdin, starts a one-hour segment, and for SECONDS records every flip of the host's countdown (on
its first paint) and its own CPU time; then prints the result as a second JSON line."""

from __future__ import annotations

import json
import sys
import tempfile
import threading
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from bench.flip_child import PaintStamps, seconds_of
from runner.core.agenda import Agenda, Day, Segment
from runner.core.clock import SystemClock

SEGMENT_S = 3600.0


class StdinGo(QObject):
    """'go' on stdin, read on a thread, delivered on the GUI thread."""

    go = Signal()

    def listen(self) -> None:
        threading.Thread(target=lambda: (sys.stdin.readline(), self.go.emit()), daemon=True).start()


def timed(owner: object, name: str) -> list[float]:
    """Wrap `owner.name` so that each call's duration (ms) is appended to the list returned."""
    durations: list[float] = []
    original = getattr(owner, name)

    def wrapper(*args: object) -> object:
        began = time.perf_counter()
        try:
            return original(*args)
        finally:
            durations.append((time.perf_counter() - began) * 1000.0)

    setattr(owner, name, wrapper)
    return durations


def build(folder: Path):
    from runner.ui.app import build_console
    from runner.ui.rooms.share_views import serve_console
    from runner.web.address import ListenAddress

    start = datetime.now(timezone.utc)
    day = Day(date.today(), "Views", (Segment(0, "Views", start, timedelta(seconds=SEGMENT_S)),), "UTC")
    agenda = Agenda("Views", "UTC", (day,), room="Bench", source=str(folder / "views.yaml"))
    console = build_console(agenda, day, SystemClock(), folder / "views.sqlite")
    console.host.resize(1280, 800)
    console.host.show()
    views = serve_console(console, ListenAddress("127.0.0.1", 0), control=False)
    return console, views


def main(seconds: float) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="bench-views-"))
    console, views = build(folder)
    sizes: list[int] = []
    views.published.connect(sizes.append)
    publish_ms, broadcast_ms = timed(views.server, "publish"), timed(views.server, "_send_all")
    links = {link.name: link.url for link in views.server.links()}
    print(json.dumps(links), flush=True)
    stamps = PaintStamps(console.host.countdown)
    shown = {"text": None}
    measured: dict[str, float] = {}

    def on_tick(_snapshot: object) -> None:
        text = console.host.countdown.text
        if text != shown["text"] and measured:
            shown["text"] = text
            stamps.changed(seconds_of(text))

    def begin() -> None:
        engine = console.bridge.engine
        engine.advance()
        run = engine.current_run
        measured.update(t0=run.started, wall0=run.start_event.wall.timestamp(), cpu0=time.process_time())
        measured["mono0"] = time.monotonic()
        QTimer.singleShot(int(seconds * 1000), finish)

    def finish() -> None:
        measured.update(cpu1=time.process_time(), mono1=time.monotonic())
        app.quit()

    console.bridge.tick.connect(on_tick)
    go = StdinGo()
    go.go.connect(begin)
    go.listen()
    app.exec()
    views.stop()
    wall = measured["mono1"] - measured["mono0"]
    print(
        json.dumps(
            {
                "t0": measured["t0"],
                "wall0": measured["wall0"],
                "segment_s": SEGMENT_S,
                "flips": stamps.changes[1:],
                "cpu_s": measured["cpu1"] - measured["cpu0"],
                "wall_s": wall,
                "document_bytes_max": max(sizes, default=0),
                "documents": len(sizes),
                "viewers_at_end": views.server.viewers,
                "publish_ms": publish_ms,  # the GUI thread's cost of each document
                "broadcast_ms": broadcast_ms,  # the server thread's, sending one document to every viewer
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main(float(sys.argv[1]))

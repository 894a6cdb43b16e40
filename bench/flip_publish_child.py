"""Child of the rooms benchmark: the app's countdown flipping, with or without publishing its room.

    python bench/flip_publish_child.py FLIPS [URL]

The countdown is fed by the bridge's tick as in the host window (bench/flip_child.py's way of
timing each change on its first paint against the true second boundary); with URL,
the room's state feed (runner.ui.rooms.state_feed) sends its real state document through a
RoomPublisher's MQTT link as the app does: on every event and every 5 s. Prints one JSON object.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from bench.flip_child import PaintStamps, our_countdown, seconds_of
from runner.core.agenda import Day, Segment
from runner.core.clock import SystemClock
from runner.core.engine import SessionEngine
from runner.ui.base.engine_bridge import EngineBridge

SEGMENT_S = 3600.0


def main(flips: int, url: str | None) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    start = datetime.now(timezone.utc)
    day = Day(date.today(), "Flip", (Segment(0, "Flip", start, timedelta(seconds=SEGMENT_S)),), "UTC")
    engine = SessionEngine(day, SystemClock())
    window = QWidget()
    bridge = EngineBridge(engine, window)
    countdown, read = our_countdown(bridge, window)
    QVBoxLayout(window).addWidget(countdown)
    stamps = PaintStamps(countdown)
    window.show()
    app.processEvents()
    publisher = None
    if url:
        from runner.ui.rooms.mqtt_client import parse_broker_url
        from runner.ui.rooms.room_publisher import RoomPublisher
        from runner.ui.rooms.state_feed import StateFeed

        feed = StateFeed(bridge, day.date, "bench-room", "en")
        publisher = RoomPublisher(feed, parse_broker_url(url), "bench-room")
        publisher.start()
    shown = {"text": None}

    def on_tick(_snapshot: object) -> None:
        if read() != shown["text"]:
            shown["text"] = read()
            stamps.changed(seconds_of(read()))

    bridge.tick.connect(on_tick)
    engine.advance()
    t0 = engine.current_run.started
    guard = QTimer(window)
    guard.timeout.connect(lambda: app.quit() if len(stamps.changes) > flips else None)
    guard.start(100)
    app.exec()
    connected = publisher.link.connected if publisher else None
    if publisher is not None:
        publisher.close()
    errors = [abs(at - (t0 + SEGMENT_S - value)) * 1000.0 for value, _, at in stamps.changes[1:]]
    print(json.dumps({"errors_ms": errors, "published": bool(url), "connected": connected, "t": time.time()}))


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else None)

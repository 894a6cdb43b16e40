"""Rooms over a broker, on loopback: how soon a room's change is on the organiser's overview.

    python bench/rooms.py [--quick]

Starts Debian's mosquitto on a free port, an overview window (offscreen) subscribed to it, and
a child process of 20 rooms each publishing through its own MQTT link. For every change, the
time from the room's `publish` call to the overview's first paint of that tile's new segment
title, and, as the baseline measured in the same run, to a bare paho subscriber's on_message in
the same process (the broker's own hop). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from bench import children
from bench.common import log, percentile, r
from runner.ui.rooms.mqtt_client import parse_broker_url
from runner.ui.rooms.overview import OverviewWindow, open_overview
from tests.broker import Broker

ROOMS = 20


class RepaintStamps(QObject):
    """For each change received, the first paint of its tile's segment line, minus its `bench_t`."""

    def __init__(self, window: OverviewWindow) -> None:
        super().__init__(window)
        self.window, self.pending, self.latencies_ms = window, {}, []
        self._labels: dict[int, str] = {}
        lock = threading.Lock()
        put, take = window.inbox.put, window.take_message

        def arrived(room: str, leaf: str, payload: bytes) -> bool:  # paho's thread, into the inbox
            if leaf == "state" and room in self._labels.values():  # a room's first document sets it up
                with lock:  # the oldest change not yet painted: a newer one replacing it waits longer
                    self.pending.setdefault(room, json.loads(payload)["bench_t"])
            return put(room, leaf, payload)

        def taken(room: str, leaf: str, payload: bytes) -> bool:  # the GUI thread, at a sort
            for key, tile in window.tile_widgets.items():  # the tiles made at the sort before
                if id(tile.segment_label) not in self._labels:
                    self._labels[id(tile.segment_label)] = key
                    tile.segment_label.installEventFilter(self)
            return take(room, leaf, payload)

        window.inbox.put = arrived  # type: ignore[method-assign]
        window.take_message = taken  # type: ignore[method-assign]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            room = self._labels.get(id(watched))
            sent = self.pending.pop(room, None) if room else None  # (a dict's pop is atomic)
            if sent is not None:
                self.latencies_ms.append((time.monotonic() - sent) * 1000.0)
        return False


def bare_hop(url: str, latencies_ms: list[float]) -> object:
    """A plain paho subscriber: the broker's hop alone, the baseline of the overview's figure."""
    import paho.mqtt.client as mqtt

    address = parse_broker_url(url)
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)
    lock = threading.Lock()

    def received(client: object, userdata: object, message: object) -> None:
        stamp = json.loads(message.payload).get("bench_t")  # type: ignore[attr-defined]
        with lock:
            latencies_ms.append((time.monotonic() - stamp) * 1000.0)

    client.on_message = received
    client.on_connect = lambda c, u, f, reason, p: c.subscribe(f"{address.prefix}/+/state", 1)
    client.connect(address.host, address.port)
    client.loop_start()
    return client


def measure(quick: bool) -> dict[str, object]:
    changes = 200 if quick else 600
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        broker = Broker(Path(folder))
        broker.start()
        try:
            url = broker.url("bench")
            window, _ = open_overview(parse_broker_url(url))
            window.resize(1920, 1080)
            window.show()
            stamps = RepaintStamps(window)
            hops: list[float] = []
            hop_client = bare_hop(url, hops)
            rooms = children.start("rooms_child.py", [url, str(ROOMS), str(changes), str(random.randrange(1 << 30))])
            poll = QTimer()
            poll.timeout.connect(lambda: app.quit() if rooms.process.poll() is not None else None)
            poll.start(100)
            app.exec()
            rooms.result(timeout=30)
            hop_client.loop_stop()  # type: ignore[attr-defined]
            window.close()
        finally:
            broker.stop()
    timed_hops = hops[ROOMS:]  # the first document of each room is the set-up, not a timed change
    repaint = stamps.latencies_ms  # a room's first document is not timed (RepaintStamps)
    return {
        "load_average_1min": r(os.getloadavg()[0], 1),  # the machine's other work: this VM is shared
        "overview_rooms": ROOMS,
        "overview_changes": len(repaint),
        "overview_repaint_ms_p50": r(percentile(repaint, 50), 1),
        "overview_repaint_ms_p99": r(percentile(repaint, 99), 1),
        "broker_hop_ms_p50": r(percentile(timed_hops, 50), 1),
        "broker_hop_ms_p99": r(percentile(timed_hops, 99), 1),
        "overview_repaint_vs_hop_p99_ratio": r(percentile(repaint, 99) / max(percentile(timed_hops, 99), 1e-9), 2),
    }


def flip_with_publishing(quick: bool) -> dict[str, object]:
    """The publishing room's flips against the same countdown not publishing, alternated in one run."""
    flips, rounds = (20, 3) if quick else (40, 4)
    plain: list[float] = []
    publishing: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        broker = Broker(Path(folder))
        broker.start()
        try:
            for _ in range(rounds):
                for url, errors in ((None, plain), (broker.url("flip"), publishing)):
                    child = children.start("flip_publish_child.py", [str(flips), *([url] if url else [])])
                    result = child.result(timeout=flips * 3 + 30)
                    if url and not result["connected"]:
                        raise RuntimeError("the publishing room never reached the broker")
                    errors.extend(result["errors_ms"])
        finally:
            broker.stop()
    p99_plain, p99_publishing = percentile(plain, 99), percentile(publishing, 99)
    return {
        "flip_plain_error_ms_p99": r(p99_plain, 2),
        "flip_publishing_error_ms_p99": r(p99_publishing, 2),
        "flip_publishing_minus_plain_ms_p99": r(p99_publishing - p99_plain, 2),
        "flip_publishing_count": len(publishing),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    log("rooms: 20 rooms -> mosquitto -> overview")
    result = measure(args.quick)
    log("rooms: a publishing room's flips against a plain one's")
    result.update(flip_with_publishing(args.quick))
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The overview on a real Mosquitto: rooms in other processes appear, and one killed outright goes offline."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from runner.core.clock import SystemClock
from runner.ui.rooms.mqtt_client import parse_broker_url
from runner.ui.rooms.overview import open_overview
from tests.broker import broker_fixture

broker = pytest.fixture(scope="module")(broker_fixture)
REPO = Path(__file__).resolve().parents[2]

# A room in a process of its own: an MQTT link publishing one running segment, until killed.
ROOM_PROCESS = """
import sys, threading
from datetime import datetime, timezone
from runner.ui.rooms.mqtt_client import parse_broker_url
from runner.ui.rooms.mqtt_link import MqttLink
url, room, title = sys.argv[1:4]
link = MqttLink(parse_broker_url(url), room, retry_s=(0.1, 0.5))
link.start()
link.publish({"version": 1, "room": room.title(), "day": "2020-06-12",
              "sent_at": datetime.now(timezone.utc).isoformat(), "status": "running",
              "segment": {"index": 0, "title": title, "kind": "segment", "group": None},
              "remaining_ms": 600000, "speaker": None, "next": None, "offset_s": 0,
              "projected_end": None, "hard_stop": None, "hard_stop_at_risk": False, "message": None})
print("started", flush=True)
threading.Event().wait()
"""


@pytest.fixture
def rooms(broker):
    started: list[subprocess.Popen[str]] = []

    def start(prefix: str, room: str, title: str) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-c", ROOM_PROCESS, broker.url(prefix), room, title],
            cwd=REPO,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        started.append(process)
        return process

    yield start
    for process in started:
        process.kill()
        process.wait()


@pytest.fixture
def overview(qtbot, broker):
    def open_at(prefix: str):
        window, _ = open_overview(parse_broker_url(broker.url(prefix)), SystemClock())
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        windows.append(window)
        return window

    windows: list = []
    yield open_at
    for window in windows:
        window.close()


def tile_names(window) -> list[str]:
    return sorted(tile.name_label.text() for tile in window.tiles_in_order())


def test_two_rooms_publishing_are_both_on_the_overview(qtbot, rooms, overview):
    window = overview("igf")
    qtbot.waitUntil(lambda: window.link_label.text().startswith("Broker: connected"), timeout=5000)
    rooms("igf", "plenary", "Opening of the Forum")
    rooms("igf", "workshop-3", "Meaningful connectivity — 王毅")
    qtbot.waitUntil(lambda: tile_names(window) == ["Plenary", "Workshop-3"], timeout=15000)
    assert window.tile_widgets["workshop-3"].segment_label.text() == "Meaningful connectivity — 王毅"
    assert all(tile.badge_label.text() == "" for tile in window.tiles_in_order())


def test_a_room_killed_outright_is_marked_offline_by_its_last_will(qtbot, broker, rooms, overview):
    room = rooms("will", "plenary", "Opening")
    assert room.stdout is not None and room.stdout.readline().strip() == "started"
    window = overview("will")
    qtbot.waitUntil(lambda: "plenary" in window.tile_widgets, timeout=15000)
    qtbot.waitUntil(lambda: window.board.rooms["plenary"].online is True, timeout=5000)
    room.send_signal(signal.SIGKILL)  # no goodbye: only the broker's will can tell
    room.wait()
    # The broker notices the dead connection at once (the socket closes) and publishes the will.
    qtbot.waitUntil(lambda: window.tile_widgets["plenary"].badge_label.text() == "OFFLINE", timeout=15000)
    assert window.tile_widgets["plenary"].countdown.caption == "last known"


def test_junk_under_the_prefix_is_ignored_by_a_live_overview(qtbot, broker, rooms, overview):
    import paho.mqtt.client as mqtt

    window = overview("junk")
    qtbot.waitUntil(lambda: window.link_label.text().startswith("Broker: connected"), timeout=5000)
    vandal = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)
    vandal.connect("127.0.0.1", broker.port)
    vandal.loop_start()
    try:
        for topic, payload in (
            ("junk/a/state", b"\xff\xfe not json"),
            ("junk/b/state", json.dumps({"version": "x"}).encode()),
            ("junk/c/online", b"perhaps"),
            ("junk/c/state/deeper", b"{}"),
            ("junk/d", b"true"),
        ):
            vandal.publish(topic, payload, qos=1).wait_for_publish(5)
        rooms("junk", "plenary", "Opening")
        qtbot.waitUntil(lambda: tile_names(window) == ["Plenary"], timeout=15000)
    finally:
        vandal.disconnect()
        vandal.loop_stop()
    assert window.isVisible()


def test_a_flood_of_rooms_is_capped_and_said_and_the_window_keeps_up(qtbot, broker, overview):
    """1,500 rooms from one client, each state three times (4,500 messages at once): the window
    shows 100, says how many there are, and a room's next change after the flood is on its tile
    at once. (Mosquitto drops what a subscriber's queue cannot hold, 1,000 messages by default:
    under a loaded machine not every room of the flood need arrive.)"""
    import paho.mqtt.client as mqtt

    from tests.state_documents import document_bytes

    window = overview("flood")
    qtbot.waitUntil(lambda: window.link_label.text().startswith("Broker: connected"), timeout=5000)
    flood = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)
    flood.max_inflight_messages_set(1000)
    flood.connect("127.0.0.1", broker.port)
    flood.loop_start()
    rooms = 1_500
    try:
        for round_ in range(3):
            sent = [
                flood.publish(f"flood/r{number}/state", document_bytes(f"R{number:04d}", f"Round {round_}"), qos=1)
                for number in range(rooms)
            ]
        for message in sent:
            message.wait_for_publish(10)

        def settled() -> bool:
            line = f"Showing 100 of {window.board.room_count:,} rooms: those most in need of attention."
            return not window.inbox and window.count_label.isVisible() and window.count_label.text() == line

        qtbot.waitUntil(settled, timeout=20000)
        assert 100 < window.board.room_count <= rooms
        shown = window.tiles_in_order()[0]
        key = next(key for key, tile in window.tile_widgets.items() if tile is shown)
        flood.publish(f"flood/{key}/state", document_bytes(shown.name_label.text(), "After the flood"), qos=1)
        qtbot.waitUntil(lambda: shown.segment_label.text() == "After the flood", timeout=5000)
    finally:
        flood.disconnect()
        flood.loop_stop()
    assert len(window.tile_widgets) == 100 and len(window.board.rooms) <= rooms

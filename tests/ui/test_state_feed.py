"""The room's one state feed: a document built once per change reaches the views and the broker
alike, on every event and every 5 s a quarter second after a flip (issue: one feed at the UI edge)."""

from __future__ import annotations

import itertools
import json

import pytest
from PySide6.QtCore import Qt

from runner.core import state_document as documents
from runner.ui.base.timers import FakeTimers
from runner.ui.rooms.mqtt_client import parse_broker_url
from runner.ui.rooms.mqtt_link import MqttLink
from runner.ui.rooms.room_services import feed_for
from runner.ui.rooms.state_feed import AFTER_FLIP_MS, HEARTBEAT_S
from runner.web.address import ListenAddress


@pytest.fixture
def feed(console):
    made = feed_for(console)
    yield made
    made.close()


def test_every_subscriber_gets_the_one_document_built_per_change(qtbot, console, feed, monkeypatch):
    built: list[dict] = []
    real = documents.state_document
    monkeypatch.setattr(
        "runner.ui.rooms.state_feed.state_document", lambda *a, **k: built.append(real(*a, **k)) or built[-1]
    )
    views, broker = [], []
    feed.subscribe(views.append)
    feed.subscribe(broker.append)
    built.clear(), views.clear(), broker.clear()
    qtbot.keyClick(console.host.table, Qt.Key.Key_Space)  # the start, and the first speaker's turn
    console.host.message_box.setEditText("Please wrap up")
    console.host.send_message()
    assert len(built) == 3 and views == built and broker == built
    assert all(a is b for a, b in zip(views, broker, strict=True))  # the same object: built once
    assert views[-1]["message"] == "Please wrap up" and views[-1]["segment"]["title"] == "Opening"


def test_between_events_both_get_it_every_5_s_a_quarter_second_after_a_flip(qtbot, console, feed, clock, timers):
    qtbot.keyClick(console.host.table, Qt.Key.Key_Space)
    ticks, views, broker = [], [], []
    console.bridge.tick.connect(lambda snapshot: ticks.append(clock.monotonic()))
    feed.subscribe(lambda document: views.append((clock.monotonic(), document)))
    feed.subscribe(lambda document: broker.append((clock.monotonic(), document)))
    views.clear(), broker.clear()
    timers.advance(16)
    assert [at for at, _ in views] == [at for at, _ in broker] and len(views) == 3
    for at, document in views:
        # Off the flip: the paint of the second just shown never waits for a broadcast or the link.
        assert at - max(t for t in ticks if t <= at) == pytest.approx(AFTER_FLIP_MS / 1000, abs=0.002)
        assert document["remaining_ms"] % 1000 == pytest.approx(750, abs=5)  # mid-second: both flip together
    assert [round(b[0] - a[0], 3) for a, b in itertools.pairwise(views)] == [HEARTBEAT_S, HEARTBEAT_S]


def test_the_views_and_the_broker_get_the_same_bytes(qtbot, console, feed):
    from runner.ui.rooms.live_views import start_live_views

    views = start_live_views(feed, ListenAddress("127.0.0.1", 0), None)
    link = MqttLink(parse_broker_url("mqtt://127.0.0.1:9/bytes"), "plenary")  # no broker: it serialises all the same
    link.start()
    try:
        feed.subscribe(link.publish)
        qtbot.keyClick(console.host.table, Qt.Key.Key_Space)
        text = views.server._latest[1]
        qtbot.waitUntil(lambda: link._last_payload == text.encode(), timeout=5000)
        assert json.loads(text)["segment"]["title"] == "Opening"
    finally:
        link.close()
        views.stop()


def test_a_feed_follows_another_bridge_and_leaves_the_old_one(
    qtbot, console, feed, agenda, clock, timers, tmp_path, monkeypatch
):
    from runner.ui.app import build_console

    sent: list[dict] = []
    feed.subscribe(sent.append)
    other = build_console(agenda, agenda.days[0], clock, tmp_path / "other.sqlite", console.settings, timers)
    qtbot.addWidget(other.host)
    feed.follow(other.bridge, other.bridge.engine.day.date, feed.room)
    assert sent[-1]["status"] == "idle"
    sent.clear()
    console.session.engine.advance()  # the old day's engine: no longer heard
    assert sent == []
    other.session.engine.advance()
    assert sent and sent[-1]["status"] == "running"
    made: list[object] = []
    monkeypatch.setattr(timers, "timer", lambda *a, **k: made.append(a) or FakeTimers.timer(timers, *a, **k))
    for _ in range(3):  # days opened one after another, by the app's one timer factory
        feed.follow(other.bridge, other.bridge.engine.day.date, feed.room)
    assert made == []  # the heartbeat's timer is the first day's, not one more per day
    other.bridge.close()

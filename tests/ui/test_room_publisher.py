"""The host window publishing its room to a real Mosquitto: status bar, refusal, a broker restart, the menu."""

from __future__ import annotations

import json
import time

import pytest

from runner.ui.mqtt_client import LinkState, parse_broker_url
from runner.ui.publish_menu import PublishControl
from tests.broker import FAST_RETRY, PASSWORD, USER, Heard, broker_fixture, listen_fixture

broker = pytest.fixture(scope="module")(broker_fixture)
listen = pytest.fixture(listen_fixture)


@pytest.fixture
def control(console):
    made = PublishControl(console, "plenary", retry_s=FAST_RETRY)
    yield made
    made.stop()


def title(heard: Heard) -> str | None:
    payload = heard.get("plenary", "state")
    segment = json.loads(payload)["segment"] if payload else None
    return segment["title"] if segment else None


def test_every_start_reaches_the_broker_and_the_status_bar_says_connected(qtbot, broker, console, control, listen):
    heard = listen("hall")
    publisher = control.start(parse_broker_url(broker.url("hall")))
    qtbot.waitUntil(lambda: publisher.link.connected, timeout=5000)
    qtbot.waitUntil(lambda: publisher.label.text().startswith("Broker: connected to mqtt://"), timeout=5000)
    qtbot.keyClick(console.host.table, " ")  # Space: Opening
    qtbot.waitUntil(lambda: title(heard) == "Opening", timeout=5000)
    qtbot.keyClick(console.host.table, " ")
    qtbot.waitUntil(lambda: title(heard) == "Digital public goods", timeout=5000)
    console.host.messageSent.emit("Please wrap up")
    qtbot.waitUntil(lambda: json.loads(heard.get("plenary", "state"))["message"] == "Please wrap up", timeout=5000)
    assert console.settings.publish_url == broker.url("hall")
    assert console.settings.publish_room == "plenary"


def test_a_refused_password_is_one_line_and_the_session_runs_on(qtbot, broker, console, control):
    address = parse_broker_url(broker.url("locked", user=f"{USER}:wrong", locked=True))
    publisher = control.start(address)
    qtbot.waitUntil(lambda: publisher.link.status.state is LinkState.REFUSED, timeout=5000)
    qtbot.waitUntil(lambda: "refused" in publisher.label.text(), timeout=5000)
    assert publisher.label.text() == "Broker: the broker refused: not authorized — check the user and password"
    assert "\n" not in publisher.label.text()
    qtbot.keyClick(console.host.table, " ")
    assert console.host.title_label.text() == "Opening"
    assert "start" in [e.type for e in console.session.engine.events]
    assert console.settings.publish_url == f"mqtt://{USER}@127.0.0.1:{broker.locked_port}/locked"  # no password kept


def test_a_broker_away_and_back_loses_nothing(qtbot, broker, console, control, listen, clock):
    publisher = control.start(parse_broker_url(broker.url("restart")))
    qtbot.waitUntil(lambda: publisher.link.connected, timeout=5000)
    broker.stop()
    qtbot.waitUntil(lambda: publisher.link.status.state is LinkState.RETRYING, timeout=5000)
    qtbot.waitUntil(lambda: "retrying" in publisher.label.text(), timeout=5000)
    began = time.perf_counter()
    for _ in range(3):  # the host runs the day while the broker is away
        qtbot.keyClick(console.host.table, " ")
        clock.advance(60)
        console.bridge.refresh()
    assert time.perf_counter() - began < 0.5  # no key press waited for the broker
    assert console.host.title_label.text() == "Intermission"
    logged = [(e.event.type, e.event.segment) for e in console.session.log.events()]
    assert logged == [(e.type, e.segment) for e in console.session.engine.events]  # every event is on disk
    assert [segment for kind, segment in logged if kind == "start"] == [0, 1, 2]
    assert console.host.countdown.text == "9:00"  # the clock ran on by itself: 10 min, one minute gone
    broker.start()
    qtbot.waitUntil(lambda: publisher.link.connected, timeout=10000)
    heard = listen("restart")
    qtbot.waitUntil(lambda: title(heard) == "Intermission", timeout=5000)
    assert heard.get("plenary", "online") == b"true"


def test_the_menu_asks_and_remembers_without_the_password(qtbot, broker, console, control):
    session_menu = console.host.menuBar().actions()[1].menu()
    assert session_menu.title() == "&Session" and control.publish_action in session_menu.actions()
    url = broker.url("menu", user=f"{USER}:{PASSWORD}", locked=True)
    publisher = control.start(parse_broker_url(url), "Salle 2")
    qtbot.waitUntil(lambda: publisher.link.connected, timeout=5000)
    assert console.settings.publish_url == f"mqtt://{USER}@127.0.0.1:{broker.locked_port}/menu"
    assert console.settings.publish_room == "Salle 2"
    control.stop()
    resumed = control.resume_remembered()  # another day opened in this run: the same broker, password and all
    assert resumed is not None and resumed.link.address.password == PASSWORD
    qtbot.waitUntil(lambda: resumed.link.connected, timeout=5000)
    control.stop()
    console.settings.broker_this_run = None  # the next start of the app: nothing in memory
    assert control.resume_remembered() is None  # a password is wanted: the host is asked, not guessed for
    console.settings.publish_url = broker.url("menu")
    resumed = control.resume_remembered()
    assert resumed is not None and resumed.room == "Salle 2"
    control.stop_and_forget()
    assert console.settings.publish_url == ""

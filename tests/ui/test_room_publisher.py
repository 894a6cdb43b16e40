"""The host window publishing its room to a real Mosquitto: status bar, refusal, a broker restart, the menu."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from runner.ui.rooms.mqtt_client import LinkState, parse_broker_url
from runner.ui.rooms.publish_menu import PublishControl
from tests.broker import FAST_RETRY, PASSWORD, USER, Heard, ThreadsCalling, broker_fixture, listen_fixture

broker = pytest.fixture(scope="module")(broker_fixture)
WAIT_MS = 30_000  # a broker (re)started on a loaded machine: waited for, never timed
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
    qtbot.waitUntil(lambda: publisher.link.connected, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: publisher.label.text().startswith("Broker: connected to mqtt://"), timeout=WAIT_MS)
    qtbot.keyClick(console.host.table, " ")  # Space: Opening
    qtbot.waitUntil(lambda: title(heard) == "Opening", timeout=WAIT_MS)
    qtbot.keyClick(console.host.table, " ")
    qtbot.waitUntil(lambda: title(heard) == "Digital public goods", timeout=WAIT_MS)
    console.host.messageSent.emit("Please wrap up")
    qtbot.waitUntil(lambda: json.loads(heard.get("plenary", "state"))["message"] == "Please wrap up", timeout=WAIT_MS)
    assert console.settings.publish_url == broker.url("hall")
    assert console.settings.publish_room == "plenary"


def test_a_refused_password_is_one_line_and_the_session_runs_on(qtbot, broker, console, control):
    address = parse_broker_url(broker.url("locked", user=f"{USER}:wrong", locked=True))
    publisher = control.start(address)
    qtbot.waitUntil(lambda: publisher.link.status.state is LinkState.REFUSED, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "refused" in publisher.label.text(), timeout=WAIT_MS)
    assert publisher.label.text() == "Broker: the broker refused: not authorized — check the user and password"
    assert "\n" not in publisher.label.text()
    qtbot.keyClick(console.host.table, " ")
    assert console.host.title_label.text() == "Opening"
    assert "start" in [e.type for e in console.session.engine.events]
    assert console.settings.publish_url == f"mqtt://{USER}@127.0.0.1:{broker.locked_port}/locked"  # no password kept


def test_a_broker_away_and_back_loses_nothing(qtbot, broker, console, control, listen, clock):
    publisher = control.start(parse_broker_url(broker.url("restart")))
    qtbot.waitUntil(lambda: publisher.link.connected, timeout=WAIT_MS)
    broker.stop()
    qtbot.waitUntil(lambda: publisher.link.status.state is LinkState.RETRYING, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "retrying" in publisher.label.text(), timeout=WAIT_MS)
    client = publisher.link._client = ThreadsCalling(publisher.link._client)
    handed: list[dict] = []
    publisher.feed.published.connect(handed.append)
    for _ in range(3):  # the host runs the day while the broker is away
        qtbot.keyClick(console.host.table, " ")
        clock.advance(60)
        console.bridge.refresh()
    # No key press waited for the broker: each only left its document in the link's mailbox, and
    # nothing on the GUI thread called the broker's client (how long that takes is bench/rooms.py's).
    assert [d["segment"]["title"] for d in handed][-1] == "Intermission"
    assert client.from_gui_thread() == []
    assert console.host.title_label.text() == "Intermission"
    logged = [(e.event.type, e.event.segment) for e in console.session.log.events()]
    assert logged == [(e.type, e.segment) for e in console.session.engine.events]  # every event is on disk
    assert [segment for kind, segment in logged if kind == "start"] == [0, 1, 2]
    assert console.host.countdown.text == "9:00"  # the clock ran on by itself: 10 min, one minute gone
    broker.start()
    qtbot.waitUntil(lambda: publisher.link.connected, timeout=WAIT_MS)
    heard = listen("restart")
    qtbot.waitUntil(lambda: title(heard) == "Intermission", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: heard.get("plenary", "online") == b"true", timeout=WAIT_MS)  # its own topic: in any order
    assert client.from_gui_thread() == []


def test_the_menu_asks_and_remembers_without_the_password(qtbot, broker, console, control):
    session_menu = console.host.menuBar().actions()[1].menu()
    assert session_menu.title() == "&Session" and control.publish_action in session_menu.actions()
    url = broker.url("menu", user=f"{USER}:{PASSWORD}", locked=True)
    publisher = control.start(parse_broker_url(url), "Salle 2")
    qtbot.waitUntil(lambda: publisher.link.connected, timeout=WAIT_MS)
    assert console.settings.publish_url == f"mqtt://{USER}@127.0.0.1:{broker.locked_port}/menu"
    assert console.settings.publish_room == "Salle 2"
    control.stop()
    resumed = control.resume_remembered()  # another day opened in this run: the same broker, password and all
    assert resumed is not None and resumed.link.address.password == PASSWORD
    qtbot.waitUntil(lambda: resumed.link.connected, timeout=WAIT_MS)
    control.stop()
    console.settings.broker_this_run = None  # the next start of the app: nothing in memory
    assert control.resume_remembered() is None  # a password is wanted: the host is asked, not guessed for
    assert "wants a password" in console.host.notices.text()
    remembered = console.settings.remembered_broker(control.agenda)
    console.settings.remember_broker(control.agenda, replace(remembered, url=broker.url("menu")))  # no password
    resumed = control.resume_remembered()
    assert resumed is not None and resumed.room == "Salle 2"
    control.stop_and_forget()
    assert console.settings.publish_url == "" and console.settings.remembered_broker(control.agenda) is None

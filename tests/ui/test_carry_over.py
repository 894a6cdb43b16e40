"""Another day opened from the File menu keeps what the host shared: the app's room services (its
view server: same port, same links, the chair's open page shows the new day) follow the new day;
nothing is handed over by hand. Another day of the same agenda keeps its room and broker link (no
offline in between); another agenda is another room (issue 24): the room before goes offline, and
the new agenda's own room is published to the same broker, the window saying so."""

from __future__ import annotations

import http.client
import json
import threading

import pytest
from PySide6.QtCore import Qt
from websockets.sync.client import connect

from runner.ui.console.actions import Action
from runner.ui.rooms.mqtt_client import parse_broker_url
from runner.ui.rooms.mqtt_feed import RoomFeed
from runner.web.address import ListenAddress
from runner.web.tokens import load_tokens, tokens_path
from tests.broker import FAST_RETRY, broker_fixture
from tests.ui.test_live_views_browser import browser, link, shows  # noqa: F401 - the browser fixture
from tests.ui.test_opening import TWO_DAYS, choose_in_next_dialog, write

broker = pytest.fixture(scope="module")(broker_fixture)
WAIT_MS = 30_000  # a broker or a browser on a loaded machine: waited for, never timed


def open_second_day(qtbot, shell, tmp_path, monkeypatch):
    """As the host does: File → Open, the two-day agenda, 'Second day' in the day picker."""
    path = write(tmp_path, "forum.yaml", TWO_DAYS)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(path), ""))
    old = shell.console
    choose_in_next_dialog("Second day", [])
    old.host.actions_[Action.OPEN].trigger()
    new = shell.console
    assert new is not old and new.bridge.engine.day.title == "Second day"
    qtbot.waitUntil(new.host.isActiveWindow, timeout=2000)  # the keys go to the new day's window
    return new


def until(viewer, wanted):
    """The first document received that satisfies `wanted`."""
    while True:
        document = json.loads(viewer.recv(timeout=5))
        if wanted(document):
            return document


def control_request(views, action, token):
    connection = http.client.HTTPConnection("127.0.0.1", views.server.port, timeout=5)
    connection.request(
        "POST", f"/api/control/{action}?token={token}", headers={"Host": f"127.0.0.1:{views.server.port}"}
    )
    return connection.getresponse().status


def test_the_open_page_gets_the_new_days_state_on_the_same_port_and_links(shell, qtbot, tmp_path, monkeypatch):
    from runner.ui.rooms.share_views import serve_console

    old = shell.console
    views = serve_console(old, ListenAddress("127.0.0.1", 0), control=True)
    port, tokens = views.server.port, views.server.tokens
    with connect(f"ws://127.0.0.1:{port}/ws?token={tokens.chair}", open_timeout=3) as viewer:
        assert until(viewer, lambda d: True)["day"] == "2020-06-12"
        new = open_second_day(qtbot, shell, tmp_path, monkeypatch)
        document = until(viewer, lambda d: d["day"] == "2020-06-13")  # the same socket, never closed
        assert document["next"]["title"] == "Wrap-up" and document["room"] == "forum"  # its own room
        qtbot.keyClick(new.host.table, Qt.Key.Key_Space)
        assert until(viewer, lambda d: d["status"] == "running")["segment"]["title"] == "Wrap-up"
    assert new.services is old.services and new.services.views is views and old.bridge.closed  # one app, one server
    assert (views.server.port, views.server.tokens) == (port, tokens)
    assert load_tokens(tokens_path(new.session.log_path)) == tokens  # a restart on that day: the same links
    assert control_request(views, "start_next", tokens.control) == 202  # the control API drives the new day
    qtbot.waitUntil(lambda: new.bridge.engine.current == 1, timeout=10_000)
    new.host.close()  # quitting the app still stops the server
    assert views.server._thread is None


class Hearing:
    """Every message a room feed hears under a prefix, in order, gathered from its thread."""

    def __init__(self, url: str) -> None:
        self.heard: list[tuple[str, str, bytes]] = []
        self._lock = threading.Lock()
        self.feed = RoomFeed(parse_broker_url(url), self._hear, retry_s=FAST_RETRY)
        self.feed.start()

    def _hear(self, room: str, leaf: str, payload: bytes) -> None:
        with self._lock:
            self.heard.append((room, leaf, payload))

    def states(self, room: str) -> list[dict]:
        with self._lock:
            return [json.loads(p) for r, leaf, p in self.heard if r == room and leaf == "state"]

    def online(self, room: str) -> list[bytes]:
        with self._lock:
            return [p for r, leaf, p in self.heard if r == room and leaf == "online"]

    def last_day(self, room: str) -> str | None:
        states = self.states(room)
        return states[-1]["day"] if states else None


def test_another_day_of_the_agenda_is_heard_in_the_same_room_with_no_offline_between(
    shell, qtbot, tmp_path, monkeypatch, broker
):
    from runner.io.agenda_yaml import load_agenda
    from runner.ui.rooms.publish_menu import install_publishing

    agenda = load_agenda(write(tmp_path, "forum.yaml", TWO_DAYS))
    first = shell.open(agenda, agenda.days[0])  # the two-day agenda's first day, in its own log
    hearing = Hearing(broker.url("days"))
    try:
        publisher = install_publishing(first, agenda).start(parse_broker_url(broker.url("days")), "Plenary")
        qtbot.waitUntil(lambda: hearing.last_day("Plenary") == "2020-06-12", timeout=WAIT_MS)
        new = open_second_day(qtbot, shell, tmp_path, monkeypatch)  # File → Open: the same file, day 2
        qtbot.waitUntil(lambda: hearing.last_day("Plenary") == "2020-06-13", timeout=WAIT_MS)
        assert hearing.states("Plenary")[-1]["next"]["title"] == "Wrap-up"
        assert new.services.publisher is publisher and publisher.link.connected  # one connection throughout
        assert publisher.label is not None and publisher.label.isVisibleTo(new.host)  # in the new status bar
        said = "Publishing as room “Plenary” to mqtt://127.0.0.1"
        qtbot.waitUntil(lambda: said in new.host.notices.text(), timeout=WAIT_MS)
        qtbot.keyClick(new.host.table, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: hearing.states("Plenary")[-1]["status"] == "running", timeout=WAIT_MS)
        assert set(hearing.online("Plenary")) == {b"true"}  # the overview never saw the room go away
        new.host.close()  # quitting says offline, once
        qtbot.waitUntil(lambda: hearing.online("Plenary")[-1] == b"false", timeout=WAIT_MS)
    finally:
        hearing.feed.close()


def test_another_agenda_is_its_own_room_and_the_room_before_goes_offline(shell, qtbot, tmp_path, monkeypatch, broker):
    from runner.ui.rooms.publish_menu import install_publishing

    hearing = Hearing(broker.url("carry"))
    try:
        old = shell.console  # test-forum.yaml, published as the room the host named
        publisher = install_publishing(old).start(parse_broker_url(broker.url("carry")), "Plenary")
        qtbot.waitUntil(lambda: hearing.last_day("Plenary") == "2020-06-12", timeout=WAIT_MS)
        new = open_second_day(qtbot, shell, tmp_path, monkeypatch)  # File → Open: forum.yaml, another agenda
        qtbot.waitUntil(lambda: hearing.online("Plenary")[-1:] == [b"false"], timeout=WAIT_MS)  # retained
        qtbot.waitUntil(lambda: hearing.last_day("forum") == "2020-06-13", timeout=WAIT_MS)
        latest = hearing.states("forum")[-1]
        assert latest["room"] == "forum" and latest["next"]["title"] == "Wrap-up"
        qtbot.waitUntil(lambda: hearing.online("forum")[-1:] == [b"true"], timeout=WAIT_MS)
        assert {d["day"] for d in hearing.states("Plenary")} == {"2020-06-12"}  # never the new day as that room
        said = "Publishing as room “forum” (this agenda's own) to mqtt://127.0.0.1"
        qtbot.waitUntil(lambda: said in new.host.notices.text(), timeout=WAIT_MS)
        assert new.host.notices.text().endswith("; room “Plenary” is offline now")
        carried = new.services.publisher
        assert carried is not None and carried is not publisher and carried.room == "forum"
        assert carried.link.address == publisher.link.address  # the same broker
        assert carried.label is not None and carried.label.isVisibleTo(new.host)
        assert new.services.room == "forum" and not publisher.link.connected
        qtbot.keyClick(new.host.table, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: hearing.states("forum")[-1]["status"] == "running", timeout=WAIT_MS)
        assert hearing.states("Plenary")[-1]["status"] != "running"  # the room before kept its last state
        new.host.close()
        qtbot.waitUntil(lambda: hearing.online("forum")[-1] == b"false", timeout=WAIT_MS)
    finally:
        hearing.feed.close()


def test_the_chairs_open_page_shows_the_new_day(shell, qtbot, tmp_path, monkeypatch, browser):  # noqa: F811
    from runner.ui.rooms.share_views import serve_console

    views = serve_console(shell.console, ListenAddress("127.0.0.1", 0), control=False)
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    try:
        page.goto(link(views, "chair"))
        shows(page, "title", "Coming up: Opening", timeout=WAIT_MS)
        new = open_second_day(qtbot, shell, tmp_path, monkeypatch)
        shows(page, "title", "Coming up: Wrap-up", timeout=10_000)  # the page was never reloaded
        qtbot.keyClick(new.host.table, Qt.Key.Key_Space)
        shows(page, "title", "Wrap-up", timeout=10_000)
        shows(page, "countdown", "9:", timeout=10_000)  # running: the new day's 10 minutes count down
    finally:
        context.close()


def test_open_recent_keeps_the_links_and_a_day_opened_after_quitting_carries_nothing(shell, tmp_path):
    from runner.ui.rooms.share_views import serve_console
    from tests.ui.test_opening import ONE_DAY

    path = write(tmp_path, "rehearsal.yaml", ONE_DAY)
    shell._settings.add_recent_agenda(str(path))
    views = serve_console(shell.console, ListenAddress("127.0.0.1", 0), control=False)
    menu = shell.console.host.menus.recent
    menu.aboutToShow.emit()
    next(a for a in menu.actions() if a.text() == str(path)).trigger()  # File → Open recent
    connection = http.client.HTTPConnection("127.0.0.1", views.server.port, timeout=5)
    connection.request("GET", f"/api/state?token={views.server.tokens.speaker}")
    document = json.loads(connection.getresponse().read())
    assert document["next"]["title"] == "Sound check" and shell.console.services.views is views
    shell.console.host.close()
    assert views.server._thread is None
    plain = shell.open(*_first_day_of(path))  # the host had quit that day: its views stopped with it
    assert plain.services.views is None and plain.services.publisher is None


def _first_day_of(path):
    from runner.io.agenda_yaml import load_agenda

    agenda = load_agenda(path)
    return agenda, agenda.days[0], path.with_suffix(".again.sqlite")


def test_the_views_language_the_host_chose_reaches_the_feed_at_once_and_the_next_day(
    shell, qtbot, tmp_path, monkeypatch
):
    from runner.ui.rooms.room_services import feed_for

    sent: list[dict] = []
    feed_for(shell.console).subscribe(sent.append)
    shell.console.host.languageChosen.emit("zh")  # View → Language
    assert sent[-1]["language"] == "zh"
    new = open_second_day(qtbot, shell, tmp_path, monkeypatch)
    assert new.services.language == "zh" and feed_for(new).publish()["language"] == "zh"

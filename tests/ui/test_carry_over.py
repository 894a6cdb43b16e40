"""Another day opened from the File menu keeps what the host shared: the app's room services (its
view server: same port, same links, the chair's open page shows the new day; its broker link: same
room, no offline in between) follow the new day; nothing is handed over by hand."""

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
        assert document["next"]["title"] == "Wrap-up" and document["room"] == "test-forum"
        qtbot.keyClick(new.host.table, Qt.Key.Key_Space)
        assert until(viewer, lambda d: d["status"] == "running")["segment"]["title"] == "Wrap-up"
    assert new.services is old.services and new.services.views is views and old.bridge.closed  # one app, one server
    assert (views.server.port, views.server.tokens) == (port, tokens)
    assert load_tokens(tokens_path(new.session.log_path)) == tokens  # a restart on that day: the same links
    assert control_request(views, "start_next", tokens.control) == 202  # the control API drives the new day
    qtbot.waitUntil(lambda: new.bridge.engine.current == 1, timeout=10_000)
    new.host.close()  # quitting the app still stops the server
    assert views.server._thread is None


def test_the_broker_hears_the_new_day_in_the_same_room_with_no_offline_between(
    shell, qtbot, tmp_path, monkeypatch, broker
):
    from runner.ui.rooms.publish_menu import install_publishing

    heard: list[tuple[str, str, bytes]] = []
    lock = threading.Lock()

    def hear(room: str, leaf: str, payload: bytes) -> None:
        with lock:
            heard.append((room, leaf, payload))

    def states() -> list[dict]:
        with lock:
            return [json.loads(p) for room, leaf, p in heard if leaf == "state"]

    feed = RoomFeed(parse_broker_url(broker.url("carry")), hear, retry_s=FAST_RETRY)
    feed.start()
    try:
        publisher = install_publishing(shell.console).start(parse_broker_url(broker.url("carry")), "Plenary")
        qtbot.waitUntil(lambda: any(d["day"] == "2020-06-12" for d in states()), timeout=WAIT_MS)
        new = open_second_day(qtbot, shell, tmp_path, monkeypatch)
        qtbot.waitUntil(lambda: states()[-1]["day"] == "2020-06-13", timeout=WAIT_MS)
        assert states()[-1]["room"] == "Plenary" and states()[-1]["next"]["title"] == "Wrap-up"
        control = install_publishing(new)
        assert control.publisher is publisher and publisher.link.connected  # one connection throughout
        assert publisher.label is not None and publisher.label.parent() is not None  # in the new status bar
        assert publisher.label.isVisibleTo(new.host)
        qtbot.keyClick(new.host.table, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: states()[-1]["status"] == "running", timeout=WAIT_MS)
        with lock:
            online = [p for room, leaf, p in heard if leaf == "online"]
        assert online and set(online) == {b"true"}  # the overview never saw the room go away
        new.host.close()  # quitting says offline, once
        qtbot.waitUntil(lambda: [p for _, leaf, p in heard if leaf == "online"][-1] == b"false", timeout=WAIT_MS)
    finally:
        feed.close()


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

"""Issue 24, item 5: a broker is remembered for its agenda and the log it was published from, with
a real Mosquitto. The next start on them publishes there again, as the same room, and the window
says so once connected; an app opened on another agenda or on another log (a rehearsal's) never
publishes as that room."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings, Qt

from runner.core.session import default_log_path
from runner.io.agenda_yaml import parse_agenda
from runner.ui.app import build_console
from runner.ui.base.alerts import installed_alerts
from runner.ui.base.settings import Settings
from runner.ui.base.timers import FakeTimers
from runner.ui.rooms.mqtt_client import parse_broker_url
from runner.ui.rooms.publish_menu import install_publishing
from tests.broker import broker_fixture, listen_fixture
from tests.ui.conftest import AGENDA_YAML
from tests.ui.test_opening import TWO_DAYS

broker = pytest.fixture(scope="module")(broker_fixture)
listen = pytest.fixture(listen_fixture)
WAIT_MS = 30_000  # a broker on a loaded machine: waited for, never timed


def title(heard) -> str | None:
    """The running segment's title in the room's last state document (None before one, or idle)."""
    payload = heard.get("plenary", "state")
    segment = json.loads(payload)["segment"] if payload else None
    return segment["title"] if segment else None


class App:
    """Starts of the app over one settings file: each start a fresh `Settings` (nothing in memory)."""

    def __init__(self, qtbot, clock, tmp_path) -> None:
        self.qtbot, self.clock, self.tmp_path = qtbot, clock, tmp_path
        self.consoles: list = []

    def start(self, agenda_file: str, log: str | None, text: str = AGENDA_YAML, day: int = 0):
        """Open day `day` of the agenda in `text` as the file `agenda_file`, on `log` (None: the
        day's own log, as `main.py` opens it without --log)."""
        agenda = parse_agenda(text.encode("utf-8"), str(self.tmp_path / agenda_file))
        settings = Settings(QSettings(str(self.tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        timers = FakeTimers(self.clock)
        chosen = agenda.days[day]
        path = self.tmp_path / log if log else default_log_path(agenda, chosen)
        console = build_console(agenda, chosen, self.clock, path, settings, timers)
        self.qtbot.addWidget(console.host)
        self.qtbot.addWidget(console.chair)
        console.host.show()
        self.qtbot.waitExposed(console.host)
        # The first frame's follow-up: alerts, then the publishing menu, which resumes a remembered broker.
        self.qtbot.waitUntil(lambda: (timers.run_due(), installed_alerts(console) is not None)[1], timeout=3000)
        self.consoles.append(console)
        return console

    def quit(self, console) -> None:
        console.host.close()  # the room goes offline, the settings are written
        console.settings.sync()


@pytest.fixture
def app(qtbot, clock, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the days' own logs go here
    made = App(qtbot, clock, tmp_path)
    yield made
    for console in made.consoles:
        if console.host.isVisible():
            console.host.close()


def test_the_next_start_on_the_agenda_and_log_publishes_as_its_room_and_says_so(qtbot, broker, listen, app):
    heard = listen("hall")
    first = app.start("forum.yaml", "forum.sqlite")
    publisher = install_publishing(first).start(parse_broker_url(broker.url("hall")), "plenary")
    qtbot.waitUntil(lambda: publisher.link.connected, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Publishing as room “plenary” to mqtt://" in first.host.notices.text(), timeout=WAIT_MS)
    assert "remembered" not in first.host.notices.text()  # chosen just now
    app.quit(first)
    qtbot.waitUntil(lambda: heard.get("plenary", "online") == b"false", timeout=WAIT_MS)

    again = app.start("forum.yaml", "forum.sqlite")  # the next morning: nothing pressed
    resumed = again.services.publisher
    assert resumed is not None and resumed.room == "plenary"
    qtbot.waitUntil(lambda: resumed.link.connected, timeout=WAIT_MS)
    said = "Publishing as room “plenary” to mqtt://127.0.0.1"
    qtbot.waitUntil(lambda: said in again.host.notices.text(), timeout=WAIT_MS)
    assert again.host.notices.text().endswith(", as remembered for this agenda")
    qtbot.keyClick(again.host.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: title(heard) == "Opening", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: heard.get("plenary", "online") == b"true", timeout=WAIT_MS)


def test_another_agenda_or_another_log_never_publishes_as_that_room(qtbot, broker, listen, app):
    heard = listen("room")
    live = app.start("forum.yaml", "live.sqlite")
    publisher = install_publishing(live).start(parse_broker_url(broker.url("room")), "plenary")
    qtbot.keyClick(live.host.table, Qt.Key.Key_Space)  # the live day runs Opening
    qtbot.waitUntil(lambda: title(heard) == "Opening", timeout=WAIT_MS)
    app.quit(live)
    qtbot.waitUntil(lambda: heard.get("plenary", "online") == b"false", timeout=WAIT_MS)
    assert publisher.link.connected is False

    other = app.start("quick-start.yaml", "other.sqlite")  # another agenda file, same settings
    assert other.services.publisher is None and other.host.notices.notice("broker") == ""
    app.quit(other)

    rehearsal = app.start("forum.yaml", "rehearsal.sqlite")  # the same agenda on another log
    assert rehearsal.services.publisher is None
    said = rehearsal.host.notices.text()
    assert "Not publishing: the broker remembered for this agenda" in said and "another timing log" in said
    assert "room “plenary”" in said
    qtbot.keyClick(rehearsal.host.table, Qt.Key.Key_Space)
    qtbot.keyClick(rehearsal.host.table, Qt.Key.Key_Space)  # the rehearsal runs on, to Digital public goods
    app.quit(rehearsal)
    # The room's state is still the live day's last: Opening, offline; no other app wrote as it.
    assert title(heard) == "Opening" and heard.get("plenary", "online") == b"false"
    assert json.loads(heard.get("plenary", "state"))["day"] == "2020-06-12"


def test_the_publish_dialog_offers_the_agendas_room_never_another_agendas(qtbot, broker, app, monkeypatch):
    from runner.ui.rooms import publish_menu

    first = app.start("forum.yaml", "forum.sqlite")
    install_publishing(first).start(parse_broker_url(broker.url("dialog")), "Salle 2")
    app.quit(first)
    other = app.start("panel.yaml", "panel.sqlite")
    offered: list[tuple[str, str]] = []

    class Dialog:  # what the dialog would be filled in with, without showing it
        def __init__(self, url, room, parent) -> None:
            offered.append((url, room))

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(publish_menu, "PublishDialog", Dialog)
    install_publishing(other).ask()
    assert offered == [(broker.url("dialog"), "panel")]  # the last broker, this agenda's own room


def test_the_agendas_next_day_in_its_own_log_publishes_there_too_a_log_of_its_own_not(qtbot, broker, listen, app):
    heard = listen("days")
    first = app.start("two-days.yaml", None, TWO_DAYS)  # day 1 in its own log, as main.py opens it
    install_publishing(first).start(parse_broker_url(broker.url("days")), "plenary")
    qtbot.waitUntil(lambda: heard.get("plenary", "online") == b"true", timeout=WAIT_MS)
    app.quit(first)
    qtbot.waitUntil(lambda: heard.get("plenary", "online") == b"false", timeout=WAIT_MS)

    second = app.start("two-days.yaml", None, TWO_DAYS, day=1)  # the next day, in its own log
    resumed = second.services.publisher
    assert resumed is not None and resumed.room == "plenary"
    qtbot.waitUntil(lambda: "as remembered for this agenda" in second.host.notices.text(), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: json.loads(heard.get("plenary", "state") or b"{}").get("day") == "2020-06-13", timeout=WAIT_MS
    )
    app.quit(second)

    trial = app.start("two-days.yaml", "trial.sqlite", TWO_DAYS, day=1)  # a --log of its own
    assert trial.services.publisher is None and "another timing log" in trial.host.notices.text()

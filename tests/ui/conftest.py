"""Small agendas for UI tests, parsed by the real reader, and a fake clock at 09:00 New York."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from runner.core.agenda import Agenda, Day
from runner.core.clock import FakeClock
from runner.core.engine import SessionEngine
from runner.io.agenda_yaml import parse_agenda

NEW_YORK = ZoneInfo("America/New_York")

AGENDA_YAML = """\
title: Test Forum on Digital Cooperation
timezone: America/New_York
days:
  - date: 2020-06-12
    title: Dialogue on Implementation of the Roadmap
    end: "10:00"
    segments:
      - start: "09:00"
        title: Opening
        speaker: Mr. Hochschild
        duration: 5m
      - title: Digital public goods
        group: "The Way Forward I: Connectivity, Digital Public Goods, and Inclusion"
        duration: 20m
        speakers:
          - {name: "أمينة محمد", limit: 3m}
          - {name: "王毅", limit: 3m}
          - {name: "Сергей Лавров", limit: 3m}
      - title: Intermission
        kind: intermission
        duration: 10m
      - title: Closing
        duration: 25m
        speaker: Ms. Nwakanma
"""
ARABIC, CHINESE, RUSSIAN = "أمينة محمد", "王毅", "Сергей Лавров"


def nine_am() -> datetime:
    return datetime(2020, 6, 12, 9, 0, tzinfo=NEW_YORK)


@pytest.fixture(scope="session", autouse=True)
def english(qapp):
    """The windows in English, as the app installs it (its catalogue holds the plural forms)."""
    from runner.ui.base.translations import install_language

    install_language(qapp, "en")


@pytest.fixture
def agenda() -> Agenda:
    return parse_agenda(AGENDA_YAML.encode("utf-8"), "test-forum.yaml")


@pytest.fixture
def day(agenda: Agenda) -> Day:
    return agenda.days[0]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(nine_am())


@pytest.fixture
def engine(day: Day, clock: FakeClock) -> SessionEngine:
    return SessionEngine(day, clock)


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    from runner.ui.base.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def timers(clock):
    """Every timer of the windows, driven by the fake clock: `timers.advance(seconds)`."""
    from runner.ui.base.timers import FakeTimers

    return FakeTimers(clock)


@pytest.fixture
def console(qtbot, agenda, day, clock, settings, timers, tmp_path):
    """The whole console over a fake clock and fake timers, shown and active, as a host would have it."""
    from runner.ui.app import build_console

    built = build_console(agenda, day, clock, tmp_path / "timing.sqlite", settings, timers)
    qtbot.addWidget(built.host)
    qtbot.addWidget(built.chair)
    built.host.confirm = lambda question: True
    built.host.resize(1280, 800)
    built.host.show()
    built.host.activateWindow()
    qtbot.waitExposed(built.host)
    built.host.table.setFocus()
    yield built
    built.bridge.close()


@pytest.fixture
def shell(qtbot, agenda, day, clock, settings, tmp_path, monkeypatch):
    """The app's shell on the test agenda's day, as `python main.py` has it, ready for File → Open."""
    from runner.ui.opening import AppShell

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # logs of opened agendas go here
    shell = AppShell(clock, settings)
    told: list[str] = []
    shell.tell = told.append
    shell.told = told
    console = shell.open(agenda, day, tmp_path / "first.sqlite")
    console.host.confirm = lambda question: True
    qtbot.waitExposed(console.host)
    yield shell
    shell.console.host.close()


@pytest.fixture
def views(console):
    """The console's live views served on a free loopback port, without the control API."""
    from runner.ui.rooms.share_views import serve_console
    from runner.web.address import ListenAddress

    served = serve_console(console, ListenAddress("127.0.0.1", 0), control=False)
    yield served
    served.stop()

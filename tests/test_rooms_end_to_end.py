"""Two real apps publishing to a real Mosquitto: both on the overview; one killed outright goes offline."""

from __future__ import annotations

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

ROOT = Path(__file__).resolve().parent.parent
AGENDA = ROOT / "agendas" / "roadmap-launch-june-2020.yaml"
broker = pytest.fixture(scope="module")(broker_fixture)
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@pytest.fixture
def apps(broker, tmp_path):
    started: list[subprocess.Popen[str]] = []

    def start(room: str) -> subprocess.Popen[str]:
        home = tmp_path / room
        home.mkdir()
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_CONFIG_HOME": str(home)}
        command = [sys.executable, "main.py", str(AGENDA), "--day", "2020-06-12", "--log", str(home / "log.sqlite")]
        process = subprocess.Popen(
            [*command, "--publish", broker.url("un"), "--room", room],
            cwd=ROOT,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        started.append(process)
        return process

    yield start
    for process in started:
        process.kill()
        process.wait()


@pytest.fixture
def overview(qtbot, broker):
    window, _ = open_overview(parse_broker_url(broker.url("un")), SystemClock())
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def test_two_apps_on_the_overview_and_a_killed_one_offline(qtbot, apps, overview):
    plenary, side_event = apps("Plenary"), apps("Side event — 王毅")
    keys = ["Plenary", "Side event — 王毅"]
    qtbot.waitUntil(lambda: sorted(overview.tile_widgets) == keys, timeout=20000)
    for key in keys:
        qtbot.waitUntil(lambda key=key: overview.board.rooms[key].online is True, timeout=10000)
        tile = overview.tile_widgets[key]
        assert tile.name_label.text() == key and tile.badge_label.text() == ""
    document = overview.board.rooms["Plenary"].document
    assert document is not None and document.status in ("idle", "running", "ended")
    plenary.send_signal(signal.SIGKILL)
    plenary.wait()
    qtbot.waitUntil(lambda: overview.tile_widgets["Plenary"].badge_label.text() == "OFFLINE", timeout=15000)
    assert overview.tile_widgets["Side event — 王毅"].badge_label.text() == ""
    assert side_event.poll() is None, side_event.stderr.read() if side_event.stderr else ""

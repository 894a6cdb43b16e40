"""The start to the host window's first frame loads what that frame needs, and no more (the
startup target: bench/startup.py, docs/performance.md). A real `python main.py` in a child
process reports what was loaded when the frame was painted and once the work deferred past it
(alerts, publishing) had run. Which modules, never how long: timing is the benchmark's job."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "tests" / "first_frame_probe.py"

# Loaded on first use or just after the first frame: never before it.
NOT_BEFORE_THE_FIRST_FRAME = (
    # Alerts: the scheduler, the chime, the rules and the live controller.
    "apscheduler",
    "runner.ui.base.alerts",
    "runner.ui.base.scheduler",
    "runner.ui.base.sound",
    "PySide6.QtMultimedia",
    "runner.core.alerts",
    "runner.core.controller",
    # Publishing to a broker, the live views and their server.
    "paho",
    "runner.ui.rooms.publish_menu",
    "runner.ui.rooms.room_publisher",
    "runner.ui.rooms.mqtt_client",
    "runner.ui.rooms.mqtt_link",
    "runner.ui.rooms.mqtt_loop",
    "runner.ui.rooms.mqtt_status",
    "runner.core.state_document",
    "runner.ui.rooms.live_views",
    "runner.ui.rooms.share_views",
    "runner.web",
    "websockets",
    "asyncio",
    "ssl",
    # The recovery planner (until the hard stop is at risk) and the rehearsal's run.
    "runner.core.recovery_offer",
    "runner.core.recovery_plan",
    "runner.core.rehearsal_run",
    # Windows and dialogs opened from a menu; the organiser's overview; the reports.
    "runner.ui.widgets.help_panel",
    "runner.ui.console.import_dialog",
    "runner.ui.rooms.overview",
    "runner.ui.rooms.overview_tile",
    "runner.ui.rooms.broker_views",
    "runner.io.report_command",
    "runner.core.report_data",
    # Babel (its CLDR data for lists, plurals and countries' names; long dates need none of it).
    "babel",
    # Python's html escaping and its table of entities (the rundown's tooltips escape with Qt's).
    "html",
)


def start_app(tmp_path: Path, *args: str, settings: str = "") -> dict:
    """`python main.py ARGS --log LOG` as the probe runs it; its report."""
    config = tmp_path / "config"
    if settings:  # QSettings' file for the app's organisation and name, as the app writes it
        (config / "Session Runner").mkdir(parents=True, exist_ok=True)
        (config / "Session Runner" / "Session Runner.conf").write_text(settings, encoding="utf-8")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(config),
        XDG_DATA_HOME=str(tmp_path / "data"),
        SESSION_RUNNER_CACHE=str(tmp_path / "agenda-cache"),
        LANG="en_US.UTF-8",
    )
    done = subprocess.run(
        [sys.executable, str(PROBE), *args, "--log", str(tmp_path / "day.sqlite")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def loaded(modules: list[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


@pytest.fixture(scope="module")
def plain_start(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return start_app(tmp_path_factory.mktemp("plain"))


@pytest.mark.parametrize("name", NOT_BEFORE_THE_FIRST_FRAME)
def test_the_first_frame_does_not_wait_for(plain_start: dict, name: str) -> None:
    assert not loaded(plain_start["first_frame"], name)


def test_alerts_and_publishing_are_installed_just_after_it(plain_start: dict) -> None:
    after = plain_start["after"]
    for name in ("runner.ui.base.alerts", "apscheduler", "runner.ui.rooms.publish_menu"):
        assert loaded(after, name), name


def test_the_first_frame_has_the_window_s_menus(plain_start: dict) -> None:
    menus = [text.replace("&", "") for text in plain_start["menus"]]
    assert menus == ["File", "Session", "Rundown", "Speakers", "Chair", "Alerts", "View", "Help"]


def test_every_key_works_from_the_first_frame(plain_start: dict) -> None:
    keys = set(plain_start["shortcuts"])
    # The session's keys, the rundown's live edits, Rehearse…, Share live views…, the shortcuts panel.
    assert {"Space", "P", "Right", "Backspace", "+", "Ins", "Ctrl+R", "Ctrl+Shift+R", "Ctrl+Shift+L", "F1"} <= keys


@pytest.fixture(scope="module")
def configured_start(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """French chosen, the chair's window open when the app last stopped (a crash included), the
    live views served and the room published to a broker (nobody listens there: it retries)."""
    return start_app(
        tmp_path_factory.mktemp("configured"),
        "--serve",
        "127.0.0.1:0",
        "--publish",
        "mqtt://127.0.0.1:9/rooms",
        settings="[view]\nlanguage=fr\n\n[chair]\nopen=true\nfullscreen=false\n",
    )


def test_the_language_chosen_and_the_chair_s_window_are_there_at_the_first_frame(configured_start: dict) -> None:
    assert configured_start["menus"][0].replace("&", "") == "Fichier"
    assert configured_start["chair_shown"]


def test_serve_and_publish_work_from_the_first_frame(configured_start: dict) -> None:
    for name in ("runner.ui.rooms.live_views", "runner.web.server", "runner.ui.rooms.room_publisher", "paho"):
        assert loaded(configured_start["first_frame"], name), name

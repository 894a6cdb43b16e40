"""`serve --from`: a headless view server fed by a real Mosquitto, in a process of its own."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from runner.ui.rooms.mqtt_client import parse_broker_url
from runner.ui.rooms.mqtt_link import MqttLink
from tests.broker import FAST_RETRY, broker_fixture
from tests.state_documents import document as made_document

ROOT = Path(__file__).resolve().parent.parent
broker = pytest.fixture(scope="module")(broker_fixture)
LISTEN = ("--listen", "127.0.0.1:0")  # any free port: the printed links say which


def document(title: str, sent_at: datetime | None = None, remaining_ms: int = 300_000) -> dict[str, object]:
    return made_document(
        "Plenary", title, sent_at=(sent_at or datetime.now(timezone.utc)).isoformat(), remaining_ms=remaining_ms
    )


def relay(
    url: str, home: Path, stderr: int = subprocess.PIPE, more: tuple[str, ...] = (), main: str = "main.py"
) -> subprocess.Popen[str]:
    """`main.py serve --from URL --room plenary --listen 127.0.0.1:0 [MORE]` in a process of its own
    (`main`: another script that runs main.py, as tests/web/limited_child.py with its limits)."""
    return subprocess.Popen(
        [sys.executable, *main.split(), "serve", "--from", url, "--room", "plenary", *LISTEN, *more],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
        env={**os.environ, "HOME": str(home)},
    )


@pytest.fixture
def server(broker, tmp_path):
    """The relay on the module's broker; yields its links by name."""
    process = relay(broker.url("event"), tmp_path)
    links = {}
    assert process.stdout is not None
    while "websocket" not in links:
        line = process.stdout.readline()
        assert line, process.stderr.read() if process.stderr else "no output"
        name, url = line.split()
        links[name] = url
    yield links, process
    process.send_signal(signal.SIGTERM)
    assert process.wait(10) == 0  # a clean stop on SIGTERM


@pytest.fixture
def link(broker):
    made = MqttLink(parse_broker_url(broker.url("event")), "plenary", retry_s=FAST_RETRY)
    made.start()
    yield made
    made.close()


def state(links: dict[str, str]) -> dict | None:
    try:
        with urllib.request.urlopen(links["state"], timeout=5) as answer:
            body = answer.read()
    except urllib.error.HTTPError:
        return None
    return json.loads(body) if body else None  # empty until the first document has come


def title(links: dict[str, str]) -> str | None:
    current = state(links)
    segment = current.get("segment") if current else None
    return segment["title"] if segment else None


def test_the_views_follow_the_room_on_the_broker(qtbot, server, link):
    from websockets.sync.client import connect

    links, _ = server
    assert set(links) >= {"chair", "speaker", "stage", "state", "websocket"}
    assert all("token=" in url for url in links.values())
    link.publish(document("Opening"))
    qtbot.waitUntil(lambda: title(links) == "Opening", timeout=10000)
    with connect(links["websocket"], open_timeout=5) as viewer:
        link.publish(document("Global connectivity — 王毅"))
        titles = set()
        while "Global connectivity — 王毅" not in titles:  # the document of the change comes unasked
            titles.add((json.loads(viewer.recv(timeout=10)).get("segment") or {}).get("title"))
    assert title(links) == "Global connectivity — 王毅"
    with urllib.request.urlopen(links["chair"], timeout=5) as page:
        assert page.status == 200 and b"<html" in page.read().lower()
    wrong = links["state"].split("token=")[0] + "token=not-the-token"
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(wrong, timeout=5)
    assert refused.value.code in (401, 403)


def test_a_retained_state_is_brought_forward_to_now(qtbot, server, link):
    links, _ = server
    ten_seconds_ago = datetime.now(timezone.utc) - timedelta(seconds=10)
    link.publish(document("Intermission", ten_seconds_ago, remaining_ms=60_000))
    qtbot.waitUntil(lambda: title(links) == "Intermission", timeout=10000)
    current = state(links)
    assert current is not None and 45_000 <= current["remaining_ms"] <= 50_500


def test_junk_on_the_rooms_topics_is_ignored(qtbot, server, link):
    links, process = server
    link.publish(document("Opening"))
    qtbot.waitUntil(lambda: title(links) == "Opening", timeout=10000)
    for payload in (b"not json", b"\xff\xfe", b'{"version": 1}', b"[]", json.dumps({**document("X"), "status": "?"})):
        link._client.publish("event/plenary/state", payload, qos=1).wait_for_publish(5)
    link._client.publish("event/plenary/online", b"perhaps", qos=1).wait_for_publish(5)
    link.publish(document("Closing"))
    qtbot.waitUntil(lambda: title(links) == "Closing", timeout=10000)
    assert process.poll() is None


def test_a_room_gone_is_said_on_the_state(qtbot, server, link):
    links, _ = server
    link.publish(document("Opening"))
    qtbot.waitUntil(lambda: title(links) == "Opening", timeout=10000)
    link.close()  # a clean exit says offline, as the will would
    qtbot.waitUntil(lambda: (state(links) or {}).get("online") is False, timeout=10000)


def test_documents_of_the_wrong_shape_are_dropped_counted_and_the_relay_goes_on(qtbot, server, link):
    """Each of these killed the relay's broker thread, or went whole to every viewer (issue #27)."""
    links, process = server
    link.publish(document("Opening"))
    qtbot.waitUntil(lambda: title(links) == "Opening", timeout=10000)
    bad = [
        {**document("Spoofed"), "speaker": ["x"]},
        {**document("Spoofed"), "remaining_ms": None},
        {**document("Spoofed"), "segment": {"title": 7}},
        {**document("Spoofed"), "sent_at": "yesterday"},
        {**document("Spoofed"), "padding": "x" * 10_000_000},  # 10 MB
    ]
    for payload in bad:
        link._client.publish("event/plenary/state", json.dumps(payload), qos=1).wait_for_publish(10)
    link.publish(document("Closing"))
    qtbot.waitUntil(lambda: title(links) == "Closing", timeout=15000)
    assert process.poll() is None
    process.send_signal(signal.SIGTERM)
    assert process.wait(10) == 0
    assert process.stderr is not None
    errors = process.stderr.read()
    dropped = [line for line in errors.splitlines() if "dropped a message on event/plenary/state" in line]
    assert len(dropped) == 1 and "(1 so far): 'speaker' is not null or an object" in dropped[0]  # one line, not five
    assert "Traceback" not in errors


def test_a_broker_gone_is_said_on_the_state(qtbot, tmp_path):
    from tests.broker import Broker

    own = Broker(tmp_path)
    own.start()
    process = relay(own.url("event"), tmp_path, stderr=subprocess.DEVNULL)
    try:
        assert process.stdout is not None
        links = dict(process.stdout.readline().split() for _ in range(5))
        room = MqttLink(parse_broker_url(own.url("event")), "plenary", retry_s=FAST_RETRY)
        room.start()
        room.publish(document("Opening"))
        qtbot.waitUntil(lambda: title(links) == "Opening", timeout=10000)
        assert (state(links) or {}).get("online") is not False
        own.stop()  # the room's app goes on; only this relay's way to it is gone
        qtbot.waitUntil(lambda: (state(links) or {}).get("online") is False, timeout=15000)
        room.close()
    finally:
        process.terminate()
        process.wait(10)
        own.stop()


def test_a_relays_older_tokens_file_is_migrated_and_each_view_keeps_to_its_own(qtbot, broker, link, tmp_path):
    tokens = tmp_path / "plenary-tokens.json"
    tokens.write_text(json.dumps({"view": "v" * 32, "control": "c" * 32}), encoding="utf-8")
    command = [sys.executable, "main.py", "serve", "--from", broker.url("event"), "--room", "plenary", *LISTEN]
    printed = []
    for _ in range(2):  # the migrating start, then a restart on the migrated file
        process = subprocess.Popen(
            [*command, "--tokens", str(tokens)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "HOME": str(tmp_path)},
        )
        assert process.stdout is not None
        links = dict(process.stdout.readline().split() for _ in range(5))
        link.publish(document("Opening"))
        qtbot.waitUntil(lambda links=links: title(links) == "Opening", timeout=10000)
        for view, other in (("chair", "speaker"), ("speaker", "chair"), ("stage", "chair")):
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(links[other].replace(f"/{other}?", f"/{view}?"), timeout=5)
            assert refused.value.code == 403
            with urllib.request.urlopen(links[view], timeout=5) as page:
                assert page.status == 200
        process.send_signal(signal.SIGTERM)
        assert process.wait(10) == 0
        printed.append((links, process.stderr.read() if process.stderr else ""))
    (first, said), (again, said_again) = printed
    assert {name: url.split("token=")[1] for name, url in first.items()} == {
        name: url.split("token=")[1] for name, url in again.items()
    }
    assert first["chair"].endswith("/chair?token=" + "v" * 32)  # the chair's link kept
    assert "v" * 32 not in first["speaker"] and "token=" + "v" * 32 not in first["websocket"]
    notices = [line for line in said.splitlines() if "plenary-tokens.json" in line]
    assert len(notices) == 1 and "speakers'" in notices[0] and "Traceback" not in said
    assert "plenary-tokens.json" not in said_again  # migrated once


def printed_links(process: subprocess.Popen[str]) -> dict[str, str]:
    assert process.stdout is not None
    return dict(process.stdout.readline().split() for _ in range(5))


def stopped(process: subprocess.Popen[str]) -> str:
    """SIGTERM, a clean exit, and what it said on stderr."""
    process.send_signal(signal.SIGTERM)
    assert process.wait(10) == 0
    return process.stderr.read() if process.stderr else ""


def test_max_viewers_caps_a_relay(broker, tmp_path):
    from websockets.exceptions import InvalidStatus
    from websockets.sync.client import connect

    process = relay(broker.url("event"), tmp_path, more=("--max-viewers", "3"))
    links = printed_links(process)
    with contextlib.ExitStack() as viewers:
        for _ in range(3):
            viewers.enter_context(connect(links["websocket"], open_timeout=5))
        with pytest.raises(InvalidStatus) as refused:
            connect(links["websocket"], open_timeout=5)
    assert refused.value.response.status_code == 503
    said = stopped(process)
    assert "may open" not in said and "Traceback" not in said  # 3 fit: nothing said of files
    assert "views: turned away 1 viewer: no slot free for it (at most 3 viewers at once)" in said


def test_a_cap_the_open_files_cannot_hold_is_lowered_and_said_once(broker, tmp_path):
    limited = f"{ROOT / 'tests' / 'web' / 'limited_child.py'} 1024,1024"
    process = relay(broker.url("event"), tmp_path, more=("--max-viewers", "5000"), main=limited)
    links = printed_links(process)
    with urllib.request.urlopen(links["chair"], timeout=5) as page:
        assert page.status == 200
    said = stopped(process)
    lowered = re.findall(r"views: this process may open 1024 files: at most (\d+) viewers at once", said)
    assert len(lowered) == 1 and 700 < int(lowered[0]) < 1000, said

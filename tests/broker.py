"""A real Mosquitto for the tests: Debian's /usr/sbin/mosquitto on free loopback ports, a config of its own.

Listeners on 127.0.0.1: `port` lets anyone in; `locked_port` wants the user `room` with the
password `secret` (per-listener settings); where `openssl` is installed, `tls_port` speaks TLS
with a certificate for localhost signed by a CA of the module's own (`ca_file`). One broker
serves a whole test module.
"""

from __future__ import annotations

import getpass
import json
import os
import select
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from runner.ui.rooms.mqtt_client import LinkStatus, parse_broker_url
from runner.ui.rooms.mqtt_feed import RoomFeed

MOSQUITTO = "/usr/sbin/mosquitto"
MOSQUITTO_PASSWD = "/usr/bin/mosquitto_passwd"
USER, PASSWORD = "room", "secret"
_READY_TIMEOUT_S = 10.0
FAST_RETRY = (0.1, 0.5)  # paho's reconnect back-off in tests: a restarted broker is found at once


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Broker:
    """One mosquitto process; `stop()` and `start()` again on the same ports (a broker restart)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port, self.locked_port, self.tls_port = free_port(), free_port(), free_port()
        self.config = folder / "mosquitto.conf"
        self.ca_file = folder / "ca.pem"  # the CA of the TLS listener's certificate (for localhost)
        self.tls = shutil.which("openssl") is not None
        self._process: subprocess.Popen[bytes] | None = None
        self._write_config()

    def url(self, prefix: str = "event", user: str = "", locked: bool = False) -> str:
        who = f"{user}@" if user else ""
        return f"mqtt://{who}127.0.0.1:{self.locked_port if locked else self.port}/{prefix}"

    def tls_url(self, prefix: str = "event") -> str:
        return f"mqtts://localhost:{self.tls_port}/{prefix}"

    def _write_config(self) -> None:
        passwords = self.folder / "passwords"
        subprocess.run([MOSQUITTO_PASSWD, "-b", "-c", str(passwords), USER, PASSWORD], check=True, capture_output=True)
        passwords.chmod(0o600)
        self.config.write_text(
            # Run as whoever runs the tests: as root mosquitto would become `mosquitto`, who cannot
            # read this folder.
            f"user {getpass.getuser()}\n"
            "per_listener_settings true\n"
            "persistence false\n"
            "log_dest stderr\n"  # unbuffered: stdout to a pipe would hold "running" back
            "log_type error\nlog_type warning\nlog_type notice\nlog_type information\n"
            f"listener {self.port} 127.0.0.1\n"
            "allow_anonymous true\n"
            f"listener {self.locked_port} 127.0.0.1\n"
            "allow_anonymous false\n"
            f"password_file {passwords}\n" + (self._tls_listener() if self.tls else "")
        )

    def _tls_listener(self) -> str:
        """A third listener with TLS, its certificate signed by a CA of our own (`ca_file`)."""
        key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        signed = ["-out", "server.pem", "-days", "2", "-extfile", "san.ext"]
        folder = self.folder
        (folder / "san.ext").write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
        for command in (
            ["req", "-x509", *key, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=Test CA"],
            ["req", *key, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost"],
            ["x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", *signed],
        ):
            subprocess.run(["openssl", *command], cwd=folder, check=True, capture_output=True)
        return (
            f"listener {self.tls_port} 127.0.0.1\n"
            f"certfile {folder / 'server.pem'}\nkeyfile {folder / 'server.key'}\n"
            "allow_anonymous true\n"
        )

    def start(self) -> None:
        """Start mosquitto and return once it says it is running (no fixed wait)."""
        self._process = subprocess.Popen(
            [MOSQUITTO, "-c", str(self.config)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        assert self._process.stdout is not None
        out, said = self._process.stdout.fileno(), b""
        deadline = time.monotonic() + _READY_TIMEOUT_S
        # Read the raw pipe (a buffered reader would hide lines from select) until mosquitto says "running".
        while b" running" not in said and time.monotonic() < deadline:
            ready, _, _ = select.select([out], [], [], deadline - time.monotonic())
            chunk = os.read(out, 4096) if ready else b""
            if not chunk and self._process.poll() is not None:
                break
            said += chunk
        if b" running" not in said:
            self.stop()
            raise RuntimeError("mosquitto did not start: " + said.decode(errors="replace"))

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            if self._process.stdout is not None:
                self._process.stdout.close()
            self._process = None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None


def broker_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Broker]:
    """The body of a module-scoped `broker` fixture: one broker per test module."""
    if not (Path(MOSQUITTO).exists() and shutil.which(MOSQUITTO_PASSWD)):
        pytest.skip("Debian's mosquitto is not installed (apt-get install mosquitto; .ci/run installs it)")
    broker = Broker(tmp_path_factory.mktemp("broker"))
    broker.start()
    try:
        yield broker
    finally:
        broker.stop()


class ThreadsCalling:
    """Stands in front of a link's paho client and notes which threads call it, by method: a call
    from the GUI thread would be a key press waiting for the broker."""

    def __init__(self, client: object) -> None:
        self._client = client
        self.calls: list[tuple[str, str]] = []  # (method, thread name)

    def __getattr__(self, name: str) -> object:
        found = getattr(self._client, name)
        if not callable(found):
            return found

        def noted(*args: object, **kwargs: object) -> object:
            self.calls.append((name, threading.current_thread().name))
            return found(*args, **kwargs)

        return noted

    def from_gui_thread(self) -> list[str]:
        gui = threading.main_thread().name
        return [name for name, thread in list(self.calls) if thread == gui]


class Heard:
    """What a feed received, by (room, leaf): the newest payload, gathered from paho's thread."""

    def __init__(self) -> None:
        self.latest: dict[tuple[str, str], bytes] = {}
        self.statuses: list[LinkStatus] = []
        self._lock = threading.Lock()

    def __call__(self, room: str, leaf: str, payload: bytes) -> None:
        with self._lock:
            self.latest[room, leaf] = payload

    def get(self, room: str, leaf: str) -> bytes | None:
        with self._lock:
            return self.latest.get((room, leaf))

    def state_title(self, room: str) -> str | None:
        payload = self.get(room, "state")
        return json.loads(payload)["segment"]["title"] if payload else None


def listen_fixture(broker: Broker) -> Iterator[Callable[[str], Heard]]:
    """The body of a `listen` fixture: `listen(prefix)` starts a room feed and returns what it hears."""
    feeds: list[RoomFeed] = []

    def start(prefix: str) -> Heard:
        heard = Heard()
        feed = RoomFeed(parse_broker_url(broker.url(prefix)), heard, heard.statuses.append, retry_s=FAST_RETRY)
        feed.start()
        feeds.append(feed)
        return heard

    yield start
    for feed in feeds:
        feed.close()

"""docs/rooms.md's "viewers beyond the host's network" recipe, word for word: two `serve --from`
relays on one real Mosquitto, with one tokens file and `--public`, behind a real Caddy with TLS
(its own local CA), round robin, and a real Chromium showing the chair's page through it (issue
#27, item 3). Only the names and ports of the recipe are the test's own: the proxy's public
name, the relays' loopback ports, the broker's URL and the tokens file."""

from __future__ import annotations

import http.client
import json
import re
import shlex
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from runner.ui.rooms.mqtt_client import parse_broker_url
from runner.ui.rooms.mqtt_link import MqttLink
from tests.broker import FAST_RETRY, broker_fixture, free_port
from tests.proxy import CADDY, Caddy, https_get
from tests.state_documents import document

ROOT = Path(__file__).resolve().parent.parent
RECIPE = ROOT / "docs" / "rooms.md"
PUBLIC_NAME = "clock.test"  # a name of the test's own (RFC 2606), mapped to loopback for Chromium
broker = pytest.fixture(scope="module")(broker_fixture)


def recipe() -> tuple[list[str], str]:
    """The recipe's two `serve` commands and its Caddyfile, as docs/rooms.md gives them."""
    text = RECIPE.read_text(encoding="utf-8")
    section = text[text.index("**Behind a reverse proxy, with TLS.**") :]
    commands = re.search(r"```sh\n(.*?)```", section, re.S)
    caddyfile = re.search(r"```caddyfile\n(.*?)```", section, re.S)
    assert commands and caddyfile, "the recipe's sh and caddyfile blocks"
    return commands.group(1).strip().splitlines(), caddyfile.group(1)


def test_the_recipe_serves_the_chair_through_caddy_with_tls_round_robin(qtbot, broker, tmp_path):
    if not Path(CADDY).exists():
        pytest.skip("Debian's caddy is not installed (apt-get install caddy; .ci/run installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    from tests.ui.test_live_views_browser import CHROMIUM, CHROMIUM_ARGS

    if not shutil.which(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    commands, site = recipe()
    assert len(commands) == 2
    ports = [free_port(), free_port()]
    https_port = free_port()
    public = f"https://{PUBLIC_NAME}:{https_port}"
    for recipes, tests in (("127.0.0.1:8765", f"127.0.0.1:{ports[0]}"), ("127.0.0.1:8766", f"127.0.0.1:{ports[1]}")):
        site = site.replace(recipes, tests)
    caddy = Caddy(tmp_path, site.replace("clock.example.org", f"{PUBLIC_NAME}:{https_port}"), PUBLIC_NAME, https_port)
    ours = {
        ".venv/bin/python": sys.executable,
        "mqtts://viewer:PASSWORD@broker.example.org/igf2025": broker.url("igf2025"),
        "127.0.0.1:8765": f"127.0.0.1:{ports[0]}",
        "127.0.0.1:8766": f"127.0.0.1:{ports[1]}",
        "https://clock.example.org": public,
        "plenary-tokens.json": str(tmp_path / "plenary-tokens.json"),
    }
    relays: list[subprocess.Popen[str]] = []
    printed: list[dict[str, str]] = []
    caddy.start()
    room = MqttLink(parse_broker_url(broker.url("igf2025")), "plenary", retry_s=FAST_RETRY)
    try:
        for command in commands:  # one after the other, as an operator types them
            words = shlex.split(command)
            words = [ours.get(word, word) for word in words]
            assert all("example.org" not in word and word not in ("8765", "8766") for word in words), words
            process = subprocess.Popen(
                words,
                cwd=ROOT,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8"},
            )
            relays.append(process)
            assert process.stdout is not None
            links = {}
            while "websocket" not in links:
                line = process.stdout.readline()
                assert line, process.stderr.read() if process.stderr else "no output"
                name, url = line.split()
                links[name] = url
            printed.append(links)
        # The links name the public address, wss:// for the WebSocket; both relays give the same.
        assert printed[0] == printed[1]
        assert printed[0]["chair"].startswith(f"{public}/chair?token=")
        assert printed[0]["websocket"].startswith(f"wss://{PUBLIC_NAME}:{caddy.https_port}/ws?token=")
        room.start()
        room.publish(document("Plenary", "Opening remarks — 王毅"))
        target = printed[0]["state"].removeprefix(public)

        def relayed() -> bool:
            status, body = https_get(caddy, PUBLIC_NAME, target)
            return status == 200 and bool(body) and json.loads(body)["segment"]["title"] == "Opening remarks — 王毅"

        qtbot.waitUntil(relayed, timeout=15000)
        for _ in range(4):  # round robin: each request goes to the next relay, and each relay answers it
            assert relayed()
        went = caddy.upstreams()
        assert {f"127.0.0.1:{port}" for port in ports} <= set(went[-4:]), went
        # Straight to a relay, the public name is accepted; another name is still refused (421).
        assert direct(ports[0], f"{PUBLIC_NAME}:{https_port}", target) == 200
        assert direct(ports[0], f"rebind.attacker.example:{https_port}", target) == 421
        with sync_api.sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM,
                args=[*CHROMIUM_ARGS, f"--host-resolver-rules=MAP {PUBLIC_NAME} 127.0.0.1"],
            )
            try:
                context = browser.new_context(ignore_https_errors=True)  # Caddy's CA is in no trust store
                page = context.new_page()
                page.goto(printed[0]["chair"])
                sync_api.expect(page.locator("#title")).to_contain_text("Opening remarks — 王毅", timeout=15000)
                room.publish(document("Plenary", "Closing"))  # through the broker, both relays, the proxy's wss
                sync_api.expect(page.locator("#title")).to_contain_text("Closing", timeout=15000)
                sync_api.expect(page.locator("body")).not_to_contain_text("offline", timeout=1000)
            finally:
                browser.close()
    finally:
        room.close()
        caddy.stop()
        for process in relays:
            process.send_signal(signal.SIGTERM)
        for process in relays:
            assert process.wait(10) == 0
            errors = process.stderr.read() if process.stderr else ""
            assert "Traceback" not in errors, errors


def direct(port: int, host: str, target: str) -> int:
    """A GET straight to a relay on loopback, naming `host`: the status."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.putrequest("GET", target, skip_host=True)
        connection.putheader("Host", host)
        connection.endheaders()
        return connection.getresponse().status
    finally:
        connection.close()


def test_without_public_the_relay_refuses_the_proxys_name(broker, tmp_path):
    """The 421 of issue #27: the Host check knew only the listen address."""
    from runner.web.address import ListenAddress, host_header_allowed, parse_public

    bound = ListenAddress("127.0.0.1", 8765)
    assert not host_header_allowed("clock.example.org", bound, 8765)
    proxied = ListenAddress("127.0.0.1", 8765, parse_public("https://clock.example.org"))
    assert host_header_allowed("clock.example.org", proxied, 8765)
    assert host_header_allowed("clock.example.org:443", proxied, 8765)
    assert host_header_allowed("127.0.0.1:8765", proxied, 8765)  # the proxy may name its upstream
    assert not host_header_allowed("clock.example.org:8443", proxied, 8765)
    assert not host_header_allowed("rebind.attacker.example", proxied, 8765)

"""A page whose computer clock is two minutes fast, through a real `serve --from` relay on a real
Mosquitto behind a real Caddy with TLS (`tls internal`): it says its clock is ahead of the host's,
and its countdown flips with the host's (issue #27, item 6; the figures at scale are
bench/clock_agreement.py's). A loose bound: this checks that the correction is there, not how
quick the machine is."""

from __future__ import annotations

import itertools
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from runner.ui.rooms.mqtt_client import parse_broker_url
from runner.ui.rooms.mqtt_link import MqttLink
from tests.broker import FAST_RETRY, broker_fixture, free_port
from tests.proxy import CADDY, Caddy
from tests.shifted_clock import shifted_clock
from tests.state_documents import document

ROOT = Path(__file__).resolve().parent.parent
PUBLIC_NAME = "clock.test"
SHIFT_MS = 120_000  # this page's computer: two minutes fast
REMAINING_MS = 600_000
AGREE_MS = 300  # a flip of the page's against the host's: ample on a busy machine, far below a second
broker = pytest.fixture(scope="module")(broker_fixture)


def seconds_of(digits: str) -> int | None:
    """ "9:58" as 598; None for what is not a count ("–:––" before the first document)."""
    minutes, _, seconds = digits.partition(":")
    return int(minutes) * 60 + int(seconds) if minutes.isdigit() and seconds.isdigit() else None


def test_a_page_two_minutes_fast_says_so_and_flips_with_the_host(broker, tmp_path):
    if not Path(CADDY).exists():
        pytest.skip("Debian's caddy is not installed (apt-get install caddy; .ci/run installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    from tests.ui.test_live_views_browser import CHROMIUM, CHROMIUM_ARGS

    if not shutil.which(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    port, https_port = free_port(), free_port()
    public = f"https://{PUBLIC_NAME}:{https_port}"
    site = f"{PUBLIC_NAME}:{https_port} {{\n\treverse_proxy 127.0.0.1:{port}\n}}\n"
    caddy = Caddy(tmp_path, site, PUBLIC_NAME, https_port)
    listen = ("--listen", f"127.0.0.1:{port}", "--public", public)
    relay = subprocess.Popen(
        [*(sys.executable, "main.py", "serve", "--from", broker.url("igf"), "--room", "plenary"), *listen],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8"},
    )
    room = MqttLink(parse_broker_url(broker.url("igf")), "plenary", retry_s=FAST_RETRY)
    try:
        caddy.start()
        assert relay.stdout is not None
        links = dict(relay.stdout.readline().split() for _ in range(5))
        room.start()
        sent = time.time() * 1000.0  # the host's key: its clock is the machine's
        stamp = datetime.fromtimestamp(sent / 1000.0, timezone.utc).isoformat(timespec="milliseconds")
        room.publish(document("Plenary", "Opening", remaining_ms=REMAINING_MS, sent_at=stamp))
        with sync_api.sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, f"--host-resolver-rules=MAP {PUBLIC_NAME} 127.0.0.1"]
            )
            try:
                context = browser.new_context(ignore_https_errors=True)  # Caddy's CA is in no trust store
                context.add_init_script(shifted_clock(SHIFT_MS))
                page = context.new_page()
                page.goto(links["chair"])
                sync_api.expect(page.locator("#offset")).to_contain_text("your clock is 2 min ahead", timeout=15000)
                flips = page.evaluate("window.__flips")
                for _ in range(50):  # a few seconds flipped (the page's CSP allows no polled script)
                    if len(flips) >= 4:
                        break
                    page.wait_for_timeout(200)
                    flips = page.evaluate("window.__flips")
            finally:
                browser.close()
    finally:
        room.close()
        caddy.stop()
        relay.send_signal(signal.SIGTERM)
        assert relay.wait(10) == 0
    # Each second the page flipped, on the machine's clock (less its shift), against the host's.
    apart = [
        at - SHIFT_MS - (sent + REMAINING_MS - shown * 1000)
        for (before, _), (digits, at) in itertools.pairwise(flips)
        if (shown := seconds_of(digits)) is not None and seconds_of(before) == shown + 1
    ]
    assert len(apart) >= 2, flips
    assert all(abs(ms) < AGREE_MS for ms in apart), apart

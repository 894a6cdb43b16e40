"""A clock everyone agrees on: viewers whose computers are 90 s slow or 120 s fast, through two
`serve --from` relays and a TLS proxy, flip each second together and see a pause at once.

    python bench/clock_agreement.py [--quick] [--viewers N] [--pages N] [--in-order] [--python-viewers]

Starts Debian's mosquitto, two relays (`main.py serve --from … --public https://clock.test:PORT
--tokens FILE --max-viewers N`, through bench/relay_child.py) and Debian's
Caddy in front of them (round robin, `tls internal`, as docs/rooms.md's recipe), then 3,000
WebSocket viewers through Caddy (6 Node.js processes, bench/clock_viewers_child.mjs: each viewer
counts as views.js does; half the clocks 90 s slow, half 120 s fast; `--python-viewers`, or no
`node`: bench/clock_viewers_child.py, the same in Python at ~1.6x the CPU), and a few real Chromium pages
(the chair's view, which also says how far off its clock is) whose clock is shifted the same
ways by a Date and performance.timeOrigin override injected before the page's script. The host
is a room's MQTT link publishing a one-hour segment: a document every 5 s (as the app does), and
a pause every 8 s (resumed 2 s later), each pause's "key" the moment of its publish call.

Figures, all on the machine's one clock:
- flips: a viewer's countdown flips every second (anchor - shift) - sent_at late against the
  host's; two viewers picked at random under the same document flip within
  `clock_flip_pair_ms_p99` of each other (target 50 ms); `clock_flip_late_ms_p99` against the host.
- pauses: a paused document's arrival at each viewer against the host's key
  (`clock_pause_ms_p95`, target 250 ms).
- the pages: each flip Chromium painted (window.__flips), less its clock's shift, against the
  host's (`clock_page_flip_ms_p99`); and what the page says of its clock ("2 min ahead").
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import BENCH, ROOT, child_env, log, percentile, r
from bench.views_fanout import cpu_seconds
from runner.ui.rooms.mqtt_client import parse_broker_url
from runner.ui.rooms.mqtt_link import MqttLink
from tests.broker import Broker, free_port
from tests.proxy import Caddy
from tests.shifted_clock import shifted_clock
from tests.state_documents import document

PUBLIC_NAME = "clock.test"
SHIFTS_S = (-90.0, 120.0)  # slow, fast
SEGMENT_MS = 3_600_000
REFRESH_S, PAUSE_EVERY_S, PAUSED_S = 5.0, 8.0, 2.0
CLIENT_VIEWERS = 500  # viewers a Python process: one asyncio loop reads its sockets as fast as they come
NODE_VIEWERS = 500  # viewers a Node.js process (bench/clock_viewers_child.mjs)


@dataclass
class Host:
    """The room: a one-hour segment on the machine's clock, running or paused, as documents."""

    link: MqttLink
    remaining_ms: float = SEGMENT_MS
    since: float = 0.0  # epoch ms when `remaining_ms` held
    running: bool = True
    seq: int = 0
    stretches: list[tuple[float, float, bool]] = field(default_factory=list)  # (epoch ms, remaining, running)
    keys: dict[int, float] = field(default_factory=dict)  # a pause's seq: its key, epoch ms
    sent: dict[int, float] = field(default_factory=dict)  # every seq: its publish, epoch ms

    def left(self, now_ms: float) -> float:
        return self.remaining_ms - (now_ms - self.since) if self.running else self.remaining_ms

    def publish(self, running: bool | None = None) -> None:
        now_ms = time.time() * 1000.0
        if running is not None and running != self.running:
            self.remaining_ms, self.since, self.running = self.left(now_ms), now_ms, running
            self.stretches.append((now_ms, self.remaining_ms, running))
            if not running:
                self.keys[self.seq + 1] = now_ms
        self.seq += 1
        self.sent[self.seq] = now_ms
        sent = datetime.fromtimestamp(now_ms / 1000.0, timezone.utc)
        self.link.publish(
            document(
                "Plenary",
                "Opening of the session",
                status="running" if self.running else "paused",
                remaining_ms=round(self.left(now_ms)),
                sent_at=sent.isoformat(timespec="milliseconds"),
                bench_seq=self.seq,
            )
        )

    def flip_at(self, shown_s: int) -> float | None:
        """The epoch ms at which the host's countdown came to show `shown_s` (ceil of the time left)."""
        for (t0, left0, running), nxt in zip(self.stretches, [*self.stretches[1:], None]):
            if not running:
                continue
            at = t0 + (left0 - shown_s * 1000.0)
            if at >= t0 and (nxt is None or at < nxt[0]):
                return at
        return None

    def run(self, seconds: float, stop: threading.Event) -> None:
        began = time.monotonic()
        next_refresh, next_pause = REFRESH_S, PAUSE_EVERY_S
        while not stop.is_set() and time.monotonic() - began < seconds:
            at = time.monotonic() - began
            if self.running and at >= next_pause and at < seconds - PAUSE_EVERY_S / 2:  # none at the very end
                self.publish(running=False)
                next_pause += PAUSE_EVERY_S
            elif not self.running and at >= next_pause - PAUSE_EVERY_S + PAUSED_S:
                self.publish(running=True)
            elif at >= next_refresh:
                self.publish()
                next_refresh += REFRESH_S
            stop.wait(0.005)


def start_relays(
    url: str, public: str, ports: list[int], tokens: Path, cap: int, in_order: bool
) -> tuple[list[Any], dict[str, str]]:
    relays, links = [], {}
    for port in ports:
        command = [sys.executable, str(BENCH / "relay_child.py"), *(["--in-order"] if in_order else [])]
        command += ["serve", "--from", url, "--max-viewers", str(cap)]
        command += ["--room", "plenary", "--listen", f"127.0.0.1:{port}", "--public", public, "--tokens", str(tokens)]
        process = subprocess.Popen(
            command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=child_env(None)
        )
        relays.append(process)
        assert process.stdout is not None
        printed: dict[str, str] = {}
        while "websocket" not in printed:
            line = process.stdout.readline()
            if not line:
                raise RuntimeError("a relay printed no links")
            name, _, link = line.strip().partition(" ")
            printed[name] = link.strip()
        links = printed
    return relays, links


def viewers_program(python: bool) -> tuple[list[str], int]:
    """The emulated viewers' command (before its arguments) and how many a process takes: Node's
    unless asked for Python's or there is no `node`, said in one line."""
    node = shutil.which("node")
    if not python and node is None:
        log("clock: no `node` on PATH: the viewers are Python's (bench/clock_viewers_child.py), ~1.6x the CPU")
    if python or node is None:
        return [sys.executable, str(BENCH / "clock_viewers_child.py")], CLIENT_VIEWERS
    return [node, str(BENCH / "clock_viewers_child.mjs")], NODE_VIEWERS


def start_viewers(ws_url: str, count: int, caddy: Caddy, python: bool) -> list[subprocess.Popen[str]]:
    program, per_process = viewers_program(python)
    clients = []
    for number in range(0, count, per_process):
        shift = SHIFTS_S[(number // per_process) % len(SHIFTS_S)]
        command = [*program, ws_url, str(min(per_process, count - number))]
        command += [str(shift), str(caddy.ca_file), str(caddy.https_port)]
        clients.append(
            subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=child_env(None))
        )
    for client in clients:
        assert client.stdout is not None
        if client.stdout.readline().strip() != "ready":
            raise RuntimeError("a viewers' process could not connect")
    return clients


def collect(clients: list[subprocess.Popen[str]]) -> dict[str, list[Any]]:
    merged: dict[str, list[Any]] = {}
    for client in clients:
        out, _ = client.communicate(timeout=120)  # closes its stdin: it reports and ends
        for seq, (status, arrived, late) in json.loads(out.strip().splitlines()[-1]).items():
            entry = merged.setdefault(seq, [status, [], []])
            entry[1].extend(arrived)
            entry[2].extend(late)
    return merged


def open_pages(playwright: Any, stage_url: str, count: int) -> tuple[Any, list[tuple[Any, float]]]:
    from tests.ui.test_live_views_browser import CHROMIUM, CHROMIUM_ARGS

    browser = playwright.chromium.launch(
        executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, f"--host-resolver-rules=MAP {PUBLIC_NAME} 127.0.0.1"]
    )
    pages = []
    for number in range(count):
        shift_ms = SHIFTS_S[number % len(SHIFTS_S)] * 1000.0
        context = browser.new_context(ignore_https_errors=True)  # Caddy's local CA is in no trust store
        context.add_init_script(shifted_clock(shift_ms))
        page = context.new_page()
        page.goto(stage_url)
        pages.append((page, shift_ms))
    return browser, pages


def wait(pages: list[tuple[Any, float]], ms: int) -> None:
    """Wait, Playwright's loop going on meanwhile (with no page, a plain sleep)."""
    if pages:
        pages[0][0].wait_for_timeout(ms)
    else:
        time.sleep(ms / 1000)


def page_flips(host: Host, pages: list[tuple[Any, float]], since_ms: float) -> tuple[list[float], list[str]]:
    """Each page's painted flips against the host's, and what each says of its clock."""
    errors, said = [], []
    for page, shift_ms in pages:
        flips = page.evaluate("window.__flips")
        said.append(page.locator("#offset").inner_text(timeout=5000))
        for (before, _), (digits, at_local) in itertools.pairwise(flips):
            shown, previous = seconds_of(digits), seconds_of(before)
            if shown is None or previous != shown + 1:
                continue  # a first paint, a pause, or a resume: not a second flipping
            at = at_local - shift_ms
            host_at = host.flip_at(shown)
            if host_at is not None and at > since_ms:
                errors.append(at - host_at)
    return errors, said


def seconds_of(digits: str) -> int | None:
    try:
        parts = [int(part) for part in digits.strip().split(":")]
    except ValueError:
        return None
    total = 0
    for part in parts:
        total = total * 60 + part
    return total


def pair_differences(late_by_doc: list[list[float]], pairs: int, seed: int = 1) -> list[float]:
    """|a - b| for `pairs` pairs of viewers under one document, documents and viewers at random."""
    pick = random.Random(seed)
    docs = [late for late in late_by_doc if len(late) >= 2]
    out = []
    for _ in range(pairs):
        late = pick.choice(docs)
        a, b = pick.sample(range(len(late)), 2)
        out.append(abs(late[a] - late[b]))
    return out


def measure(
    quick: bool, viewers: int, page_count: int, in_order: bool = False, python_viewers: bool = False
) -> dict[str, object]:
    from playwright.sync_api import sync_playwright

    seconds = 24.0 if quick else 90.0
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        broker = Broker(folder)
        broker.start()
        ports, https_port = [free_port(), free_port()], free_port()
        public = f"https://{PUBLIC_NAME}:{https_port}"
        site = f"{PUBLIC_NAME}:{https_port} {{\n\treverse_proxy 127.0.0.1:{ports[0]} 127.0.0.1:{ports[1]} {{\n"
        site += "\t\tlb_policy round_robin\n\t}\n}\n"
        (folder / "caddy").mkdir()
        caddy = Caddy(folder / "caddy", site, PUBLIC_NAME, https_port)
        caddy.start()
        relays: list[Any] = []
        link = MqttLink(parse_broker_url(broker.url("igf")), "plenary")
        stop = threading.Event()
        try:
            relays, links = start_relays(broker.url("igf"), public, ports, folder / "tokens.json", viewers, in_order)
            link.start()
            while not link.connected:
                time.sleep(0.05)
            host = Host(link)
            host.stretches.append((time.time() * 1000.0, SEGMENT_MS, True))
            host.since = host.stretches[0][0]
            host.publish()
            log(f"clock: {viewers} viewers through Caddy to two relays")
            clients = start_viewers(links["websocket"], viewers, caddy, python_viewers)
            with sync_playwright() as playwright:
                browser, pages = open_pages(playwright, links["chair"], page_count)
                since_ms = time.time() * 1000.0 + 2000.0  # the pages' first seconds: loading, connecting
                log(f"clock: the host runs {seconds:g} s")
                runner = threading.Thread(target=host.run, args=(seconds, stop))
                pids = {
                    "relays": [relay.pid for relay in relays],
                    "caddy": [caddy._process.pid] if caddy._process else [],
                    "viewers": [client.pid for client in clients],
                }
                cpu_before = {name: sum(map(cpu_seconds, group)) for name, group in pids.items()}
                began, began_ms = time.monotonic(), time.time() * 1000.0
                runner.start()
                while runner.is_alive():
                    wait(pages, 500)
                runner.join()
                cpu = {name: sum(map(cpu_seconds, group)) - cpu_before[name] for name, group in pids.items()}
                cpu["wall"] = time.monotonic() - began
                wait(pages, 3000)  # the last documents on their way to every viewer
                errors, said = page_flips(host, pages, since_ms)
                browser.close()
            seen = collect(clients)
        finally:
            stop.set()
            link.close()
            for relay in relays:
                relay.terminate()
            for relay in relays:
                relay.wait(10)
            caddy.stop()
            broker.stop()
    steady_from = began_ms + seconds * 1000 / 3  # every viewer's window has had a few documents
    return {**summarise(host, seen, errors, said, viewers, steady_from), **cpu_per_document(cpu, host.seq)}


def cpu_per_document(cpu: dict[str, float], documents: int) -> dict[str, object]:
    """Each part's CPU (user + system, /proc) per document sent to every viewer, and in all."""
    figures: dict[str, object] = {
        f"clock_{name}_cpu_ms_per_document": r(seconds * 1000 / max(documents, 1), 1)
        for name, seconds in cpu.items()
        if name != "wall"
    }
    busy = sum(seconds for name, seconds in cpu.items() if name != "wall")
    figures["clock_cores_busy"] = r(busy / cpu["wall"], 2)  # of this machine's, by these parts alone
    return figures


def summarise(
    host: Host, seen: dict[str, list[Any]], page_errors: list[float], said: list[str], viewers: int, steady_from: float
) -> dict[str, object]:
    running = [late for status, _, late in seen.values() if status == "running"]
    every_late = [value for late in running for value in late]
    pairs = pair_differences(running, 100_000)
    steady = [
        late for seq, (status, _, late) in seen.items() if status == "running" and host.sent[int(seq)] >= steady_from
    ]
    steady_pairs = pair_differences(steady, 100_000) if steady else [0.0]
    pauses = [
        arrived_at - host.keys[int(seq)]
        for seq, (status, arrived, _) in seen.items()
        if int(seq) in host.keys
        for arrived_at in arrived
    ]
    reached = [len(seen[str(seq)][1]) if str(seq) in seen else 0 for seq in sorted(host.keys)]
    return {
        "load_average_1min": r(os.getloadavg()[0], 1),  # the machine's other work: this VM is shared
        "clock_viewers": viewers,
        "clock_viewers_reached_by_every_pause": min(reached, default=0),
        "clock_viewers_reached_by_each_pause": reached,
        "clock_documents": host.seq,
        "clock_pauses": len(host.keys),
        "clock_flip_pair_ms_p50": r(percentile(pairs, 50), 1),
        "clock_flip_pair_ms_p99": r(percentile(pairs, 99), 1),
        "clock_flip_pair_ms_max": r(max(pairs), 1),
        "clock_flip_pair_ms_p99_last_two_thirds": r(percentile(steady_pairs, 99), 1),
        "clock_flip_late_ms_p50": r(percentile(every_late, 50), 1),
        "clock_flip_late_ms_p99": r(percentile(every_late, 99), 1),
        "clock_flip_late_ms_min": r(min(every_late), 1),
        "clock_pause_ms_p50": r(percentile(pauses, 50), 1),
        "clock_pause_ms_p95": r(percentile(pauses, 95), 1),
        "clock_pause_ms_p99": r(percentile(pauses, 99), 1),
        "clock_pause_ms_max": r(max(pauses), 1),
        "clock_pages": len(said),
        "clock_page_flips": len(page_errors),
        "clock_page_flip_ms_p50": r(percentile(page_errors, 50), 1) if page_errors else None,
        "clock_page_flip_ms_p99": r(percentile(page_errors, 99), 1) if page_errors else None,
        "clock_pages_say": said,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--viewers", type=int, default=3000)
    parser.add_argument("--pages", type=int, default=4)
    parser.add_argument("--in-order", action="store_true", help="the relays write to their viewers in one order")
    parser.add_argument(
        "--python-viewers", action="store_true", help="the emulated viewers in Python (the harness before Node's)"
    )
    args = parser.parse_args()
    figures = measure(args.quick, args.viewers, args.pages, args.in_order, args.python_viewers)
    print(json.dumps(figures, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

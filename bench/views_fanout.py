"""A view server fed by the broker (`serve --from`), 500 WebSocket viewers: how soon each has a change.

    python bench/views_fanout.py [--quick]

Starts mosquitto on a free loopback port, the real `main.py serve --from … --listen 127.0.0.1:0`
as a child process, and 500 WebSocket viewers (4 processes of 125, each one asyncio loop). A room's MQTT
link publishes a change every 250 ms carrying `bench_t`, the monotonic time of its `publish`
call (CLOCK_MONOTONIC is one clock for all processes); each viewer notes when that document
reaches it. The baseline, in the same run: a bare paho subscriber's `on_message` (the broker's
hop alone). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, child_env, log, percentile, r
from bench.rooms import bare_hop
from runner.ui.rooms.mqtt_client import parse_broker_url
from runner.ui.rooms.mqtt_link import MqttLink
from tests.broker import Broker
from tests.state_documents import document as made_document

VIEWERS = 500
CLIENTS = 4  # processes the viewers are spread over
INTERVAL_S = 0.25


def document(change: int) -> dict[str, object]:
    """A change of the room's running segment, stamped with the time of its publish."""
    return made_document("Plenary", f"Segment {change}", remaining_ms=600_000, bench_t=time.monotonic())


def start_server(url: str) -> tuple[subprocess.Popen[str], str]:
    """`serve --from` in a process of its own; returns it and its WebSocket URL."""
    command = [sys.executable, str(ROOT / "main.py"), "serve", "--from", url, "--room", "plenary"]
    process = subprocess.Popen(
        [*command, "--listen", "127.0.0.1:0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=child_env(None),
    )
    assert process.stdout is not None
    for line in process.stdout:
        name, _, link = line.strip().partition(" ")
        if name == "websocket":
            return process, link.strip()
    raise RuntimeError("serve --from printed no WebSocket link")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc): its cost, whatever else the machine runs."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_viewers(ws_url: str, deflate: bool = True) -> list[subprocess.Popen[str]]:
    """The viewers in CLIENTS processes (one loop could not read 500 sockets as fast as they come)."""
    command = [sys.executable, str(ROOT / "bench" / "views_fanout_child.py"), ws_url, str(VIEWERS // CLIENTS)]
    command += [] if deflate else ["--no-deflate"]
    clients = [
        subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=child_env(None))
        for _ in range(CLIENTS)
    ]
    for client in clients:
        assert client.stdout is not None
        if client.stdout.readline().strip() != "ready":
            raise RuntimeError("a viewers' process could not connect")
    return clients


def collect(clients: list[subprocess.Popen[str]]) -> list[float]:
    seen: list[float] = []
    for client in clients:
        out, _ = client.communicate(timeout=60)  # closes its stdin: it reports and ends
        seen.extend(json.loads(out.strip().splitlines()[-1]))
    return seen


def measure(quick: bool) -> dict[str, object]:
    changes = 20 if quick else 60
    with tempfile.TemporaryDirectory() as folder:
        broker = Broker(Path(folder))
        broker.start()
        server, ws_url = start_server(broker.url("bench"))
        try:
            hops: list[float] = []
            hop_client = bare_hop(broker.url("bench"), hops)
            clients = start_viewers(ws_url)
            link = MqttLink(parse_broker_url(broker.url("bench")), "plenary")
            link.start()
            while not link.connected:
                time.sleep(0.05)
            time.sleep(0.5)
            cpu_before = cpu_seconds(server.pid)
            for change in range(changes):
                link.publish(document(change))
                time.sleep(INTERVAL_S)
            time.sleep(1.0)
            server_cpu_s = cpu_seconds(server.pid) - cpu_before
            seen = collect(clients)
            link.close()
            hop_client.loop_stop()  # type: ignore[attr-defined]
        finally:
            server.terminate()
            server.wait(10)
            broker.stop()
    return {
        "load_average_1min": r(os.getloadavg()[0], 1),  # the machine's other work: this VM is shared
        "fanout_viewers": VIEWERS,
        "fanout_changes": changes,
        "fanout_deliveries": len(seen),
        "fanout_expected_deliveries": VIEWERS * changes,
        "fanout_ms_p50": r(percentile(seen, 50), 1),
        "fanout_ms_p99": r(percentile(seen, 99), 1),
        "fanout_hop_ms_p99": r(percentile(hops, 99), 1),
        # The server's own work per change (receive, check, age, send to 500): what a machine with
        # a core to spare would take, wall time included, where the p99s above also wait for a core.
        "fanout_server_cpu_ms_per_change": r(server_cpu_s * 1000 / changes, 1),
        "fanout_vs_hop_p99_ratio": r(percentile(seen, 99) / max(percentile(hops, 99), 1e-9), 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    log("views: mosquitto -> serve --from -> 500 WebSocket viewers")
    print(json.dumps(measure(args.quick), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""paho on a selector (runner.ui.rooms.mqtt_loop) against paho's own select() loop, same run.

    python bench/mqtt_loop.py [--quick]

Starts Debian's mosquitto on a free port. For each loop in turn (several alternating rounds),
one client subscribes to a topic and publishes QoS 1 messages to it one at a time, each sent
from another thread (as the link's thread does) once the one before came back: the round trip
through the broker and both directions of the loop. Prints, as one JSON object, each loop's
p50 and p99 round trip and process CPU per message, and the selector's as ratios of paho's.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import paho.mqtt.client as mqtt

from bench.common import log, percentile
from runner.ui.rooms.mqtt_loop import NetworkLoop
from tests.broker import Broker


def _round(port: int, messages: int, selector: bool) -> tuple[list[float], float]:
    """Round trips in ms, and CPU seconds for them all."""
    came_back = threading.Event()
    connected = threading.Event()
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, protocol=mqtt.MQTTv311)

    def subscribe(client: mqtt.Client, *_: object) -> None:
        client.subscribe("bench/echo", qos=1)
        connected.set()

    client.on_connect = subscribe
    client.on_message = lambda c, u, m: came_back.set()
    stop: Callable[[], object]
    if selector:
        network = NetworkLoop(client, (0.1, 0.5), "bench-selector")
        network.start("127.0.0.1", port, keepalive=15)
        stop = network.stop
    else:
        client.connect_async("127.0.0.1", port, keepalive=15)
        client.loop_start()
        stop = lambda: (client.disconnect(), client.loop_stop())
    connected.wait(10)
    time.sleep(0.2)  # the subscription in place
    trips: list[float] = []
    cpu = time.process_time()
    for _ in range(messages):
        came_back.clear()
        sent = time.perf_counter()
        client.publish("bench/echo", b"x" * 200, qos=1)
        if not came_back.wait(5):
            raise RuntimeError("a message did not come back")
        trips.append((time.perf_counter() - sent) * 1000)
    cpu = time.process_time() - cpu
    stop()
    return trips, cpu


def run(quick: bool = False) -> dict[str, float]:
    messages, rounds = (200, 2) if quick else (2000, 4)
    broker = Broker(Path(tempfile.mkdtemp(prefix="bench-mqtt-loop-")))
    broker.start()
    found: dict[bool, tuple[list[float], float]] = {True: ([], 0.0), False: ([], 0.0)}
    try:
        for number in range(rounds):
            for selector in (number % 2 == 0, number % 2 != 0):  # alternate which goes first
                trips, cpu = _round(broker.port, messages, selector)
                found[selector] = (found[selector][0] + trips, found[selector][1] + cpu)
                log(f"round {number} {'selector' if selector else 'paho'}: p50 {percentile(trips, 50):.3f} ms")
    finally:
        broker.stop()
    out: dict[str, float] = {}
    for selector, name in ((True, "selector"), (False, "paho")):
        trips, cpu = found[selector]
        out[f"{name}_round_trip_ms_p50"] = round(percentile(trips, 50), 3)
        out[f"{name}_round_trip_ms_p99"] = round(percentile(trips, 99), 3)
        out[f"{name}_cpu_us_per_message"] = round(cpu / len(trips) * 1e6, 1)
    for measure in ("round_trip_ms_p50", "round_trip_ms_p99", "cpu_us_per_message"):
        out[f"ratio_{measure}"] = round(out[f"selector_{measure}"] / out[f"paho_{measure}"], 3)
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    print(json.dumps(run(parser.parse_args().quick), indent=2))

"""Child of the overview's load benchmark: ROOMS fake rooms on one MQTT client, each publishing its
state (retained, QoS 1, as a room's link does) every PERIOD seconds, staggered, for SECONDS.

    python bench/overview_load_child.py URL ROOMS PERIOD SECONDS

Every room is online first (its `online` true); a room's segment changes every tenth message.
Prints {"published": N} at the end.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import paho.mqtt.client as mqtt

from runner.ui.rooms.mqtt_client import parse_broker_url
from tests.state_documents import document


def payload(number: int, sent: int) -> bytes:
    made = document(f"Room {number:04d}", f"Segment {sent // 10}", remaining_ms=600_000 - (sent % 10) * 5_000)
    made["sent_at"] = datetime.now(timezone.utc).isoformat()
    return json.dumps(made).encode()


def main(url: str, rooms: int, period_s: float, seconds: float) -> None:
    address = parse_broker_url(url)
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"bench-rooms-{rooms}")
    client.max_inflight_messages_set(1000)
    client.max_queued_messages_set(0)
    client.connect(address.host, address.port)
    client.loop_start()
    for number in range(rooms):
        client.publish(address.topic(f"room-{number:04d}", "online"), b"true", qos=1, retain=True)
    published, began = 0, time.monotonic()
    sent = [0] * rooms
    while time.monotonic() - began < seconds:
        # Each room once a period, spread evenly over it: `rooms / period_s` messages a second.
        due = int((time.monotonic() - began) / period_s * rooms)
        while published < due:
            number = published % rooms
            client.publish(
                address.topic(f"room-{number:04d}", "state"), payload(number, sent[number]), qos=1, retain=True
            )
            sent[number] += 1
            published += 1
        time.sleep(0.01)
    time.sleep(1.0)
    client.loop_stop()
    client.disconnect()
    print(json.dumps({"published": published}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]))

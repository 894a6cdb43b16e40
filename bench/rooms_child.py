"""Child of the rooms benchmark: N rooms, each an MQTT link of its own, publishing state changes.

    python bench/rooms_child.py URL ROOMS CHANGES SEED

Once every link is connected, a change goes out every 50 ms to a room picked at random (its
running segment changes); each document carries `bench_t`, the monotonic time of its `publish`
call (CLOCK_MONOTONIC is one clock for every process on the machine). Prints one JSON line.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from runner.ui.rooms.mqtt_client import parse_broker_url
from runner.ui.rooms.mqtt_link import MqttLink
from tests.state_documents import document as made_document

INTERVAL_S = 0.05


def document(room: int, change: int) -> dict[str, object]:
    """A change of room `room`'s running segment, stamped with the time of its publish."""
    return made_document(f"Room {room:02d}", f"Segment {change}", remaining_ms=600_000, bench_t=time.monotonic())


def main(url: str, rooms: int, changes: int, seed: int) -> None:
    address = parse_broker_url(url)
    links = [MqttLink(address, f"room-{number:02d}") for number in range(rooms)]
    for link in links:
        link.start()
    deadline = time.monotonic() + 20
    while not all(link.connected for link in links) and time.monotonic() < deadline:
        time.sleep(0.05)
    for number, link in enumerate(links):  # every room on the overview before the timed changes
        link.publish(document(number, 0))
    time.sleep(1.0)
    pick = random.Random(seed)
    for change in range(1, changes + 1):
        number = pick.randrange(rooms)
        links[number].publish(document(number, change))
        time.sleep(INTERVAL_S)
    time.sleep(0.5)
    for link in links:
        link.close()
    print(json.dumps({"rooms": rooms, "changes": changes}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))

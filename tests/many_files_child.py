"""A process with more than 1,024 files open, as the app with 1,000 viewers has: its broker link
and a room feed (the overview's, `serve --from`'s) get sockets above 1024. Driven by
tests/test_mqtt_many_files.py over stdin and stdout, one line each way:

    python -m tests.many_files_child URL FILES
    < publish N          the link publishes {"n": N}; the answer says the link's socket number
    < heard N            waits until the feed has heard {"n": N} back; says the feed's socket number
    < quit
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

from runner.ui.rooms.mqtt_client import parse_broker_url
from runner.ui.rooms.mqtt_feed import RoomFeed
from runner.ui.rooms.mqtt_link import MqttLink
from tests.broker import FAST_RETRY, Heard

WAIT_S = 30.0  # a broker on a loaded machine: waited for, never timed


def socket_number(client: object) -> int:
    sock = client.socket()  # type: ignore[attr-defined]
    return -1 if sock is None else int(sock.fileno())


def wait_for(condition: object) -> bool:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.02)
    return False


def main(url: str, files: int) -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, files + 512), hard))  # as runner.web.open_files does
    held = [os.open(os.devnull, os.O_RDONLY) for _ in range(files)]  # the viewers' sockets, as it were
    address = parse_broker_url(url)
    heard = Heard()
    feed = RoomFeed(address, heard, room="plenary", retry_s=FAST_RETRY)
    link = MqttLink(address, "plenary", retry_s=FAST_RETRY)
    feed.start()
    link.start()
    for line in sys.stdin:
        verb, _, number = line.strip().partition(" ")
        if verb == "publish":
            ok = wait_for(lambda: link.connected)
            link.publish({"n": int(number)})
            print(json.dumps({"connected": ok, "fd": socket_number(link._client)}), flush=True)
        elif verb == "heard":
            wanted = json.dumps({"n": int(number)}, separators=(",", ":")).encode()
            ok = wait_for(lambda wanted=wanted: heard.get("plenary", "state") == wanted)
            print(json.dumps({"heard": ok, "fd": socket_number(feed._client)}), flush=True)
        else:
            break
    link.close()
    feed.close()
    for number in held:
        os.close(number)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))

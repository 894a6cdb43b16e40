"""The room feed: every room's state and online messages under a broker's PREFIX, for the overview and `serve --from`.

Messages arrive on paho's network thread; the receiver hops to its own thread (a Qt signal, an
asyncio loop) itself. Topics other than PREFIX/ROOM/state and PREFIX/ROOM/online are dropped here.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from typing import Any

from runner.ui.rooms.mqtt_client import RETRY_S, BrokerAddress, LinkState, LinkStatus, StatusListener, make_client
from runner.ui.rooms.mqtt_loop import NetworkLoop

LEAVES = ("state", "online")
# (room, leaf, payload): leaf is "state" or "online"; the payload is as the broker gave it.
MessageListener = Callable[[str, str, bytes], None]


class RoomFeed:
    """Subscribes to PREFIX/+/state and PREFIX/+/online (or one room's) and passes each message on."""

    def __init__(
        self,
        address: BrokerAddress,
        on_message: MessageListener,
        on_status: StatusListener | None = None,
        room: str = "+",
        retry_s: tuple[float, float] = RETRY_S,
    ) -> None:
        self.address = address
        self._on_message, self._on_status = on_message, on_status or (lambda status: None)
        self._topics = [(address.topic(room, leaf), 1) for leaf in LEAVES]
        self._depth = len(address.prefix.split("/"))
        self._client = make_client(address, "session-runner-feed", self._status_changed)
        self._client.on_message = self._received
        self._network = NetworkLoop(self._client, retry_s, "mqtt-network-feed")
        self.status = LinkStatus(LinkState.CONNECTING)
        self.failures = 0  # messages whose receiver raised: counted, said once, and the feed goes on
        self._closed = False

    def start(self) -> None:
        """Connect in the background; subscribes (again) on every connection."""
        self._network.start(self.address.host, self.address.port, keepalive=15)

    def close(self) -> None:
        """Disconnect and stop paho's thread; no message or status is passed on after this."""
        if self._closed:
            return
        self._closed = True
        self._network.stop()

    def _status_changed(self, status: LinkStatus) -> None:
        if status.state is LinkState.CONNECTED:
            self._client.subscribe(self._topics)
        self.status = status
        if not self._closed:
            self._on_status(status)

    def _received(self, client: Any, userdata: Any, message: Any) -> None:
        levels = message.topic.split("/")[self._depth :]
        if self._closed or len(levels) != 2 or levels[1] not in LEAVES:
            return
        try:
            self._on_message(levels[0], levels[1], bytes(message.payload))
        except Exception:  # raised out of here, it would end paho's thread: the feed would go silent
            self.failures += 1
            if self.failures == 1:  # a bug of ours, said once with its place; the messages after it go on
                where = traceback.format_exc(limit=-1).strip().splitlines()
                print(f"broker: a message on {message.topic} could not be read: {where[-1]}", file=sys.stderr)

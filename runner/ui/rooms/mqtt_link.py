"""The MQTT link: publishes one room's state document to a broker, off the GUI thread.

`publish(document)` only drops the document into a one-slot mailbox and wakes the link's own
thread, so the broker being slow, refusing or gone costs the caller (the GUI thread, the clock,
the log) a lock held for one assignment. That thread serialises the newest document and hands
it to paho, whose network thread (runner.ui.rooms.mqtt_loop) sends it, reconnects with back-off and, on every
(re)connection, says the room is online and republishes the newest state.

Topics (contract, "Rooms over a broker"): PREFIX/ROOM/state (retained, QoS 1) and
PREFIX/ROOM/online (retained `true`; `false` as the last will and on a clean exit).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from typing import Any

from runner.ui.rooms.mqtt_client import RETRY_S, BrokerAddress, LinkState, LinkStatus, StatusListener, make_client
from runner.ui.rooms.mqtt_loop import NetworkLoop

ONLINE, OFFLINE = b"true", b"false"
QOS = 1
# How long a clean exit waits for the broker to take `online: false` before giving up (the will
# is not sent after a clean disconnect, so the message matters; a dead broker must not hold the exit).
_GOODBYE_TIMEOUT_S = 1.0


class MqttLink:
    """Publishes a room's state documents to `address` under `room`; Qt-free, thread-safe `publish`."""

    def __init__(
        self,
        address: BrokerAddress,
        room: str,
        on_status: StatusListener | None = None,
        retry_s: tuple[float, float] = RETRY_S,
    ) -> None:
        self.address, self.room = address, room
        self.state_topic, self.online_topic = address.topic(room, "state"), address.topic(room, "online")
        self._on_status = on_status or (lambda status: None)
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._latest: Mapping[str, Any] | None = None  # the newest document not yet handed to paho
        self._last_payload: bytes | None = None  # the newest one handed over: republished on reconnect
        self._connected = threading.Event()
        self._stopping = False
        self.status = LinkStatus(LinkState.CONNECTING)
        self._client = make_client(address, f"session-runner-{room}", self._status_changed)
        self._client.will_set(self.online_topic, OFFLINE, qos=QOS, retain=True)
        # A QoS 1 message published while the link drops is kept and resent by paho; bound that
        # store, since only the newest state matters and it is republished on reconnect anyway.
        self._client.max_queued_messages_set(16)
        self._network = NetworkLoop(self._client, retry_s, f"mqtt-network-{room}", self._connected_and_resent)
        self._thread = threading.Thread(target=self._run, name=f"mqtt-link-{room}", daemon=True)

    def start(self) -> None:
        """Begin connecting (in the background: returns at once, whatever the broker does)."""
        self._network.start(self.address.host, self.address.port, keepalive=15)
        self._thread.start()

    def publish(self, document: Mapping[str, Any]) -> None:
        """Send `document` as the room's state soon; never blocks (only the newest unsent one is kept)."""
        with self._lock:
            self._latest = document
        self._wake.set()

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    def close(self) -> None:
        """Say the room is offline (briefly waiting for the broker), then disconnect and stop the threads."""
        self._stopping = True
        self._wake.set()
        self._thread.join(_GOODBYE_TIMEOUT_S + 1)
        if self._connected.is_set():
            goodbye = self._client.publish(self.online_topic, OFFLINE, qos=QOS, retain=True)
            goodbye.wait_for_publish(_GOODBYE_TIMEOUT_S)
        self._network.stop()
        self._status_changed(LinkStatus(LinkState.CLOSED))

    # -- the link's own thread -------------------------------------------------------------------
    def _run(self) -> None:
        while not self._stopping:
            self._wake.wait()
            self._wake.clear()
            with self._lock:
                document, self._latest = self._latest, None
            if document is not None:
                self._last_payload = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
            if document is not None and self._connected.is_set():
                self._client.publish(self.state_topic, self._last_payload, qos=QOS, retain=True)

    # -- paho's network thread -------------------------------------------------------------------
    def _connected_and_resent(self) -> None:
        """Online, and the newest state, after whatever paho resent of the time before (an older
        state kept while the broker was away must not be the last one the broker retains)."""
        # Set first: a document the link's thread takes from now on is sent by it, one taken
        # before is sent here (twice at worst, which a retained state tolerates).
        self._connected.set()
        self._client.publish(self.online_topic, ONLINE, qos=QOS, retain=True)
        if self._last_payload is not None:
            self._client.publish(self.state_topic, self._last_payload, qos=QOS, retain=True)

    def _status_changed(self, status: LinkStatus) -> None:
        if status.state is not LinkState.CONNECTED:
            self._connected.clear()
        if self._stopping and status.state is not LinkState.CLOSED:
            return  # the exit's own disconnect is no news for the host
        self.status = status
        self._on_status(status)

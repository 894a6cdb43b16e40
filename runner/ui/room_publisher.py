"""The app's side of the MQTT link: the room's state document on every engine event, every message
to the chair and every few seconds, handed to the link (which never blocks); its state shown in
the host window's status bar."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from runner.core.schedule import Snapshot
from runner.ui.engine_bridge import EngineBridge
from runner.ui.mqtt_client import RETRY_S, BrokerAddress, topic_level
from runner.ui.mqtt_link import MqttLink
from runner.ui.mqtt_status import LinkStatusLabel

# Between events the state is sent again this often (the contract asks for at least every 10 s),
# so the overview can tell a silent room from a quiet one.
HEARTBEAT_S = 5.0
# ...and that long after the display tick that found it due: the link's thread and paho's then
# take the GIL (serialising, sending) in the middle of the second, not while the flip is painted.
# Measured (bench/rooms.py): sent on the tick itself, the flip's p99 grew by ~4.7 ms.
HEARTBEAT_AFTER_FLIP_MS = 150

# (snapshot, room) -> the state document (runner.core.state_document's); the chair's message is the snapshot's
DocumentMaker = Callable[[Snapshot, str], Mapping[str, Any]]


class RoomPublisher(QObject):
    """Publishes one room's state through an `MqttLink` from the bridge's events and ticks.

    Signals:
        statusChanged(object): the link's LinkStatus, delivered on the GUI thread.
    """

    statusChanged = Signal(object)

    def __init__(
        self,
        bridge: EngineBridge,
        address: BrokerAddress,
        room: str,
        make_document: DocumentMaker,
        retry_s: tuple[float, float] = RETRY_S,
    ) -> None:
        super().__init__(bridge)
        self.bridge, self.room, self.make_document = bridge, room, make_document
        self.label: LinkStatusLabel | None = None  # its part of the host's status bar, once shown
        self._last_sent: float | None = None
        self._heartbeat = bridge.timers.timer(self, self.publish)
        # The link reports from paho's thread; a signal carries that to the GUI thread (queued).
        self.link = MqttLink(address, topic_level(room), self.statusChanged.emit, retry_s)
        bridge.eventApplied.connect(self._on_event)
        bridge.tick.connect(self._on_tick)

    def start(self) -> None:
        self.link.start()
        self.publish()

    @Slot()
    def publish(self, snapshot: Snapshot | None = None) -> None:
        """Hand the current document to the link (a mailbox: returns at once)."""
        snapshot = snapshot or self.bridge.snapshot()
        self._heartbeat.stop()
        self.link.publish(self.make_document(snapshot, self.room))
        self._last_sent = self.bridge.engine.clock.monotonic()

    def close(self) -> None:
        """Say the room is offline and stop (waits a second at most for a broker that is there)."""
        self.bridge.eventApplied.disconnect(self._on_event)
        self.bridge.tick.disconnect(self._on_tick)
        self._heartbeat.stop()
        self.link.close()

    def _on_event(self, event: object) -> None:
        self.publish()

    def _on_tick(self, snapshot: Snapshot) -> None:
        now = self.bridge.engine.clock.monotonic()
        due = self._last_sent is None or now - self._last_sent >= HEARTBEAT_S
        if due and not self._heartbeat.is_active():
            self._heartbeat.start(HEARTBEAT_AFTER_FLIP_MS)

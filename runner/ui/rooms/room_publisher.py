"""The app's side of the MQTT link: the room's state feed (runner.ui.rooms.state_feed) handed to the link
(which never blocks); its state shown in the host window's status bar."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from runner.ui.rooms.mqtt_client import RETRY_S, BrokerAddress, topic_level
from runner.ui.rooms.mqtt_link import MqttLink
from runner.ui.rooms.mqtt_status import LinkStatusLabel
from runner.ui.rooms.state_feed import StateFeed


class RoomPublisher(QObject):
    """Publishes one room's state through an `MqttLink`, subscribed to the room's feed.

    Signals:
        statusChanged(object): the link's LinkStatus, delivered on the GUI thread.
    """

    statusChanged = Signal(object)

    def __init__(
        self, feed: StateFeed, address: BrokerAddress, room: str, retry_s: tuple[float, float] = RETRY_S
    ) -> None:
        super().__init__(feed)
        self.feed, self.room = feed, room
        self.label: LinkStatusLabel | None = None  # its part of the host's status bar, once shown
        # The link reports from paho's thread; a signal carries that to the GUI thread (queued).
        self.link = MqttLink(address, topic_level(room), self.statusChanged.emit, retry_s)

    def start(self) -> None:
        """Connect (in the background) and follow the feed: the current document goes out at once."""
        self.link.start()
        self.feed.subscribe(self.link.publish)

    def close(self) -> None:
        """Say the room is offline and stop (waits a second at most for a broker that is there)."""
        self.feed.unsubscribe(self.link.publish)
        self.link.close()

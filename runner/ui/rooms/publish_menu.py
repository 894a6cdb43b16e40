"""Publishing to a broker from the host window: `--publish`, or Session ▸ Publish to a broker…, remembered.

The remembered URL never holds the password: a broker that wants one is asked again at the next
start (the dialog comes filled in), so no secret sits in the settings file.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from runner.core.agenda import Agenda, room_name
from runner.ui.base.formatting import fill
from runner.ui.rooms.mqtt_client import RETRY_S, BrokerAddress, BrokerUrlError, parse_broker_url
from runner.ui.rooms.mqtt_status import LinkStatusLabel
from runner.ui.rooms.room_publisher import RoomPublisher
from runner.ui.rooms.room_services import RoomDay, feed_for


def remembered_url(address: BrokerAddress) -> str:
    """The URL to keep in the settings: everything but the password."""
    return replace(address, password=None).display


class PublishControl(QObject):
    """A day's window's menu entries for publishing the room; the publisher itself (none, or one at
    a time) is the room's services', so it goes on when another day opens."""

    def __init__(self, console: RoomDay, default_room: str, retry_s: tuple[float, float] = RETRY_S) -> None:
        host = console.host.window()
        super().__init__(host)
        self.console, self.default_room = console, default_room
        self.services = console.services
        self.retry_s = retry_s
        self.publish_action = QAction(self.tr("Publish to a broker…"), host)
        self.publish_action.setObjectName("publish")
        self.publish_action.setStatusTip(
            self.tr("Send this room's state to an MQTT broker, for the overview and remote views")
        )
        self.stop_action = QAction(self.tr("Stop publishing"), host)
        self.stop_action.setObjectName("stop_publishing")
        self.stop_action.setEnabled(self.publisher is not None)
        self.publish_action.triggered.connect(self.ask)
        self.stop_action.triggered.connect(self.stop_and_forget)
        console.host.menus.session.addSeparator()
        console.host.menus.session.addActions([self.publish_action, self.stop_action])

    @property
    def publisher(self) -> RoomPublisher | None:
        """The room's publisher (one from the day before included)."""
        return self.services.publisher

    def start(self, address: BrokerAddress, room: str | None = None) -> RoomPublisher:
        """Publish to `address` (replacing any earlier link) and remember the choice."""
        self.stop()
        room = room or self.default_room
        console, services = self.console, self.services
        services.rename(room)
        publisher = RoomPublisher(feed_for(console), address, room, self.retry_s)
        publisher.label = LinkStatusLabel(self.tr("Broker"), fill(self.tr("%1 as %2"), address.display, room))
        publisher.statusChanged.connect(publisher.label.show_status)
        console.settings.publish_url, console.settings.publish_room = remembered_url(address), room
        console.settings.broker_this_run = address
        services.publisher = publisher
        console.host.statusBar().addPermanentWidget(publisher.label)
        publisher.label.show()
        self.stop_action.setEnabled(True)
        publisher.start()
        return publisher

    def stop(self) -> None:
        """Say the room is offline and drop the link (the settings keep the choice)."""
        self.services.stop_publishing()
        self.stop_action.setEnabled(False)

    def stop_and_forget(self) -> None:
        self.stop()
        self.console.settings.publish_url = ""
        self.console.settings.broker_this_run = None

    def resume_remembered(self) -> RoomPublisher | None:
        """A day opened without --publish: publish where this run did (another day opened from the File
        menu), else where the host last chose unless that broker wants a password (never kept on disk)."""
        settings = self.console.settings
        if isinstance(settings.broker_this_run, BrokerAddress):
            return self.start(settings.broker_this_run, settings.publish_room or None)
        url = settings.publish_url
        try:
            address = parse_broker_url(url) if url else None
        except BrokerUrlError:
            return None
        if address is None or address.username:
            return None
        return self.start(address, settings.publish_room or None)

    def ask(self) -> None:
        """The menu's dialog: a URL (with user and password where the broker wants them) and the room."""
        dialog = PublishDialog(
            self.console.settings.publish_url,
            self.console.settings.publish_room or self.default_room,
            self.console.host.window(),
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.address is not None:
            self.start(dialog.address, dialog.room_edit.text().strip() or None)


class PublishDialog(QDialog):
    """Asks for `mqtt[s]://[USER:PASS@]HOST[:PORT]/PREFIX` and the room; refuses a URL it cannot read."""

    def __init__(self, url: str, room: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Publish to a broker"))
        self.address: BrokerAddress | None = None
        self.url_edit = QLineEdit(url, placeholderText="mqtt://user:password@broker.example.org/event")
        self.room_edit = QLineEdit(room)
        self.problem_label = QLabel()
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)  # may hold the address as typed
        self.problem_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Broker URL"), self.url_edit)
        form.addRow(self.tr("Room"), self.room_edit)
        form.addRow(self.problem_label)
        form.addRow(buttons)
        self.setMinimumWidth(520)

    def accept(self) -> None:
        try:
            self.address = parse_broker_url(self.url_edit.text())
        except BrokerUrlError as exc:
            self.problem_label.setText(str(exc))
            return
        super().accept()


class PublishingDay(RoomDay, Protocol):
    """A day whose window keeps its publishing control (runner.ui.app.Console)."""

    publishing: PublishControl | None


def install_publishing(console: PublishingDay, agenda: Agenda | None = None) -> PublishControl:
    """The day's publishing control (made once per window): the menu entries, publishing the room's
    state feed (runner.ui.rooms.state_feed)."""
    existing: PublishControl | None = console.publishing
    if existing is None:
        room = console.services.room or (room_name(agenda) if agenda else "")
        existing = console.publishing = PublishControl(console, room)
    return existing

"""Publishing to a broker from the host window: `--publish`, or Session ▸ Publish to a broker…, remembered.

A broker is remembered for its agenda (its file) and the timing log it was published from: the
next start on that agenda and log (or, chosen in the agenda's own log, on another day's own log)
publishes there again, as the same room, and says so in the window; an app opened on another
agenda or another log (a rehearsal's, a `--log` of its own) never publishes as that room by itself
(issue 24). Another agenda opened from the File menu while the room before was published is
another room: that room goes offline, and the new agenda's room is published to the same broker
(remembered for it from then on), unless a broker is remembered for the new agenda, which wins;
the window says which room it publishes as. The remembered URL never holds the password: a broker that wants one is
asked again at the next start (the dialog comes filled in), so no secret sits in the settings file.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from runner.core.agenda import Agenda, room_name
from runner.core.session import default_log_path
from runner.ui.base.formatting import fill
from runner.ui.base.settings import RememberedBroker
from runner.ui.rooms.mqtt_client import RETRY_S, BrokerAddress, BrokerUrlError, LinkState, LinkStatus, parse_broker_url
from runner.ui.rooms.mqtt_status import LinkStatusLabel, status_line
from runner.ui.rooms.room_publisher import RoomPublisher
from runner.ui.rooms.room_services import RoomDay, agenda_key, feed_for


def remembered_url(address: BrokerAddress) -> str:
    """The URL to keep in the settings: everything but the password."""
    return replace(address, password=None).display


class PublishControl(QObject):
    """A day's window's menu entries for publishing the room; the publisher itself (none, or one at
    a time) is the room's services', so it goes on when another day opens."""

    def __init__(
        self,
        console: RoomDay,
        default_room: str,
        retry_s: tuple[float, float] = RETRY_S,
        agenda: str = "",
        own_log: str = "",
    ) -> None:
        host = console.host.window()
        super().__init__(host)
        self.console, self.default_room = console, default_room
        self.agenda = agenda or default_room  # what the broker is remembered for: the agenda's file
        self.own_log = own_log  # the agenda's own log for this day (runner.core.session.default_log_path)
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

    def start(
        self, address: BrokerAddress, room: str | None = None, resumed: bool = False, carried_from: str = ""
    ) -> RoomPublisher:
        """Publish to `address` (replacing any earlier link) and remember the choice for this agenda
        and log; `resumed`: as remembered, `carried_from`: the room published before (another
        agenda's), which the window says once connected."""
        self.stop()
        room = room or self.default_room
        console, services, settings = self.console, self.services, self.console.settings
        services.rename(room)
        publisher = RoomPublisher(feed_for(console), address, room, self.retry_s)
        publisher.label = LinkStatusLabel(self.tr("Broker"), fill(self.tr("%1 as %2"), address.display, room))
        publisher.statusChanged.connect(publisher.label.show_status)
        publisher.statusChanged.connect(lambda status: self._tell(status, address, room, resumed, carried_from))
        settings.publish_url, settings.publish_room = remembered_url(address), room
        log = self._log()
        settings.remember_broker(
            self.agenda, RememberedBroker(remembered_url(address), room, log, own_log=bool(log) and log == self.own_log)
        )
        settings.broker_this_run = address
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
        self.console.settings.forget_broker(self.agenda)
        self.console.settings.broker_this_run = None

    def resume_remembered(self) -> RoomPublisher | None:
        """A day opened without --publish: publish where this agenda's room was published from this
        log, unless that broker wants a password this run does not know (never kept on disk). The
        window says why when a broker remembered for this agenda is not used. With none remembered
        for it, an agenda opened from the File menu after one that published goes on publishing to
        that broker, as its own room."""
        settings = self.console.settings
        remembered = settings.remembered_broker(self.agenda)
        carried = self.services.take_carried()  # the broker of the agenda open before, if it published
        if remembered is None:
            if carried is None:
                return None
            address, before = carried
            return self.start(address, None, carried_from=before)  # this agenda's own room
        log = self._log()
        # The log it was published from, or (chosen in the agenda's own log) this day's own log.
        if log != remembered.log and not (remembered.own_log and log and log == self.own_log):
            said = self.tr(
                "Not publishing: the broker remembered for this agenda (%1, room “%2”) was for another "
                "timing log. Session → Publish to a broker… publishes this one."
            )
            self._notice(fill(said, remembered.url, remembered.room))
            return None
        try:
            address = parse_broker_url(remembered.url)
        except BrokerUrlError:
            return None
        if address.username:
            this_run = settings.broker_this_run  # the password, if this run was told it
            if not isinstance(this_run, BrokerAddress) or remembered_url(this_run) != remembered.url:
                said = self.tr("Not publishing yet: %1 wants a password. Session → Publish to a broker… asks for it.")
                self._notice(fill(said, remembered.url))
                return None
            address = this_run
        return self.start(address, remembered.room or None, resumed=True)

    def say_publishing(self) -> None:
        """Another day of the same agenda, its link carried along: its window says the room too."""
        publisher = self.publisher
        if publisher is not None and publisher.link.connected:
            said = self.tr("Publishing as room “%1” to %2")
            self._notice(fill(said, publisher.room, publisher.link.address.display))

    def _log(self) -> str:
        log = self.console.session.log_path
        return str(Path(log).resolve()) if log is not None else ""

    def _notice(self, text: str) -> None:
        """In the notice strip of the day now open (the link outlives the window it was made in)."""
        day = self.services.day or self.console
        day.host.show_notice("broker", text)

    def _tell(self, status: LinkStatus, address: BrokerAddress, room: str, resumed: bool, carried_from: str) -> None:
        if status.state is LinkState.CONNECTED:
            if carried_from and carried_from != room:
                said = self.tr("Publishing as room “%1” (this agenda's own) to %2; room “%3” is offline now")
                self._notice(fill(said, room, address.display, carried_from))
                return
            if resumed:
                said = self.tr("Publishing as room “%1” to %2, as remembered for this agenda")
            else:
                said = self.tr("Publishing as room “%1” to %2")
            self._notice(fill(said, room, address.display))
        elif status.state in (LinkState.RETRYING, LinkState.REFUSED):
            self._notice(status_line(status, self.tr("Broker"), address.display))
        elif status.state is LinkState.CLOSED:
            self._notice("")

    def ask(self) -> None:
        """The menu's dialog: a URL (with user and password where the broker wants them) and the room."""
        settings = self.console.settings
        remembered = settings.remembered_broker(self.agenda)
        # This agenda's own broker and room; else the broker last chosen, as this agenda's room (never
        # another agenda's room: pressing Enter must not publish this day as that one).
        url = remembered.url if remembered else settings.publish_url
        room = remembered.room if remembered and remembered.room else self.default_room
        dialog = PublishDialog(url, room, self.console.host.window())
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
        own_log = default_log_path(agenda, console.session.engine.printed_day) if agenda else None
        existing = console.publishing = PublishControl(
            console, room, agenda=agenda_key(agenda, room), own_log=str(own_log.resolve()) if own_log else ""
        )
    return existing

"""A broker link's state in words, for a status bar: connected, retrying and why, refused and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from runner.ui.base import palette
from runner.ui.base.formatting import fill
from runner.ui.rooms.mqtt_client import LinkState, LinkStatus


def status_line(status: LinkStatus, who: str, where: str = "") -> str:
    """One line: 'Broker: connected to …', 'Broker: cannot reach … — retrying', 'Broker: refused: …'."""
    translate = QCoreApplication.translate
    texts = {
        LinkState.CONNECTING: translate("mqtt", "connecting to %1…"),
        LinkState.CONNECTED: translate("mqtt", "connected to %1"),
        LinkState.RETRYING: translate("mqtt", "%2 — retrying"),
        LinkState.REFUSED: translate("mqtt", "%2 — check the user and password"),
        LinkState.CLOSED: translate("mqtt", "closed"),
    }
    text = fill(texts[status.state], where or translate("mqtt", "the broker"), status.reason)
    return f"{who}: {text}"


class LinkStatusLabel(QLabel):
    """The permanent status-bar part that says where the link to the broker stands."""

    def __init__(self, who: str, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # the reason may carry a host name the user typed
        self.who, self.where = who, where
        self.show_status(LinkStatus(LinkState.CONNECTING))

    def show_status(self, status: LinkStatus) -> None:
        self.setText(status_line(status, self.who, self.where))
        trouble = status.state in (LinkState.RETRYING, LinkState.REFUSED)
        self.setStyleSheet(f"color: {palette.DANGER.name()};" if trouble else "")
        self.setToolTip(self.text())

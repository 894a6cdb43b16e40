"""The organiser's overview (`overview mqtt://HOST/PREFIX`): one tile per room publishing under PREFIX.

Rooms appear as their first state arrives and move as their need for attention changes; each
tile's countdown goes on locally between documents, from `remaining_ms` at `sent_at`.
"""

from __future__ import annotations

import sys
from typing import cast

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QMainWindow, QWidget

from runner.core import i18n
from runner.core.clock import Clock, SystemClock
from runner.core.room_board import RoomBoard, RoomTile
from runner.ui.base.formatting import fill
from runner.ui.base.settings import Settings
from runner.ui.base.theme import apply_dark_palette
from runner.ui.base.timers import QtTimers, Timers
from runner.ui.base.translations import install_language
from runner.ui.rooms.mqtt_client import BrokerAddress, LinkStatus
from runner.ui.rooms.mqtt_feed import RoomFeed
from runner.ui.rooms.mqtt_status import status_line
from runner.ui.rooms.overview_tile import RoomTileWidget

# A tile's shape; the window lays out as many columns as make the tiles largest (columns_for).
TILE_WIDTH, TILE_HEIGHT = 470, 300
_SLACK_MS = 2


class FeedRelay(QObject):
    """Carries the feed's messages from paho's thread to the GUI thread (queued signals).

    Signals:
        arrived(str, str, bytes): a room's message (room, leaf, payload).
        statusChanged(object): the feed's LinkStatus.
    """

    arrived = Signal(str, str, bytes)
    statusChanged = Signal(object)


class OverviewWindow(QMainWindow):
    """The wall of rooms. `receive` takes a message on the GUI thread; `refresh` re-renders now."""

    def __init__(
        self, where: str, clock: Clock | None = None, timers: Timers | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.clock, self.where = clock or SystemClock(), where
        self.board = RoomBoard()
        self.tile_widgets: dict[str, RoomTileWidget] = {}
        self._order: list[str] = []
        self._columns = 0
        self.setWindowTitle(fill(self.tr("Session Runner — rooms at %1"), where))
        self.grid = QGridLayout()
        self.grid.setSpacing(14)
        self.waiting_label = QLabel(fill(self.tr("Waiting for rooms at %1…"), where))
        self.waiting_label.setTextFormat(Qt.TextFormat.PlainText)
        self.waiting_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.waiting_label.font()
        font.setPointSize(20)
        self.waiting_label.setFont(font)
        self.grid.addWidget(self.waiting_label, 0, 0)
        # No scroll area: a wall screen shows every room, the tiles shrinking to fit.
        holder = QWidget()
        holder.setLayout(self.grid)
        self.setCentralWidget(holder)
        self.link_label = QLabel()
        self.statusBar().addPermanentWidget(self.link_label, 1)
        self._timer = (timers or QtTimers()).timer(self, self.refresh)
        self.feed: RoomFeed | None = None  # closed with the window, before the signals it feeds go

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.feed is not None:
            self.feed.close()
        super().closeEvent(event)

    @Slot(str, str, bytes)
    def receive(self, room: str, leaf: str, payload: bytes) -> None:
        """One message from the feed; junk is dropped by the board and changes nothing."""
        if self.board.receive(room, leaf, payload, self.clock.monotonic()):
            self.refresh()

    @Slot(object)
    def show_link_status(self, status: LinkStatus) -> None:
        self.link_label.setText(status_line(status, self.tr("Broker"), self.where))

    @Slot()
    def refresh(self) -> list[RoomTile]:
        """Render every room now and re-arm for the next second any countdown crosses."""
        tiles = self.board.tiles(self.clock.now(), self.clock.monotonic())
        for tile in tiles:
            widget = self.tile_widgets.get(tile.key)
            if widget is None:
                widget = self.tile_widgets[tile.key] = RoomTileWidget()
            widget.show_tile(tile)
        self._place([tile.key for tile in tiles])
        self._timer.start(_ms_to_next_change(tiles))
        return tiles

    def tiles_in_order(self) -> list[RoomTileWidget]:
        return [self.tile_widgets[key] for key in self._order]

    def _place(self, order: list[str], force: bool = False) -> None:
        central = self.centralWidget()
        if central is None:
            return
        view = central.size()
        columns = columns_for(len(order), view.width(), view.height())
        if order == self._order and columns == self._columns and not force:
            return
        for key in set(self.tile_widgets) - set(order):
            self.tile_widgets.pop(key).deleteLater()
        self._order, self._columns = order, columns
        while self.grid.count():
            self.grid.takeAt(0)
        self.waiting_label.setVisible(not order)
        if not order:
            self.grid.addWidget(self.waiting_label, 0, 0)
        for place, key in enumerate(order):
            self.grid.addWidget(self.tile_widgets[key], place // columns, place % columns)
        for column in range(columns):
            self.grid.setColumnStretch(column, 1)
        for row in range(-(-len(order) // columns)):
            self.grid.setRowStretch(row, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(self._order, force=True)


def columns_for(count: int, width: int, height: int) -> int:
    """The number of columns that gives `count` tiles the largest size that keeps their shape
    (about TILE_WIDTH x TILE_HEIGHT) in a `width` x `height` window: a wall screen shows every room."""
    best, best_scale = 1, 0.0
    for columns in range(1, max(1, count) + 1):
        rows = -(-max(1, count) // columns)
        scale = min(width / columns / TILE_WIDTH, height / rows / TILE_HEIGHT)
        if scale > best_scale:
            best, best_scale = columns, scale
    return best


def _ms_to_next_change(tiles: list[RoomTile]) -> int:
    """The soonest whole second any running countdown crosses (at most a second: stale marks too)."""
    soonest = 1000
    for tile in tiles:
        if tile.remaining_s is not None and not tile.paused:
            soonest = min(soonest, round(tile.remaining_s * 1000) % 1000 or 1000)
    return soonest + _SLACK_MS


def open_overview(address: BrokerAddress, clock: Clock | None = None) -> tuple[OverviewWindow, RoomFeed]:
    """The window and its feed, wired and started (the feed connects in the background)."""
    window = OverviewWindow(address.display, clock)
    relay = FeedRelay(window)
    relay.arrived.connect(window.receive)
    relay.statusChanged.connect(window.show_link_status)
    feed = window.feed = RoomFeed(address, relay.arrived.emit, relay.statusChanged.emit)
    relay.destroyed.connect(feed.close)  # a window dropped without being closed stops its feed too
    window.show_link_status(feed.status)
    feed.start()
    return window, feed


def run_overview(address: BrokerAddress, language: str | None = None) -> int:
    """Run the overview until its window is closed."""
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("Session Runner")
    app.setOrganizationName("Session Runner")
    chosen = i18n.choose_language(language, Settings().language)
    i18n.use(i18n.load_catalogue(chosen))
    translators = install_language(app, chosen)  # noqa: F841 - installed for the window's whole run
    apply_dark_palette(app)  # a wall screen in a dim control room
    window, feed = open_overview(address)
    window.resize(1440, 900)
    window.show()
    try:
        return app.exec()
    finally:
        feed.close()  # a second close is harmless: the window's own may not have come

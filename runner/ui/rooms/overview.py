"""The organiser's overview (`overview mqtt://HOST/PREFIX`): one tile per room publishing under PREFIX.

Rooms appear as their first state arrives and move as their need for attention changes; each
tile's countdown goes on locally between documents, from `remaining_ms` at `sent_at`.

Whatever the broker's rate, the work is bounded: messages wait in a `LatestMessages` (the newest
per room; the GUI is woken once a batch, not once a message); the window repaints at most
REPAINTS_PER_S times a second, however many messages come and countdowns cross a second; and a
repaint that reads the messages and sorts every room again (10 ms for 5,000 rooms) waits long
enough after the last one that sorting takes at most SORT_SHARE of the GUI thread.
"""

from __future__ import annotations

import math
import sys
from dataclasses import replace
from typing import cast

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QMainWindow, QWidget

from runner.core import i18n
from runner.core.clock import Clock, SystemClock
from runner.core.document_check import MAX_DOCUMENT_BYTES
from runner.core.latest_messages import LatestMessages
from runner.core.room_board import SHOWN_ROOMS, RoomBoard, RoomTile, count_line
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
# A flip is at most 1/REPAINTS_PER_S late when many countdowns cross a second close together.
REPAINTS_PER_S = 20
SORT_SHARE = 0.1
# What may wait for the GUI thread at most (a stalled window under a flood of large messages).
INBOX_BYTES = 64 * 1024 * 1024
# Every room publishes at least this often (contract): the count is whole after it.
_COUNT_SETTLES_S = 10.0
# A sort at least this often with no message: rooms fall silent, go over time, are forgotten.
_RESORT_EVERY_S = 1.0


class FeedRelay(QObject):
    """Wakes the GUI thread from paho's (a queued signal) when messages wait in the window's inbox.

    Signals:
        woken(): messages wait (sent once a batch: the first message into an empty inbox).
        statusChanged(object): the feed's LinkStatus.
    """

    woken = Signal()
    statusChanged = Signal(object)


class OverviewWindow(QMainWindow):
    """The wall of rooms. `receive` takes a message on the GUI thread; `refresh` re-renders now."""

    def __init__(
        self,
        where: str,
        clock: Clock | None = None,
        timers: Timers | None = None,
        parent: QWidget | None = None,
        shown: int = SHOWN_ROOMS,
    ) -> None:
        super().__init__(parent)
        self.clock, self.where = clock or SystemClock(), where
        self.board = RoomBoard(shown=shown)
        # A state and an online per room; none larger than a document may be, 64 MB in all.
        self.inbox = LatestMessages(2 * self.board.kept, MAX_DOCUMENT_BYTES, INBOX_BYTES)
        self.tile_widgets: dict[str, RoomTileWidget] = {}
        self._faces: dict[str, RoomTile] = {}  # what each tile shows, its time to the second
        self._order: list[str] = []
        self._columns = 0
        self._sorted_at = self._painted_at = float("-inf")
        self._sort_gap_s = 1 / REPAINTS_PER_S  # after a sort, the next no sooner (SORT_SHARE)
        self.repaints = 0  # counted for the benchmark and the tests
        self._capped_since: float | None = None  # when the rooms first outnumbered the cap
        self._capped_said = False
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
        self.count_label = QLabel()  # "Showing 100 of 5,000 rooms…", when there are more than fit
        for label in (self.link_label, self.count_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setVisible(False)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.link_label, 1)
        timers = timers or QtTimers()
        self._timer = timers.timer(self, self._tick)  # the next second a countdown shown crosses
        self._soon = timers.timer(self, self.refresh)  # messages waiting: the next sort allowed
        self.feed: RoomFeed | None = None  # closed with the window, before the signals it feeds go

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.feed is not None:
            self.feed.close()
        super().closeEvent(event)

    @Slot()
    def wake(self) -> None:
        """Messages wait in the inbox: read them at the next sort (and repaint) allowed."""
        if not self._soon.is_active():
            due = max(self._sorted_at + self._sort_gap_s, self._painted_at + 1 / REPAINTS_PER_S)
            self._soon.start(round(max(0.0, due - self.clock.monotonic()) * 1000))

    def receive(self, room: str, leaf: str, payload: bytes) -> None:
        """One message on the GUI thread, read at the next sort (as the feed's are)."""
        self.inbox.put(room, leaf, payload)
        self.wake()

    def take_message(self, room: str, leaf: str, payload: bytes) -> bool:
        """One message into the board; junk is dropped by the board and changes nothing."""
        return self.board.receive(room, leaf, payload, self.clock.monotonic())

    @Slot(object)
    def show_link_status(self, status: LinkStatus) -> None:
        self.link_label.setText(status_line(status, self.tr("Broker"), self.where))

    @Slot()
    def refresh(self) -> list[RoomTile]:
        """Read the messages waiting, sort every room, render those shown, re-arm the tick."""
        self._soon.stop()
        began = self.clock.monotonic()
        for message in self.inbox.take():
            self.take_message(*message)
        tiles = self.board.tiles(self.clock.now(), self.clock.monotonic())
        self._sorted_at = self.clock.monotonic()
        self._sort_gap_s = max(1 / REPAINTS_PER_S, (self._sorted_at - began) / SORT_SHARE)
        self._show(tiles)
        self._place([tile.key for tile in tiles])
        self._say_count(len(tiles), self.board.room_count)
        return tiles

    def _tick(self) -> None:
        """A countdown shown crosses a second: repaint those shown, or sort again when it is time."""
        if self.clock.monotonic() - self._sorted_at >= _RESORT_EVERY_S:
            self.refresh()
        else:
            self._show(self.board.tiles_of(self._order, self.clock.now(), self.clock.monotonic()))

    def _show(self, tiles: list[RoomTile]) -> None:
        for tile in tiles:
            widget = self.tile_widgets.get(tile.key)
            if widget is None:
                widget = self.tile_widgets[tile.key] = RoomTileWidget()
            face = _face(tile)
            if self._faces.get(tile.key) != face:  # of 100 tiles, a tick changes a few
                self._faces[tile.key] = face
                widget.show_tile(tile)
        self.repaints += 1
        self._painted_at = mono = self.clock.monotonic()
        # The next crossing or the next sort due, whichever comes first, but no sooner than
        # REPAINTS_PER_S allows: with many rooms some second is always about to be crossed.
        resort_ms = (self._sorted_at + _RESORT_EVERY_S - mono) * 1000 + _SLACK_MS
        self._timer.start(max(1000 // REPAINTS_PER_S, round(min(_ms_to_next_change(tiles), resort_ms))))

    def _say_count(self, shown: int, rooms: int) -> None:
        """Past the cap, the window says how many rooms it leaves out; stderr too, once a run, when
        every room has been heard (each publishes every 10 s at least): "of 5,000", not "of 148"."""
        capped = rooms > shown
        if capped:
            line = count_line(shown, rooms)
            self.count_label.setText(line)
            mono = self.clock.monotonic()
            self._capped_since = mono if self._capped_since is None else self._capped_since
            if not self._capped_said and mono - self._capped_since >= _COUNT_SETTLES_S:
                self._capped_said = True
                print(f"overview: {line}", file=sys.stderr)
        elif not self._capped_said:
            self._capped_since = None  # back under the cap before it was said: wait afresh
        self.count_label.setVisible(capped)

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
            self._faces.pop(key, None)
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


def _face(tile: RoomTile) -> RoomTile:
    """The tile as it reads: its time in the whole seconds the countdown shows (countdown_text)."""
    if tile.remaining_s is None:
        return tile
    return replace(tile, remaining_s=math.ceil(tile.remaining_s - 1e-9))


def _ms_to_next_change(tiles: list[RoomTile]) -> int:
    """The soonest whole second any running countdown crosses (at most a second: stale marks too)."""
    soonest = 1000
    for tile in tiles:
        if tile.remaining_s is not None and not tile.paused:
            soonest = min(soonest, round(tile.remaining_s * 1000) % 1000 or 1000)
    return soonest + _SLACK_MS


def open_overview(
    address: BrokerAddress, clock: Clock | None = None, shown: int = SHOWN_ROOMS
) -> tuple[OverviewWindow, RoomFeed]:
    """The window and its feed, wired and started (the feed connects in the background)."""
    window = OverviewWindow(address.display, clock, shown=shown)
    relay = FeedRelay(window)
    relay.woken.connect(window.wake)
    relay.statusChanged.connect(window.show_link_status)
    inbox = window.inbox  # not the window: paho's thread must not touch a QObject

    def arrived(room: str, leaf: str, payload: bytes) -> None:
        if inbox.put(room, leaf, payload):
            relay.woken.emit()

    feed = window.feed = RoomFeed(address, arrived, relay.statusChanged.emit)
    relay.destroyed.connect(feed.close)  # a window dropped without being closed stops its feed too
    window.show_link_status(feed.status)
    feed.start()
    return window, feed


def run_overview(address: BrokerAddress, language: str | None = None, shown: int | None = None) -> int:
    """Run the overview until its window is closed; `shown`: the most rooms shown (SHOWN_ROOMS)."""
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("Session Runner")
    app.setOrganizationName("Session Runner")
    chosen = i18n.choose_language(language, Settings().language)
    i18n.use(i18n.load_catalogue(chosen))
    translators = install_language(app, chosen)  # noqa: F841 - installed for the window's whole run
    apply_dark_palette(app)  # a wall screen in a dim control room
    window, feed = open_overview(address, shown=shown or SHOWN_ROOMS)
    window.resize(1440, 900)
    window.show()
    try:
        return app.exec()
    finally:
        feed.close()  # a second close is harmless: the window's own may not have come

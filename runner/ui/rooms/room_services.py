"""What the app shares of its room, for the app's whole life: the room's name, the views' language,
the state feed, the view server and the broker link.

The application (runner.ui.opening.AppShell) makes one `RoomServices` and keeps it until it quits;
each day it opens (a per-day console: its log, engine, windows) is built and dropped, and the
services `follow` the day that is open. Nothing is handed from one day's console to the next: the
feed follows the new day's bridge, the view server (same port, same links) saves its links beside
the new day's log and drives the new day's windows. Another day of the same agenda keeps the room
and its broker link (same name, same connection), shown in the new window's status bar. Another
agenda is another room (issue 24): it takes its own name, and the broker link of the room before
says that room is offline and ends; the new day's window publishes to the same broker as its own
room (runner.ui.rooms.publish_menu, `carried`). When the open day's window closes (the host
quits), they stop.

The rooms know a day only through `RoomDay` (what they use of it), not the shell's console type, so
nothing here imports the shell above it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QMenu, QStatusBar, QWidget

from runner.core.deferred import deferred
from runner.core.session import OpenedSession
from runner.ui.base.engine_bridge import EngineBridge
from runner.ui.base.settings import Settings

if TYPE_CHECKING:
    from runner.core.agenda import Agenda
    from runner.ui.rooms import state_feed
    from runner.ui.rooms.live_views import LiveViews
    from runner.ui.rooms.mqtt_client import BrokerAddress
    from runner.ui.rooms.room_publisher import RoomPublisher
    from runner.ui.rooms.state_feed import StateFeed
else:  # lazy seam: the feed and the state document load when something is first shared, not
    # before the host window's first frame (tests/test_first_frame_imports.py)
    state_feed = deferred("runner.ui.rooms.state_feed")


class _SessionMenu(Protocol):
    @property
    def session(self) -> QMenu: ...


class RoomHost(Protocol):
    """What the rooms use of a day's host window."""

    @property
    def closed(self) -> SignalInstance: ...
    @property
    def menus(self) -> _SessionMenu: ...
    def statusBar(self) -> QStatusBar: ...
    def window(self) -> QWidget: ...
    def control(self, action: str, text: str = "") -> None: ...
    def show_notice(self, kind: str, text: str) -> None: ...


class RoomDay(Protocol):
    """What the rooms use of an open day (runner.ui.app.Console)."""

    @property
    def session(self) -> OpenedSession: ...
    @property
    def bridge(self) -> EngineBridge: ...
    @property
    def host(self) -> RoomHost: ...
    @property
    def settings(self) -> Settings: ...
    @property
    def services(self) -> RoomServices: ...


class RoomServices:
    """The room's app-wide services (see the module's docstring); each is made when first wanted."""

    def __init__(self, settings: Settings, language: str, room: str = "") -> None:
        self.settings = settings
        self.room = room  # the room's one name: the documents', the broker topic's
        self.language = language  # the live views' (the state document's `language`): View → Language
        self.agenda = ""  # the agenda whose room it is (agenda_key): another agenda is another room
        self.day: RoomDay | None = None  # the open day they serve
        # The broker the room before published to, and that room's name: the next day's window
        # publishes there as its own room (a new connection: the last will names one room).
        self.carried: tuple[BrokerAddress, str] | None = None
        self.feed: StateFeed | None = None
        self.views: LiveViews | None = None
        self.publisher: RoomPublisher | None = None

    @property
    def shared(self) -> bool:
        """Whether anything serves the room (the views or a broker)."""
        return self.views is not None or self.publisher is not None

    def follow(self, day: RoomDay, agenda_room: str, agenda: str = "") -> None:
        """Serve `day` from now on (the first day, or one opened from the File menu). Another day of
        the same `agenda` (agenda_key) keeps the room's name and broker link; another agenda takes
        its own room's name, and the room before goes offline first, so nothing of the new day is
        ever published as it."""
        same_agenda = bool(self.agenda) and agenda == self.agenda
        if not same_agenda and self.publisher is not None:
            self.carried = (self.publisher.link.address, self.publisher.room)
            self.stop_publishing()  # from the day before's status bar, before the day changes
        previous, self.day, self.agenda = self.day, day, agenda
        day.host.closed.connect(lambda: self._closed(day))
        if not same_agenda or not self.room:
            self.rename(agenda_room)
        if self.feed is not None:
            self.feed.follow(day.bridge, day.bridge.engine.day.date, self.room)
        if self.views is not None:
            self.views.save_links_beside(day.session.log_path)
        publisher = self.publisher
        if publisher is not None and publisher.label is not None:
            if previous is not None:  # a status bar keeps its widgets by pointer: take it out first
                previous.host.statusBar().removeWidget(publisher.label)
            day.host.statusBar().addPermanentWidget(publisher.label)
            publisher.label.show()

    def take_carried(self) -> tuple[BrokerAddress, str] | None:
        """The broker the room before published to, and its name (once: then forgotten)."""
        carried, self.carried = self.carried, None
        return carried

    def feed_for(self, day: RoomDay) -> StateFeed:
        """The room's feed, made when a first subscriber (the views, a broker) wants it."""
        if self.feed is None:
            self.feed = state_feed.StateFeed(day.bridge, day.bridge.engine.day.date, self.room, self.language)
        return self.feed

    def rename(self, room: str) -> None:
        """One room, one name: the documents say the room the broker hears of."""
        self.room = room
        if self.feed is not None:
            self.feed.room = room

    def choose_language(self, language: str) -> None:
        """View → Language: the views' pages follow at once."""
        self.language = language
        if self.feed is not None:
            self.feed.language = language
            self.feed.publish()  # the views and the broker have it at once

    def stop_publishing(self) -> None:
        """Say the room is offline and drop the broker link (the settings keep the choice)."""
        publisher, self.publisher = self.publisher, None
        if publisher is None:
            return
        publisher.close()
        if publisher.label is not None:
            if self.day is not None:
                self.day.host.statusBar().removeWidget(publisher.label)
            publisher.label.deleteLater()
        publisher.deleteLater()

    def close(self) -> None:
        """The host quits: the views stop serving, the broker hears the room go offline."""
        views, self.views = self.views, None
        if views is not None:
            views.stop()
        self.stop_publishing()
        if self.feed is not None:  # kept (the publisher, deleted later, is its child): it stops listening
            self.feed.close()

    def _closed(self, day: RoomDay) -> None:
        if day is self.day:  # not a day left behind by File → Open
            self.close()


def agenda_key(agenda: Agenda | None, room: str) -> str:
    """What a room and its broker are kept for: the agenda's file (another file is another agenda),
    else its room."""
    if agenda is not None and agenda.source:
        return str(Path(agenda.source).resolve())
    return room


def feed_for(day: RoomDay) -> StateFeed:
    """The feed of `day`'s room."""
    return day.services.feed_for(day)

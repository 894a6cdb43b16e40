"""The room's one state-document feed at the UI edge: it listens to the running day's bridge, builds
the state document (runner.core.state_document) once per change and hands that same document to
every subscriber (the view server, the MQTT link).

One feed, so the chair's page and the organiser's overview read the very same document: the same
`sent_at` and `remaining_ms`, sent at the same instant, and so their countdowns flip together.
It outlives a day: the room's services (runner.ui.rooms.room_services) keep it for the app's
life, and after File → Open it follows the new day's bridge (`follow`) with its subscribers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal

from runner.core.document_model import StateDocument
from runner.core.snapshot import Snapshot
from runner.core.state_document import state_document
from runner.ui.base.engine_bridge import EngineBridge
from runner.ui.base.timers import Timer, Timers

# Between events the document is sent again this often, so a page or the overview sees the room
# is live (the contract asks for at least every 10 s).
HEARTBEAT_S = 5.0
# ...and this long after the display tick that found it due: the host's flip has been painted by
# then and the next is most of a second away. Sent on the tick itself, the broadcast to 500 viewers
# (the server thread's GIL) delayed the paint of the very flip that had just happened, and the
# MQTT link's serialising grew the flip's p99 by ~4.7 ms (bench/views.py, bench/rooms.py). The
# views' 250 ms (the bigger of the two loads) is kept for both.
AFTER_FLIP_MS = 250

Subscriber = Callable[[StateDocument], object]


class StateFeed(QObject):
    """Publishes one room's state document to its subscribers on every event and every HEARTBEAT_S.

    Signals:
        published(object): the document just handed to every subscriber (a dict), on the GUI thread.
    """

    published = Signal(object)

    def __init__(self, bridge: EngineBridge, day: date, room: str, language: str) -> None:
        super().__init__()  # no parent: the feed outlives the day's windows it started with
        # The views' language (the document's `language`): the host's, set again by View → Language.
        self.language = language
        self._subscribers: list[Subscriber] = []
        self._bridge: EngineBridge | None = None
        self._heartbeat: Timer | None = None
        self._timers: Timers | None = None
        self._last_sent: float | None = None
        self.day, self.room = day, room
        self.follow(bridge, day, room)

    @property
    def bridge(self) -> EngineBridge:
        assert self._bridge is not None
        return self._bridge

    def follow(self, bridge: EngineBridge, day: date, room: str) -> None:
        """Feed from `bridge` from now on (another day was opened): its document goes out at once."""
        self._detach()
        self._bridge, self.day, self.room = bridge, day, room
        if self._heartbeat is None or bridge.timers is not self._timers:  # one timer per factory, not per day
            self._timers, self._heartbeat = bridge.timers, bridge.timers.timer(self, self.publish)
        bridge.eventApplied.connect(self._on_event)
        bridge.tick.connect(self._on_tick)
        if self._subscribers:
            self.publish()

    def subscribe(self, subscriber: Subscriber) -> None:
        """`subscriber(document)` from now on, starting with the current document (sent to all)."""
        self._subscribers.append(subscriber)
        self.publish()

    def unsubscribe(self, subscriber: Subscriber) -> None:
        if subscriber in self._subscribers:
            self._subscribers.remove(subscriber)

    def publish(self, snapshot: Snapshot | None = None) -> StateDocument | None:
        """Build the document once and hand it to every subscriber (nothing without subscribers)."""
        if self._heartbeat is not None:
            self._heartbeat.stop()
        if not self._subscribers or self._bridge is None:
            return None
        document = self._document(snapshot)
        for subscriber in list(self._subscribers):
            subscriber(document)
        self.published.emit(document)
        return document

    def close(self) -> None:
        """Stop listening (the app quits); subscribers stay as they are."""
        self._detach()
        self._bridge = None

    def _document(self, snapshot: Snapshot | None = None) -> StateDocument:
        self._last_sent = self.bridge.engine.clock.monotonic()
        return state_document(snapshot or self.bridge.snapshot(), self.day, self.room, language=self.language)

    def _detach(self) -> None:
        bridge, heartbeat = self._bridge, self._heartbeat
        if heartbeat is not None:
            heartbeat.stop()
        if bridge is not None:
            bridge.eventApplied.disconnect(self._on_event)
            bridge.tick.disconnect(self._on_tick)

    def _on_event(self, event: object) -> None:
        self.publish()

    def _on_tick(self, snapshot: Snapshot) -> None:
        """The heartbeat, AFTER_FLIP_MS after the first flip that finds it due: so it goes out
        HEARTBEAT_S after the document before it (a tick's own lateness aside)."""
        if self._heartbeat is None or self._heartbeat.is_active() or not self._subscribers:
            return
        now = self.bridge.engine.clock.monotonic()
        due = HEARTBEAT_S - AFTER_FLIP_MS / 1000 - 0.1  # the 0.1 s: a tick a little early still counts
        if self._last_sent is None or now - self._last_sent >= due:
            self._heartbeat.start(AFTER_FLIP_MS)

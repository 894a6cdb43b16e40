"""The app's side of the live views: feeds the (Qt-free) view server with the room's state document
on every engine event, every message to the chair, and every few seconds; hands the control API's
requests over to the GUI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from runner.bundled import bundled_file
from runner.core.snapshot import Snapshot
from runner.core.state_document import state_document
from runner.ui.engine_bridge import EngineBridge
from runner.web.address import ListenAddress
from runner.web.server import ViewServer
from runner.web.tokens import ViewTokens, load_tokens, renew_tokens, tokens_path

# Between events the document is sent again this often, so a page sees it is live (the contract
# asks for at least every 10 s).
HEARTBEAT_S = 5.0
# ...and this long after a display tick: the host's flip has been painted by then and the next is
# most of a second away. Sent on the tick itself, the server thread's broadcast to 500 viewers
# (the GIL it takes) delayed the paint of the very flip that had just happened.
AFTER_FLIP_MS = 250


def pages_folder() -> Path:
    return bundled_file("resources", "web")


class LiveViews(QObject):
    """Publishes one room's state to a `ViewServer` from the bridge.

    Signals:
        controlled(str, str): a control API request (action, text), delivered on the GUI thread.
        published(int): a document was sent; its size in bytes.
    """

    controlled = Signal(str, str)
    published = Signal(int)
    _requested = Signal(str, str)  # emitted on the server's thread; queued to this object's

    def __init__(
        self, bridge: EngineBridge, server: ViewServer, day: date, room: str, tokens_file: Path | None = None
    ) -> None:
        super().__init__(bridge)
        self.bridge, self.server, self.day, self.room = bridge, server, day, room
        self.tokens_file = tokens_file
        self._last_sent: float | None = None
        self._heartbeat_armed = False
        self._requested.connect(self.controlled)
        bridge.eventApplied.connect(lambda event: self.publish())
        bridge.tick.connect(self._on_tick)

    def publish(self, snapshot: Snapshot | None = None) -> int:
        snapshot = snapshot or self.bridge.snapshot()
        size = self.server.publish(state_document(snapshot, self.day, self.room))
        self._last_sent = self.bridge.engine.clock.monotonic()
        self.published.emit(size)
        return size

    def renew_links(self) -> ViewTokens:
        """New tokens (saved beside the log when there is one): every old link stops working."""
        tokens = renew_tokens(self.tokens_file) if self.tokens_file else ViewTokens.fresh()
        self.server.replace_tokens(tokens)
        return tokens

    def request_control(self, action: str, text: str) -> bool:
        """The server's control handler (its thread): hand over and accept."""
        self._requested.emit(action, text)
        return True

    def stop(self) -> None:
        self.server.stop()

    def _on_tick(self, snapshot: Snapshot) -> None:
        now = self.bridge.engine.clock.monotonic()
        due = HEARTBEAT_S - AFTER_FLIP_MS / 1000 - 0.1  # so that it goes out HEARTBEAT_S after the last one
        if not self._heartbeat_armed and (self._last_sent is None or now - self._last_sent >= due):
            self._heartbeat_armed = True
            self.bridge.timers.single_shot(AFTER_FLIP_MS, self, self._heartbeat)

    def _heartbeat(self) -> None:
        self._heartbeat_armed = False
        self.publish()


def start_live_views(
    bridge: EngineBridge, address: ListenAddress, day: date, room: str, log_path: Path | None, control: bool = False
) -> LiveViews:
    """Start a view server for this day and feed it; raises ServeError with a one-line reason."""
    tokens_file = tokens_path(log_path) if log_path else None
    tokens = load_tokens(tokens_file) if tokens_file else ViewTokens.fresh()
    server = ViewServer(address, tokens, pages_folder())
    views = LiveViews(bridge, server, day, room, tokens_file)
    if control:
        server.control = views.request_control
    server.start()
    views.publish()
    return views

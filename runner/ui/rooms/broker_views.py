"""`serve --from mqtt://HOST/PREFIX --room NAME --listen [HOST:]PORT`: the live views fed by the broker.

Headless (no Qt, no window, no timing log): one room's state documents from the broker, as the
room's app published them, go to a view server (`runner.web.server`) with tokens of its own, so
one or many such servers on a public machine serve remote chairs and speakers while the host's
laptop stays closed to the internet. A message that is not a state document of the contract's
shape (runner.core.document_check) is dropped here, counted and said in one line on stderr (at
most one line every REFUSAL_NOTICE_S, with the count): bad input never reaches a viewer and
never ends the feed. While the broker is out of reach, the viewers are told the room is offline.
"""

from __future__ import annotations

import signal
import sys
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

from runner.bundled import bundled_file
from runner.core.document_check import DocumentRefused, read_state_document
from runner.core.document_model import StateDocument
from runner.core.state_document import aged
from runner.ui.rooms.mqtt_client import RETRY_S, BrokerAddress, LinkState, LinkStatus, topic_level
from runner.ui.rooms.mqtt_feed import RoomFeed
from runner.web.address import ListenAddress
from runner.web.server import ServeError, ViewServer
from runner.web.tokens import LoadedTokens, ViewTokens, read_tokens

# A retained state may be seconds old when it arrives: it is brought forward to now, as the app's
# own server does for a viewer between documents. An older one than this says the room's clock
# or the server's is off, and is passed on as sent rather than "corrected" by minutes.
MAX_CATCH_UP_S = 15.0
REFUSAL_NOTICE_S = 10.0  # a flood of bad messages is one line this often, not one line each


class BrokerFedViews:
    """Feeds `server` with `room`'s documents from the broker at `address`; Qt-free, thread-safe."""

    def __init__(
        self, address: BrokerAddress, room: str, server: ViewServer, retry_s: tuple[float, float] = RETRY_S
    ) -> None:
        self.server, self.room = server, room
        self.ignored = 0  # messages that were not state documents
        self.status: LinkStatus | None = None
        self._latest: StateDocument | None = None
        self._noticed_at: float | None = None  # monotonic time of the last refusal's line
        self.feed = RoomFeed(address, self._received, self._status_changed, room=topic_level(room), retry_s=retry_s)

    def start(self) -> None:
        self.feed.start()

    def close(self) -> None:
        self.feed.close()

    def _received(self, room: str, leaf: str, payload: bytes) -> None:
        """On paho's thread: a good document goes to the viewers; the room gone offline is said so."""
        if leaf == "online":
            if payload.strip() == b"false":
                self._say_offline()
            return
        try:
            data = read_state_document(payload)
        except DocumentRefused as refused:
            self._refused(leaf, str(refused))
            return
        sent_at = datetime.fromisoformat(data["sent_at"].replace("Z", "+00:00"))
        age = (datetime.now(timezone.utc) - sent_at).total_seconds()
        if 0 < age <= MAX_CATCH_UP_S:
            data = aged(data, age)
        self._latest = data
        self.server.publish(data)

    def _say_offline(self) -> None:
        if self._latest is not None and self._latest.get("online") is not False:
            offline = self._latest.copy()
            offline["online"] = False
            self._latest = offline
            self.server.publish(offline)

    def _refused(self, leaf: str, reason: str) -> None:
        self.ignored += 1
        now = time.monotonic()
        if self._noticed_at is None or now - self._noticed_at >= REFUSAL_NOTICE_S:
            self._noticed_at = now
            topic = self.feed.address.topic(topic_level(self.room), leaf)
            print(f"broker: dropped a message on {topic} ({self.ignored} so far): {reason}", file=sys.stderr)

    def _status_changed(self, status: LinkStatus) -> None:
        if self.status is None or status.state is not self.status.state or status.reason != self.status.reason:
            print(f"broker: {status.state.value}{': ' + status.reason if status.reason else ''}", file=sys.stderr)
        self.status = status
        if status.state in (LinkState.RETRYING, LinkState.REFUSED):
            self._say_offline()  # the room may be fine, but these viewers no longer hear it


def serve_from_broker(
    address: BrokerAddress,
    room: str,
    listen: ListenAddress,
    tokens_file: Path | None = None,
    max_viewers: int | None = None,
) -> tuple[BrokerFedViews, ViewServer]:
    """Start the view server and its feed (`max_viewers`: None, the server's default); raises
    ServeError with a one-line reason."""
    loaded = read_tokens(tokens_file) if tokens_file else LoadedTokens(ViewTokens.fresh())
    if loaded.notice:
        print(f"serve: {loaded.notice}", file=sys.stderr)
    server = ViewServer(listen, loaded.tokens, bundled_file("resources", "web"), max_viewers=max_viewers)
    server.start()
    views = BrokerFedViews(address, room, server)
    views.start()
    return views, server


def run_serve(
    address: BrokerAddress, room: str, listen: ListenAddress, tokens_file: Path | None, max_viewers: int | None = None
) -> int:
    """The `serve` command: print the views' links, serve until SIGINT or SIGTERM."""
    # Before the links are out: whoever reads them may stop the relay at once (a supervisor, a
    # test), and a SIGTERM before the handler would end it without closing the broker's link.
    stopped = threading.Event()
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: stopped.set())
    try:
        views, server = serve_from_broker(address, room, listen, tokens_file, max_viewers)
    except ServeError as exc:
        print(f"serve: {exc}", file=sys.stderr)
        return 1
    for link in server.links():
        print(f"{link.name:<9} {link.url}", flush=True)
    while not stopped.wait(1.0):  # wakes each second so the signal handler runs promptly
        pass
    views.close()
    server.stop()
    return 0

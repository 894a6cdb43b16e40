"""The app's side of the live views: the (Qt-free) view server subscribed to the room's state feed
(runner.ui.rooms.state_feed), and the control API's requests handed over to the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from runner.bundled import bundled_file
from runner.core.document_model import StateDocument
from runner.ui.rooms.state_feed import StateFeed
from runner.web.address import ListenAddress
from runner.web.server import ViewServer
from runner.web.tokens import LoadedTokens, ViewTokens, read_tokens, renew_tokens, save_tokens, tokens_path


def pages_folder() -> Path:
    return bundled_file("resources", "web")


class LiveViews(QObject):
    """Serves one room's state documents, as the feed gives them, through a `ViewServer`.

    Signals:
        controlled(str, str): a control API request (action, text), delivered on the GUI thread.
        published(int): a document was sent; its size in bytes.
    """

    controlled = Signal(str, str)
    published = Signal(int)
    _requested = Signal(str, str)  # emitted on the server's thread; queued to this object's

    def __init__(self, feed: StateFeed, server: ViewServer, tokens_file: Path | None = None) -> None:
        super().__init__(feed)
        self.feed, self.server, self.tokens_file = feed, server, tokens_file
        self.notice: str | None = None  # said once where the links are shown (an older tokens file migrated)
        self._requested.connect(self.controlled)

    def start(self) -> None:
        """Serve (raises ServeError with a one-line reason), then follow the feed."""
        self.server.start()
        self.feed.subscribe(self.publish)

    def publish(self, document: StateDocument) -> int:
        size = self.server.publish(document)
        self.published.emit(size)
        return size

    def renew_links(self) -> ViewTokens:
        """New tokens (saved beside the log when there is one): every old link stops working."""
        tokens = renew_tokens(self.tokens_file) if self.tokens_file else ViewTokens.fresh()
        self.server.replace_tokens(tokens)
        return tokens

    def save_links_beside(self, log_path: Path | None) -> None:
        """Another day was opened: the same links serve it, and are saved beside its log, so a
        restart on that day finds the links the chair has open."""
        self.tokens_file = tokens_path(log_path) if log_path else None
        try:
            if self.tokens_file is not None:
                save_tokens(self.tokens_file, self.server.tokens)
        except OSError:
            pass  # the links work all the same this run; a restart on that day would make new ones

    def request_control(self, action: str, text: str) -> bool:
        """The server's control handler (its thread): hand over and accept."""
        self._requested.emit(action, text)
        return True

    def stop(self) -> None:
        self.feed.unsubscribe(self.publish)
        self.server.stop()


def start_live_views(
    feed: StateFeed,
    address: ListenAddress,
    log_path: Path | None,
    control: bool = False,
    max_viewers: int | None = None,
) -> LiveViews:
    """Start a view server for the feed's room and subscribe it (`max_viewers`: None, the server's
    default); raises ServeError with a one-line reason."""
    tokens_file = tokens_path(log_path) if log_path else None
    loaded = read_tokens(tokens_file) if tokens_file else LoadedTokens(ViewTokens.fresh())
    server = ViewServer(address, loaded.tokens, pages_folder(), max_viewers=max_viewers)
    views = LiveViews(feed, server, tokens_file)
    views.notice = loaded.notice
    if control:
        views.server.control = views.request_control
    views.start()
    return views

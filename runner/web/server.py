"""The view server: the live pages, `/api/state` and a WebSocket on one port, served from a worker
thread with its own asyncio loop (the `websockets` library, which parses HTTP/1.1 strictly).

It knows nothing of the engine: whoever runs it hands it state documents (`publish`), from any
thread, and it sends each to every viewer. The GUI thread's only cost is one `json.dumps` and a
wake-up of the worker's loop: a slow viewer, a flood of requests or a stuck socket can never stall
the host's window. An optional control API (off unless given a handler) takes its own token.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import errno
import json
import logging
import random
import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from websockets.asyncio.server import ServerConnection, serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.frames import Frame, Opcode
from websockets.http11 import Request, Response
from websockets.protocol import State

from runner.core.document_model import StateDocument
from runner.core.i18n import SOURCE_LANGUAGE, tr, trn
from runner.core.state_document import aged, for_view
from runner.web.address import ListenAddress, host_header_allowed, link_bases
from runner.web.open_files import FileBudget, file_budget
from runner.web.page_text import page_language, page_text, refusal_text, render_page
from runner.web.slots import ViewerSlots
from runner.web.tokens import VIEW_NAMES, ViewTokens, same_token

VIEWS = VIEW_NAMES
CONTROL_ACTIONS = (
    "start_next",
    "pause",
    "add_minute",
    "remove_minute",
    "next_speaker",
    "message",
    "point_of_order",
    "reply",
    "add_delegation",
    "strike",
    "move",
    "draw",
    "undo",
    "redo",
)
# The floor's actions' own parameters, passed on to the host as a query (`delegation=KEN&to=3`).
FLOOR_PARAMETERS = {
    "add_delegation": ("delegation", "category", "speaker", "rank"),
    "strike": ("delegation",),
    "move": ("delegation", "to"),
    "draw": ("seed",),
}
MAX_VIEWERS = 1000  # WebSocket viewers at once by default (`--max-viewers`); fewer where open files run short
REFUSAL_NOTICE_S = 10.0  # viewers turned away are one line this often, with their count, not one each
MAX_TARGET = 2048  # characters of path and query; longer requests get 414
MAX_MESSAGE_CHARS = 280  # the host's message through the control API
SLOW_VIEWER_BYTES = 64 * 1024  # a viewer this far behind in reading gets no more until it catches up
MAX_INCOMING = 1024  # bytes of a viewer's frame: viewers have nothing to say
REVOKED = 4403  # WebSocket close code: the link's token was replaced by "New links"
_ROUTES = frozenset({*(f"/{view}" for view in VIEWS), "/api/state", "/api/strings", "/ws"})
_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css"}
_QUIET = logging.getLogger("runner.web.server")
_QUIET.addHandler(logging.NullHandler())
_QUIET.propagate = False  # bad requests are answered 4xx and forgotten, not printed

# (action, text) -> accepted; called on the server's thread: the handler must hand over to its own.
ControlHandler = Callable[[str, str], bool]


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


class ServeError(Exception):
    """The server could not start (the port is taken, the address is not this machine's)."""


@dataclass(frozen=True)
class ViewLink:
    name: str
    url: str


class ViewServer:
    """Serves the views of one room; `publish` gives it each new state document."""

    def __init__(
        self,
        address: ListenAddress,
        tokens: ViewTokens,
        pages: Path,
        control: ControlHandler | None = None,
        max_viewers: int | None = None,
    ) -> None:
        self.address, self.tokens, self.control = address, tokens, control
        self.max_viewers = max_viewers or MAX_VIEWERS  # asked for; `slots.cap`: what the open files allow
        self._files = {p.name: p.read_bytes() for p in pages.iterdir() if p.suffix in _TYPES and p.suffix != ".html"}
        self._templates = {p.stem: p.read_text(encoding="utf-8") for p in pages.glob("*.html")}
        self._pages: dict[tuple[str, str, bool], bytes] = {}  # (view, language, chosen) -> the page
        self._latest: tuple[StateDocument, str, float] | None = None  # document, its text, when
        self._viewers: set[ServerConnection] = set()
        self._seats: dict[ServerConnection, str] = {}  # a viewer's connection -> the view whose slot it holds
        self._open = 0  # sockets open now, viewers and requests
        self._turned_away = 0  # since the last line that said so
        self._notice: asyncio.TimerHandle | None = None  # the end of the current notice interval
        self.budget = FileBudget(0, self.max_viewers, self.max_viewers)
        self.slots = ViewerSlots(self.max_viewers)
        self.say: Callable[[str], None] = _stderr  # the server's lines (stderr), one per thing said
        self.files_notice: str | None = None  # said at start when open files allow fewer viewers
        self._closing: set[asyncio.Future[None]] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self.port = address.port

    # -- from the owner's thread -------------------------------------------------------------------
    def start(self, timeout_s: float = 10.0) -> None:
        """Bind and serve in a worker thread; raises ServeError with a one-line reason."""
        self._budget_files()
        bound: concurrent.futures.Future[int] = concurrent.futures.Future()
        self._thread = threading.Thread(target=self._run, args=(bound,), name="view-server", daemon=True)
        self._thread.start()
        self.port = bound.result(timeout=timeout_s)

    def _budget_files(self) -> None:
        """Raise the open files limit where allowed; fewer viewers than asked for is said once."""
        self.budget = file_budget(self.max_viewers)
        self.slots = ViewerSlots(self.budget.viewers)
        if self.budget.viewers < self.max_viewers:
            self.files_notice = tr(
                "views: this process may open {files} files: at most {viewers} viewers at once",
                files=self.budget.limit,
                viewers=self.budget.viewers,
            )
            self.say(self.files_notice)

    def publish(self, document: StateDocument) -> int:
        """Send `document` to every viewer (and keep it for `/api/state`); returns its size in bytes."""
        text = _json(document)
        self._latest = (document, text, time.monotonic())
        self._call(self._send_all)
        return len(text.encode())

    def replace_tokens(self, tokens: ViewTokens) -> None:
        """New links: the old ones answer 403 from now on and their viewers are disconnected."""
        self.tokens = tokens
        self._call(self._drop_viewers)

    def stop(self) -> None:
        """Close every connection and the port (again: nothing)."""
        if self._stop is not None:
            self._call(self._stop.set)
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._loop = self._thread = None

    def _call(self, action: Callable[..., None], *args: Any) -> None:
        """Run `action` on the server's loop, from any thread; nothing once the server has stopped."""
        loop = self._loop
        try:
            if loop is not None:
                loop.call_soon_threadsafe(action, *args)
        except RuntimeError:  # the loop closed in between: the server has stopped
            pass

    @property
    def viewers(self) -> int:
        return len(self._viewers)

    @property
    def language(self) -> str:
        """The room's language for the pages (the latest document's `language`), else English."""
        latest = self._latest[0].get("language") if self._latest else None
        return page_language(latest if isinstance(latest, str) else None) or SOURCE_LANGUAGE

    def links(self) -> list[ViewLink]:
        """Every view's whole URL with its own token; the state's and the WebSocket's (with the
        speakers' token: the least a reader needs); the control API's when on."""
        base, socket_base = link_bases(self.address, self.port)
        links = [ViewLink(name, f"{base}/{name}?token={self.tokens.of(name)}") for name in VIEWS]
        links.append(ViewLink("state", f"{base}/api/state?token={self.tokens.speaker}"))
        links.append(ViewLink("websocket", f"{socket_base}/ws?token={self.tokens.speaker}"))
        if self.control is not None:
            links.append(ViewLink("control", f"{base}/api/control/ACTION?token={self.tokens.control}"))
        return links

    # -- on the server's thread --------------------------------------------------------------------
    def _run(self, bound: concurrent.futures.Future[int]) -> None:
        asyncio.run(self._main(bound))

    async def _main(self, bound: concurrent.futures.Future[int]) -> None:
        self._loop, self._stop = asyncio.get_running_loop(), asyncio.Event()
        self._loop.set_exception_handler(self._loop_trouble)
        try:
            server = await self._serve()
        except OSError as exc:
            bound.set_exception(ServeError(f"cannot listen on {self.address.host}:{self.address.port}: {exc.strerror}"))
            return
        bound.set_result(server.sockets[0].getsockname()[1])
        await self._stop.wait()
        if self._notice is not None:  # those turned away since the last line are said, not lost
            self._notice.cancel()
            self._say_turned_away()
        server.close()
        await server.wait_closed()

    def _serve(self) -> Any:
        owner = self

        class CountedConnection(ServerConnection):
            """Counts the sockets open; beyond the budget one is closed at once (its file freed)."""

            def connection_made(self, transport: asyncio.BaseTransport) -> None:
                super().connection_made(transport)
                owner._open += 1
                if owner._open > owner.budget.connections:
                    self.transport.abort()
                    owner._turn_away()

            def connection_lost(self, exc: Exception | None) -> None:
                owner._open -= 1
                view = owner._seats.pop(self, None)
                if view is not None:
                    owner.slots.give_back(view)
                super().connection_lost(exc)

        return serve(
            self._viewer,
            self.address.host if not self.address.wildcard else None,
            self.address.port,
            process_request=self._answer,
            server_header=None,
            compression=None,  # deflate per viewer costs CPU for 500 viewers and saves little on ~1 KB
            max_size=MAX_INCOMING,
            max_queue=4,
            open_timeout=5,
            logger=_QUIET,
            create_connection=CountedConnection,
        )

    def _loop_trouble(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        """Out of files on accept (another part of the app took them): counted and said, no traceback."""
        trouble = context.get("exception")
        if isinstance(trouble, OSError) and trouble.errno in (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM):
            self._turn_away()
            return
        loop.default_exception_handler(context)

    def _turn_away(self) -> None:
        """One more viewer refused: said at once, then at most one line each REFUSAL_NOTICE_S, with the count."""
        self._turned_away += 1
        if self._notice is None:
            self._say_turned_away()

    def _say_turned_away(self) -> None:
        count, self._turned_away = self._turned_away, 0
        self._notice = None
        if count and self._loop is not None:
            self.say(
                trn(
                    "views: turned away {count} viewer: no slot free for it (at most {cap} viewers at once)",
                    "views: turned away {count} viewers: no slot free for them (at most {cap} viewers at once)",
                    count,
                    cap=self.slots.cap,
                )
            )
            if not self._stop or not self._stop.is_set():
                self._notice = self._loop.call_later(REFUSAL_NOTICE_S, self._say_turned_away)

    def _current(self, view: str) -> str:
        """The latest document as of now, as `view` may read it (runner.core.state_document.for_view):
        one made a while ago would start a viewer's count late (a new viewer's by seconds; a
        broadcast's by the hop from the GUI thread on a busy machine)."""
        if self._latest is None:
            return ""
        document, text, at = self._latest
        elapsed = time.monotonic() - at
        shown = for_view(document if elapsed < 0.001 else aged(document, elapsed), view)
        return text if shown is document else _json(shown)

    def _send_all(self) -> None:
        """One frame per view, encoded once and written to each of its viewers' sockets as it is:
        without compression a text frame from the server is the same bytes for all (websockets'
        broadcast re-encodes it per viewer: 500 viewers took ~125 ms of this thread, and of the GIL,
        against ~10 ms)."""
        if not self._viewers:
            return
        frames: dict[str, bytes] = {}
        # In a new order each time: a viewer always written last would always read the document
        # last, and its count (anchored at the quickest transit it has seen) would run that late
        # for good; shuffled, each viewer is early now and then, and its count is as early as that.
        viewers = list(self._viewers)
        random.shuffle(viewers)
        for connection in viewers:
            transport = connection.transport
            if connection.protocol.state is not State.OPEN or getattr(connection, "send_in_progress", None):
                continue
            if transport.get_write_buffer_size() > SLOW_VIEWER_BYTES:
                continue  # a stalled viewer skips documents; the next one supersedes them anyway
            view = self._seats.get(connection, "stage")  # seated at its handshake; else the least
            frame = frames.get(view)
            if frame is None:
                # The view's own document, never `text` (the whole one): `publish` keeps it as the latest first.
                frame = frames[view] = Frame(Opcode.TEXT, self._current(view).encode()).serialize(mask=False)
            transport.write(frame)

    def _drop_viewers(self) -> None:
        for connection in list(self._viewers):
            task = asyncio.ensure_future(connection.close(REVOKED, "link revoked"))
            self._closing.add(task)
            task.add_done_callback(self._closing.discard)

    async def _viewer(self, connection: ServerConnection) -> None:
        self._viewers.add(connection)
        try:
            current = self._current(self._seats.get(connection, "stage"))
            if current:
                await connection.send(current)
            async for _ in connection:
                pass  # a viewer says nothing; whatever it sends is read and dropped
        except ConnectionClosed:
            pass  # a viewer that vanished (a phone asleep, a closed tab) is no error
        finally:
            self._viewers.discard(connection)

    def _answer(self, connection: ServerConnection, request: Request) -> Response | None:
        """Every HTTP request: refused, answered, or (the WebSocket with a good token) let through."""
        headers = request.headers
        if len(headers.get_all("Host")) != 1 or len(headers.get_all("Origin")) > 1:  # RFC 9112, 3.2
            return _plain(HTTPStatus.BAD_REQUEST, "A request names its server once.")
        if not host_header_allowed(headers.get("Host"), self.address, self.port):
            return _plain(HTTPStatus.MISDIRECTED_REQUEST, "This server does not answer to that name.")
        if len(request.path) > MAX_TARGET:
            return _plain(HTTPStatus.REQUEST_URI_TOO_LONG, "Request too long.")
        origin = headers.get("Origin")
        if origin and origin != "null" and urlsplit(origin).netloc.lower() != str(headers.get("Host")).lower():
            return _plain(HTTPStatus.FORBIDDEN, "Cross-site requests are refused.")
        target = urlsplit(request.path)
        query = parse_qs(target.query)
        token = _only(query.get("token"))
        # Older websockets parse only GET; newer ones hand over any method (never with a body).
        method = getattr(request, "method", "GET")
        if target.path.startswith("/api/control/") and method in ("GET", "POST"):
            return self._control(target.path.removeprefix("/api/control/"), token, target.query)
        if method != "GET":
            return _plain(HTTPStatus.METHOD_NOT_ALLOWED, "The views only read.")
        return self._route(connection, target.path, token, headers, page_language(_only(query.get("lang"))))

    def _route(
        self, connection: ServerConnection, path: str, token: str | None, headers: Headers, asked: str | None
    ) -> Response | None:
        if path == "/favicon.ico":
            return _response(HTTPStatus.NO_CONTENT, b"", "text/plain", None)
        if path.startswith("/assets/"):
            return self._asset(path.removeprefix("/assets/"), headers)
        if path not in _ROUTES:  # exactly: '/ws/' or '/api/state/' is no page of ours
            return _plain(HTTPStatus.NOT_FOUND, "Not found.")
        view = self.tokens.view_of(token)
        language = asked or self.language
        refused = _check(token, view is not None, language)
        if refused is not None:
            return refused
        if path.removeprefix("/") in VIEWS and path.removeprefix("/") != view:
            return _plain(HTTPStatus.FORBIDDEN, refusal_text("other_view", language))
        if path == "/ws":
            return self._seat(connection, view, language)
        if path == "/api/state":
            state = self._current(view or "stage")
            return _response(HTTPStatus.OK, state.encode(), "application/json; charset=utf-8", headers)
        if path == "/api/strings":  # a page following the room's language fetches the new one's text
            text = page_text(asked or self.language, asked is not None)
            return _response(HTTPStatus.OK, _json(text).encode(), "application/json; charset=utf-8", headers)
        return self._page(path.strip("/"), asked, headers)

    def _seat(self, connection: ServerConnection, view: str | None, language: str) -> Response | None:
        """A WebSocket viewer of `view` gets a slot of its view's share, or 503 (counted, said)."""
        if view is not None and self.slots.take(view):
            self._seats[connection] = view
            return None
        self._turn_away()
        return _plain(HTTPStatus.SERVICE_UNAVAILABLE, refusal_text("full", language))

    def _page(self, view: str, asked: str | None, headers: Headers) -> Response:
        """The view in the viewer's `?lang=`, else in the room's language."""
        key = (view, asked or self.language, asked is not None)
        if key not in self._pages:
            self._pages[key] = render_page(self._templates[view], *key)
        return _response(HTTPStatus.OK, self._pages[key], _TYPES[".html"], headers)

    def _asset(self, name: str, headers: Headers) -> Response:
        body = self._files.get(name)
        if body is None:
            return _plain(HTTPStatus.NOT_FOUND, "Not found.")
        return _response(HTTPStatus.OK, body, _TYPES[Path(name).suffix], headers)

    def _control(self, action: str, token: str | None, query: str) -> Response:
        if self.control is None or action not in CONTROL_ACTIONS:
            return _plain(HTTPStatus.NOT_FOUND, "Not found.")
        refused = _check(token, same_token(token, self.tokens.control), SOURCE_LANGUAGE)
        if refused is not None:
            return refused
        asked = parse_qs(query)
        # A reply names its delegation (`&delegation=BR`); a message carries its text.
        text = _only(asked.get("delegation" if action == "reply" else "text")) or ""
        if action in FLOOR_PARAMETERS:
            text = urlencode({key: _only(asked.get(key)) or "" for key in FLOOR_PARAMETERS[action]})
        if len(text) > MAX_MESSAGE_CHARS:
            return _plain(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "Message too long.")
        accepted = self.control(action, text)
        return _plain(HTTPStatus.ACCEPTED if accepted else HTTPStatus.CONFLICT, "OK" if accepted else "Refused.")


def _json(document: Mapping[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def _check(token: str | None, valid: bool, language: str) -> Response | None:
    if token is None:
        return _plain(HTTPStatus.UNAUTHORIZED, refusal_text("no_token", language))
    if not valid:
        return _plain(HTTPStatus.FORBIDDEN, refusal_text("bad_token", language))
    return None


def _only(values: list[str] | None) -> str | None:
    return values[0] if values and len(values) == 1 else None


def _plain(status: HTTPStatus, text: str) -> Response:
    return _response(status, text.encode(), "text/plain; charset=utf-8", None)


def _response(status: HTTPStatus, body: bytes, kind: str, request_headers: Headers | None) -> Response:
    headers = Headers()
    headers["Content-Type"] = kind
    headers["Content-Length"] = str(len(body))
    headers["Cache-Control"] = "no-store"
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = "no-referrer"  # the token is in the URL: never pass it on
    headers["Content-Security-Policy"] = _policy(request_headers.get("Host") if request_headers else None)
    headers["Connection"] = "close"
    return Response(status.value, status.phrase, headers, body)


def _policy(host: str | None) -> str:
    """Only our own script, style and WebSocket (the Host was checked, so it can be named)."""
    socket_source = f" ws://{host} wss://{host}" if host else ""  # wss: behind a TLS proxy
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        f"connect-src 'self'{socket_source}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )

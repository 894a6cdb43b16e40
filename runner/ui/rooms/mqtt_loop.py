"""paho's network loop on a selector (epoll on Linux), in place of paho's own select() loop.

paho-mqtt 2.2's `loop_start()` waits on its socket with `select.select()`, which cannot take a
file number of 1024 or more. The view server raises the open-files limit so 1,000 viewers fit
(runner.web.open_files); with them connected, a broker reconnect gets a socket above 1024 and
paho's loop fails on it at every try: the room never comes back online. This loop drives the same
client through paho's documented external-loop API (`socket()`, `loop_read()`, `loop_write()`,
`loop_misc()`, `want_write()` and the on_socket_open / on_socket_close / on_socket_register_write
callbacks) on a `selectors.DefaultSelector`, which waits on any file number. It reconnects with
the back-off paho's own loop would use (doubling from `retry_s[0]` to `retry_s[1]`, from the first
again once connected). The link, the overview and `serve --from` all run their clients on it.

`on_connected` runs once a (re)connection is up and paho has resent what it kept from before (it
resends after its own on_connect): what is published from there goes out after those, so a state
queued while the broker was away can never overwrite a newer one.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

# How long one wait on the socket lasts at most: paho's keepalive pings and timeouts are checked
# (loop_misc) at least this often, as paho's own loop does.
_WAIT_S = 1.0
# How long stopping waits for the DISCONNECT to be written before the socket is dropped.
_STOP_TIMEOUT_S = 2.0


class NetworkLoop:
    """Runs one paho client's network traffic on a thread of its own, waiting on a selector."""

    def __init__(
        self, client: Any, retry_s: tuple[float, float], name: str, on_connected: Callable[[], None] | None = None
    ) -> None:
        self._client, self._retry_s = client, retry_s
        self._on_connected = on_connected or (lambda: None)
        self._selector = selectors.DefaultSelector()
        # Publishing from another thread queues a packet and calls on_socket_register_write: a byte
        # on this pair wakes the wait, so the packet goes out at once rather than within _WAIT_S.
        self._wake_in, self._wake_out = socket.socketpair()
        self._wake_in.setblocking(False)
        self._wake_out.setblocking(False)
        self._selector.register(self._wake_in, selectors.EVENT_READ)
        self._stopping = threading.Event()
        self._failed = False  # a callback raised once: said on stderr once
        client.on_socket_open = self._socket_opened
        client.on_socket_close = self._socket_closed
        client.on_socket_register_write = lambda client, userdata, sock: self._wake()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self, host: str, port: int, keepalive: int) -> None:
        """Connect in the background (returns at once); reconnects until `stop()`."""
        self._client.connect_async(host, port, keepalive=keepalive)
        self._thread.start()

    def stop(self) -> None:
        """Disconnect (the DISCONNECT written if the broker takes it soon) and end the thread."""
        self._stopping.set()
        self._client.disconnect()
        self._wake()
        if self._thread.ident is None:  # never started: nothing else will close them
            self._close_waits()
        elif threading.current_thread() is not self._thread:
            self._thread.join(_STOP_TIMEOUT_S + _WAIT_S)

    # -- the loop's thread ---------------------------------------------------------------------
    def _run(self) -> None:
        client, delay = self._client, self._retry_s[0]
        first, stopped_at = True, 0.0
        while True:
            if self._stopping.is_set():
                stopped_at = stopped_at or time.monotonic()
                if client.socket() is None or time.monotonic() - stopped_at > _STOP_TIMEOUT_S:
                    break
            elif client.socket() is None:
                if not first and self._stopping.wait(delay):  # the back-off, cut short by stop()
                    continue
                if not first:
                    delay = min(delay * 2, self._retry_s[1])
                first = False
                if not self._connect():
                    continue
                if self._stopping.is_set():  # stopped while connecting: its disconnect found no socket
                    client.disconnect()
            try:
                self._serve()
            except Exception:  # a callback's bug: said, and the connection goes on (else the room goes silent)
                self._said_once(traceback.format_exc(limit=-1).strip().splitlines()[-1])
            if client.is_connected():
                delay = self._retry_s[0]
        sock = client.socket()
        if sock is not None:  # a broker that never took the DISCONNECT: drop the connection
            sock.close()
        self._close_waits()

    def _close_waits(self) -> None:
        self._selector.close()
        self._wake_in.close()
        self._wake_out.close()

    def _connect(self) -> bool:
        """One connection attempt (TCP, TLS and CONNECT); a failure is told as paho's loop tells it."""
        try:
            self._client.reconnect()
            return True
        except OSError:  # refused, unreachable, a name that does not resolve, a TLS failure
            failed = self._client.on_connect_fail
            if failed is not None:
                failed(self._client, self._client.user_data_get())
            return False

    def _serve(self) -> None:
        """Wait for the socket (or a wake-up), then read, write and keep the connection alive."""
        client = self._client
        sock = client.socket()
        if sock is None:
            return
        events = selectors.EVENT_READ | (selectors.EVENT_WRITE if client.want_write() else 0)
        self._selector.modify(sock, events)
        pending = getattr(sock, "pending", None)  # TLS: bytes already decrypted wait in the socket
        ready = self._selector.select(0.0 if pending is not None and pending() else _WAIT_S)
        readable = any(key.fileobj is sock and mask & selectors.EVENT_READ for key, mask in ready)
        if any(key.fileobj is self._wake_in for key, _ in ready):
            self._drain_wake()
        if readable or (pending is not None and pending()):
            was_connected = client.is_connected()
            client.loop_read()
            if not was_connected and client.is_connected():  # the CONNACK, and paho's resending, done
                self._on_connected()
        if client.socket() is not None and client.want_write():
            client.loop_write()
        if client.socket() is not None:
            client.loop_misc()

    def _said_once(self, line: str) -> None:
        if not self._failed:
            self._failed = True
            print(f"broker: the network loop met an error: {line}", file=sys.stderr)

    def _socket_opened(self, client: Any, userdata: Any, sock: Any) -> None:
        self._selector.register(sock, selectors.EVENT_READ)

    def _socket_closed(self, client: Any, userdata: Any, sock: Any) -> None:
        with contextlib.suppress(KeyError, ValueError, RuntimeError):  # never registered, or already closed
            self._selector.unregister(sock)

    def _wake(self) -> None:
        with contextlib.suppress(OSError):  # full (a wake-up is due anyway), or closed after stop()
            self._wake_out.send(b"\0")

    def _drain_wake(self) -> None:
        with contextlib.suppress(OSError):
            self._wake_in.recv(4096)

"""SIGINT (Ctrl+C in the terminal) and SIGTERM close the app as Ctrl+Q does, without a traceback.

Why a wake-up descriptor: while Qt's event loop runs, the interpreter does not, so a Python
signal handler would wait for the next Python call (a tick, a key); `signal.set_wakeup_fd` writes
a byte the loop's socket notifier sees at once, and reading it runs the handler.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSocketNotifier

if TYPE_CHECKING or sys.platform == "win32":  # socket costs ~10 ms to import: only where a pipe will not do
    import socket

from runner.ui.base.timers import QtTimers

QUIT_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def quit_on_signals(close: Callable[[], object], parent: QObject) -> QSocketNotifier:
    """Call `close` on the event loop when the process gets SIGINT or SIGTERM (main thread only)."""
    reader, writer, drain = _wakeup_pair()
    signal.set_wakeup_fd(writer, warn_on_full_buffer=False)
    notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read, parent)
    notifier.activated.connect(lambda *_: drain())

    def handler(signum: int, frame: Any) -> None:
        QtTimers().single_shot(0, parent, close)  # on the loop, as the Ctrl+Q action's slot would run

    for each in QUIT_SIGNALS:
        signal.signal(each, handler)
    return notifier


def _wakeup_pair() -> tuple[int, int, Callable[[], None]]:
    """Non-blocking read and write ends, and how to empty the read end: a pipe, or sockets
    where a pipe cannot wake the loop (Windows)."""
    if sys.platform == "win32":
        read_end, write_end = socket.socketpair()
        for end in (read_end, write_end):
            end.setblocking(False)

        def drain_socket() -> None:
            with contextlib.suppress(BlockingIOError):
                read_end.recv(512)
            _ = write_end  # kept alive with the closure as long as the notifier

        return read_end.fileno(), write_end.fileno(), drain_socket
    read_fd, write_fd = os.pipe()
    os.set_blocking(read_fd, False)
    os.set_blocking(write_fd, False)

    def drain_pipe() -> None:
        with contextlib.suppress(BlockingIOError):
            os.read(read_fd, 512)

    return read_fd, write_fd, drain_pipe

"""How many viewers this process can hold open: each is a socket, and sockets are files.

A desktop's soft limit is often 1,024 open files. With 1,000 viewers connected the app had none
left: every accept failed (a traceback each, thousands a minute) and requests stalled while the
loop waited to retry. So the soft limit is raised as far as the hard one allows, and the viewers
are capped below what is left after the app's own files (its log, the broker, Qt) and the
requests in flight (pages, refusals).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

if sys.platform != "win32":  # no such limit on Windows
    import resource

WANTED_FILES = 4096  # ample for the default cap of viewers and the app; a higher cap asks for more
APP_FILES = 96  # the app's own: the timing log and its WAL, reports, the broker, Qt, fonts
REQUEST_FILES = 32  # pages, states and refused handshakes in flight at once


@dataclass(frozen=True)
class FileBudget:
    limit: int  # the soft limit, after raising it
    viewers: int  # WebSocket viewers at once that fit
    connections: int  # sockets at once (viewers and requests); beyond it a connection is closed at once


def wanted_files(most_viewers: int) -> int:
    """Files enough for `most_viewers` sockets, the requests in flight and the app's own."""
    return max(WANTED_FILES, most_viewers + REQUEST_FILES + APP_FILES + files_open())


def raise_open_files_limit(wanted_most: int = WANTED_FILES) -> int | None:
    """The soft limit on open files, raised towards `wanted_most` where the hard limit allows;
    None where there is no such limit to read (Windows)."""
    if sys.platform == "win32":
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = wanted_most if hard == resource.RLIM_INFINITY else min(wanted_most, hard)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
            soft = wanted
        except (ValueError, OSError):
            pass  # a sandbox that refuses: the budget below is computed from the limit as it is
    return None if soft == resource.RLIM_INFINITY else int(soft)


def files_open() -> int:
    """Files this process has open now (Linux and macOS list them in /dev/fd)."""
    try:
        return len(os.listdir("/dev/fd"))
    except OSError:
        return APP_FILES // 2


def file_budget(most_viewers: int) -> FileBudget:
    """The limit raised, and the viewers and sockets that fit in what is left of it."""
    limit = raise_open_files_limit(wanted_files(most_viewers))
    if limit is None:
        return FileBudget(0, most_viewers, most_viewers + REQUEST_FILES)
    connections = max(2, limit - files_open() - APP_FILES)
    return FileBudget(limit, max(1, min(most_viewers, connections - REQUEST_FILES)), connections)

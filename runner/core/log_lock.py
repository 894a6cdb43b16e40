"""One running session per timing log: a second app on the same log is refused, not interleaved.

Why: two windows appending to one log (the app opened twice by a double click, a second laptop on
a shared folder) would each run their own clock over the same day, and the log, the recovery and
the chair's summary would mix both. The lock is the operating system's (flock on Linux and macOS,
a byte-range lock on Windows) on a small file beside the log, so it goes away with the process
that held it, however that process ended: a crash leaves no stale lock behind.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import IO

# What a lock held by another process answers; anything else means the file system has no locks.
_HELD_ELSEWHERE = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, getattr(errno, "EDEADLOCK", errno.EDEADLK)}


class LogInUse(Exception):
    """Another process holds the log; `holder` is what it wrote in the lock file (may be empty)."""

    def __init__(self, holder: str) -> None:
        super().__init__(holder)
        self.holder = holder


class LogLock:
    """An exclusive lock on `<log>.lock`, held until `release` (or until the process ends)."""

    def __init__(self, log_path: Path) -> None:
        self.path = log_path.with_name(log_path.name + ".lock")
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise `LogInUse` at once (never waits). Any other OSError means locks
        cannot be had here (a read-only folder, a network share without locks)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open as long as the lock
        try:
            _lock(handle)
        except OSError as exc:
            busy = exc.errno in _HELD_ELSEWHERE
            holder = _holder(handle) if busy else ""
            handle.close()
            if busy:
                raise LogInUse(holder) from None
            raise
        handle.seek(0)
        handle.truncate()
        handle.write(f"process {os.getpid()} on {host_name()}")
        handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing the file drops the lock
            self._file = None

    @property
    def held(self) -> bool:
        return self._file is not None


def _holder(handle: IO[str]) -> str:
    """Who holds the lock, as it wrote; empty where the lock also forbids reading (Windows)."""
    try:
        handle.seek(0)
        return handle.read(200).strip()
    except (OSError, UnicodeDecodeError):
        return ""


def host_name() -> str:
    """This machine's name, without importing `socket` (10 ms at every start) to ask for it."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    return os.environ.get("COMPUTERNAME", "this computer")


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

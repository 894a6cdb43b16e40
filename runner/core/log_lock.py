"""One running session per timing log: a second app on the same log is refused, not interleaved.

Why: two windows appending to one log (the app opened twice by a double click, a second laptop on
a shared folder) would each run their own clock over the same day, and the log, the recovery and
the chair's summary would mix both. The lock is the operating system's (flock on Linux and macOS,
a byte-range lock on Windows) on a small file beside the log, so it goes away with the process
that held it, however that process ended: a crash leaves no stale lock behind.

One file can have many names: the lock beside the log is named after the log's resolved path (a
symbolic link to the log locks the log, not the link), and a second lock, named after the file's
device and inode in a per-user folder, catches a hard link on this machine. A `<log>.lock` that is
a symbolic link or has other names is never opened through (its target would be truncated): it
is removed and made again.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
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
    """Exclusive locks on `<resolved log>.lock` and on the log's inode, held until `release`."""

    def __init__(self, log_path: Path) -> None:
        self.log_path = Path(os.path.realpath(log_path))
        self.path = self.log_path.with_name(self.log_path.name + ".lock")
        self._files: list[IO[str]] = []

    def acquire(self) -> None:
        """Take the lock or raise `LogInUse` at once (never waits). Any other OSError means locks
        cannot be had here (a read-only folder, a network share without locks)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._files.append(_take(self.path))
        self.acquire_inode()

    def acquire_inode(self) -> None:
        """Also lock the log file's identity (call again once a new log exists); quietly skipped
        where there is no per-user folder for it or the file does not exist yet."""
        try:
            info = os.stat(self.log_path)
        except OSError:
            return
        folder = _inode_lock_folder()
        if folder is None or len(self._files) != 1:  # no lock beside the log, or the inode's held already
            return
        try:
            self._files.append(_take(folder / f"{info.st_dev}-{info.st_ino}.lock"))
        except LogInUse:
            self.release()
            raise
        except OSError:
            pass  # the beside-the-log lock still holds

    def release(self) -> None:
        for handle in self._files:
            handle.close()  # closing the file drops the lock
        self._files = []

    @property
    def held(self) -> bool:
        return bool(self._files)


def _take(path: Path) -> IO[str]:
    """Open `path` without following a link, lock it, and write who holds it."""
    handle = _open_own_file(path)
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
    return handle


def _open_own_file(path: Path) -> IO[str]:
    """The lock file itself: a planted symbolic link, or a file with other names (a hard link to
    someone's document), is removed and made again rather than written through."""
    for _ in range(2):
        if path.is_symlink():
            path.unlink()
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
        info = os.fstat(fd)
        if stat.S_ISREG(info.st_mode) and info.st_nlink == 1:
            return open(fd, "r+", encoding="utf-8")
        os.close(fd)
        path.unlink()
    raise OSError(errno.EEXIST, "the lock file keeps being replaced", str(path))


def _inode_lock_folder() -> Path | None:
    """A folder only this user can write (so nobody plants links in it), made on first use."""
    if not hasattr(os, "getuid"):
        return None  # Windows: hard links to a log are rare; the resolved path's lock stands
    folder = Path(os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()) / f"session-runner-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = os.lstat(folder)
    except OSError:
        return None
    mine = stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o022
    return folder if mine else None


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

"""What a damaged or unusual log file can hold, checked before it reaches code that would raise.

Each finding becomes one line for the host (`LogError` by the caller); nothing here writes.
"""

from __future__ import annotations

import math
import os
import stat
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

# A rehearsal moves a day to another date: decades at most. More is a damaged or hand-edited log
# (and would overflow the dates it shifts).
MAX_PLAN_SHIFT_S = 100 * 366 * 86400.0


def not_a_regular_file(path: Path) -> str:
    """Why `path` cannot be a log ('' when it is a regular file or absent): a FIFO or a device
    would block the read of its header forever."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return ""  # missing or unreadable: the open says so in its own words
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISDIR(mode):
        return "is a folder, not a timing log"
    return "is not a regular file (a pipe, a device or a socket), not a timing log"


def bad_fact(meta: dict[str, str], plan_shift_key: str) -> str:
    """The first session fact a replay or report could not use, as words ('' when all are sound)."""
    try:
        date.fromisoformat(meta["day"])
    except (ValueError, TypeError):
        return f"holds an unreadable day ({one_line(str(meta['day']))[:40]!r})"
    try:
        ZoneInfo(meta["timezone"])
    except (ValueError, KeyError, TypeError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return f"holds an unknown time zone ({one_line(str(meta['timezone']))[:40]!r})"
    shift = meta.get(plan_shift_key)
    if shift is not None:
        try:
            seconds = float(shift)
        except ValueError:
            seconds = math.nan
        if not math.isfinite(seconds) or abs(seconds) > MAX_PLAN_SHIFT_S:
            return f"holds an unreadable rehearsal shift ({one_line(shift)[:40]!r})"
    return ""


def one_line(text: str) -> str:
    """SQLite's multi-line messages (quick_check lists every damaged page) as one line."""
    lines = [line.strip() for line in str(text).splitlines() if line.strip()]
    if len(lines) <= 1:
        return lines[0] if lines else ""
    return f"{lines[0]} (and {len(lines) - 1} more findings)"


def folder_is_read_only(path: Path) -> bool:
    """The log, or the folder SQLite keeps its `-wal` and `-shm` in, cannot be written."""
    folder = path.resolve().parent
    return not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK))

"""Opening a day's session: the engine, wired to its timing log, recovered if the log has history."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from runner.core.agenda import Agenda, Day
from runner.core.clock import Clock
from runner.core.engine import SessionEngine


@dataclass
class OpenedSession:
    """An engine ready to run, and the one-line notice for the host (e.g. after recovery)."""

    engine: SessionEngine
    notice: str = ""
    log_path: Path | None = None


def default_log_path(agenda: Agenda, day: Day) -> Path:
    """One log per agenda file and day, under the user data folder (XDG on Linux)."""
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    stem = Path(agenda.source).stem or "agenda"
    return base / "session-runner" / "logs" / f"{stem}-{day.date.isoformat()}.sqlite"


def open_session(agenda: Agenda, day: Day, clock: Clock, log_path: Path | None = None) -> OpenedSession:
    """Create the engine for `day`; the timing log (issue 5) attaches and recovers here."""
    return OpenedSession(SessionEngine(day, clock), "", log_path)

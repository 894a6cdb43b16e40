"""Finding our way around whatever `runner.ui.app.build_console` returns, in a child process."""

from __future__ import annotations

from datetime import date
from pathlib import Path


def open_console(log_path: Path, agenda_path: Path | None = None, agenda=None):
    """Load the agenda (the bundled one unless told; none if `agenda` is given, already loaded)
    and build the console as `run_gui` does; returns (console, windows, engine).
    Raises ImportError while the UI is not there yet."""
    from runner.core.clock import SystemClock
    from runner.ui.app import build_console

    if agenda is None:
        # Imported here, not at the top: the startup child comes here with its agenda loaded
        # and should not pay for bench.common's imports (statistics...) that the app never makes.
        from bench.common import BUNDLED_AGENDA
        from runner.io.agenda_yaml import load_agenda

        agenda = load_agenda(agenda_path or BUNDLED_AGENDA)
    day = agenda.day(date.today())
    console = build_console(agenda, day, SystemClock(), log_path=log_path)
    return console, windows_of(console), engine_of(console)


def windows_of(console: object) -> list:
    """The top-level windows: the console itself if it is a widget, else its widget attributes
    (host window first)."""
    from PySide6.QtWidgets import QWidget

    if isinstance(console, QWidget):
        return [console]
    found = (
        [v for k, v in sorted(vars(console).items(), key=lambda kv: "host" not in kv[0]) if isinstance(v, QWidget)]
        if hasattr(console, "__dict__")
        else []
    )
    if not found and isinstance(console, (tuple, list)):
        found = [v for v in console if isinstance(v, QWidget)]
    for name in ("host", "host_window", "chair", "chair_view"):
        value = getattr(console, name, None)
        if isinstance(value, QWidget) and value not in found:
            found.append(value)
    return found


def engine_of(console: object):
    """The session engine behind the console."""
    from runner.core.engine import SessionEngine

    for holder in [console, *vars(console).values()] if hasattr(console, "__dict__") else [console]:
        if isinstance(holder, SessionEngine):
            return holder
        for name in ("engine", "bridge", "session"):
            value = getattr(holder, name, None)
            if isinstance(value, SessionEngine):
                return value
            inner = getattr(value, "engine", None)
            if isinstance(inner, SessionEngine):
                return inner
    raise LookupError("no SessionEngine found on the console")

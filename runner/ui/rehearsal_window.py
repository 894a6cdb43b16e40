"""Session → Rehearse…: the loaded day in its own host and chair windows on a clock 60 times as
fast (a second is a programme minute), so a host can practise the keys and hear every alert
before the event. Its log is its own (under the logs folder's `rehearsals/`), never the day's.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from runner.core.agenda import Agenda, Day
from runner.core.clock import Clock, ScaledClock
from runner.core.session import default_log_path
from runner.ui import lazy
from runner.ui.app import Console, build_console
from runner.ui.base.formatting import fill

SPEED = 60.0


def rehearsal_log_path(agenda: Agenda, day: Day, now: datetime) -> Path:
    """A fresh log per rehearsal, beside the real logs but never one of them."""
    real = default_log_path(agenda, day)
    return real.parent / "rehearsals" / f"{real.stem}-{now:%Y%m%d-%H%M%S}.sqlite"


def start_rehearsal(
    agenda: Agenda, day: Day, settings: object, speed: float = SPEED, base: Clock | None = None
) -> Console:
    """Open the day's rehearsal: its windows, its clock at `speed`, its alerts (started now)."""
    # The rehearsal's run brings the alert rules and the recovery planner with it, which the host
    # window's first frame does not need: both load here (runner.ui.lazy).
    clock = ScaledClock(day.start - timedelta(seconds=lazy.rehearsal.LEAD_IN_S), speed, base)
    path = rehearsal_log_path(agenda, day, datetime.now(timezone.utc))
    path.parent.mkdir(parents=True, exist_ok=True)
    console = build_console(agenda, day, clock, path, settings)  # type: ignore[arg-type]
    label = fill(QCoreApplication.translate("Rehearsal", "Rehearsal at %1×"), f"{speed:g}")
    for window in (console.host, console.chair):
        window.setWindowTitle(f"{label} — {window.windowTitle()}")
    console.host.set_notice(
        fill(
            QCoreApplication.translate("Rehearsal", "%1: a second is %2 s of the programme; log %3"),
            label,
            f"{speed:g}",
            str(path),
        )
    )
    lazy.alerts.install_alerts(console, start="now")
    console.host.show()
    return console


class RehearseAction(QObject):
    """The Session menu's Rehearse… entry on a host window; keeps its rehearsals alive."""

    def __init__(self, console: Console, agenda: Agenda, day: Day) -> None:
        super().__init__(console.host)
        self.console, self.agenda, self.day = console, agenda, day
        self.rehearsals: list[Console] = []
        self.action = QAction(QCoreApplication.translate("Rehearsal", "Rehearse… (60×)"), console.host)
        self.action.setObjectName("rehearse")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        tip = QCoreApplication.translate(
            "Rehearsal", "Run this day in its own windows at 60× (a second is a minute), with its own log"
        )
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.triggered.connect(self.rehearse)
        console.host.addAction(self.action)
        console.host.menus.session.addSeparator()
        console.host.menus.session.addAction(self.action)

    def rehearse(self) -> Console:
        rehearsal = start_rehearsal(self.agenda, self.day, self.console.settings)
        self.rehearsals.append(rehearsal)
        rehearsal.host.closed.connect(lambda: self.rehearsals.remove(rehearsal))
        return rehearsal

"""The app's open day, and opening another from the File menu, a recent agenda or a dropped file.

`AppShell` holds the one running console. Opening an agenda loads and checks it, asks for the day
when it has several, builds the new console (its log, its windows) and only then closes the old
one, so a file that cannot be opened leaves the running day as it was.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication

from runner.core.agenda import Agenda, Day
from runner.core.clock import Clock
from runner.core.errors import AgendaError, UserFileError
from runner.core.session import default_log_path
from runner.ui.app import Console, build_console, choose_day, toggle_full_screen
from runner.ui.base.formatting import day_title
from runner.ui.base.settings import Settings
from runner.ui.carry_over import carry_over
from runner.ui.rehearsal_window import RehearseAction


class AppShell(QObject):
    """The running console; `open_file` replaces it with another agenda's day."""

    def __init__(self, clock: Clock, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock, self._settings = clock, settings
        self.console: Console | None = None
        self._retired: Console | None = None  # kept until Qt has deleted its windows
        self.rehearse: RehearseAction | None = None

    def open(self, agenda: Agenda, day: Day, log_path: str | Path | None = None) -> Console:
        """Open `day` (raises AgendaError or OSError, the running day untouched), show it, close the old one."""
        log = Path(log_path) if log_path else default_log_path(agenda, day)
        # The views' language goes on from the day before (the host's View → Language choice).
        language = self.console.language if self.console is not None else None
        console = build_console(agenda, day, self._clock, log, self._settings, language=language)
        console.host.openRequested.connect(self.open_file)
        self.rehearse = RehearseAction(console, agenda, day)  # Session → Rehearse… (60×)
        if agenda.source:
            self._settings.add_recent_agenda(str(Path(agenda.source).resolve()))
        previous, self.console = self.console, console
        console.host.show()
        console.host.activateWindow()  # the keys go to the new day, not to the window closing
        console.host.table.setFocus()
        restore_chair(console, first=previous is None)
        if previous is not None:
            carry_over(previous, console)  # the live views and the broker publishing go on for it
            self._retire(previous)
        return console

    def open_file(self, path: str) -> Console | None:
        """File → Open: load, pick the day, confirm leaving a running day, open. None if not opened."""
        from runner.io.agenda_cache import load_agenda_cached

        try:
            agenda = load_agenda_cached(path)
        except AgendaError as exc:
            self.tell(str(exc.problems[0]))
            return None
        day = self.pick_day(agenda)
        if day is None or not self._may_leave(agenda, day):
            return None
        try:
            return self.open(agenda, day)
        except UserFileError as exc:  # a log that cannot be used
            self.tell(str(exc.problems[0]))
        except OSError as exc:
            self.tell(
                QCoreApplication.translate("AppShell", "Cannot open the timing log: {reason}").replace(
                    "{reason}", exc.strerror or str(exc)
                )
            )
        return None

    def pick_day(self, agenda: Agenda, today: date | None = None) -> Day | None:
        """The agenda's only day, or the one the host picks (today's offered first, else the first)."""
        if len(agenda.days) == 1:
            return agenda.days[0]
        from PySide6.QtWidgets import QInputDialog

        names = [day_title(d.title, d.date) for d in agenda.days]
        offered = agenda.days.index(choose_day(agenda, None, today))
        parent = self.console.host if self.console else None
        name, chosen = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("AppShell", "Which day?"),
            QCoreApplication.translate("AppShell", "{title} has several days:").replace("{title}", agenda.title),
            names,
            offered,
            False,
        )
        return agenda.days[names.index(name)] if chosen and name in names else None

    def tell(self, line: str) -> None:
        """One line in a dialog over the running day (tests replace this)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning, "Session Runner", line, parent=self.console.host if self.console else None
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def _may_leave(self, agenda: Agenda, day: Day) -> bool:
        running = self.console
        if running is None:
            return True
        engine = running.bridge.engine
        if (running.session.log_path, engine.day.date) == (default_log_path(agenda, day), day.date):
            self.tell(QCoreApplication.translate("AppShell", "This day is already open."))
            return False
        if engine.started and not engine.finished:
            question = QCoreApplication.translate(
                "AppShell", "Close this day and open '{title}'? Its log is safe: opening it again resumes it."
            )
            return running.host.confirm(question.replace("{title}", day.title))
        return True

    def _retire(self, console: Console) -> None:
        console.host.close()  # saves the window's place, stops the day's clock, releases its log
        console.host.deleteLater()
        console.chair.deleteLater()
        self._retired = console


def restore_chair(console: Console, first: bool = True) -> None:
    """Bring the chair's window back as it was (shown, full screen on its screen), a crash's restart
    included. Never recorded: with a second screen it goes full screen there."""
    settings = console.settings
    if settings.chair_remembered:
        if settings.chair_open and settings.chair_fullscreen:
            toggle_full_screen(console, console.host.chair_screen)
        elif settings.chair_open:
            console.chair.showNormal()
    elif first and len(QGuiApplication.screens()) > 1:
        toggle_full_screen(console, console.host.chair_screen)

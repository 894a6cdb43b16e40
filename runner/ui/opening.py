"""The application object, its open day, and opening another from the File menu, a recent agenda
or a dropped file.

`AppShell` lives as long as the app: it owns the app-wide services (the settings, the clock, the
room's services: state feed, view server, broker link, the views' language) and the one open day
(a `Console`: its log, engine and windows). Opening an agenda loads and checks it, asks for the
day when it has several, builds the new day's console (which the room's services follow) and only
then drops the old one, so a file that cannot be opened leaves the running day as it was.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6 import QtWidgets
from PySide6.QtCore import (
    QCoreApplication,
    QLoggingCategory,
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from runner.core import i18n
from runner.core.agenda import Agenda, Day, room_name
from runner.core.clock import Clock, SystemClock
from runner.core.errors import AgendaError, UserFileError
from runner.core.gc_pause import thaw_startup
from runner.core.session import default_log_path
from runner.io.agenda_cache import load_agenda_cached
from runner.ui import lazy
from runner.ui.app import APP_NAME, DESKTOP_FILE, ORGANISATION, Console, build_console, choose_day, toggle_full_screen
from runner.ui.base.error_dialog import tell
from runner.ui.base.formatting import day_title, fill
from runner.ui.base.quit_signals import quit_on_signals
from runner.ui.base.settings import Settings
from runner.ui.base.theme import apply_palette
from runner.ui.base.translations import install_language
from runner.ui.rehearsal_window import RehearseAction
from runner.ui.rooms.room_services import RoomServices

if TYPE_CHECKING:
    from runner.ui.rooms.mqtt_client import BrokerAddress
    from runner.web.address import ListenAddress


class AppShell(QObject):
    """The application: its services for its whole life, and the open day; `open_file` replaces
    the day with another agenda's."""

    def __init__(
        self, clock: Clock, settings: Settings, parent: QObject | None = None, language: str | None = None
    ) -> None:
        super().__init__(parent)
        self._clock, self._settings = clock, settings
        # For the app's life: the room's feed, views and broker link follow each day opened.
        self.services = RoomServices(settings, language or i18n.active_language())
        self.console: Console | None = None
        self._retired: Console | None = None  # kept until Qt has deleted its windows
        self.rehearse: RehearseAction | None = None

    def open(self, agenda: Agenda, day: Day, log_path: str | Path | None = None) -> Console:
        """Open `day` (raises AgendaError or OSError, the running day untouched), show it, close the old one."""
        log = Path(log_path) if log_path else default_log_path(agenda, day)
        console = build_console(agenda, day, self._clock, log, self._settings, services=self.services)
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
            self._retire(previous)
        return console

    def open_file(self, path: str) -> Console | None:
        """File → Open: load, pick the day, confirm leaving a running day, open. None if not opened."""
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
                fill(QCoreApplication.translate("AppShell", "Cannot open the timing log: %1"), exc.strerror or str(exc))
            )
        return None

    def pick_day(self, agenda: Agenda, today: date | None = None) -> Day | None:
        """The agenda's only day, or the one the host picks (today's offered first, else the first)."""
        if len(agenda.days) == 1:
            return agenda.days[0]
        names = [day_title(d.title, d.date) for d in agenda.days]
        offered = agenda.days.index(choose_day(agenda, None, today))
        parent = self.console.host if self.console else None
        name, chosen = QtWidgets.QInputDialog.getItem(
            parent,
            QCoreApplication.translate("AppShell", "Which day?"),
            fill(QCoreApplication.translate("AppShell", "%1 has several days:"), agenda.title),
            names,
            offered,
            False,
        )
        return agenda.days[names.index(name)] if chosen and name in names else None

    def tell(self, line: str) -> None:
        """One line in a dialog over the running day (tests replace this)."""
        box = QtWidgets.QMessageBox(  # dialogs' classes (and their enums) are made at first use
            QtWidgets.QMessageBox.Icon.Warning,
            "Session Runner",
            line,
            parent=self.console.host if self.console else None,
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
                "AppShell", "Close this day and open '%1'? Its log is safe: opening it again resumes it."
            )
            return running.host.confirm(fill(question, day.title))
        return True

    def _retire(self, console: Console) -> None:
        console.host.close()  # saves the window's place, stops the day's clock, releases its log
        console.host.deleteLater()
        console.chair.deleteLater()
        self._retired = console
        thaw_startup()  # the first day's objects were frozen with the start's (gc_pause)


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


def _serve_at_start(console: Console, address: ListenAddress, control: bool, max_viewers: int | None) -> bool:
    """--serve: start the views and print their links on stdout; a port in use is one line."""
    try:
        views = lazy.live_views.serve_console(console, address, control, max_viewers)
    except lazy.live_views.ServeError as exc:
        tell([f"--serve: {exc}"])
        console.host.close()  # stops the day's clock and releases its log, as quitting does
        return False
    if views.notice:
        print(f"--serve: {views.notice}", file=sys.stderr)
    for link in views.server.links():
        print(f"{link.name:<9} {link.url}", flush=True)
    return True


# Said in Qt's default category when no sound server runs (a laptop with audio off, a kiosk);
# the chime then stays silent by design, so the host need not read about it.
_HARMLESS = ("PulseAudioService: pa_context_connect() failed",)


def _quiet_audio_messages(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if not message.startswith(_HARMLESS):
        print(message, file=sys.stderr)


def _quit_on_signals(app: QApplication, shell: AppShell) -> None:
    """Ctrl+C in the terminal and SIGTERM close the host window as Ctrl+Q does (installed before
    the log is opened, so a signal is never met by Python's default KeyboardInterrupt)."""

    def close() -> None:
        console = shell.console
        if console is not None:
            console.host.close()
        else:
            app.quit()

    quit_on_signals(close, app)


def run_gui(
    agenda: Agenda,
    day_date: date | None,
    log_path: str | Path | None,
    language: str | None = None,
    serve: ListenAddress | None = None,
    control: bool = False,
    room: str | None = None,
    publish: BrokerAddress | None = None,
    max_viewers: int | None = None,
) -> int:
    """Run the app on one day of `agenda` until the host quits (`serve`: with the live views, at
    most `max_viewers` at once, None for the server's default; `publish`: publishing its room to a broker);
    returns the exit code."""
    try:
        day = choose_day(agenda, day_date)
    except ValueError as exc:
        tell([f"{agenda.source or 'agenda'}: {exc}"])
        return 1
    # Qt Multimedia reports every audio/video backend it could not load (PipeWire, VA-API…);
    # those are not the host's problem: the alert chime falls back on its own.
    QLoggingCategory.setFilterRules("qt.multimedia*=false")
    qInstallMessageHandler(_quiet_audio_messages)
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(DESKTOP_FILE)
    log = Path(log_path) if log_path else default_log_path(agenda, day)
    settings = Settings()
    chosen = i18n.choose_language(language, settings.language)
    i18n.use(i18n.load_catalogue(chosen))
    translators = install_language(app, chosen)  # noqa: F841 - installed for the app's whole run
    if settings.dark or settings.high_contrast:
        apply_palette(app, settings.dark, settings.high_contrast)
    shell = AppShell(SystemClock(), settings)
    _quit_on_signals(app, shell)
    try:
        shell.open(agenda, day, log)
    except UserFileError as exc:  # a corrupt, foreign or mismatched log: one line, file untouched
        tell(exc.problems)
        return 1
    except OSError as exc:
        reason = QCoreApplication.translate("App", "cannot open the timing log: %1").replace(
            "%1", str(exc.strerror or exc)
        )
        tell([f"{log}: {reason}"])
        return 1
    console = shell.console
    if console is not None and room:
        console.services.rename(room_name(agenda, room))
    if console is not None and serve is not None and not _serve_at_start(console, serve, control, max_viewers):
        return 1
    if console is not None and publish is not None:
        lazy.publishing.install_publishing(console, agenda).start(publish, console.services.room)
    return app.exec()

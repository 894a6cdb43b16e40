"""What the File menu does: ask for an agenda (Open, recent agendas, a YAML dropped on the window)
and for the folder of an export, starting where the host last was (else the user's documents).

Signals are the host window's: this asks and remembers, the app opens and exports.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # its dialogs' classes (and their enums) are made at first use
from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths

from runner.core.deferred import deferred
from runner.ui.base.settings import Settings
from runner.ui.console.actions import Action

if TYPE_CHECKING:
    from runner.ui.console import import_dialog
    from runner.ui.console.host_window import HostWindow
else:  # lazy seam: the import dialog and the importers load when File → Import… is first chosen
    import_dialog = deferred("runner.ui.console.import_dialog")


def documents_folder() -> str:
    """The user's documents folder (the home folder where there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found if found and Path(found).is_dir() else str(Path.home())


def export_start_folder(settings: Settings) -> str:
    """Where the export dialog opens: the last folder used, while it exists; else the documents."""
    last = settings.export_folder
    return last if last and Path(last).is_dir() else documents_folder()


def open_start_folder(settings: Settings) -> str:
    """Where the Open dialog starts: the folder of the latest agenda, else the documents."""
    for path in settings.recent_agendas:
        if Path(path).parent.is_dir():
            return str(Path(path).parent)
    return documents_folder()


class FileActions(QObject):
    """Connects the File menu's Open, Open recent and Export, and drops, for one host window."""

    def __init__(self, host: HostWindow, settings: Settings) -> None:
        super().__init__(host)
        self._host, self._settings = host, settings
        host.actions_[Action.OPEN].triggered.connect(self.ask_agenda)
        host.actions_[Action.EXPORT].triggered.connect(self.ask_export_folder)
        host.actions_[Action.IMPORT].triggered.connect(self.ask_import)
        host.menus.recent.aboutToShow.connect(self.fill_recent)
        self.fill_recent()

    def ask_agenda(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self._host,
            QCoreApplication.translate("FileActions", "Open an agenda"),
            open_start_folder(self._settings),
            QCoreApplication.translate("FileActions", "Agendas (*.yaml *.yml)"),
        )
        if path:
            self._host.openRequested.emit(path)

    def ask_import(self) -> None:
        """File → Import…: a programme, previewed, saved as an agenda, then opened as Open opens one."""
        source = import_dialog.ask_for_source(self._host, open_start_folder(self._settings))
        if not source:
            return
        dialog = import_dialog.ImportDialog(source, self._host)
        if dialog.exec() and dialog.saved_path is not None:
            self._host.openRequested.emit(str(dialog.saved_path))

    def ask_export_folder(self) -> None:
        start = export_start_folder(self._settings)
        folder = QtWidgets.QFileDialog.getExistingDirectory(
            self._host, QCoreApplication.translate("FileActions", "Export the chair's summary to"), start
        )
        if folder:
            self._settings.export_folder = folder
            self._host.exportRequested.emit(folder)

    def fill_recent(self) -> None:
        menu = self._host.menus.recent
        menu.clear()
        for path in self._settings.recent_agendas:
            action = menu.addAction(path)
            action.triggered.connect(lambda checked=False, p=path: self._host.openRequested.emit(p))
        menu.setEnabled(not menu.isEmpty())

"""Chair → Share live views…: start the view server from the host window, and hand out its links
(each view's own, with a Copy button, and a QR code for a phone); "New links" revokes every link given out."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from runner.core.deferred import deferred
from runner.core.i18n import LANGUAGES, NATIVE_NAMES
from runner.ui.base.formatting import fill
from runner.ui.base.translations import QT_TRANSLATE_NOOP
from runner.ui.rooms.live_views import LiveViews, start_live_views
from runner.ui.rooms.room_services import RoomDay, RoomServices, feed_for
from runner.web.address import ListenAddress, parse_listen
from runner.web.server import VIEWS, ServeError, ViewLink

if TYPE_CHECKING:
    import segno
else:  # lazy seam: the QR codes' library (~50 ms to import) loads with the dialog, not with --serve at the start
    segno = deferred("segno")

DEFAULT_ADDRESS = "127.0.0.1:8765"
# Marked for lupdate (a plain dict's values were never in the catalogues), translated where shown.
_TITLES = {
    "chair": QT_TRANSLATE_NOOP("ShareViewsDialog", "Chair"),
    "speaker": QT_TRANSLATE_NOOP("ShareViewsDialog", "Speaker"),
    "stage": QT_TRANSLATE_NOOP("ShareViewsDialog", "Stage (OBS)"),
    "control": QT_TRANSLATE_NOOP("ShareViewsDialog", "Control API"),
}


def serve_console(console: RoomDay, address: ListenAddress, control: bool, max_viewers: int | None = None) -> LiveViews:
    """Start the views of this day's room (kept by the room's services for the app's life: after
    File → Open the same server serves the new day); raises ServeError."""
    services = console.services
    views = start_live_views(feed_for(console), address, console.session.log_path, control, max_viewers)
    views.controlled.connect(lambda action, text: _control(services, action, text))
    services.views = views
    return views


def _control(services: RoomServices, action: str, text: str) -> None:
    """A control API request, run as the open day's host's own action (same QAction, same refusals)."""
    if services.day is not None:
        services.day.host.control(action, text)


def qr_pixmap(text: str, scale: int = 5) -> QPixmap:
    data = io.BytesIO()
    segno.make(text, error="m").save(data, kind="png", scale=scale, border=3)
    pixmap = QPixmap()
    pixmap.loadFromData(data.getvalue(), "PNG")
    return pixmap


class ShareViewsDialog(QDialog):
    """The links of the live views, or (before the server runs) where to serve them."""

    def __init__(self, console: RoomDay, parent: QWidget | None = None) -> None:
        super().__init__(parent or console.host.window())
        self.console = console
        self.setWindowTitle(self.tr("Share live views"))
        self.setMinimumWidth(720)
        self.body = QVBoxLayout(self)
        self.qr = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.page_language = ""  # the pages' language the links ask for ('': the host's, followed)
        self._qr_link: ViewLink | None = None
        self._fill()

    @classmethod
    def open_for(cls, console: RoomDay) -> ShareViewsDialog:
        dialog = cls(console)
        dialog.show()
        return dialog

    def _fill(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.deleteLater()
        self.body.addWidget(self._links_panel() if self.console.services.views else self._start_panel())

    # -- before: where to serve ------------------------------------------------------------------
    def _start_panel(self) -> QWidget:
        panel = QWidget()
        form = QFormLayout(panel)
        intro = QLabel(
            self.tr(
                "Serve the chair's, the speakers' and the stage's views to browsers on other machines. "
                "127.0.0.1 serves this computer only; 0.0.0.0 serves the whole local network."
            ),
            wordWrap=True,
        )
        form.addRow(intro)
        self.address_edit = QLineEdit(DEFAULT_ADDRESS)
        form.addRow(self.tr("Address (HOST:PORT)"), self.address_edit)
        self.control_box = QCheckBox(self.tr("Also offer the control API (Companion, Stream Deck), with its own link"))
        form.addRow(self.control_box)
        start = QPushButton(self.tr("Start serving"), default=True)
        start.clicked.connect(self.start_serving)
        form.addRow(start)
        return panel

    def start_serving(self) -> bool:
        try:
            address = parse_listen(self.address_edit.text())
            serve_console(self.console, address, self.control_box.isChecked())
        except (ValueError, ServeError) as exc:
            QMessageBox.warning(self, self.tr("Share live views"), str(exc))
            return False
        self._fill()
        return True

    # -- after: the links ------------------------------------------------------------------------
    def _links_panel(self) -> QWidget:
        views = self.console.services.views
        assert views is not None
        panel = QWidget()
        row = QHBoxLayout(panel)
        grid = QGridLayout()
        links = [link for link in views.server.links() if link.name in _TITLES]
        self.link_edits: dict[str, QLineEdit] = {}
        for line, link in enumerate(links):
            self._link_row(grid, line, link)
        column = QVBoxLayout()
        column.addLayout(self._language_row())
        column.addWidget(
            QLabel(
                self.tr("Each link opens its own view only: send each to those it is for."),
                wordWrap=True,
                textFormat=Qt.TextFormat.PlainText,
            )
        )
        # Said where the host reads it, not only on a terminal: links migrated, fewer viewers.
        self.notices = [text for text in (views.notice, views.server.files_notice) if text]
        for text in self.notices:
            column.addWidget(QLabel(text, wordWrap=True, textFormat=Qt.TextFormat.PlainText))
        column.addLayout(grid)
        renew = QPushButton(self.tr("New links (the old ones stop working)"))
        renew.clicked.connect(self.renew_links)
        column.addWidget(renew)
        column.addStretch(1)
        row.addLayout(column, 1)
        row.addWidget(self.qr)
        self.show_qr(links[0])
        return panel

    def _language_row(self) -> QHBoxLayout:
        """Which language the views' links ask for: the host's (the pages follow View → Language)
        or one of the six, for a chair or an interpreter who reads another (`&lang=` on the link)."""
        row = QHBoxLayout()
        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("The host's language (follows View → Language)"), "")
        for code in LANGUAGES:
            self.language_box.addItem(NATIVE_NAMES[code], code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(self.page_language)))
        self.language_box.currentIndexChanged.connect(
            lambda: self.choose_page_language(self.language_box.currentData())
        )
        label = QLabel(self.tr("Pages in"))
        label.setBuddy(self.language_box)
        row.addWidget(label)
        row.addWidget(self.language_box, 1)
        return row

    def choose_page_language(self, code: str) -> None:
        """The views' links (and the QR code shown) ask for `code` ('' for the host's language)."""
        self.page_language = code
        views = self.console.services.views
        for link in views.server.links() if views else []:
            if link.name in self.link_edits:
                self.link_edits[link.name].setText(self.url(link))
                self.link_edits[link.name].setCursorPosition(0)
        if self._qr_link is not None:
            self.show_qr(self._qr_link)

    def url(self, link: ViewLink) -> str:
        """The link as handed out: a view's with the chosen language."""
        return f"{link.url}&lang={self.page_language}" if self.page_language and link.name in VIEWS else link.url

    def _link_row(self, grid: QGridLayout, line: int, link: ViewLink) -> None:
        edit = QLineEdit(self.url(link), readOnly=True)
        edit.setCursorPosition(0)
        self.link_edits[link.name] = edit
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: self.copy(link))
        show = QPushButton(self.tr("QR"))
        show.clicked.connect(lambda: self.show_qr(link))
        grid.addWidget(QLabel(self.tr(_TITLES[link.name])), line, 0)
        grid.addWidget(edit, line, 1)
        grid.addWidget(copy, line, 2)
        grid.addWidget(show, line, 3)

    def copy(self, link: ViewLink) -> None:
        QGuiApplication.clipboard().setText(self.url(link))
        self.console.host.statusBar().showMessage(fill(self.tr("Link copied: %1"), self.tr(_TITLES[link.name])), 4000)

    def show_qr(self, link: ViewLink) -> None:
        self._qr_link = link
        self.qr.setPixmap(qr_pixmap(self.url(link)))
        self.qr.setToolTip(self.url(link))

    def renew_links(self) -> None:
        views = self.console.services.views
        if views is not None and self.confirm():
            views.renew_links()
            self._fill()

    def confirm(self) -> bool:
        """Ask before revoking every link given out (tests replace this)."""
        question = self.tr("Make new links? Everyone with an old link loses the view until sent a new one.")
        return QMessageBox.question(self, self.tr("Share live views"), question) == QMessageBox.StandardButton.Yes

"""The rundown's table view: narrow columns sized once to their widest text, and on a small
screen the Speaker(s) column left out, so the plan, the length and the status stay in sight."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from runner.ui.console.rundown_model import (
    ACTUAL_START,
    HEADERS,
    LENGTH,
    PLANNED,
    SPEAKERS,
    START,
    STATUS,
    TITLE,
    RundownModel,
)

# The widest text of each narrow column: a start, a projected start, a length up to 9:59:59, a status.
_WIDEST = {
    START: ("00:00",),
    ACTUAL_START: ("≈ 00:00",),
    PLANNED: ("0:00:00",),
    LENGTH: ("0:00:00",),
    STATUS: ("overtime", "running", "skipped", "paused", "done", "next"),
}
SPEAKERS_WIDTH = 140
TITLE_AT_LEAST = 120  # below this the title would be cut to a word; the speakers give way first


def _translated(text: str) -> str:
    """A column's word as the model shows it (the status words and headings are the model's)."""
    return QCoreApplication.translate("RundownModel", text)


class RundownView(QTableView):
    """One row per segment. Below the width all columns need, Speaker(s) is hidden (the now panel
    names who speaks), then Actual, instead of pushing Planned, Length and Status out of sight."""

    def __init__(self, model: RundownModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        header = self.horizontalHeader()
        # Sized once, by measure: sizing to contents read every row at start and again whenever a
        # cell changed (every second).
        bold = QFont(self.font())
        bold.setBold(True)
        cells, titles = QFontMetrics(bold), header.fontMetrics()
        # Qt derives the least section width from the font: 91 px in Noto Sans Arabic UI, which
        # pushed Status out of an 800 px window; the columns below are sized by their own text.
        header.setMinimumSectionSize(titles.height())
        for column, widest in _WIDEST.items():
            width = max(
                max(cells.horizontalAdvance(_translated(text)) for text in widest) + 16,
                titles.horizontalAdvance(_translated(HEADERS[column])) + 20,
            )
            header.resizeSection(column, width)
        self._fixed_width = sum(header.sectionSize(c) for c in _WIDEST)
        # Never so narrow that Planned, Length or Status leave the view (a splitter dragged far,
        # a wide script's digits): the columns that always stay, a little title, a scroll bar.
        kept = sum(header.sectionSize(c) for c in (START, PLANNED, LENGTH, STATUS))
        # The bar's width as the view lays it out; not the style's PM_ScrollBarExtent: PySide makes
        # every enum of QStyle the first time the class is named (~15 ms before the first frame).
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(kept + TITLE_AT_LEAST // 2 + scroll_bar + 2 * self.frameWidth())
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SPEAKERS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SPEAKERS, SPEAKERS_WIDTH)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        room = self._viewport_width() - self._fixed_width
        self.setColumnHidden(SPEAKERS, room < SPEAKERS_WIDTH + TITLE_AT_LEAST)
        # Narrower still (wide digits of an Arabic or Chinese font): the actual start goes next,
        # its row's colour and the countdown say as much; Planned, Length and Status stay.
        self.setColumnHidden(ACTUAL_START, room < TITLE_AT_LEAST)

    def _viewport_width(self) -> int:
        """The viewport's width, worked out as Qt lays it out, without asking for the viewport:
        PySide's first wrapper of a QWidget made in C++ looks through every widget class of
        QtWidgets (~70 enums made), 10-45 ms before the first frame on a 2-core VM."""
        bar = self.verticalScrollBar()
        shown = bar.sizeHint().width() if bar.isVisibleTo(self) else 0
        return self.maximumViewportSize().width() - shown

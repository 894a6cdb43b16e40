"""The insert bar under the rundown: a segment to add live, by keyboard.

Title, Tab, length, Enter adds a plain segment, as before. More Tabs reach what the agenda format
offers for one segment: its kind (a letter picks it: I for an intermission), a speakers' list
(names separated by commas or semicolons) with a limit for each, notes, and a fixed start (HH:MM:
it waits for that time, and goes where that time falls in the rundown). Enter in any field adds
it; Escape leaves the bar. The bar only reads what was typed into a core `Insertion`
(runner.core.live_edits), which the editor makes an `edit` event.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from runner.core.agenda import SegmentKind
from runner.core.durations import NextDayTime, parse_agenda_clock, parse_duration
from runner.core.live_edits import Insertion

# Commas and semicolons, Latin, Arabic and Chinese, separate the names of a speakers' list.
NAME_SEPARATORS = re.compile(r"[,;،؛，、；]")
HINT_FROM_PX = 600  # narrower, the bar leaves out its "Enter adds · Esc cancels"


@dataclass(frozen=True)
class Problem:
    """Why the bar cannot insert yet: the field to go back to, and one line (empty: just fill it)."""

    field: QWidget
    message: str = ""


class InsertBar(QWidget):
    """The fields of a segment to insert, in Tab order (see the module's docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_edit = self._edit(self.tr("Title of the segment to insert"))
        self.length_edit = self._edit(self.tr("Length (5m)"), 110)
        self.kind_box = QComboBox()
        for kind, text in (
            (SegmentKind.SEGMENT, self.tr("Segment")),
            (SegmentKind.INTERMISSION, self.tr("Intermission")),
            (SegmentKind.BREAK, self.tr("Break")),
        ):
            self.kind_box.addItem(text, kind.value)
        self.speakers_edit = self._edit(self.tr("Speakers (names, commas between)"))
        self.limit_edit = self._edit(self.tr("Each (3m)"), 90)
        self.notes_edit = self._edit(self.tr("Notes"))
        self.start_edit = self._edit(self.tr("Fixed start (HH:MM)"), 150)
        self._lay_out()
        self._describe()
        self.hide()

    def _edit(self, placeholder: str, width: int = 0) -> QLineEdit:
        box = QLineEdit(placeholderText=placeholder)
        if width:
            box.setMaximumWidth(width)
        return box

    def _lay_out(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 2, 0, 2)
        column.setSpacing(2)
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(_plain(self.tr("Insert next:")))
        first.addWidget(self.title_edit, 3)
        first.addWidget(self.length_edit, 1)
        first.addWidget(self.kind_box)
        self.hint = _plain(self.tr("Enter adds · Esc cancels"))
        first.addWidget(self.hint)
        second.addWidget(self.speakers_edit, 3)
        second.addWidget(self.limit_edit, 1)
        second.addWidget(self.notes_edit, 3)
        second.addWidget(self.start_edit, 1)
        column.addLayout(first)
        column.addLayout(second)
        fields = self.fields()
        for before, after in itertools.pairwise(fields):
            QWidget.setTabOrder(before, after)

    def _describe(self) -> None:
        for box, name, description in (
            (self.title_edit, self.tr("Title to insert"), self.tr("The title of the segment to insert next")),
            (self.length_edit, self.tr("Length to insert"), self.tr("Its length, as 5m or 1h10m; Enter inserts")),
            (self.kind_box, self.tr("Kind to insert"), self.tr("A segment, an intermission or a break")),
            (self.speakers_edit, self.tr("Speakers to insert"), self.tr("A speakers' list: names, commas between")),
            (self.limit_edit, self.tr("Limit for each speaker"), self.tr("Each speaker's time, as 3m or 2m30s")),
            (self.notes_edit, self.tr("Notes to insert"), self.tr("Notes for the host, shown with the segment")),
            (self.start_edit, self.tr("Fixed start to insert"), self.tr("HH:MM: it never starts before then")),
        ):
            box.setAccessibleName(name)
            box.setAccessibleDescription(description)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # On a small screen the title has the room; the keys are in the fields' descriptions.
        self.hint.setVisible(event.size().width() >= HINT_FROM_PX)

    def fields(self) -> list[QWidget]:
        """Every field, in Tab order."""
        return [
            self.title_edit,
            self.length_edit,
            self.kind_box,
            self.speakers_edit,
            self.limit_edit,
            self.notes_edit,
            self.start_edit,
        ]

    def open(self) -> None:
        self.show()
        self.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.title_edit.selectAll()

    def clear(self) -> None:
        for box in (self.title_edit, self.length_edit, self.speakers_edit, self.limit_edit, self.notes_edit):
            box.clear()
        self.start_edit.clear()
        self.kind_box.setCurrentIndex(0)

    def read(self, day: date, zone: tzinfo) -> Insertion | Problem:
        """What was typed, as an insertion; or the first field to fix (a fixed start is on `day`)."""
        title, length = self.title_edit.text().strip(), self.length_edit.text().strip()
        if not title:
            return Problem(self.title_edit)
        if not length:
            return Problem(self.length_edit)
        seconds = _seconds(length)
        if isinstance(seconds, str):
            return Problem(self.length_edit, seconds)
        limit = _seconds(self.limit_edit.text().strip()) if self.limit_edit.text().strip() else None
        if isinstance(limit, str):
            return Problem(self.limit_edit, limit)
        start = _start(self.start_edit.text().strip(), day, zone) if self.start_edit.text().strip() else None
        if isinstance(start, str):
            return Problem(self.start_edit, start)
        names = tuple(n.strip() for n in NAME_SEPARATORS.split(self.speakers_edit.text()) if n.strip())
        kind = SegmentKind(self.kind_box.currentData())
        return Insertion(title, seconds, kind, names, limit, self.notes_edit.text().strip(), start)


def _seconds(text: str) -> float | str:
    try:
        return parse_duration(text).total_seconds()
    except ValueError as exc:
        return _sentence(str(exc))


def _start(text: str, day: date, zone: tzinfo) -> datetime | str:
    try:
        clock = parse_agenda_clock(text)
    except ValueError as exc:
        return _sentence(str(exc))
    on = day + timedelta(days=NextDayTime.days if isinstance(clock, NextDayTime) else 0)
    return datetime(on.year, on.month, on.day, clock.hour, clock.minute, clock.second, tzinfo=zone)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label

"""The rundown as a Qt table model: every answer is read from the latest engine snapshot."""

from __future__ import annotations

from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from runner.core.engine import RunStatus
from runner.core.i18n import active_language
from runner.core.snapshot import SegmentView, Snapshot
from runner.ui.base import palette
from runner.ui.base.engine_bridge import EngineBridge
from runner.ui.base.formatting import clock_text, isolated_in_mirrored_layout, length_text
from runner.ui.base.translations import QT_TRANSLATE_NOOP

START, ACTUAL_START, TITLE, SPEAKERS, PLANNED, LENGTH, STATUS = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("RundownModel", "Start"),
    QT_TRANSLATE_NOOP("RundownModel", "Actual"),
    QT_TRANSLATE_NOOP("RundownModel", "Title"),
    QT_TRANSLATE_NOOP("RundownModel", "Speaker(s)"),
    QT_TRANSLATE_NOOP("RundownModel", "Planned"),
    QT_TRANSLATE_NOOP("RundownModel", "Length"),
    QT_TRANSLATE_NOOP("RundownModel", "Status"),
)
HEADER_TIPS = (
    QT_TRANSLATE_NOOP("RundownModel", "Planned start in the agenda's zone"),
    QT_TRANSLATE_NOOP(
        "RundownModel", "When it actually started; '≈' marks a projected start for what is still to come"
    ),
    QT_TRANSLATE_NOOP("RundownModel", "Segment title (hover for its group and notes)"),
    QT_TRANSLATE_NOOP("RundownModel", "Speaker or speakers' list"),
    QT_TRANSLATE_NOOP("RundownModel", "Planned length (with any minutes added or removed)"),
    QT_TRANSLATE_NOOP("RundownModel", "Actual length; live for the running segment"),
    QT_TRANSLATE_NOOP("RundownModel", "done, running, paused, next, skipped"),
)
OVER_SIGN = "⚠"
SEGMENT_INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole,
)


class RundownModel(QAbstractTableModel):
    """One row per segment of the day: plan, what happened, and live progress.

    The model keeps only the latest `Snapshot` and answers from it. On each tick it emits
    `dataChanged` for just the cells whose content changed, and resets only if the rows change.
    """

    def __init__(self, bridge: EngineBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._snapshot = bridge.snapshot()
        self._cells: dict[tuple[int, int], dict[int, Any]] = {}  # (row, column) -> roles, for this snapshot
        bridge.tick.connect(self.update_snapshot)

    # -- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._snapshot.segments)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RundownModel", HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("RundownModel", HEADER_TIPS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        view = self._snapshot.segments[index.row()]
        if role == SEGMENT_INDEX_ROLE:
            return view.index
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(index.column())
        if role == Qt.ItemDataRole.ToolTipRole:  # asked on hover, not with every paint
            return _tooltip(view, index.column()) or None
        return self._cell(index.row(), index.column()).get(role)

    def _cell(self, row: int, column: int) -> dict[int, Any]:
        # A repaint asks for every role of every visible cell; each is built once per snapshot.
        roles = self._cells.get((row, column))
        if roles is None:
            roles = self._cells[row, column] = cell(self._snapshot, self._snapshot.segments[row], column)
        return roles

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # -- updates --------------------------------------------------------------------------------
    @property
    def snapshot(self) -> Snapshot:
        return self._snapshot

    def update_snapshot(self, snapshot: Snapshot) -> None:
        """Take a new snapshot; signal only what changed."""
        old, old_cells = self._snapshot, self._cells
        if [v.segment for v in old.segments] != [v.segment for v in snapshot.segments]:
            self.beginResetModel()
            self._snapshot, self._cells = snapshot, {}
            self.endResetModel()
            return
        self._snapshot, self._cells = snapshot, {}
        for row in _rows_to_compare(old, snapshot):
            for column in range(len(HEADERS)):
                before = old_cells.get((row, column)) or cell(old, old.segments[row], column)
                if before != self._cell(row, column):
                    changed = self.index(row, column)
                    self.dataChanged.emit(changed, changed)


def _rows_to_compare(old: Snapshot, new: Snapshot) -> list[int]:
    """Rows whose cells may differ: a changed row, or the running or next one (their cells also
    read the snapshot's running state). The others are left alone: a tick compares two or three rows."""
    moving = {old.current, old.next, new.current, new.next}
    return [
        row for row, (before, after) in enumerate(zip(old.segments, new.segments)) if row in moving or before != after
    ]


def cell(snapshot: Snapshot, view: SegmentView, column: int) -> dict[int, Any]:
    """Everything one cell shows, by role; also what the model compares between ticks."""
    roles: dict[int, Any] = {Qt.ItemDataRole.DisplayRole: _text(snapshot, view, column)}
    # Colours, not QBrush: the view takes either, and PySide's first QBrush builds QGradient's
    # enums (~1.5 ms) before the first frame.
    background = _background(snapshot, view)
    if background is not None:
        roles[Qt.ItemDataRole.BackgroundRole] = background
    foreground = _foreground(snapshot, view, column)
    if foreground is not None:
        roles[Qt.ItemDataRole.ForegroundRole] = foreground
    font = _font(snapshot, view, column)
    if font is not None:
        roles[Qt.ItemDataRole.FontRole] = font
    return roles


def _text(snapshot: Snapshot, view: SegmentView, column: int) -> str:
    segment = view.segment
    if column == START:
        # Added live, it has no printed time: where it falls (the planned one would be the next's).
        return _when(view) if view.inserted and not segment.fixed else clock_text(segment.start)
    if column == ACTUAL_START:
        return _when(view)
    if column == TITLE:
        return isolated_in_mirrored_layout(segment.title)
    if column == SPEAKERS:
        return isolated_in_mirrored_layout(segment.speaker_names(active_language()))
    if column == PLANNED:
        return length_text(segment.duration.total_seconds() + view.adjust_s)
    if column == LENGTH:
        # An overrun is marked by a sign as well as by the colour (never by colour alone).
        return length_text(_length(snapshot, view)) + (f" {OVER_SIGN}" if _overran(snapshot, view) else "")
    return _status(snapshot, view)


def _when(view: SegmentView) -> str:
    """When it started, or '≈ 09:25' when it is projected to."""
    if view.actual_start is not None:
        return clock_text(view.actual_start)
    return "≈ " + clock_text(view.projected_start) if view.projected_start is not None else ""


def _length(snapshot: Snapshot, view: SegmentView) -> float | None:
    """Done rows: start to end as lived; the running row: its active time, as the countdown counts it."""
    if view.status is RunStatus.RUNNING and view.index == snapshot.current:
        return snapshot.elapsed_s
    return view.actual_s


def _status(snapshot: Snapshot, view: SegmentView) -> str:
    return (
        QCoreApplication.translate("RundownModel", _status_word(snapshot, view)) if _status_word(snapshot, view) else ""
    )


def _status_word(snapshot: Snapshot, view: SegmentView) -> str:
    if view.status is RunStatus.RUNNING:
        if snapshot.paused:
            return QT_TRANSLATE_NOOP("RundownModel", "paused")
        return (
            QT_TRANSLATE_NOOP("RundownModel", "overtime")
            if snapshot.overtime
            else QT_TRANSLATE_NOOP("RundownModel", "running")
        )
    if view.status is RunStatus.NOT_STARTED:
        return QT_TRANSLATE_NOOP("RundownModel", "next") if view.index == snapshot.next else ""
    words = {"done": QT_TRANSLATE_NOOP("RundownModel", "done"), "skipped": QT_TRANSLATE_NOOP("RundownModel", "skipped")}
    return words.get(view.status.value, view.status.value)


def _overran(snapshot: Snapshot, view: SegmentView) -> bool:
    if view.index == snapshot.current:
        return snapshot.overtime
    length = view.actual_s
    return length is not None and length > view.segment.duration.total_seconds() + view.adjust_s + 0.5


def _tooltip(view: SegmentView, column: int) -> str:
    if column != TITLE:
        return ""
    parts = [view.segment.group, view.segment.notes, *view.notes]
    # A tooltip guesses rich text from its content: marked up as escaped rich text, the agenda's
    # words show as written (an `<img src=...>` in a note is text, not an image).
    text = "\n".join(p for p in parts if p)
    if not text:
        return ""
    # Qt's own escaping (C++; Python's html module and its table of entities would load at the
    # first hover, or before the first frame if imported at the top).
    return f"<qt>{QtGui.Qt.convertFromPlainText(text, QtGui.Qt.WhiteSpaceMode.WhiteSpaceNormal)}</qt>"


def _background(snapshot: Snapshot, view: SegmentView):
    if view.index == snapshot.current:
        return palette.CURRENT_ROW
    if view.index == snapshot.next and snapshot.current is not None:
        return palette.NEXT_ROW
    return None


def _foreground(snapshot: Snapshot, view: SegmentView, column: int):
    if view.status is RunStatus.SKIPPED:
        return palette.text_colour("muted")
    if column in (LENGTH, STATUS) and _overran(snapshot, view):
        return palette.text_colour("danger")
    if _projected(view, column):
        return palette.text_colour("muted")
    return None


def _projected(view: SegmentView, column: int) -> bool:
    """A time shown as projected ('≈ 09:25', muted and in italics), not as printed or as it was."""
    shows_when = column == ACTUAL_START or (column == START and view.inserted and not view.segment.fixed)
    return shows_when and view.actual_start is None


def _font(snapshot: Snapshot, view: SegmentView, column: int) -> QFont | None:
    if view.status is RunStatus.SKIPPED:
        font = QFont()
        font.setStrikeOut(True)
        return font
    if view.index == snapshot.current:
        font = QFont()
        font.setBold(True)
        return font
    if _projected(view, column) and view.projected_start is not None:
        font = QFont()
        font.setItalic(True)
        return font
    return None


def _alignment(column: int) -> int:
    if column in (TITLE, SPEAKERS):
        return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return int(Qt.AlignmentFlag.AlignCenter)

"""The speakers' list of the running segment: the current speaker's clock, the queue, quick entry."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from runner.core.delegations import names_joined
from runner.core.durations import parse_duration
from runner.core.floor_order import DEFAULT_RANK, PROTOCOL, RANKS, rank_name
from runner.core.i18n import active_language
from runner.core.snapshot import Snapshot, SpeakerView
from runner.core.speakers import SlotStatus
from runner.ui.base import palette
from runner.ui.base.engine_bridge import EngineBridge
from runner.ui.base.formatting import countdown_text, fill, isolated_in_mirrored_layout, kept_whole, length_text
from runner.ui.base.translations import QT_TRANSLATE_NOOP, Translate, qt_translate
from runner.ui.widgets.countdown import CountdownWidget
from runner.ui.widgets.steady import set_text

SPEAKER_HEADERS = (
    "#",
    QT_TRANSLATE_NOOP("SpeakersModel", "Speaker"),
    QT_TRANSLATE_NOOP("SpeakersModel", "Spoken"),
    QT_TRANSLATE_NOOP("SpeakersModel", "Limit"),
    QT_TRANSLATE_NOOP("SpeakersModel", "Status"),
)
SPEAKER_MIME = "application/x-session-runner-speaker"


def drop_target(source: int, row: int, onto: int | None, count: int) -> int | None:
    """Where a speaker dragged from `source` lands: onto a row (`onto`) takes that row's place;
    between rows (`row`, the row it is dropped above) goes there; below the list, to the end.
    None when it would not move."""
    if onto is not None:
        target = onto
    elif 0 <= row <= count:
        target = row - 1 if source < row else row
    else:
        target = count - 1
    return None if target == source or not 0 <= target < count else target


NEXT_NAMED = 3  # names on the chair's "Next:" line


def speaker_line(snapshot: Snapshot, translate: Translate = qt_translate, language: str | None = None) -> str:
    """'Now: <name> 1:12 left · Next: <name>', or '' when the segment has no speakers' list; a
    floor's delegations named in `language` (default: the app's). The chair's line: wrapped at
    spaces and separators, never inside a name."""
    if not snapshot.speakers:
        return ""
    current, upcoming = snapshot.current_speaker, snapshot.upcoming_speakers()
    language = language or active_language()
    parts = [translate("SpeakerLine", "Point of order")] if snapshot.point_of_order else []
    if current is not None:
        left = current.remaining_s
        if left is not None and left >= 0:
            template, figure = translate("SpeakerLine", "Now: %1 %2 left"), countdown_text(left)
        elif left is not None:
            template, figure = translate("SpeakerLine", "Now: %1 over by %2"), length_text(-left)
        else:
            template, figure = translate("SpeakerLine", "Now: %1 %2"), length_text(current.spoken_s)
        parts.append(fill(template, _ranked(current, language, translate), figure))
    if upcoming:  # the chair calls the next few by name, not only the next one
        named = names_joined([kept_whole(s.label(language)) for s in upcoming[:NEXT_NAMED] if not s.reply], language)
        if named:
            parts.append(fill(translate("SpeakerLine", "Next: %1"), named))
    replies = [kept_whole(s.label(language)) for s in upcoming if s.reply]
    if replies:
        parts.append(fill(translate("SpeakerLine", "Replies: %1"), names_joined(replies, language)))
    return " · ".join(parts)


def _ranked(view: SpeakerView, language: str, translate: Translate) -> str:
    """Who has the floor, with the rank of who speaks for it when one was given ("Brazil, Head of State")."""
    name, rank = kept_whole(view.label(language)), rank_name(view.rank, language)
    return fill(translate("SpeakerLine", "%1, %2"), name, rank) if rank else name


class SpeakersModel(QAbstractTableModel):
    """The queue as a table, answered from the latest snapshot's `speakers`.

    Rows can be dragged to another place in the queue. The model does not move them itself:
    `moveRequested(from, to)` asks for the move, the engine decides (only waiting speakers move),
    and the next snapshot shows the new order.
    """

    moveRequested = Signal(int, int)

    def __init__(self, bridge: EngineBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[SpeakerView, ...] = bridge.snapshot().speakers
        bridge.tick.connect(self.update_snapshot)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(SPEAKER_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(SPEAKER_HEADERS)
        ):
            return QCoreApplication.translate("SpeakersModel", SPEAKER_HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return _speaker_cell(self._rows[index.row()], index.column()).get(role)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # below the last row: to the end of the queue
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    # -- dragging a speaker to another place ----------------------------------------------------
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [SPEAKER_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(SPEAKER_MIME, QByteArray(str(rows[0]).encode("ascii")))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """Ask for the move and return False: nothing is inserted or removed here, so the view
        must not remove the dragged row; the engine's next snapshot brings the new order."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(SPEAKER_MIME):
            return False
        try:
            source = int(bytes(data.data(SPEAKER_MIME).data()).decode("ascii"))
        except ValueError:
            return False
        target = drop_target(source, row, parent.row() if parent.isValid() else None, len(self._rows))
        if target is not None:
            self.moveRequested.emit(source, target)
        return False

    def update_snapshot(self, snapshot: Snapshot) -> None:
        """Reset when the names or their order change; otherwise signal the changed cells."""
        old, new = self._rows, snapshot.speakers
        if [(s.position, s.name) for s in old] != [(s.position, s.name) for s in new]:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        self._rows = new
        for row, (before, after) in enumerate(zip(old, new)):
            for column in range(len(SPEAKER_HEADERS)):
                if _speaker_cell(before, column) != _speaker_cell(after, column):
                    changed = self.index(row, column)
                    self.dataChanged.emit(changed, changed)


def _spoken(view: SpeakerView) -> str:
    """Time spoken; past the limit, with a sign as well as the colour."""
    if view.status is SlotStatus.WAITING:
        return ""
    over = view.remaining_s is not None and view.remaining_s < 0
    return length_text(view.spoken_s) + (" ⚠" if over else "")


def _speaker_status(value: str) -> str:
    words = {
        "waiting": QT_TRANSLATE_NOOP("SpeakersModel", "waiting"),
        "speaking": QT_TRANSLATE_NOOP("SpeakersModel", "speaking"),
        "spoken": QT_TRANSLATE_NOOP("SpeakersModel", "spoken"),
        "skipped": QT_TRANSLATE_NOOP("SpeakersModel", "skipped"),
    }
    return QCoreApplication.translate("SpeakersModel", words.get(value, value))


def _category_name(category: str) -> str:
    """A floor's category in the app's language: the three the UN uses are translated, others as written."""
    words = {
        "member": QT_TRANSLATE_NOOP("SpeakersModel", "member"),
        "observer": QT_TRANSLATE_NOOP("SpeakersModel", "observer"),
        "group": QT_TRANSLATE_NOOP("SpeakersModel", "group"),
    }
    return QCoreApplication.translate("SpeakersModel", words[category]) if category in words else category


def _row_name(view: SpeakerView) -> str:
    """A delegation in the app's language, with its rank when one was given ("Brazil, Head of
    State"); a reply says which it is ("Brazil — reply 1")."""
    name = _with_rank(view, active_language())
    if view.reply:
        return fill(QCoreApplication.translate("SpeakersModel", "%1 — reply %2"), name, str(view.reply))
    return name


def _with_rank(view: SpeakerView, language: str) -> str:
    """A delegation in `language` with the rank of who speaks for it, when one was given."""
    name, rank = view.label(language), rank_name(view.rank, language)
    return fill(QCoreApplication.translate("SpeakersModel", "%1, %2"), name, rank) if rank else name


def _speaker_cell(view: SpeakerView, column: int) -> dict[int, Any]:
    texts = (
        str(view.position + 1),
        isolated_in_mirrored_layout(_row_name(view)),
        _spoken(view),
        length_text(view.limit_s),
        _speaker_status(view.status.value),
    )
    roles: dict[int, Any] = {Qt.ItemDataRole.DisplayRole: texts[column]}
    if view.status is SlotStatus.SPEAKING:
        roles[Qt.ItemDataRole.BackgroundRole] = palette.CURRENT_ROW  # a colour, as in the rundown
        font = QFont()
        font.setBold(True)
        roles[Qt.ItemDataRole.FontRole] = font
    elif view.status in (SlotStatus.SPOKEN, SlotStatus.SKIPPED):
        roles[Qt.ItemDataRole.ForegroundRole] = palette.text_colour("muted")
    if column == 2 and view.remaining_s is not None and view.remaining_s < 0:
        roles[Qt.ItemDataRole.ForegroundRole] = palette.text_colour("danger")
    return roles


class SpeakersPanel(QWidget):
    """Current speaker's countdown, the next names, the queue, and quick entry of a new speaker.

    Signals:
        typingFinished(): Escape on the panel; the window gives the focus back to the rundown.
    """

    typingFinished = Signal()

    def __init__(
        self, bridge: EngineBridge, next_action: QAction, previous_action: QAction, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.model = SpeakersModel(bridge, self)
        # Queued: the move resets the model, which must not happen inside the view's drop event.
        self.model.moveRequested.connect(self.move_speaker, Qt.ConnectionType.QueuedConnection)
        self.countdown = CountdownWidget(caption_idle=self.tr("No speaker"))
        self.countdown.setMinimumHeight(46)  # the host window fits 800x560 (issue 14)
        self.countdown.setMaximumHeight(96)  # the room left goes to the list
        self.now_label = QLabel(wordWrap=True)
        self.now_label.setTextFormat(Qt.TextFormat.RichText)  # its own markup; the names escaped (_escape)
        font = self.now_label.font()
        font.setPointSize(font.pointSize() + 3)
        self.now_label.setFont(font)
        self.table = _queue_view(self.model)
        self.table.setMinimumHeight(48)  # a heading and a row: the window still fits 800x560
        # Its height comes from what is left once the countdowns have theirs (a long list scrolls).
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.name_edit = QLineEdit(placeholderText=self.tr("Add a speaker (Enter)…"))
        self.limit_edit = QLineEdit(placeholderText=self.tr("limit"), maxLength=8)
        # On a floor: the delegation's category (its limit is the category's), instead of a limit.
        self.category_box = QComboBox()
        self.category_box.hide()
        # On a floor in protocol order: the rank of who speaks for it (it takes its place by rank).
        self.rank_box = QComboBox()
        self.rank_box.hide()
        # As wide as a short rank ("Vice-Minister"), not the longest: on an 800-pixel screen the
        # delegation's box beside it must stay wide enough to read (the list shows each rank whole).
        self.rank_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rank_box.setMinimumContentsLength(13)
        self.order_buttons: dict[str, QToolButton] = {}  # move up, move down, skip: by name
        self.limit_edit.setToolTip(self.tr("Optional speaking time: 90s, 3m, 2:00 … (default: the segment's)"))
        self.limit_edit.setFixedWidth(70)
        self.name_edit.returnPressed.connect(self.add_speaker)
        self.limit_edit.returnPressed.connect(self.add_speaker)
        self._build(next_action, previous_action)
        bridge.tick.connect(self.show_snapshot)
        self.show_snapshot(bridge.snapshot())

    def _build(self, next_action: QAction, previous_action: QAction) -> None:
        top = QHBoxLayout()
        top.addWidget(self.countdown, 2)
        top.addWidget(self.now_label, 3)
        buttons = QHBoxLayout()
        for action in (previous_action, next_action):
            tool = QToolButton()
            tool.setDefaultAction(action)
            buttons.addWidget(tool)
        for name, text, tip, slot in (
            ("move_up", "▲", self.tr("Move the selected speaker up (or drag it)"), lambda: self.move_selected(-1)),
            ("move_down", "▼", self.tr("Move the selected speaker down (or drag it)"), lambda: self.move_selected(1)),
            (
                "skip_speaker",
                self.tr("Skip"),
                self.tr("Skip the selected speaker (again to bring back)"),
                self.skip_selected,
            ),
            (
                "strike_speaker",
                "✕",
                self.tr("Strike the selected delegation (or speaker) still waiting from the list"),
                self.strike_selected,
            ),
        ):
            button = QToolButton()  # as narrow as its text
            button.setText(text)
            button.setToolTip(tip)
            button.setObjectName(name)
            self.order_buttons[name] = button
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        entry = QHBoxLayout()
        entry.addWidget(self.name_edit, 1)
        entry.addWidget(self.limit_edit)
        entry.addWidget(self.category_box)
        entry.addWidget(self.rank_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(entry)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Show the current speaker's time and who comes next."""
        self._show_entry(snapshot)
        current = snapshot.current_speaker
        if current is None:
            self.countdown.set_value(None)
        elif current.limit_s is not None:
            self.countdown.set_value(current.remaining_s, current.limit_s, snapshot.paused)
        else:
            self.countdown.set_elapsed(current.spoken_s, self.tr("no limit"))
        language = active_language()
        names = [s.label(language) for s in snapshot.upcoming_speakers()[:2]]
        now = f"<b>{_escape(_with_rank(current, language))}</b>" if current else "—"
        if snapshot.point_of_order:
            order = self.tr("Point of order")
            now += f" <b>· {_escape(order)}</b>"
        following = names_joined([_escape(n) for n in names], language) or "—"
        # Only while a segment runs: speakers join the running segment, and not once the day is over.
        listless = not snapshot.speakers and snapshot.current is not None
        empty = _escape(self.tr("No speakers' list: add a name below.")) if listless else ""
        hint = f"<br><i>{empty}</i>" if empty else ""  # no empty third line: the panel is short on 800x600
        speaking, following_said = _escape(self.tr("Speaking:")), _escape(self.tr("Next:"))
        set_text(self.now_label, f"{speaking} {now}<br>{following_said} {following}{hint}")

    def _show_entry(self, snapshot: Snapshot) -> None:
        """On a floor the box takes a delegation, its category and, in protocol order, its rank;
        else a name and a limit."""
        run = self._bridge.engine.current_run if snapshot.floor else None
        rules = run.segment.floor if run else None
        categories = [name for name, _ in rules.limits] if rules else []
        shown = [self.category_box.itemData(i) for i in range(self.category_box.count())]
        if categories != shown:
            self.category_box.clear()
            for category in categories:
                self.category_box.addItem(_category_name(category), category)
        by_rank = rules is not None and rules.order == PROTOCOL
        if by_rank and not self.rank_box.count():
            for rank in RANKS:
                self.rank_box.addItem(rank_name(rank, active_language()), rank)
            self.rank_box.setCurrentIndex(RANKS.index(DEFAULT_RANK))
        floor = bool(snapshot.floor)
        hidden = (floor, not (floor and categories), not by_rank)
        if hidden == (self.limit_edit.isHidden(), self.category_box.isHidden(), self.rank_box.isHidden()):
            return
        self.limit_edit.setHidden(hidden[0])
        self.category_box.setHidden(hidden[1])
        self.rank_box.setHidden(hidden[2])
        tip = self.tr("Add a delegation: a code or a name (Enter)…") if floor else self.tr("Add a speaker (Enter)…")
        self.name_edit.setPlaceholderText(tip)

    def add_speaker(self) -> None:
        """Add the typed name (with its optional limit) at the end of the queue; on a floor, the
        typed delegation with the chosen category."""
        if self._bridge.snapshot().floor:
            self._add_delegation()
            return
        name, limit_text = self.name_edit.text().strip(), self.limit_edit.text().strip()
        limit: float | None = None
        if limit_text:
            try:
                limit = parse_duration(limit_text).total_seconds()
            except ValueError as exc:
                self._bridge.refused.emit(str(exc))
                return
        commands = self._bridge.commands
        if self._bridge.perform(lambda: commands.add_speaker(name, limit)):
            self.name_edit.clear()
            self.limit_edit.clear()
            if self.limit_edit.hasFocus():  # the box, empty, for the next name (issue 24)
                self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_delegation(self) -> None:
        written, category = self.name_edit.text(), str(self.category_box.currentData() or "")
        rank = "" if self.rank_box.isHidden() else str(self.rank_box.currentData() or "")
        rank = "" if rank == DEFAULT_RANK else rank  # the default is no rank given: it ranks so, and shows none
        commands = self._bridge.commands
        if self._bridge.perform(lambda: commands.add_delegation(written, category, rank=rank)):
            self.name_edit.clear()
            # The next delegation is most likely a head of delegation again: a head of State's rank
            # never carries over to the next name unseen.
            self.rank_box.setCurrentIndex(RANKS.index(DEFAULT_RANK))

    def strike_selected(self) -> None:
        """Strike the selected delegation (or speaker) still waiting from the list."""
        position = self.selected_position()
        if position is None:
            self._bridge.refused.emit(self.tr("Select a delegation in the speakers' list first"))
            return
        commands = self._bridge.commands
        self._bridge.perform(lambda: commands.strike(position))

    def selected_delegation(self) -> str:
        """The delegation of the selected row, else of the one speaking; '' when neither has one."""
        snapshot = self._bridge.snapshot()
        position = self.selected_position()
        chosen = snapshot.speakers[position] if position is not None and position < len(snapshot.speakers) else None
        chosen = chosen or snapshot.current_speaker
        return chosen.delegation if chosen is not None else ""

    def selected_position(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def move_selected(self, step: int) -> None:
        source = self.selected_position()
        if source is None:
            self._bridge.refused.emit(self.tr("Select a speaker to move first"))
            return
        self.move_speaker(source, source + step)

    def move_speaker(self, source: int, target: int) -> None:
        """Move a waiting speaker to another place in the queue (buttons, or a drag)."""
        commands = self._bridge.commands
        if self._bridge.perform(lambda: commands.move_speaker(source, target)):
            self.table.selectRow(target)

    def skip_selected(self) -> None:
        position = self.selected_position()
        commands = self._bridge.commands
        self._bridge.perform(lambda: commands.skip_speaker(position))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.typingFinished.emit()
            return
        super().keyPressEvent(event)


def _queue_view(model: SpeakersModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    # A waiting speaker can be dragged to another place; the model asks the engine for the move.
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return view


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

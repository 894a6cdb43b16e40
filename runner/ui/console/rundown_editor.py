"""Live changes to the rundown from the host window, and the recovery plan on offer.

Insert opens a small bar under the rundown (title, Tab, length, Enter; more Tabs for the kind,
speakers and their limit, notes and a fixed start: runner.ui.widgets.insert_bar); the rundown's context menu
changes a length, renames, moves, removes or sets the speakers' limit of a segment still to come;
Ctrl+R accepts the recovery plan shown above the rundown when the day's projected end passes its
hard stop (the plan the live rules last offered, runner.core.offer_timing); Ctrl+D sets it
aside. Every change is a core `edit` (runner.core.live_edits) made through the bridge, so a
refusal is a line in the status bar and the screens follow at once.

Signals:
    planAccepted(int): the host accepted recovery plan number N.
    saveRequested(str): File → Save rundown as… chose this path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6 import QtWidgets  # its dialogs' classes (and their enums) are made at first use
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QBoxLayout, QLabel, QLineEdit, QMenu, QMenuBar, QStatusBar, QWidget

from runner.core import edit_fold, live_edits
from runner.core.agenda import Day
from runner.core.deferred import deferred
from runner.core.durations import parse_duration
from runner.core.engine import SessionEngine
from runner.core.events import Command
from runner.core.schedule import Snapshot
from runner.ui.base import palette
from runner.ui.base.engine_bridge import EngineBridge
from runner.ui.base.formatting import clock_text, fill
from runner.ui.base.translations import QT_TRANSLATE_NOOP
from runner.ui.console.actions import Action, ActionId, HostActions
from runner.ui.console.host_menus import HostMenus
from runner.ui.console.rundown_view import RundownView

if TYPE_CHECKING:
    from runner.core import offer_timing, recovery_offer
    from runner.core.recovery_plan import RecoveryPlan
    from runner.io import agenda_writer
    from runner.ui.widgets import insert_bar
    from runner.ui.widgets.insert_bar import InsertBar
else:
    # Lazy seams. The recovery planner loads with the first plan offered (the live rules bring it);
    # accepting or setting one aside comes after that. The insert bar (Ins) and the agenda writer
    # (Save rundown as…, PyYAML) load when first used: the first frame shows neither.
    offer_timing = deferred("runner.core.offer_timing")
    recovery_offer = deferred("runner.core.recovery_offer")
    insert_bar = deferred("runner.ui.widgets.insert_bar")
    agenda_writer = deferred("runner.io.agenda_writer")


class EditAction(ActionId):
    """The rundown's actions, declared once: (text, shortcut, tooltip); menus name them by member."""

    INSERT = (
        QT_TRANSLATE_NOOP("RundownEditor", "Insert segment…"),
        "Insert",
        QT_TRANSLATE_NOOP("RundownEditor", "Add a segment after the running one: its title, Tab, its length, Enter"),
    )
    ACCEPT_PLAN = (
        QT_TRANSLATE_NOOP("RundownEditor", "Accept recovery plan"),
        "Ctrl+R",
        QT_TRANSLATE_NOOP("RundownEditor", "Make the cuts the recovery plan proposes to hold the hard stop"),
    )
    DISMISS_PLAN = (
        QT_TRANSLATE_NOOP("RundownEditor", "Set recovery plan aside"),
        "Ctrl+D",
        QT_TRANSLATE_NOOP("RundownEditor", "Not now: a new plan is offered only when it changes"),
    )
    LENGTH = (
        QT_TRANSLATE_NOOP("RundownEditor", "Change length…"),
        "Ctrl+L",
        QT_TRANSLATE_NOOP("RundownEditor", "Change the planned length of the selected segment (not yet started)"),
    )
    RENAME = (
        QT_TRANSLATE_NOOP("RundownEditor", "Rename…"),
        "F2",
        QT_TRANSLATE_NOOP("RundownEditor", "Rename the selected segment (not yet started)"),
    )
    MOVE_UP = (
        QT_TRANSLATE_NOOP("RundownEditor", "Move up"),
        "Ctrl+Up",
        QT_TRANSLATE_NOOP("RundownEditor", "Move the selected segment one place earlier (among those to come)"),
    )
    MOVE_DOWN = (
        QT_TRANSLATE_NOOP("RundownEditor", "Move down"),
        "Ctrl+Down",
        QT_TRANSLATE_NOOP("RundownEditor", "Move the selected segment one place later"),
    )
    REMOVE = (
        QT_TRANSLATE_NOOP("RundownEditor", "Remove"),
        "Delete",
        QT_TRANSLATE_NOOP("RundownEditor", "Remove the selected segment from the day (not yet started)"),
    )
    SPEAKER_LIMIT = (
        QT_TRANSLATE_NOOP("RundownEditor", "Speakers' limit…"),
        "",
        QT_TRANSLATE_NOOP("RundownEditor", "Give the selected segment's waiting speakers a limit, or drop it"),
    )
    SAVE_AS = (
        QT_TRANSLATE_NOOP("RundownEditor", "Save rundown as…"),
        "Ctrl+Shift+S",
        QT_TRANSLATE_NOOP("RundownEditor", "Write the day as changed to an agenda file"),
    )


ROW_ACTIONS = (
    EditAction.LENGTH,
    EditAction.RENAME,
    EditAction.MOVE_UP,
    EditAction.MOVE_DOWN,
    EditAction.REMOVE,
    EditAction.SPEAKER_LIMIT,
)


class EditorWindow(Protocol):
    """What the editor uses of the host window it extends (runner.ui.console.host_window), so that
    module and this one do not import each other."""

    @property
    def bridge(self) -> EngineBridge: ...
    @property
    def engine(self) -> SessionEngine: ...
    @property
    def actions_(self) -> HostActions: ...
    @property
    def menus(self) -> HostMenus: ...
    @property
    def table(self) -> RundownView: ...
    @property
    def banner(self) -> QWidget: ...
    def addActions(self, actions: Sequence[QAction]) -> None: ...
    def centralWidget(self) -> QWidget | None: ...
    def window(self) -> QWidget: ...
    def menuBar(self) -> QMenuBar: ...
    def statusBar(self) -> QStatusBar: ...
    def confirm(self, question: str) -> bool: ...
    def clear_alert(self) -> None: ...


class RundownEditor(QObject):
    """The host window's live edits and recovery plan (see the module's docstring)."""

    planAccepted = Signal(int)
    saveRequested = Signal(str)

    def __init__(self, window: EditorWindow) -> None:
        super().__init__(window.window())
        self.window, self.bridge, self.engine = window, window.bridge, window.engine
        self.actions = _make_actions(window.window())
        window.addActions(list(self.actions.values()))
        self._insert_bar: InsertBar | None = None  # made on the first Insert: hidden until then
        self.plan_label = _plan_label()
        self.plan: RecoveryPlan | None = None
        self.accepted_text = ""
        self.accepted_number: int | None = None
        self.ask: Callable[[str, str, str], str | None] = self._ask  # tests answer for the dialog
        self.agenda_title = self.engine.day.title  # the app sets the agenda's own
        self._place()
        self._connect()

    # -- construction ------------------------------------------------------------------------------
    def _place(self) -> None:
        window = self.window
        # Beside widgets the host window laid out: the plan under the banner, the bar under the rundown.
        column = _box_of(window.centralWidget())
        column.insertWidget(column.indexOf(window.banner) + 1, self.plan_label)
        menu = QMenu(self.tr("&Rundown"), window.window())
        entries = (EditAction.INSERT, None, *ROW_ACTIONS, None, EditAction.ACCEPT_PLAN, EditAction.DISMISS_PLAN)
        for entry in entries:
            menu.addSeparator() if entry is None else menu.addAction(self.actions[entry])
        window.menuBar().insertMenu(window.menus.speakers.menuAction(), menu)  # after the Session menu
        export = window.actions_[Action.EXPORT]
        window.menus.file.insertAction(export, self.actions[EditAction.SAVE_AS])
        window.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def _connect(self) -> None:
        a = self.actions
        a[EditAction.INSERT].triggered.connect(lambda: self.insert_bar.open())
        a[EditAction.ACCEPT_PLAN].triggered.connect(self.accept_plan)
        a[EditAction.DISMISS_PLAN].triggered.connect(self.dismiss_plan)
        a[EditAction.LENGTH].triggered.connect(lambda: self._on_row(self._ask_length))
        a[EditAction.RENAME].triggered.connect(lambda: self._on_row(self._ask_title))
        a[EditAction.MOVE_UP].triggered.connect(lambda: self._on_row(lambda row: self.move(row, row - 1)))
        a[EditAction.MOVE_DOWN].triggered.connect(lambda: self._on_row(lambda row: self.move(row, row + 1)))
        a[EditAction.REMOVE].triggered.connect(lambda: self._on_row(self.remove))
        a[EditAction.SPEAKER_LIMIT].triggered.connect(lambda: self._on_row(self._ask_limit))
        a[EditAction.SAVE_AS].triggered.connect(self._ask_save_path)
        self.saveRequested.connect(self.save_rundown)
        self.window.table.customContextMenuRequested.connect(self._context_menu)
        self.bridge.tick.connect(self.follow)

    # -- insert ------------------------------------------------------------------------------------
    @property
    def insert_bar(self) -> InsertBar:
        """The bar under the rundown, made the first time it is wanted (the first frame never shows it)."""
        if self._insert_bar is None:
            bar = self._insert_bar = insert_bar.InsertBar()
            left = _box_of(self.window.table.parentWidget())
            left.insertWidget(left.indexOf(self.window.table) + 1, bar)
            for box in bar.fields():
                box.installEventFilter(self)
        return self._insert_bar

    def submit_insert(self) -> bool:
        """Enter in the insert bar: add the segment; a field it cannot read keeps the bar open and says why."""
        bar, engine = self.insert_bar, self.engine
        new = bar.read(engine.day.date, engine.zone)
        if isinstance(new, insert_bar.Problem):
            new.field.setFocus()
            if isinstance(new.field, QLineEdit):
                new.field.selectAll()
            if new.message:
                self._say(new.message)
            return False
        if not self._perform_edit(lambda: live_edits.insert(engine, new)):
            return False
        length = bar.length_edit.text().strip()
        bar.clear()
        bar.hide()
        self._home()
        if new.fixed_start is None:
            self._say(fill(self.tr("Inserted '%1' (%2); it runs next"), new.title, length))
        else:
            when = _plan_clock(new.fixed_start.astimezone(engine.zone))
            self._say(fill(self.tr("Inserted '%1' (%2) to start at %3"), new.title, length, when))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        if event.key() == Qt.Key.Key_Escape:
            self.insert_bar.hide()
            self._home()
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit_insert()
            return True
        return False

    # -- the rundown's rows ------------------------------------------------------------------------
    def change_length(self, row: int, text: str) -> bool:
        seconds = self._seconds(text)
        return seconds is not None and self._perform_edit(lambda: live_edits.change_length(self.engine, row, seconds))

    def rename(self, row: int, title: str) -> bool:
        return self._perform_edit(lambda: live_edits.rename(self.engine, row, title))

    def move(self, row: int, to: int) -> bool:
        moved = self._perform_edit(lambda: live_edits.move(self.engine, row, to))
        if moved:
            self.window.table.selectRow(to)
        return moved

    def remove(self, row: int) -> bool:
        if not 0 <= row < len(self.engine.runs):
            return False
        title = self.engine.runs[row].segment.title
        if not self.window.confirm(fill(self.tr("Remove '%1' from the day?"), title)):
            return False
        return self._perform_edit(lambda: live_edits.remove(self.engine, row))

    def set_speakers_limit(self, row: int, text: str) -> bool:
        """Every waiting speaker of the segment (and any added later) gets this limit; empty drops it."""
        seconds = None if not text.strip() else self._seconds(text)
        if text.strip() and seconds is None:
            return False
        run = self.engine.runs[row] if 0 <= row < len(self.engine.runs) else None
        positions = run.speakers.upcoming() if run is not None else []

        def edits() -> None:
            made = [live_edits.speaker_limit_edit(self.engine, row, None, seconds)]
            made += [live_edits.speaker_limit_edit(self.engine, row, p, seconds) for p in positions]
            self.engine.apply_edits(made)

        return self._perform_edit(edits)

    # -- the recovery plan -------------------------------------------------------------------------
    def follow(self, snapshot: Snapshot) -> None:
        """Each tick: the plan on offer (the last the live rules offered, while it stands)."""
        plan = snapshot.recovery_plan
        self.plan = plan
        if plan is not None:
            text = fill(self.tr("⚠ %1  Ctrl+R accepts · Ctrl+D sets it aside."), plan.summary())
            self._show(text, palette.DANGER.name())
        elif self.accepted_text and not self._accepted_undone():
            self._show(self.accepted_text, palette.OK.name())
        else:
            self.plan_label.hide()

    def _accepted_undone(self) -> bool:
        """Ctrl+Z took the accepted plan back: its line goes (the day has its cuts no more)."""
        if not self.engine.undone:
            return False
        number = self.accepted_number
        return number is not None and number not in recovery_offer.accepted_numbers(self.engine)

    def accept_plan(self) -> bool:
        """Ctrl+R: make the plan's cuts; the screens follow at once."""
        plan = self.plan
        if plan is None or not plan.trims:
            self._say(self.tr("No recovery plan on offer: the day ends by its hard stop"))
            return False
        numbers: list[int] = []
        commands, engine = self.bridge.commands, self.engine
        accepted = lambda: commands.run(Command.ACCEPT_PLAN, lambda: recovery_offer.accept(engine, plan))
        if not self.bridge.perform(lambda: numbers.append(accepted())):
            return False
        now = _plan_clock(self.engine.clock.now().astimezone(self.engine.zone).replace(microsecond=0))
        self.accepted_text = fill(self.tr("✓ Plan %1 accepted at %2: %3."), str(numbers[0]), now, plan.proposal())
        self.accepted_number = numbers[0]
        if plan.holds:
            self.window.clear_alert()  # the hard-stop banner's warning no longer holds
        self.planAccepted.emit(numbers[0])
        self.follow(self.bridge.refresh())
        return True

    def dismiss_plan(self) -> bool:
        """Ctrl+D: set the plan on offer aside (logged); the next is offered when the plan changes."""
        plan = self.plan
        if plan is None:
            self._say(self.tr("No recovery plan on offer"))
            return False
        commands, engine = self.bridge.commands, self.engine
        set_aside = lambda: commands.run(Command.DISMISS_PLAN, lambda: offer_timing.dismiss(engine, plan))
        if not self.bridge.perform(set_aside):
            return False
        self._say(
            fill(self.tr("Recovery plan %1 set aside; a new one is offered when the plan changes"), str(plan.number))
        )
        self.follow(self.bridge.refresh())
        return True

    def changed_day(self) -> Day:
        """The day as changed, re-timed as a new programme would print it (for Save rundown as…)."""
        engine = self.engine
        return replace(engine.day, segments=edit_fold.retime(engine.printed_day, engine.day.segments, engine.origins))

    def save_rundown(self, path: str) -> bool:
        """Write the changed day as an agenda file; one line in the status bar either way."""
        try:
            written = agenda_writer.save_agenda(path, self.agenda_title, self.changed_day())
        except OSError as exc:
            self._say(fill(self.tr("%1 cannot be written: %2"), str(path), exc.strerror or str(exc)))
            return False
        self._say(fill(self.tr("Saved the rundown as changed to %1"), str(written)))
        return True

    # -- helpers -----------------------------------------------------------------------------------
    def _show(self, text: str, colour: str) -> None:
        self.plan_label.setText(text)
        self.plan_label.setStyleSheet(f"border: 2px solid {colour}; padding: 3px 6px; font-weight: bold;")
        self.plan_label.show()

    def _on_row(self, act: Callable[[int], object]) -> None:
        index = self.window.table.currentIndex()
        if not index.isValid():
            self._say(self.tr("Select a segment in the rundown first"))
            return
        row = index.row()
        act(row)
        table = self.window.table
        if not table.currentIndex().isValid() and row < table.model().rowCount():
            table.selectRow(row)  # an edit resets the rundown's rows: the host stays on the same one

    def _context_menu(self, where: QPoint) -> None:
        index = self.window.table.indexAt(where)
        if index.isValid():
            self.window.table.selectRow(index.row())
        menu = QMenu(self.window.window())
        menu.addAction(self.actions[EditAction.INSERT])
        menu.addSeparator()
        for entry in ROW_ACTIONS:
            menu.addAction(self.actions[entry])
        menu.popup(self.window.table.viewport().mapToGlobal(where))

    def _ask_length(self, row: int) -> None:
        current = self.engine.runs[row].segment.duration.total_seconds() / 60
        answer = self.ask(self.tr("Change length"), self.tr("Planned length (5m, 1h10m):"), f"{current:g}m")
        if answer is not None:
            self.change_length(row, answer)

    def _ask_title(self, row: int) -> None:
        answer = self.ask(self.tr("Rename"), self.tr("Title:"), self.engine.runs[row].segment.title)
        if answer is not None:
            self.rename(row, answer)

    def _ask_limit(self, row: int) -> None:
        answer = self.ask(self.tr("Speakers' limit"), self.tr("Limit per speaker (2m30s; empty: none):"), "")
        if answer is not None:
            self.set_speakers_limit(row, answer)

    def _ask(self, title: str, label: str, text: str) -> str | None:
        answer, ok = QtWidgets.QInputDialog.getText(self.window.window(), title, label, QLineEdit.EchoMode.Normal, text)
        return answer if ok else None

    def _ask_save_path(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.window.window(), self.tr("Save rundown as"), "", self.tr("Agenda files (*.yaml *.yml)")
        )
        if path:
            self.saveRequested.emit(path if path.endswith((".yaml", ".yml")) else path + ".yaml")

    def _seconds(self, text: str) -> float | None:
        try:
            seconds = parse_duration(text).total_seconds()
        except ValueError as exc:
            self._say(str(exc)[:1].upper() + str(exc)[1:])
            return None
        return seconds

    def _perform_edit(self, call: Callable[[], object]) -> bool:
        """A live change to the rundown, as the host's `edit` command (one route: undo knows it)."""
        return self.bridge.perform(lambda: self.bridge.commands.run(Command.EDIT, call))

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 6000)

    def _home(self) -> None:
        self.window.table.setFocus(Qt.FocusReason.ShortcutFocusReason)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RundownEditor", text)


def _make_actions(parent: QObject) -> dict[EditAction, QAction]:
    made = {}
    for action_id in EditAction:
        text, key, english_tip = action_id.value
        action, tip = QAction(_tr(text), parent), _tr(english_tip)
        action.setObjectName(action_id.id)
        if key:
            action.setShortcut(QKeySequence(key))
            action.setToolTip(f"{tip} ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setStatusTip(tip)
        made[action_id] = action
    return made


def _box_of(widget: QWidget | None) -> QBoxLayout:
    layout = widget.layout() if widget is not None else None
    assert isinstance(layout, QBoxLayout), "the host window lays its parts out in boxes"
    return layout


def _plan_label() -> QLabel:
    label = QLabel()
    label.setAccessibleName(QCoreApplication.translate("RundownEditor", "Recovery plan"))
    label.setAccessibleDescription(
        QCoreApplication.translate("RundownEditor", "How to hold the hard stop; Ctrl+R accepts it")
    )
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.hide()
    return label


def _plan_clock(when: datetime) -> str:
    """'12:00', or '09:00:30' off the minute, as the recovery plan's lines write a time."""
    return clock_text(when, seconds=when.second != 0)

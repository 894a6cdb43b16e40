"""Who has the keyboard: a text box while the host types, the console otherwise (issue 24).

A host types a speaker's name, presses Enter and goes straight on with the next name; types a
note, Enter, and goes on typing. Letters that reach the console then are actions (Space ends a
segment, S skips one), so a text box keeps the keyboard:

- the speakers' boxes keep it after Enter (the name is added, the box is empty for the next);
- the note and message boxes keep it for a moment after Enter (`TYPING_MOMENT_MS`): a key typed
  within it is text and keeps the box; only after the moment passes quietly does the keyboard go
  back to the console;
- Escape (an editable combo box would swallow it for its completer: this filter sees it first),
  or a click on the rundown, gives the keyboard back at once.

`typingChanged` tells the window which has it, so it shows a labelled state and takes the
single-key shortcuts (Space, S, N, …) off while the host types.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from runner.ui.base.timers import QtTimers, Timers

# A person typing does not stop at Enter: keys within this long after it are still text.
TYPING_MOMENT_MS = 1500


def is_text_entry(widget: QWidget | None) -> bool:
    """True for a widget that takes typed letters as text (a line, a text area, an editable combo)."""
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit))


class KeyboardHome(QObject):
    """Keeps the keyboard in a text box while the host types; gives it back to `home` (the rundown).

    Signals:
        typingChanged(bool): True when a text box of `window` has the keyboard, False when the console has.
    """

    typingChanged = Signal(bool)

    def __init__(self, home: QWidget, window: QWidget, timers: Timers | None = None) -> None:
        super().__init__(window)
        self._home, self._window = home, window
        self._moment = (timers or QtTimers()).timer(self, self._moment_passed)
        self._typing = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    @property
    def typing(self) -> bool:
        """True while a text box has the keyboard (the single-key shortcuts are off)."""
        return self._typing

    def watch_entries(self, *boxes: QLineEdit) -> None:
        """Boxes that keep the keyboard after Enter (the speakers' name and limit)."""
        for box in boxes:
            box.installEventFilter(self)

    def watch_messages(self, *boxes: QLineEdit | QComboBox) -> None:
        """Boxes that keep the keyboard for a moment after Enter (the note, the chair's message).

        Connect after the box's own Enter slots, so those run first (Qt calls slots in order)."""
        for box in boxes:
            box.installEventFilter(self)
            line = box.lineEdit() if isinstance(box, QComboBox) else box
            if line is not None:
                if line is not box:
                    line.installEventFilter(self)
                line.returnPressed.connect(self._entered)

    def go_home(self) -> None:
        """Put the keyboard back on the console (the rundown)."""
        self._moment.stop()
        self._home.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._set_typing(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.go_home()
                return True
            if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._moment.stop()  # typing on: the box keeps the keyboard until the next Enter
        return False

    def _entered(self) -> None:
        self._moment.start(TYPING_MOMENT_MS)

    def _moment_passed(self) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and is_text_entry(focus) and self._window.isAncestorOf(focus):
            self.go_home()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not (new is self._window or self._window.isAncestorOf(new)):
            return  # another window (the chair's, a dialog) has it: the host window's state stands
        self._moment.stop()  # the host moved on (a click, Tab): the moment was for the box left
        self._set_typing(is_text_entry(new))

    def _set_typing(self, typing: bool) -> None:
        if typing != self._typing:
            self._typing = typing
            self.typingChanged.emit(typing)

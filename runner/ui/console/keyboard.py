"""Giving the keyboard back to the console: a text box keeps it only while the host types.

A host types a note, a message or a speaker's name, presses Enter (or Escape), and the next key
(Space, P, Right) must act on the day, not be typed into the box. Qt leaves the focus in the box
after Enter, and an editable combo box swallows Escape for its completer; this filter sees the
keys first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget


class KeyboardHome(QObject):
    """Watches text boxes; after Enter in one and on Escape, focuses `home` (the rundown)."""

    def __init__(self, home: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._home = home

    def watch(self, *boxes: QLineEdit | QComboBox) -> None:
        """Connect after the box's own Enter slots, so those run first (Qt calls slots in order)."""
        for box in boxes:
            box.installEventFilter(self)
            line = box.lineEdit() if isinstance(box, QComboBox) else box
            if line is not None:
                line.installEventFilter(self)
                line.returnPressed.connect(self.go_home)

    def go_home(self) -> None:
        """Put the keyboard back on the console (the rundown)."""
        self._home.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        escape = isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape
        if escape and event.type() == QEvent.Type.KeyPress:
            self.go_home()
            return True
        return False

"""Lasting notices inside the host window: "runs today from 10:00", a recovery, the broker, a late start.

The status bar says them too, but a status bar is the first thing a small screen or a window
manager's title bar pushes out of sight (issue 24), and its temporary messages cover its
permanent ones. The strip sits under the header, one line a notice, plain text; ✕ puts the ones
shown away (a new one brings the strip back).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class NoticeStrip(QFrame):
    """The notices by kind ('session', 'broker', 'late_start'…): each kind keeps its latest line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notices")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._notices: dict[str, str] = {}
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a room's or a broker's name as typed
        self.label.setWordWrap(True)
        self.dismiss = QToolButton()
        self.dismiss.setText("✕")
        self.dismiss.setAutoRaise(True)
        self.dismiss.setToolTip(self.tr("Put these notices away (the status bar keeps them)"))
        self.dismiss.setAccessibleName(self.tr("Dismiss the notices"))
        self.dismiss.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the rundown keeps the keyboard
        self.dismiss.clicked.connect(self.dismiss_all)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 2, 2)
        row.addWidget(self.label, 1)
        row.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_notice(self, kind: str, text: str) -> None:
        """Show `text` as the notice of its kind (replacing the one before); '' takes it away."""
        if text:
            self._notices.pop(kind, None)
            self._notices[kind] = text  # the latest last
        else:
            self._notices.pop(kind, None)
        self._render()

    def text(self) -> str:
        """The notices shown, one a line."""
        return self.label.text() if self.isVisibleTo(self.parentWidget() or self) else ""

    def notice(self, kind: str) -> str:
        return self._notices.get(kind, "")

    def dismiss_all(self) -> None:
        self._notices.clear()
        self._render()

    def _render(self) -> None:
        self.label.setText("\n".join(self._notices.values()))
        self.setAccessibleDescription(self.label.text())
        self.setVisible(bool(self._notices))

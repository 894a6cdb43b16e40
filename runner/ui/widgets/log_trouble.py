"""The strip that says the timing log cannot be written: red, across the host window, not dismissable.

Why not the alert banner: an alert flashes and can be dismissed, and the next alert replaces it;
a log that refuses the host's actions must stay in view until it takes them again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from runner.ui.base import palette
from runner.ui.base.engine_bridge import RETRY_MS, EngineBridge
from runner.ui.base.formatting import fill


class LogTroubleBar(QLabel):
    """Shown while an action waits for the log; says so once more when the log took it, then hides."""

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logTrouble")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        font = self.font()
        font.setPointSize(14)
        font.setBold(True)
        self.setFont(font)
        self._failing = False
        bridge.logFailed.connect(self.show_failure)
        bridge.logRestored.connect(self.show_restored)
        self.hide()

    @property
    def failing(self) -> bool:
        return self._failing

    def show_failure(self, reason: str) -> None:
        """Stay red and in view until the log takes the waiting action."""
        if not self._failing:  # once per outage, for the terminal
            print(f"session-runner: the timing log cannot be written: {reason}", file=sys.stderr)
        self._failing = True
        self._paint(palette.DANGER.name())
        said = self.tr(
            "THE TIMING LOG CANNOT BE WRITTEN (%1): your last action is not applied yet. "
            "The clock keeps counting; the screens show the day as the log has it. Free space on "
            "the log's disk: the action is written, at the time you took it, as soon as it can be "
            "(tried every %2 s)."
        )
        self.setText(fill(said, reason, str(RETRY_MS // 1000)))
        self.show()

    def show_restored(self, count: int) -> None:
        """The log took what waited: say so (the host may close it by pressing on it)."""
        self._failing = False
        print(f"session-runner: the timing log is written again ({count} events that waited)", file=sys.stderr)
        self._paint(palette.OK.name())
        said = self.tr("The timing log is written again: the %1 events that waited are on disk and shown.")
        self.setText(fill(said, str(count)))
        self.show()

    def mousePressEvent(self, event: object) -> None:
        if not self._failing:
            self.hide()

    def _paint(self, background: str) -> None:
        self.setStyleSheet(
            f"#logTrouble {{ background: {background}; color: #ffffff; border-radius: 8px; padding: 10px; }}"
        )

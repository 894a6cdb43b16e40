"""An alert banner that flashes for a few seconds: shared by the host window and the chair view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from runner.ui.base import palette
from runner.ui.base.banner_subject import BannerSubject
from runner.ui.base.timers import QtTimers, Timers
from runner.ui.widgets.accessibility import announce

if TYPE_CHECKING:
    from runner.core.engine import SessionEngine

FLASH_MS, FLASH_STEP_MS = 3000, 250
LEVELS = ("info", "warning", "danger")
# A long alert steps down this many points to stay on one line (a language's longer words at
# 800 px); longer still, it takes a second line.
SHRINK_PT = 3


class AlertBanner(QFrame):
    """A coloured strip with one line of text; hidden until `show_alert`.

    Signals:
        flashToggled(bool): on/off steps of the ~3 s flash, for the owner to flash other widgets.
    """

    flashToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None, point_size: int = 16, timers: Timers | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertBanner")
        self._label = QLabel()
        self._label.setTextFormat(Qt.TextFormat.PlainText)  # alert texts carry agenda titles and names
        self._label.setWordWrap(True)
        font = self._label.font()
        font.setPointSize(point_size)
        font.setBold(True)
        self._label.setFont(font)
        # The level in a word and a sign before the text: never told by the colour alone.
        self._badge = QLabel(textFormat=Qt.TextFormat.PlainText)
        self._badge.setObjectName("alertLevel")
        self._badge.setFont(font)
        self._point_size = point_size
        close = QToolButton(autoRaise=True)
        close.setText("✕")
        close.setToolTip(self.tr("Dismiss this alert"))
        close.setAccessibleName(self.tr("Dismiss this alert"))
        close.setAccessibleDescription(self.tr("Hides the alert; the log keeps it"))
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.clear_alert)
        self._close = close
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 5, 8, 5)  # tight: a small screen needs its height
        layout.addWidget(self._badge)
        layout.addWidget(self._label, 1)
        layout.addWidget(close)
        self._level, self._steps, self._on = "info", 0, False
        self._subject: BannerSubject | None = None
        self._timer = (timers or QtTimers()).timer(self, self._step, repeat=True)
        self.hide()

    @property
    def text(self) -> str:
        return self._label.text()

    @property
    def level(self) -> str:
        return self._level

    @property
    def flashing(self) -> bool:
        return self._timer.is_active()

    @property
    def subject(self) -> BannerSubject | None:
        return self._subject

    def show_alert(self, text: str, level: str = "info", subject: BannerSubject | None = None) -> None:
        """Show `text` at `level` ('info', 'warning' or 'danger') and flash for about 3 s; with a
        `subject`, `follow` takes it down when that subject ends."""
        self._subject = subject
        self._level = level if level in LEVELS else "info"
        self._label.setText(text)
        # Said at once to a screen reader, with its level in words (the colour alone says nothing).
        word = self.level_words()[self._level]
        self._badge.setText(f"{'ℹ' if self._level == 'info' else '⚠'} {word}:")
        spoken = f"{word}: {text}"
        self.setAccessibleDescription(spoken)
        self._steps = FLASH_MS // FLASH_STEP_MS
        self._paint(on=True)
        self.show()
        self._fit()
        announce(self, spoken)  # once shown: said for what is on screen
        self._timer.start(FLASH_STEP_MS)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The largest size, down to `SHRINK_PT` smaller, at which the text is one line."""
        layout = self.layout()
        spacing = layout.spacing() * 2 if layout is not None else 0
        free = self.contentsRect().width() - spacing - self._close.sizeHint().width()
        font = QFont(self._label.font())
        for size in range(self._point_size, self._point_size - SHRINK_PT - 1, -1):
            font.setPointSize(size)
            metrics = QFontMetrics(font)
            room = free - metrics.horizontalAdvance(self._badge.text()) - 4
            if metrics.horizontalAdvance(self._label.text()) <= room:
                break
        if font.pointSize() != self._label.font().pointSize():
            self._label.setFont(font)
            self._badge.setFont(font)

    def follow(self, engine: SessionEngine) -> None:
        """After an engine event: take the banner down if what it was about has ended."""
        if self._subject is not None and not self.isHidden() and self._subject.has_ended(engine):
            self.clear_alert()

    def level_words(self) -> dict[str, str]:
        return {"info": self.tr("Note"), "warning": self.tr("Warning"), "danger": self.tr("Urgent")}

    def clear_alert(self) -> None:
        """Hide the banner and stop any flash."""
        self._subject = None
        self._timer.stop()
        self._paint(on=False)
        self.hide()

    def _step(self) -> None:
        self._steps -= 1
        if self._steps <= 0:
            self._timer.stop()
            self._paint(on=False)
            return
        self._paint(on=not self._on)

    def _paint(self, on: bool) -> None:
        self._on = on
        text = palette.BANNER_TEXT[self._level].name()
        background = (palette.BANNER_FLASH if on else palette.BANNER)[self._level].name()
        self.setStyleSheet(
            f"#alertBanner {{ background: {background}; border-radius: 8px; }}"
            f"#alertBanner QLabel, #alertBanner QToolButton {{ color: {text}; }}"
        )
        self.flashToggled.emit(on)

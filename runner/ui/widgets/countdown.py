"""A big countdown face: renders the remaining time it is given; it keeps no time of its own.

Colour levels (one rule, shared by the host window and the chair view):
- normal: plenty of time;
- warning: the last 2 minutes, or the last 20% of a segment shorter than 10 minutes, and in any
  case from the segment's first alert on (the banner's "ends in 2 min" and the colour agree);
- danger: the last 30 seconds, or the last 10% of a segment shorter than 5 minutes;
- overtime: past the end, counting up with a leading '+' on magenta;
- paused: dimmed grey with "PAUSED"; idle: nothing running.
Each level also says itself in words under the digits (ENDING SOON, FINAL SECONDS, OVERTIME,
PAUSED): a colour is never the only sign, for a colour-blind host or a washed-out projector.

A screen reader hears the time left at each minute mark and when the level changes (an
announcement event and the accessible description), never every second.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from runner.ui.base import palette
from runner.ui.base.formatting import countdown_text, elapsed_text
from runner.ui.base.translations import Translate, qt_translate
from runner.ui.widgets.accessibility import announce

WARNING_S, DANGER_S = 120.0, 30.0
WARNING_SHARE, DANGER_SHARE = 0.2, 0.1


def level_for(
    remaining_s: float | None, allowed_s: float | None = None, paused: bool = False, warning_from_s: float | None = None
) -> str:
    """The face's level: idle, paused, overtime, danger, warning or normal. From `warning_from_s`
    (when the segment's first alert comes, e.g. "Intermission ends in 2 min") it is at least warning."""
    if remaining_s is None:
        return "idle"
    if paused:
        return "paused"
    if remaining_s < 0:
        return "overtime"
    warning, danger = WARNING_S, DANGER_S
    if allowed_s:
        warning, danger = min(warning, allowed_s * WARNING_SHARE), min(danger, allowed_s * DANGER_SHARE)
    warning = max(warning, warning_from_s or 0.0)
    if remaining_s <= danger:
        return "danger"
    return "warning" if remaining_s <= warning else "normal"


class CountdownWidget(QWidget):
    """Paints m:ss or h:mm:ss as large as the widget allows, coloured by level, with a caption.

    Signals:
        announced(str): what a screen reader was told (at a minute mark or a change of level).
    """

    announced = Signal(str)

    def __init__(self, parent: QWidget | None = None, caption_idle: str = "") -> None:
        super().__init__(parent)
        # The window's language (the chair's may differ from the host's); set before the first value.
        self.translate: Translate = qt_translate
        caption_idle = caption_idle or self.tr("Ready")
        self._text, self._level, self._caption = "–:––", "idle", caption_idle
        self._caption_idle = caption_idle
        self._flash = False
        self._spoken: tuple[str, int] | None = None
        self.setAccessibleName(self.tr("Countdown"))
        self.setAccessibleDescription(self.tr("Nothing is running"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 90)

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """In the window's language (`translate`), which the chair's window may set to its own."""
        return self.translate("CountdownWidget", text, disambiguation, n)

    # -- what it shows ---------------------------------------------------------------------------
    def set_value(
        self,
        remaining_s: float | None,
        allowed_s: float | None = None,
        paused: bool = False,
        caption: str = "",
        warning_from_s: float | None = None,
    ) -> None:
        """Show `remaining_s` (negative in overtime; None when nothing runs)."""
        level = level_for(remaining_s, allowed_s, paused, warning_from_s)
        text = "–:––" if remaining_s is None else countdown_text(remaining_s)
        said = self._level_words(level)
        if said:
            caption = said + (f" · {caption}" if caption else "")
        self._show(text, level, caption or (self._caption_idle if remaining_s is None else ""))
        self._announce(remaining_s, level)

    def _level_words(self, level: str) -> str:
        words = {
            "warning": self.tr("ENDING SOON"),
            "danger": self.tr("FINAL SECONDS"),
            "overtime": self.tr("OVERTIME"),
            "paused": self.tr("PAUSED"),
        }
        return words.get(level, "")

    def _announce(self, remaining_s: float | None, level: str) -> None:
        """Tell a screen reader at each minute mark and each change of level; nothing in between."""
        if remaining_s is None:
            minutes = 0
        elif remaining_s >= 0:
            minutes = math.ceil(remaining_s / 60 - 1e-9)
        else:
            minutes = math.floor(-remaining_s / 60 + 1e-9)
        key = (level, 0 if level in ("danger", "idle") else minutes)
        if key == self._spoken:
            return
        self._spoken = key
        text = self._spoken_text(level, minutes, remaining_s)
        self.setAccessibleDescription(text)
        announce(self, text)
        self.announced.emit(text)

    def _spoken_text(self, level: str, minutes: int, remaining_s: float | None) -> str:
        if level == "idle":
            return self.tr("Nothing is running")
        if level == "overtime" and minutes:
            return self.tr("Over time by %n minute(s)", "", minutes)
        if level == "overtime":
            return self.tr("Time is up")
        if level == "danger":
            seconds = math.ceil(remaining_s or 0)
            return self.tr("%n second(s) left", "", seconds)
        left = self.tr("%n minute(s) left", "", minutes)
        return self.tr("Paused, %1").replace("%1", left) if level == "paused" else left

    def set_stale(self, remaining_s: float, caption: str) -> None:
        """Show a time not known to be current (a room out of contact) greyed, as a paused face."""
        self._show(countdown_text(remaining_s), "paused", caption)

    def set_elapsed(self, elapsed_s: float, caption: str = "") -> None:
        """Show time counting up on the quiet face (an untimed speaker's turn)."""
        self._show(elapsed_text(elapsed_s), "idle", caption)

    def set_flash(self, on: bool) -> None:
        """Invert the face (used by alert flashes)."""
        if on != self._flash:
            self._flash = on
            self.update()

    def _show(self, text: str, level: str, caption: str) -> None:
        # Repaint only when the face changes: the bridge ticks once a second, and an idle face
        # (no speaker, nothing running) would otherwise repaint every second for nothing.
        if (text, level, caption) == (self._text, self._level, self._caption):
            return
        self._text, self._level, self._caption = text, level, caption
        self.update()

    @property
    def text(self) -> str:
        return self._text

    @property
    def level(self) -> str:
        return self._level

    @property
    def caption(self) -> str:
        return self._caption

    def sizeHint(self) -> QSize:
        return QSize(360, 180)

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        background, foreground = palette.faces()[self._level]
        if self._flash:
            background, foreground = foreground, background
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 14, 14)
        caption_h = rect.height() * 0.2 if self._caption else 0.0
        digits = QRectF(rect.left(), rect.top(), rect.width(), rect.height() - caption_h)
        # The digits read left to right in every language ('+0:42', never '0:42+' in Arabic);
        # the caption takes the window's direction.
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._draw_text(painter, digits.adjusted(12, 4, -12, 0), self._text, foreground, 0.82, bold=True)
        painter.setLayoutDirection(self.layoutDirection())
        if self._caption:
            below = QRectF(rect.left(), digits.bottom() - rect.height() * 0.04, rect.width(), caption_h)
            self._draw_text(painter, below.adjusted(12, 0, -12, -6), self._caption, _soft(foreground), 0.75)
        painter.end()

    def _draw_text(
        self, painter: QPainter, box: QRectF, text: str, colour: QColor, height_share: float, bold: bool = False
    ) -> None:
        font = QFont(self.font())
        font.setBold(bold)
        font.setPixelSize(_fitting_pixel_size(font, box, _template(text), height_share))
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _template(text: str) -> str:
    """Measure with every digit as '0' so the size does not jitter from one second to the next."""
    return "".join("0" if ch.isdigit() else ch for ch in text)


def _fitting_pixel_size(font: QFont, box: QRectF, text: str, height_share: float) -> int:
    probe = QFont(font)
    probe.setPixelSize(100)
    width = max(QFontMetricsF(probe).horizontalAdvance(text), 1.0)
    by_width = 100 * box.width() * 0.96 / width
    by_height = box.height() * height_share
    return max(8, int(min(by_width, by_height)))


def _soft(colour: QColor) -> QColor:
    soft = QColor(colour)
    soft.setAlphaF(0.85)
    return soft

"""Setting label text and style only when they change, so a tick repaints what moved and no more.

`QLabel.setText` re-lays out its parents whenever the label's size hint may change, and
`setStyleSheet` re-polishes the widget even with the same sheet; on a once-a-second tick both
repainted much of both windows (docs/performance.md).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

# The most a label lays out: one unbroken 60,000-character word in a title froze the window for
# 9 s (Qt measures every glyph of it); no screen shows more than this of one text.
MAX_SHOWN = 400


def set_text(label: QLabel, text: str) -> None:
    """Show `text` (cut at `MAX_SHOWN` characters) unless it is already shown."""
    if len(text) > MAX_SHOWN:
        text = text[: MAX_SHOWN - 1] + "…"
    if label.text() != text:
        label.setText(text)


def set_style(widget: QWidget, sheet: str) -> None:
    """Apply `sheet` unless it is already the widget's style sheet."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def set_ticking_text(label: QLabel, text: str) -> None:
    """Show a one-line text whose digits change every second (a clock) without re-laying out the
    window: the label is held at the size of the text with every digit a '0', re-measured only
    when that shape changes (another zone suffix, a second clock)."""
    if label.text() == text:
        return
    shape = "".join("0" if ch.isdigit() else ch for ch in text)
    if label.property("steadyShape") != shape:
        label.setProperty("steadyShape", shape)
        metrics = label.fontMetrics()
        margins = label.contentsMargins()
        label.setFixedSize(
            metrics.horizontalAdvance(shape) + margins.left() + margins.right() + 4,
            metrics.height() + margins.top() + margins.bottom(),
        )
    label.setText(text)

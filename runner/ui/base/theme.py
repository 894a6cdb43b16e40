"""The themes: the style's own light palette, a dark one (Fusion) for dim control rooms, and a
high-contrast one (black, white, yellow) for low vision or a washed-out screen; and a focus
ring that shows where the keyboard is in every theme."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from runner.ui.base import palette


def apply_dark_palette(app: QApplication) -> None:
    """Switch the whole app to a dark Fusion palette."""
    app.setStyle("Fusion")
    dark = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#1f2328",
        QPalette.ColorRole.WindowText: "#e6edf3",
        QPalette.ColorRole.Base: "#161b22",
        QPalette.ColorRole.AlternateBase: "#1c2128",
        QPalette.ColorRole.Text: "#e6edf3",
        QPalette.ColorRole.Button: "#2d333b",
        QPalette.ColorRole.ButtonText: "#e6edf3",
        QPalette.ColorRole.Highlight: "#2f81f7",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2d333b",
        QPalette.ColorRole.ToolTipText: "#e6edf3",
        QPalette.ColorRole.PlaceholderText: "#7d8590",
    }
    for role, colour in roles.items():
        dark.setColor(role, QColor(colour))
    dark.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6e7681"))
    app.setPalette(dark)


def apply_high_contrast_palette(app: QApplication) -> None:
    """White on black, black on yellow for the selection: every pair well past WCAG AAA (7:1)."""
    app.setStyle("Fusion")
    contrast = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        contrast.setColor(role, black)
    for role in (QPalette.ColorRole.AlternateBase, QPalette.ColorRole.ToolTipBase):
        contrast.setColor(role, QColor("#1a1a1a"))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.ToolTipText,
        QPalette.ColorRole.BrightText,
    ):
        contrast.setColor(role, white)
    contrast.setColor(QPalette.ColorRole.Highlight, yellow)
    contrast.setColor(QPalette.ColorRole.HighlightedText, black)
    contrast.setColor(QPalette.ColorRole.PlaceholderText, QColor("#c0c0c0"))
    contrast.setColor(QPalette.ColorRole.Link, QColor("#00ffff"))
    contrast.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#a0a0a0"))
    app.setPalette(contrast)


def apply_palette(app: QApplication, dark: bool, high_contrast: bool = False) -> None:
    """High contrast (which wins), the dark palette, or the style's own light one."""
    app.setProperty(palette.HIGH_CONTRAST_PROPERTY, high_contrast)
    if high_contrast:
        apply_high_contrast_palette(app)
    elif dark:
        apply_dark_palette(app)
    else:
        app.setPalette(app.style().standardPalette())
    for widget in app.topLevelWidgets():
        widget.update()  # the countdown faces read the theme when they paint


# A ring of the highlight colour around whatever has the keyboard: the style's own focus cue is a
# 1-pixel line or a dotted rectangle, easy to lose on a projector or with low vision.
FOCUS_RING = """
QLineEdit:focus, QComboBox:focus, QAbstractItemView:focus, QAbstractButton:focus {
    border: 2px solid palette(highlight);
}
"""


def show_focus(*widgets: QWidget) -> None:
    """Give each of `widgets` (what takes the keyboard) the focus ring. On those alone, not on
    the whole window: a window's style sheet repolishes every child (~15-25 ms at start)."""
    for widget in widgets:
        widget.setStyleSheet(widget.styleSheet() + FOCUS_RING)

"""The few colours with a meaning (running, warning, danger, overtime), defined once, for the
light, the dark and the high-contrast themes. tests/ui/test_palette_contrast.py checks every
pair of text and background here against WCAG 2.1 AA (4.5:1; 3:1 for large text such as the
countdown's digits). A colour never carries a state alone: a word or a sign says it too."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

CURRENT_ROW = QColor(37, 99, 235, 70)  # translucent blue: readable on light and dark palettes
NEXT_ROW = QColor(37, 99, 235, 25)
# Text on the light theme's white base (each at least 4.5:1 on white).
DANGER = QColor("#c81e1e")
WARNING = QColor("#b45309")
MUTED = QColor("#6b7280")
OK = QColor("#15803d")
# The same meanings on a dark base (#161b22 and the like).
ON_DARK = {
    "danger": QColor("#f87171"),
    "warning": QColor("#fbbf24"),
    "muted": QColor("#9ca3af"),
    "ok": QColor("#4ade80"),
}
ON_LIGHT = {"danger": DANGER, "warning": WARNING, "muted": MUTED, "ok": OK}
HIGH_CONTRAST_PROPERTY = "highContrast"  # a property of the QApplication, set by the theme

# Countdown faces: (background, text) per level.
FACES = {
    "idle": (QColor("#1f2933"), QColor("#9aa5b1")),
    "normal": (QColor("#14532d"), QColor("#f0fdf4")),
    "warning": (QColor("#f59e0b"), QColor("#111827")),
    "danger": (QColor("#c81e1e"), QColor("#ffffff")),
    "overtime": (QColor("#a21caf"), QColor("#ffffff")),
    "paused": (QColor("#374151"), QColor("#d1d5db")),
}
# High contrast: black and white, yellow for warning; the words under the digits say the level.
HIGH_CONTRAST_FACES = {
    "idle": (QColor("#000000"), QColor("#ffffff")),
    "normal": (QColor("#000000"), QColor("#ffffff")),
    "warning": (QColor("#ffff00"), QColor("#000000")),
    "danger": (QColor("#ffffff"), QColor("#000000")),
    "overtime": (QColor("#ff00ff"), QColor("#000000")),
    "paused": (QColor("#000000"), QColor("#ffff00")),
}

# Alert banners: background, its flash step, and the text on both.
BANNER = {"info": QColor("#1d4ed8"), "warning": QColor("#f59e0b"), "danger": QColor("#c81e1e")}
BANNER_FLASH = {"info": QColor("#1e3a8a"), "warning": QColor("#fcd34d"), "danger": QColor("#7f1d1d")}
BANNER_TEXT = {"info": QColor("#ffffff"), "warning": QColor("#111827"), "danger": QColor("#ffffff")}

# The chair's screen (always dark: a projector in a room).
CHAIR = {
    "background": QColor("#0b0f14"),
    "text": QColor("#e5e7eb"),
    "soft": QColor("#9ca3af"),
    "message": QColor("#facc15"),
    "message_text": QColor("#111827"),
    "danger": QColor("#f87171"),
}


def high_contrast() -> bool:
    app = QGuiApplication.instance()
    return bool(app is not None and app.property(HIGH_CONTRAST_PROPERTY))


def faces() -> dict[str, tuple[QColor, QColor]]:
    """The countdown's faces in the theme in use."""
    return HIGH_CONTRAST_FACES if high_contrast() else FACES


def text_colour(meaning: str) -> QColor:
    """'danger', 'warning', 'muted' or 'ok' as text on the window's own base (light or dark)."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return (ON_DARK if base.lightness() < 128 else ON_LIGHT)[meaning]

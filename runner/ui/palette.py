"""The few colours with a meaning (running, warning, danger, overtime), defined once."""

from __future__ import annotations

from PySide6.QtGui import QColor

CURRENT_ROW = QColor(37, 99, 235, 70)  # translucent blue: readable on light and dark palettes
NEXT_ROW = QColor(37, 99, 235, 25)
DANGER = QColor("#dc2626")
WARNING = QColor("#d97706")
OVERTIME = QColor("#c026d3")
MUTED = QColor(128, 128, 128)
OK = QColor("#16a34a")

# Countdown faces: (background, text) per level.
FACES = {
    "idle": (QColor("#1f2933"), QColor("#9aa5b1")),
    "normal": (QColor("#14532d"), QColor("#f0fdf4")),
    "warning": (QColor("#f59e0b"), QColor("#111827")),
    "danger": (QColor("#dc2626"), QColor("#ffffff")),
    "overtime": (QColor("#a21caf"), QColor("#ffffff")),
    "paused": (QColor("#374151"), QColor("#9ca3af")),
}

BANNER = {"info": QColor("#2563eb"), "warning": QColor("#f59e0b"), "danger": QColor("#dc2626")}

"""One room on the organiser's wall: its name, what runs, time left (the countdown's own colours), and
whether it is behind, at risk, offline or silent. Renders a `RoomTile` it is given; keeps no time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from runner.core.room_board import Attention, RoomTile
from runner.ui.base import palette
from runner.ui.base.formatting import isolate, offset_text, projection_text
from runner.ui.widgets.countdown import CountdownWidget
from runner.ui.widgets.steady import set_style, set_text

_BORDER = {Attention.OVER: palette.DANGER, Attention.LOST: palette.MUTED, Attention.BEHIND: palette.WARNING}


class RoomTileWidget(QFrame):
    """A room's tile; `show_tile` updates only the parts that changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomTile")
        self.name_label, self.badge_label = _label(22, bold=True), _label(16, bold=True)
        self.segment_label, self.speaker_label = _label(17), _label(14)
        self.offset_label, self.end_label = _label(16, bold=True), _label(14)
        for label in (self.name_label, self.segment_label, self.speaker_label, self.end_label):
            label.setWordWrap(True)
        self.end_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.countdown = CountdownWidget(caption_idle="")
        self.countdown.setMinimumHeight(90)
        top = QHBoxLayout()
        top.addWidget(self.name_label, 1)
        top.addWidget(self.badge_label, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addWidget(self.offset_label)
        bottom.addWidget(self.end_label, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 12)
        column.addLayout(top)
        column.addWidget(self.segment_label)
        column.addWidget(self.speaker_label)
        column.addWidget(self.countdown, 1)
        column.addLayout(bottom)
        self._border = ""

    def show_tile(self, tile: RoomTile) -> None:
        set_text(self.name_label, tile.name)
        set_text(self.segment_label, tile.segment_title or self._idle_line(tile.status))
        set_text(self.speaker_label, tile.speaker)
        self.speaker_label.setVisible(bool(tile.speaker))
        if tile.remaining_s is not None and (not tile.online or tile.stale):
            # A room not heard from shows its last known time greyed: it may be wrong by now.
            self.countdown.set_stale(tile.remaining_s, self.tr("last known"))
        else:
            self.countdown.set_value(
                tile.remaining_s, tile.allowed_s, tile.paused, self._caption(tile), warning_from_s=tile.warning_s
            )
        set_text(self.badge_label, self._badge(tile))
        set_style(self.badge_label, f"color: {palette.DANGER.name()};" if tile.status != "ended" else "")
        behind = tile.offset_s
        colour = palette.DANGER if behind >= 60 else palette.OK if behind <= -60 else None
        set_text(self.offset_label, offset_text(behind) if tile.status != "ended" else "")
        set_style(self.offset_label, f"color: {colour.name()};" if colour else "")
        set_text(self.end_label, projection_text(tile.projected_end, tile.hard_stop, tile.hard_stop_at_risk))
        set_style(
            self.end_label, f"color: {palette.DANGER.name()}; font-weight: bold;" if tile.hard_stop_at_risk else ""
        )
        colour = _BORDER.get(tile.attention)
        border = f"#roomTile {{ border: 3px solid {colour.name() if colour else '#4b5563'}; border-radius: 10px; }}"
        if border != self._border:
            self._border = border
            self.setStyleSheet(border)
        # The name isolated: a right-to-left name does not reorder the time and the badge after it.
        spoken = f"{isolate(tile.name)}: {self.countdown.accessibleName()} {self.badge_label.text()}".strip()
        if spoken != self.accessibleName():
            self.setAccessibleName(spoken)

    def _badge(self, tile: RoomTile) -> str:
        if not tile.online:
            return self.tr("OFFLINE")
        return self.tr("NO SIGNAL") if tile.stale else ""

    def _caption(self, tile: RoomTile) -> str:
        if tile.status == "idle":
            return self.tr("Not started")
        return self.tr("Day over") if tile.status == "ended" else ""

    def _idle_line(self, status: str) -> str:
        return self.tr("The day is over") if status == "ended" else self.tr("Waiting to start")


def _label(point_size: int, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # room names and titles come from other machines
    font = label.font()
    font.setPointSize(point_size)
    font.setBold(bold)
    label.setFont(font)
    return label

"""The countdown face: text, levels and painting at any size; it keeps no time itself."""

from __future__ import annotations

import pytest

from runner.ui.base.formatting import countdown_text, offset_text
from runner.ui.widgets.countdown import CountdownWidget, level_for


@pytest.mark.parametrize(
    "remaining, text",
    [
        (300, "5:00"),
        (299.2, "5:00"),
        (299.0, "4:59"),
        (0.4, "0:01"),
        (0, "0:00"),
        (-0.5, "+0:00"),
        (-42.7, "+0:42"),
        (3723, "1:02:03"),
        (-3600, "+1:00:00"),
    ],
)
def test_countdown_text(remaining, text):
    assert countdown_text(remaining) == text


@pytest.mark.parametrize(
    "remaining, allowed, paused, level",
    [
        (None, None, False, "idle"),
        (600, 1200, False, "normal"),
        (120, 1200, False, "warning"),
        (30, 1200, False, "danger"),
        (-1, 1200, False, "overtime"),
        (500, 1200, True, "paused"),
        (40, 180, False, "normal"),
        (36, 180, False, "warning"),
        (18, 180, False, "danger"),
    ],
)
def test_levels(remaining, allowed, paused, level):
    assert level_for(remaining, allowed, paused) == level


def test_offset_words():
    assert offset_text(7 * 60 + 10) == "7 min behind"
    assert offset_text(-125) == "2 min ahead"
    assert offset_text(20) == "on time"


@pytest.mark.parametrize("size", [(160, 90), (1280, 500)])
def test_face_paints_at_any_size(qtbot, size):
    face = CountdownWidget()
    qtbot.addWidget(face)
    face.resize(*size)
    face.set_value(-65, 300)
    assert (face.text, face.level, face.caption) == ("+1:05", "overtime", "OVERTIME")
    image = face.grab().toImage()
    assert image.width() == size[0]
    face.set_value(200, 300, paused=True)
    assert face.caption.startswith("PAUSED")
    face.grab()

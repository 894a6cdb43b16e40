"""Every colour pair with a meaning meets WCAG 2.1 AA: 4.5:1 for text, 3:1 for large text (the
countdown's digits, 14 pt bold and up), in the light, dark and high-contrast themes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from runner.ui.base import palette
from runner.ui.base.theme import FOCUS_RING, apply_palette

TEXT, LARGE = 4.5, 3.0
LIGHT_BASE, DARK_BASE = QColor("#ffffff"), QColor("#161b22")  # the style's white, the dark theme's base


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_measure_is_wcags_own() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("faces", [palette.FACES, palette.HIGH_CONTRAST_FACES], ids=["standard", "high-contrast"])
def test_countdown_faces_and_their_captions_are_readable(faces) -> None:
    for level, (background, text) in faces.items():
        assert contrast(background, text) >= TEXT, level  # the caption is small text on the same face


def test_alert_banners_are_readable_steady_and_while_flashing() -> None:
    for level in palette.BANNER:
        for background in (palette.BANNER[level], palette.BANNER_FLASH[level]):
            assert contrast(background, palette.BANNER_TEXT[level]) >= TEXT, level


@pytest.mark.parametrize("base, colours", [(LIGHT_BASE, palette.ON_LIGHT), (DARK_BASE, palette.ON_DARK)])
def test_meaningful_text_on_each_themes_base(base, colours) -> None:
    for meaning, colour in colours.items():
        assert contrast(base, colour) >= TEXT, meaning


def test_the_chairs_screen() -> None:
    chair = palette.CHAIR
    for name in ("text", "soft", "danger"):
        assert contrast(chair["background"], chair[name]) >= TEXT, name
    assert contrast(chair["message"], chair["message_text"]) >= TEXT


def test_high_contrast_is_a_theme_the_faces_follow(qapp) -> None:
    try:
        apply_palette(qapp, dark=False, high_contrast=True)
        assert palette.faces() is palette.HIGH_CONTRAST_FACES
        window, text = (
            qapp.palette().color(qapp.palette().ColorRole.Window),
            qapp.palette().color(qapp.palette().ColorRole.WindowText),
        )
        assert contrast(window, text) >= 7.0  # AAA
        assert palette.text_colour("danger") == palette.ON_DARK["danger"]
    finally:
        apply_palette(qapp, dark=False, high_contrast=False)
    assert palette.faces() is palette.FACES
    assert "palette(highlight)" in FOCUS_RING

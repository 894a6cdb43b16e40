"""Arabic: the windows mirrored, times kept left to right, Latin names and titles in their own
direction inside right-to-left text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from runner.ui.base.formatting import FSI, PDI, fill, offset_text
from runner.ui.base.translations import install_language
from runner.ui.console.rundown_model import TITLE
from runner.ui.widgets.countdown import CountdownWidget


@pytest.fixture
def arabic(qapp: QApplication):
    font = qapp.font()  # Arabic puts Noto first in the app's font; later tests measure English text
    install_language(qapp, "ar")
    yield qapp
    install_language(qapp, "en")
    qapp.setFont(font)


def test_values_inside_an_arabic_sentence_are_isolated_and_english_is_untouched() -> None:
    assert fill("التالي: %1", "Mr Vint Cerf") == f"التالي: {FSI}Mr Vint Cerf{PDI}"
    assert fill("Next: %1", "Mr Vint Cerf") == "Next: Mr Vint Cerf"
    assert fill("%1 — %2", "a %2 b", "c") == "a %2 b — c"  # a value is never filled in again
    arabic_minutes = lambda context, text, disambiguation=None, n=-1: {"%1 behind": "متأخر %1"}.get(
        text, text.replace("%n", str(n))
    )
    assert offset_text(7 * 60, arabic_minutes) == f"متأخر {FSI}7 min{PDI}"


def test_the_countdown_digits_read_left_to_right_in_a_mirrored_window(qtbot) -> None:
    faces = []
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        face = CountdownWidget()
        qtbot.addWidget(face)
        face.setLayoutDirection(direction)
        face.resize(360, 180)
        face.set_value(-42.0)  # '+0:42' in overtime
        face._caption = ""  # the digits alone: the caption is meant to follow the window
        faces.append(face.grab().toImage())
    assert faces[0] == faces[1]


def test_the_console_is_mirrored_and_latin_titles_keep_their_direction(arabic, console) -> None:
    assert console.host.layoutDirection() == Qt.LayoutDirection.RightToLeft
    title = console.host.model.index(0, TITLE).data()
    assert title == f"{FSI}Opening{PDI}"

"""The host window on an 800x600 screen under a title bar (issue 14, item 8): at most 800x560, with
the countdown, the running and the next segment and their status in sight, and the whole toolbar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication, QSplitter, QToolBar, QWidget

from runner.ui.base.translations import install_language
from runner.ui.console.rundown_model import ACTUAL_START, PLANNED, SPEAKERS, STATUS


def on_screen(window: QWidget, widget: QWidget) -> bool:
    """Shown, not squashed, and wholly inside the window."""
    box = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return widget.isVisible() and widget.height() >= 10 and window.rect().contains(box)


def column_in_view(table, column: int) -> bool:
    left = table.columnViewportPosition(column)
    return (
        not table.isColumnHidden(column) and left >= 0 and left + table.columnWidth(column) <= table.viewport().width()
    )


def fits_800x560_with_a_long_alert_up(qtbot, host) -> None:
    """The host's checks at 800x560: nothing clipped, the countdown tall, the list's columns in view."""
    qtbot.keyClick(host.table, Qt.Key.Key_Space)
    qtbot.keyClick(host.table, Qt.Key.Key_Space)  # Digital public goods runs, its speakers' list up
    host.show_alert("Day projected to end at 12:04, 4 min past the 12:00 hard stop", "danger")
    host.resize(800, 560)
    hint = host.minimumSizeHint()
    assert hint.width() <= 800 and hint.height() <= 560, hint
    assert (host.width(), host.height()) == (800, 560)
    for widget in (host.countdown, host.title_label, host.next_label, host.offset_label, host.end_label, host.banner):
        assert on_screen(host, widget), widget
    assert host.countdown.height() >= 90
    for column in (PLANNED, STATUS):
        assert column_in_view(host.table, column)
    assert host.table.isColumnHidden(SPEAKERS)  # the now panel names the speakers instead
    toolbar = host.findChild(QToolBar, "sessionToolbar")
    extension = toolbar.findChild(QWidget, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()  # no '»' hiding buttons


def test_fits_800x560_with_a_long_alert_up(qtbot, console):
    host = console.host
    fits_800x560_with_a_long_alert_up(qtbot, host)
    assert host.title_label.text() == "Digital public goods" and host.next_label.text().startswith("Next ≈")


@pytest.fixture(params=["ar", "zh", "ru", "es", "fr"])
def language(request, qapp: QApplication):
    """The app in another UN language for one test (installed before the console is built)."""
    if request.param == "ar" and "Noto Sans Arabic UI" not in QFontDatabase.families():
        pytest.skip("Noto Sans Arabic UI is not installed (fonts-noto-ui-core; CI installs it)")
    font = qapp.font()
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")
    qapp.setFont(font)


def test_fits_800x560_in_arabic_chinese_russian_spanish_and_french_too(qtbot, language, console):
    host = console.host
    fits_800x560_with_a_long_alert_up(qtbot, host)
    for toolbar in host.findChildren(QToolBar):  # Russian and Spanish: two rows of buttons, none hidden
        extension = toolbar.findChild(QWidget, "qt_toolbar_ext_button")
        assert extension is None or not extension.isVisible(), toolbar.objectName()
    assert host.windowTitle() and host.layoutDirection() == (
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )


def test_arabic_text_is_set_in_the_ui_cut_of_noto_where_it_is_installed(qtbot, qapp):
    # As the `language` fixture does: a machine with Noto Sans Arabic but not its UI cut (no
    # fonts-noto-ui-core) sets Arabic in the other one, which is no fault of the app (issue 24).
    if "Noto Sans Arabic UI" not in QFontDatabase.families():
        pytest.skip("Noto Sans Arabic UI is not installed (fonts-noto-ui-core; CI installs it)")
    font = qapp.font()
    install_language(qapp, "ar")
    try:
        family = QFontInfo(qapp.font()).family()
        assert family == "Noto Sans Arabic UI"  # Latin line metrics: the console as tall as in English
    finally:
        install_language(qapp, "en")
        qapp.setFont(font)


def test_a_wide_window_shows_the_speakers_column_again(qtbot, console):
    console.host.resize(1280, 800)
    assert not console.host.table.isColumnHidden(SPEAKERS)


def test_narrower_still_the_actual_start_gives_way_before_the_status(qtbot, console):
    host = console.host
    qtbot.keyClick(host.table, Qt.Key.Key_Space)
    host.resize(host.minimumSizeHint().width(), 560)
    sizes = host.findChild(QSplitter).sizes()
    host.findChild(QSplitter).setSizes([sizes[0] - 20, sizes[1] + 20])  # the host drags the splitter left
    for column in (PLANNED, STATUS):
        assert column_in_view(host.table, column)
    assert host.table.isColumnHidden(ACTUAL_START)


def test_the_room_for_the_columns_is_the_viewport_s_width_with_or_without_a_scroll_bar(qtbot, console):
    table = console.host.table
    table.setParent(None)  # on its own, to be sized freely
    qtbot.addWidget(table)
    table.show()
    qtbot.waitExposed(table)
    bar_shown = set()
    for width, height in ((800, 560), (500, 120), (1280, 2000), (300, 90), (700, 800)):
        table.resize(width, height)
        assert table._viewport_width() == table.viewport().width(), (width, height)
        bar_shown.add(table.verticalScrollBar().isVisible())
    assert bar_shown == {True, False}

"""The chair's screen follows the same snapshots as the host window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption

from runner.ui.base.formatting import NO_BREAK_SPACE, WORD_JOINER
from tests.ui.conftest import ARABIC, CHINESE, RUSSIAN


def key(qtbot, console, key, widget=None):
    qtbot.keyClick(widget if widget is not None else console.host.table, key)


def test_chair_shows_the_same_time_and_what_comes_next(qtbot, console, clock):
    key(qtbot, console, Qt.Key.Key_Space)
    clock.advance(100)
    console.bridge.refresh()
    chair = console.chair
    assert chair.countdown.text == console.host.countdown.text == "3:20"
    assert chair.labels["title"].text() == "Opening"
    assert read(chair.labels["speaker"]) == "Mr. Hochschild"
    assert "Digital public goods" in chair.labels["next"].text()
    assert "≈ 09:05" in chair.labels["next"].text()
    assert "on time" in chair.labels["day"].text()


def test_chair_before_the_start_shows_what_is_coming(console):
    assert console.chair.labels["title"].text() == "Coming up: Opening"
    assert console.chair.countdown.level == "idle"


def test_host_message_reaches_the_chair(qtbot, console):
    key(qtbot, console, Qt.Key.Key_M)
    box = console.host.message_box
    assert box.hasFocus() or box.lineEdit().hasFocus()
    qtbot.keyClicks(box.lineEdit(), "Please wrap up")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert console.chair.message == "Please wrap up"
    assert not console.bridge.engine.started  # 'P' and ' ' were text, not shortcuts
    box.lineEdit().clear()
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)  # empty clears
    assert console.chair.message == ""


def test_chair_shows_now_and_next_speaker(qtbot, console, clock):
    key(qtbot, console, Qt.Key.Key_Space)
    key(qtbot, console, Qt.Key.Key_Space)
    clock.advance(48)
    console.bridge.refresh()
    # The next names on the list, not only the next one (issue 14, item 11).
    assert read(console.chair.labels["speakers"]) == f"Now: {ARABIC} 2:12 left · Next: {CHINESE}, {RUSSIAN}"
    key(qtbot, console, Qt.Key.Key_Right)
    assert read(console.chair.labels["speakers"]) == f"Now: {CHINESE} 3:00 left · Next: {RUSSIAN}"


def read(label) -> str:
    """A label's text as it reads (the word joiners that keep a name on one line are silent)."""
    return label.text().replace(WORD_JOINER, "").replace(NO_BREAK_SPACE, " ")


def wrapped_lines(label, width: int) -> list[str]:
    """The lines a word-wrapping label shows its text in at `width` pixels."""
    layout = QTextLayout(label.text(), label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(label.text()[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_the_chairs_view_never_breaks_a_line_inside_a_name(qtbot, console):
    """Issue 24: the chair's view split "王毅" across two lines. At every width its lines break at
    spaces and separators between names, never inside one (nor inside the Russian or the Arabic one)."""
    console.chair.show()
    key(qtbot, console, Qt.Key.Key_Space)
    key(qtbot, console, Qt.Key.Key_Space)  # Now: أمينة محمد · Next: 王毅, Сергей Лавров
    label = console.chair.labels["speakers"]
    assert label.wordWrap() and CHINESE in read(label)
    widths = range(40, 2 * label.fontMetrics().horizontalAdvance(label.text()), 3)
    for width in widths:
        lines = [line.replace(WORD_JOINER, "").replace(NO_BREAK_SPACE, " ") for line in wrapped_lines(label, width)]
        for name in (CHINESE, RUSSIAN, ARABIC):
            assert any(name in line for line in lines), (width, lines)
    key(qtbot, console, Qt.Key.Key_Right)  # 王毅 speaking: the name before its time left
    assert read(label).startswith(f"Now: {CHINESE} 3:00 left")
    for width in widths:
        assert any(CHINESE in line.replace(WORD_JOINER, "") for line in wrapped_lines(label, width)), width


def test_chair_overtime_counts_up(qtbot, console, clock):
    key(qtbot, console, Qt.Key.Key_Space)
    clock.advance(5 * 60 + 42)
    console.bridge.refresh()
    assert console.chair.countdown.text == "+0:42"
    assert console.chair.countdown.level == "overtime"


def test_c_toggles_the_chair_and_alerts_show_there_too(qtbot, console):
    key(qtbot, console, Qt.Key.Key_C)
    assert console.chair.isVisible()
    console.chair.show_alert("Hard stop in 5 minutes", "danger")
    assert console.chair.banner.isVisible() and console.chair.banner.level == "danger"
    console.chair.clear_alert()
    assert not console.chair.banner.isVisible()
    key(qtbot, console, Qt.Key.Key_C)
    assert not console.chair.isVisible()


def test_chair_goes_full_screen_on_a_chosen_screen(qtbot, console):
    screen = console.host.screen()
    console.chair.show_fullscreen_on(screen)
    assert console.chair.isFullScreen() and console.chair.screen() is screen


def test_f11_in_the_host_window_puts_the_chair_full_screen_and_back(qtbot, console, settings):
    key(qtbot, console, Qt.Key.Key_F11)
    chair = console.chair
    qtbot.waitUntil(chair.isFullScreen)
    assert chair.isVisible() and chair.screen() is console.host.screen()  # one screen: the host's
    assert settings.chair_screen == chair.screen().name()  # remembered for the next start
    key(qtbot, console, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not chair.isFullScreen())
    assert chair.isVisible()


def test_chair_shows_the_time_of_day(qtbot, console, clock):
    key(qtbot, console, Qt.Key.Key_C)
    clock.advance(125)
    console.bridge.refresh()
    assert console.chair.labels["clock"].text() == "09:02"
    assert console.chair.labels["clock"].isVisible()


def test_after_the_day_is_over_no_ahead_and_no_empty_list_hint(qtbot, console, clock):
    key(qtbot, console, Qt.Key.Key_Space)
    clock.advance(60)
    qtbot.keyClick(console.host.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # End day, confirmed
    snapshot = console.bridge.refresh()
    assert snapshot.finished
    assert console.chair.labels["day"].text() == "Day over\nEnded at 09:01"
    assert "ahead" not in console.host.offset_label.text() and console.host.offset_label.text() == "Day over"
    assert console.host.end_label.text() == "Ended at 09:01"
    assert "No speakers' list" not in console.host.speakers.now_label.text()

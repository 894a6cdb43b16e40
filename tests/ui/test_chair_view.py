"""The chair's screen follows the same snapshots as the host window."""

from __future__ import annotations

from PySide6.QtCore import Qt

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
    assert chair.labels["speaker"].text() == "Mr. Hochschild"
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
    assert console.chair.labels["speakers"].text() == f"Now: {ARABIC} 2:12 left · Next: {CHINESE}, {RUSSIAN}"
    key(qtbot, console, Qt.Key.Key_Right)
    assert console.chair.labels["speakers"].text() == f"Now: {CHINESE} 3:00 left · Next: {RUSSIAN}"


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

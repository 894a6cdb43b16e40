"""After Enter in a text box, and on Escape, the keyboard goes back to the console (issue 14, item 1)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from runner.core.events import EventType


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as the host presses it: to whatever has the keyboard now."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_m_message_enter_then_p_pauses_instead_of_typing(qtbot, console):
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_M)
    assert console.host.message_box.lineEdit().hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "Two minutes left")
    press(qtbot, Qt.Key.Key_Return)
    assert console.chair.message == "Two minutes left"
    press(qtbot, Qt.Key.Key_P)
    assert console.bridge.engine.paused
    assert console.host.message_box.currentText() == "Two minutes left"  # no 'p' typed, no completion
    assert console.host.table.hasFocus()


def test_escape_leaves_the_message_box_and_space_acts(qtbot, console):
    press(qtbot, Qt.Key.Key_M)
    qtbot.keyClicks(QApplication.focusWidget(), "Ple")  # the box completes it to "Please wrap up"
    press(qtbot, Qt.Key.Key_Escape)
    assert console.host.table.hasFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert console.bridge.engine.current == 0
    assert console.chair.message == ""  # Escape sends nothing


def test_note_enter_then_p_pauses(qtbot, console):
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_N)
    qtbot.keyClicks(QApplication.focusWidget(), "Mic check")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_P)
    engine = console.bridge.engine
    assert [e.data["text"] for e in engine.events if e.type == EventType.NOTE] == ["Mic check"]
    assert engine.paused


def test_speaker_enter_then_right_gives_the_floor(qtbot, console):
    press(qtbot, Qt.Key.Key_Space)
    console.host.speakers.name_edit.setFocus()
    qtbot.keyClicks(console.host.speakers.name_edit, "Ms Spatolisano")
    press(qtbot, Qt.Key.Key_Return)
    assert console.host.table.hasFocus()
    press(qtbot, Qt.Key.Key_Right)
    assert console.bridge.snapshot().current_speaker.name == "Ms Spatolisano"


def test_escape_in_the_speaker_limit_box_goes_home(qtbot, console):
    console.host.speakers.limit_edit.setFocus()
    qtbot.keyClicks(console.host.speakers.limit_edit, "3m")
    press(qtbot, Qt.Key.Key_Escape)
    assert console.host.table.hasFocus()

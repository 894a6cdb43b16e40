"""A text box keeps the keyboard while the host types; the console's keys act only when it has it
(issue 24, item 1). Every key goes to whatever has the keyboard, as a host's would."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from runner.core.events import EventType
from runner.ui.console.actions import Action
from runner.ui.console.keyboard import TYPING_MOMENT_MS

# What a key that reached the console by mistake would leave in the log.
CONSOLE_ACTIONS = {
    EventType.START,
    EventType.END,
    EventType.PAUSE,
    EventType.RESUME,
    EventType.ADJUST,
    EventType.SKIP,
    EventType.BACK,
    EventType.HOLD,
    EventType.RELEASE,
    EventType.MESSAGE,
    EventType.NOTE,
    EventType.DAY_END,
}


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as the host presses it: to whatever has the keyboard now."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def type_text(qtbot, text: str) -> None:
    """Typed at full speed, key by key, each to whatever has the keyboard at that instant."""
    keys = {"\n": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab}
    for char in text:
        if char in keys:
            press(qtbot, keys[char])
        else:
            qtbot.keyClicks(QApplication.focusWidget(), char)


def actions_since(engine, count: int) -> list:
    return [e for e in engine.events[count:] if e.type in CONSOLE_ACTIONS]


def test_names_typed_at_full_speed_run_no_console_action(qtbot, console):
    engine = console.bridge.engine
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Space)  # the segment with a speakers' list runs
    before = len(engine.events)
    press(qtbot, Qt.Key.Key_A)
    assert console.host.speakers.name_edit.hasFocus()
    type_text(qtbot, "Ana Silva\nBen Okafor\t1m\nS N M 1m")
    assert actions_since(engine, before) == []
    added = [e.data for e in engine.events[before:] if e.type is EventType.SPEAKER]
    assert [(d["name"], d["limit_s"]) for d in added] == [("Ana Silva", None), ("Ben Okafor", 60.0)]
    assert console.host.speakers.name_edit.text() == "S N M 1m"  # still in the box, not acted on
    assert console.chair.message == ""
    assert console.host.keyboard.typing
    assert console.host.keys_label.text().startswith("⌨")


def test_keys_right_after_enter_in_the_note_box_stay_text(qtbot, console):
    engine = console.bridge.engine
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_N)
    before = len(engine.events)
    type_text(qtbot, "Mic check\nSpeaker 2 late")
    assert [e.data["text"] for e in actions_since(engine, before)] == ["Mic check"]
    assert console.host.notes_edit.text() == "Speaker 2 late"
    assert console.host.notes_edit.hasFocus()


def test_after_a_quiet_moment_the_keyboard_goes_back_and_p_pauses(qtbot, console, timers):
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_M)
    assert console.host.message_box.lineEdit().hasFocus()
    type_text(qtbot, "Two minutes left\n")
    assert console.chair.message == "Two minutes left"
    timers.advance(TYPING_MOMENT_MS / 1000 + 0.1)
    assert console.host.table.hasFocus()
    assert not console.host.keyboard.typing
    assert console.host.keys_label.text() == "Keys: console"
    press(qtbot, Qt.Key.Key_P)
    assert console.bridge.engine.paused
    assert console.host.message_box.currentText() == "Two minutes left"  # no 'p' typed


def test_escape_leaves_the_message_box_and_space_acts(qtbot, console):
    press(qtbot, Qt.Key.Key_M)
    type_text(qtbot, "Ple")  # the box completes it to "Please wrap up"
    press(qtbot, Qt.Key.Key_Escape)
    assert console.host.table.hasFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert console.bridge.engine.current == 0
    assert console.chair.message == ""  # Escape sends nothing


def test_speakers_box_keeps_the_keyboard_until_escape_then_right_gives_the_floor(qtbot, console):
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_A)
    type_text(qtbot, "Ms Spatolisano\n")
    assert console.host.speakers.name_edit.hasFocus()
    assert console.host.speakers.name_edit.text() == ""
    press(qtbot, Qt.Key.Key_Escape)
    assert console.host.table.hasFocus()
    press(qtbot, Qt.Key.Key_Right)
    assert console.bridge.snapshot().current_speaker.name == "Ms Spatolisano"


def test_a_click_on_the_rundown_gives_the_keyboard_back(qtbot, console):
    press(qtbot, Qt.Key.Key_N)
    type_text(qtbot, "half a note")
    table = console.host.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
    assert table.hasFocus()
    assert not console.host.keyboard.typing
    press(qtbot, Qt.Key.Key_Space)
    assert console.bridge.engine.current is not None


def test_escape_in_the_speaker_limit_box_goes_home(qtbot, console):
    console.host.speakers.limit_edit.setFocus()
    type_text(qtbot, "3m")
    press(qtbot, Qt.Key.Key_Escape)
    assert console.host.table.hasFocus()


def test_single_keys_are_off_while_typing_and_menus_still_work(qtbot, console):
    actions = console.host.actions_
    press(qtbot, Qt.Key.Key_N)
    assert actions[Action.START_NEXT].shortcuts() == []
    assert [k.toString() for k in actions[Action.BACK].shortcuts()] == ["Ctrl+Left"]
    actions[Action.START_NEXT].trigger()  # the menu's Start / Next, by mouse, still acts
    assert console.bridge.engine.current == 0
    press(qtbot, Qt.Key.Key_Escape)
    assert [k.toString() for k in actions[Action.START_NEXT].shortcuts()] == ["Space"]

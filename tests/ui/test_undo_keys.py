"""Ctrl+Z and Ctrl+Shift+Z in the host's console, by keys as a host presses them (issue 24, item 2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from runner.core import i18n
from runner.core.engine import RunStatus
from runner.core.events import EventType
from runner.core.timing_log import TimingLog
from runner.ui.base.translations import install_language

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as the host presses it: to whatever has the keyboard now (under a window manager, once
    it has given the window the keyboard)."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_space_then_ctrl_z_leaves_the_segment_running_and_the_log_holds_both(qtbot, console, timers):
    engine = console.bridge.engine
    press(qtbot, Qt.Key.Key_Space)  # 'Opening' starts
    timers.advance(120)
    press(qtbot, Qt.Key.Key_Space)  # the stray Space
    timers.advance(3)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert engine.current == 0 and engine.runs[1].status is RunStatus.NOT_STARTED
    snapshot = console.bridge.refresh()
    assert snapshot.current == 0 and round(snapshot.elapsed_s) == 123  # its own time ran on
    assert console.host.statusBar().currentMessage() == "Undone: Start of 'Digital public goods'"
    assert "Undone: Start of 'Digital public goods'" in console.host.notices.text()  # in the window too
    host = [(e.type, e.payload.command) for e in engine.events if e.payload.command or e.type is EventType.UNDO]
    assert host == [
        (EventType.START, "start_next"),
        (EventType.SPEAKER, "start_next"),  # Mr. Hochschild has the floor
        (EventType.END, "start_next"),
        (EventType.START, "start_next"),
        (EventType.SPEAKER, "start_next"),
        (EventType.UNDO, None),
    ]
    assert engine.events[-1].payload.withdraws[:3] == [3, 4, 5]
    logged = TimingLog.read(console.session.log_path)
    assert [item.event.type for item in logged.events()][-1] is EventType.UNDO  # on disk before it showed
    logged.close()

    press(qtbot, Qt.Key.Key_Z, CTRL_SHIFT)
    assert engine.current == 1
    assert console.host.statusBar().currentMessage() == "Redone: Start of 'Digital public goods'"
    assert "Redone:" in console.host.notices.text() and "Undone:" not in console.host.notices.text()
    press(qtbot, Qt.Key.Key_P)  # the host goes on: the line goes
    assert "Redone:" not in console.host.notices.text()


def test_ctrl_z_in_a_text_box_takes_back_typing_not_the_day(qtbot, console):
    engine = console.bridge.engine
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_N)
    qtbot.keyClicks(QApplication.focusWidget(), "Mic check")
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert console.host.notes_edit.text() != "Mic check"
    assert engine.current == 0 and EventType.UNDO not in [e.type for e in engine.events]


def test_undo_from_the_menu_and_the_control_api_and_nothing_left_to_undo(qtbot, console):
    from runner.ui.console.actions import Action

    engine = console.bridge.engine
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_S)  # skip the next
    assert engine.runs[1].status is RunStatus.SKIPPED
    console.host.control("undo")  # a Stream Deck's button: the same action
    assert engine.runs[1].status is RunStatus.NOT_STARTED
    assert console.host.statusBar().currentMessage() == "Undone: Skip 'Digital public goods'"
    console.host.actions_[Action.UNDO].trigger()  # Session → Undo
    assert not engine.started
    console.host.actions_[Action.UNDO].trigger()
    assert console.host.statusBar().currentMessage() == "Nothing to undo"


def test_the_undone_line_is_in_the_screens_language(qtbot, console, qapp):
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Equal)  # +1 min
    install_language(qapp, "fr")
    i18n.use(i18n.load_catalogue("fr"))  # the screens' language, as the app sets it at start
    try:
        press(qtbot, Qt.Key.Key_Z, CTRL)
        assert console.host.statusBar().currentMessage() == "Annulé : +1 min sur « Opening »"
    finally:
        i18n.use(i18n.load_catalogue("en"))
        install_language(qapp, "en")


def test_ctrl_z_takes_back_an_accepted_recovery_plan(qtbot, console, clock, timers):
    from runner.core.projection import project

    host, editor, engine = console.host, console.host.editor, console.session.engine
    press(qtbot, Qt.Key.Key_Space)
    timers.jump(15 * 60)  # the 5-minute opening has run ten minutes over: the day ends 10:10
    lengths = [run.segment.duration for run in engine.runs]
    press(qtbot, Qt.Key.Key_R, CTRL)  # accept the plan on offer
    assert editor.plan_label.text().startswith("✓ Plan 1 accepted")
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert host.statusBar().currentMessage() == "Undone: Accepting recovery plan 1"
    assert [run.segment.duration for run in engine.runs] == lengths
    assert project(engine, clock.monotonic(), clock.now()).hard_stop_at_risk
    console.bridge.refresh()
    assert not editor.plan_label.text().startswith("✓")  # no longer said to be accepted

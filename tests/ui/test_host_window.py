"""The host window driven by keys and clicks over a fake clock, as a host would use it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from runner.core.events import EventType
from runner.ui.console.rundown_model import ACTUAL_START, LENGTH, STATUS


def key(qtbot, console, key, modifier=Qt.KeyboardModifier.NoModifier, widget=None):
    qtbot.keyClick(widget if widget is not None else console.host.table, key, modifier)


def tick(console, clock, seconds):
    clock.advance(seconds)
    return console.bridge.refresh()


def cell(console, row, column):
    model = console.host.model
    return model.data(model.index(row, column))


def test_title_names_the_agenda_day_and_leaves_the_app_name_to_the_window_system(console):
    # Qt adds the application's display name ("— Session Runner") itself: it was there twice.
    assert console.host.windowTitle() == "Dialogue on Implementation of the Roadmap — Fri 12 June 2020"
    assert console.chair.windowTitle() == "Chair — Dialogue on Implementation of the Roadmap"


def test_space_starts_and_the_countdown_follows_the_clock(qtbot, console, clock):
    key(qtbot, console, Qt.Key.Key_Space)
    assert console.host.countdown.text == "5:00"
    assert console.host.title_label.text() == "Opening"
    tick(console, clock, 65)
    assert console.host.countdown.text == "3:55"
    assert cell(console, 0, LENGTH) == "1:05"


def test_p_pauses_and_the_countdown_holds(qtbot, console, clock):
    key(qtbot, console, Qt.Key.Key_Space)
    tick(console, clock, 10)
    key(qtbot, console, Qt.Key.Key_P)
    tick(console, clock, 120)
    assert console.host.countdown.text == "4:50"
    assert console.host.countdown.level == "paused"
    assert "PAUSED" in console.host.countdown.caption
    key(qtbot, console, Qt.Key.Key_P)
    tick(console, clock, 5)
    assert console.host.countdown.text == "4:45"


def test_plus_and_minus_adjust_the_running_segment(qtbot, console):
    key(qtbot, console, Qt.Key.Key_Space)
    key(qtbot, console, Qt.Key.Key_Plus)
    assert console.host.countdown.text == "6:00"
    key(qtbot, console, Qt.Key.Key_Equal)
    key(qtbot, console, Qt.Key.Key_Minus)
    assert console.host.countdown.text == "6:00"
    assert [e.data["seconds"] for e in console.bridge.engine.events if e.type == EventType.ADJUST] == [60, 60, -60]


def test_space_moves_on_and_the_first_row_shows_what_happened(qtbot, console, clock):
    tick(console, clock, 60)
    key(qtbot, console, Qt.Key.Key_Space)
    tick(console, clock, 330)
    key(qtbot, console, Qt.Key.Key_Space)
    assert cell(console, 0, STATUS) == "done"
    assert cell(console, 0, ACTUAL_START) == "09:01"
    assert cell(console, 0, LENGTH) == "5:30 ⚠"  # 30 s over its 5 minutes: a sign besides the colour
    assert cell(console, 1, STATUS) == "running"
    assert console.host.offset_label.text() == "1 min behind"


def test_back_reopens_the_previous_segment(qtbot, console, clock):
    key(qtbot, console, Qt.Key.Key_Space)
    tick(console, clock, 30)
    key(qtbot, console, Qt.Key.Key_Space)
    key(qtbot, console, Qt.Key.Key_Backspace)
    assert cell(console, 0, STATUS) == "running"
    assert cell(console, 1, STATUS) == "next"


def test_skip_and_jump(qtbot, console):
    key(qtbot, console, Qt.Key.Key_Space)
    key(qtbot, console, Qt.Key.Key_S)
    assert cell(console, 1, STATUS) == "skipped"
    console.host.table.selectRow(3)
    key(qtbot, console, Qt.Key.Key_Return)
    assert cell(console, 3, STATUS) == "running"
    assert console.host.title_label.text() == "Closing"
    console.host.table.selectRow(2)
    key(qtbot, console, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert cell(console, 2, STATUS) == "running"


def test_refusals_go_to_the_status_bar(qtbot, console):
    key(qtbot, console, Qt.Key.Key_P)
    assert console.host.statusBar().currentMessage() == "No segment is running"


def test_letters_typed_in_the_notes_box_are_text_not_shortcuts(qtbot, console):
    key(qtbot, console, Qt.Key.Key_Space)
    notes = console.host.notes_edit
    notes.setFocus()
    qtbot.keyClicks(notes, "Speaker asks PMS to mute - slides = 3 ")
    assert notes.text() == "Speaker asks PMS to mute - slides = 3 "
    engine = console.bridge.engine
    assert not engine.paused and engine.current == 0 and engine.runs[1].status.value == "not_started"
    assert not console.chair.isVisible()
    key(qtbot, console, Qt.Key.Key_Return, widget=notes)
    notes_recorded = [e.data["text"] for e in engine.events if e.type == EventType.NOTE]
    assert notes_recorded == ["Speaker asks PMS to mute - slides = 3"]
    assert notes.text() == ""


def test_shortcuts_work_with_focus_in_the_table(qtbot, console):
    assert console.host.table.hasFocus()
    key(qtbot, console, Qt.Key.Key_Space)
    key(qtbot, console, Qt.Key.Key_P)
    assert console.bridge.engine.paused


def test_help_lists_every_shortcut(qtbot, console):
    key(qtbot, console, Qt.Key.Key_F1)
    assert console.host.help_panel.isVisible()
    listed = " ".join(console.host.help_panel.keys_listed())
    for keys in ("Space", "P", "Right", "Left", "Backspace", "Ctrl+Q", "F11", "Ctrl+M", "F1"):
        assert keys in listed


def test_mute_toggles_and_is_remembered(qtbot, console):
    with qtbot.waitSignal(console.host.muteToggled) as toggled:
        key(qtbot, console, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert toggled.args == [True]
    assert console.settings.muted is True


def test_alert_banner_shows_and_flashes(qtbot, console, timers):
    console.host.show_alert("2 minutes left", "warning")
    assert console.host.banner.isVisible() and console.host.banner.text == "2 minutes left"
    assert console.host.banner.flashing
    timers.advance(2.9)
    assert console.host.banner.flashing
    timers.advance(0.2)  # about 3 s, then it stays, steady
    assert not console.host.banner.flashing and console.host.banner.isVisible()
    console.host.clear_alert()
    assert not console.host.banner.isVisible()


def test_ctrl_q_quits_and_closes_the_chair(qtbot, console):
    console.chair.show()
    key(qtbot, console, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not console.host.isVisible() and not console.chair.isVisible()


def test_a_day_45_s_late_with_no_slack_never_reads_on_time_beside_at_risk(qtbot, console, clock):
    # The test day fills 09:00-10:00 exactly, to its hard stop: 45 s late is 45 s past the stop.
    clock.advance(45)
    key(qtbot, console, Qt.Key.Key_Space)
    key(qtbot, console, Qt.Key.Key_C)
    tick(console, clock, 1)
    host = console.host
    assert host.offset_label.text() == "45 s behind"
    assert host.end_label.text() == "Ends ≈ 10:00:45 · hard stop 10:00 AT RISK"
    assert console.chair.labels["day"].text() == "45 s behind\nEnds ≈ 10:00:45 · hard stop 10:00 AT RISK"
    for text in (host.offset_label.text(), console.chair.labels["day"].text()):
        assert "on time" not in text


def test_an_untimed_speakers_face_and_spoken_column_agree(qtbot, console, clock):
    from runner.ui.console.speakers_panel import SpeakersModel

    key(qtbot, console, Qt.Key.Key_Space)  # Opening: Mr. Hochschild, no limit
    tick(console, clock, 7.3)  # was 0:08 on the face (ceiling) and 0:07 in the column (rounded)
    panel = console.host.speakers
    model: SpeakersModel = panel.model
    spoken = model.data(model.index(0, 2))
    assert panel.countdown.text == spoken == "0:07"
    tick(console, clock, 0.7)
    assert panel.countdown.text == model.data(model.index(0, 2)) == "0:08"

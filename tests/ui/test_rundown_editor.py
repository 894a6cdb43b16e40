"""Live changes from the host window (Insert, the rundown's menu) and the recovery plan (Ctrl+R)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from runner.core import live_edits
from runner.core.events import EditChange, EventType
from runner.core.projection import project
from runner.io.agenda_yaml import load_agenda
from runner.ui.console.rundown_editor import EditAction
from runner.ui.console.rundown_model import TITLE
from tests.ui.conftest import nine_am


def key(qtbot, widget, which, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, which, modifier)


def titles(console) -> list[str]:
    model = console.host.model
    return [model.data(model.index(row, TITLE)) for row in range(model.rowCount())]


def edits(console) -> list:
    return [e for e in console.session.engine.events if e.type is EventType.EDIT]


def test_insert_title_tab_length_enter_adds_a_segment_that_runs_next(qtbot, console, clock):
    host, editor = console.host, console.host.editor
    key(qtbot, host.table, Qt.Key.Key_Space)  # Opening runs
    key(qtbot, host.table, Qt.Key.Key_Insert)
    assert editor.insert_bar.isVisible() and editor.insert_bar.title_edit.hasFocus()
    qtbot.keyClicks(editor.insert_bar.title_edit, "Statement by the Minister")
    key(qtbot, editor.insert_bar.title_edit, Qt.Key.Key_Tab)
    assert editor.insert_bar.length_edit.hasFocus()
    qtbot.keyClicks(editor.insert_bar.length_edit, "5m")
    key(qtbot, editor.insert_bar.length_edit, Qt.Key.Key_Return)
    assert not editor.insert_bar.isVisible() and host.table.hasFocus()
    assert titles(console)[:3] == ["Opening", "Statement by the Minister", "Digital public goods"]
    assert host.statusBar().currentMessage() == "Inserted 'Statement by the Minister' (5m); it runs next"
    (edit,) = edits(console)
    assert edit.payload.change is EditChange.INSERT and edit.payload.by == "host"
    clock.advance(300)
    key(qtbot, host.table, Qt.Key.Key_Space)
    assert host.title_label.text() == "Statement by the Minister"


def test_escape_leaves_the_insert_bar_and_a_bad_length_keeps_it(qtbot, console):
    host, bar = console.host, console.host.editor.insert_bar
    key(qtbot, host.table, Qt.Key.Key_Insert)
    qtbot.keyClicks(bar.title_edit, "Statement")
    key(qtbot, bar.title_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(bar.length_edit, "soon")
    key(qtbot, bar.length_edit, Qt.Key.Key_Return)
    assert bar.isVisible() and "'soon' is not a duration" in host.statusBar().currentMessage()
    key(qtbot, bar.length_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and host.table.hasFocus() and not edits(console)


def test_the_rundowns_menu_changes_segments_still_to_come(qtbot, console):
    host, editor = console.host, console.host.editor
    answers = iter(["15m", "Public goods", "2m"])
    editor.ask = lambda title, label, text: next(answers)
    host.table.selectRow(1)
    editor.actions[EditAction.LENGTH].trigger()
    editor.actions[EditAction.RENAME].trigger()
    editor.actions[EditAction.SPEAKER_LIMIT].trigger()
    editor.actions[EditAction.MOVE_DOWN].trigger()
    assert titles(console) == ["Opening", "Intermission", "Public goods", "Closing"]
    host.table.selectRow(1)
    key(qtbot, host.table, Qt.Key.Key_Delete)
    assert titles(console) == ["Opening", "Public goods", "Closing"]
    run = console.session.engine.runs[1]
    assert run.segment.duration.total_seconds() == 900 and [s.limit for s in run.speakers.slots] == [120.0] * 3
    changes = [e.payload.change.value for e in edits(console)]
    assert changes == ["length", "rename", *["speaker_limit"] * 4, "move", "remove"]


def test_a_plan_is_shown_when_the_stop_is_at_risk_and_ctrl_r_accepts_it(qtbot, console, clock, timers):
    host, editor, engine = console.host, console.host.editor, console.session.engine
    key(qtbot, host.table, Qt.Key.Key_Space)
    timers.jump(15 * 60)  # the 5-minute opening has run ten minutes over: the day ends 10:10
    assert editor.plan_label.isVisible()
    assert editor.plan_label.text().startswith("⚠ Recover 10 min to hold the 10:00 stop: ")
    assert editor.plan_label.text().endswith("Ctrl+R accepts · Ctrl+D sets it aside.")
    assert "Recover 10 min to hold the 10:00 stop" in console.chair.labels["next"].text()
    key(qtbot, host.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert editor.plan_label.text().startswith("✓ Plan 1 accepted at 09:15: ")
    end = project(engine, clock.monotonic(), clock.now()).day_end
    assert end is not None and end <= nine_am().replace(hour=10)
    assert all(e.payload.plan == 1 for e in edits(console))
    assert not console.bridge.snapshot().hard_stop_at_risk


def shown_plan(editor) -> str:
    return editor.plan_label.text() if editor.plan_label.isVisible() else ""


def test_an_overrun_is_offered_a_plan_when_it_changes_and_ctrl_d_sets_it_aside(qtbot, console, timers):
    host, editor, engine = console.host, console.host.editor, console.session.engine
    key(qtbot, host.table, Qt.Key.Key_Space)
    shown = []
    for _ in range(30):  # the 5-minute opening runs 2.5 minutes over, looked at every 15 s
        timers.jump(15)
        shown.append(shown_plan(editor))
    offered = [text for text in dict.fromkeys(shown) if text]
    # Two plans in 150 s of overrun (not a new text each second): the first, and the one that
    # also trims Closing (a different cut), two minutes later.
    assert [text.split(":")[0] for text in offered] == [
        "⚠ Recover 30 s to hold the 10",
        "⚠ Recover 3 min to hold the 10",
    ]
    assert shown.index(offered[1]) - shown.index(offered[0]) == 8  # 8 looks of 15 s apart
    assert offered[1].endswith("and trim Closing by 1 min.  Ctrl+R accepts · Ctrl+D sets it aside.")
    assert "Recover 3 min" in console.chair.labels["next"].text()
    key(qtbot, host.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert shown_plan(editor) == "" and "Recover" not in console.chair.labels["next"].text()
    assert host.statusBar().currentMessage().startswith("Recovery plan 2 set aside")
    assert [e.payload.number for e in engine.events if e.type is EventType.DISMISS] == [2]
    for _ in range(19):
        timers.jump(15)
        assert shown_plan(editor) == ""  # set aside: the growing overrun is not news yet
    timers.jump(15)  # 09:12:30: five minutes more to recover than the plan set aside
    assert shown_plan(editor).startswith("⚠ Recover 8 min to hold the 10:00 stop: ")
    assert sum(1 for e in engine.events if e.type is EventType.OFFER) == 3


def test_save_rundown_as_writes_an_agenda_check_accepts(qtbot, console, tmp_path):
    editor = console.host.editor
    key(qtbot, console.host.table, Qt.Key.Key_Space)
    assert editor.bridge.perform(lambda: live_edits.insert_segment(editor.engine, "Statement", 240))
    out = tmp_path / "changed.yaml"
    assert editor.save_rundown(str(out))
    saved = load_agenda(out)
    assert [s.title for s in saved.days[0].segments][:2] == ["Opening", "Statement"]
    assert saved.title == "Test Forum on Digital Cooperation"
    assert saved.days[0].segments[2].start == nine_am().replace(minute=9)
    # The plan as changed runs 4 minutes past the 10:00 stop, which `check` would refuse: left out, and said.
    assert saved.days[0].hard_stop is None and "past the day's 10:00 hard stop" in out.read_text(encoding="utf-8")

"""The insert bar by keys: a segment with what the agenda format offers (kind, speakers and their
limit, notes, a fixed start), logged as an edit, restored after a restart, on every screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from runner.core.agenda import SegmentKind
from runner.core.events import EditChange, EventType
from runner.core.state_document import state_document
from runner.io.agenda_yaml import load_agenda
from runner.ui.app import build_console
from runner.ui.console.rundown_model import START, TITLE
from tests.ui.conftest import ARABIC, nine_am


def key(qtbot, widget, which, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, which, modifier)


def type_into_bar(qtbot, console, *fields: str) -> None:
    """Insert, then each field's text with Tab between (a letter picks the kind), then Enter."""
    host, bar = console.host, console.host.editor.insert_bar
    key(qtbot, host.table, Qt.Key.Key_Insert)
    for position, text in enumerate(fields):
        widget = bar.fields()[position]
        assert widget.hasFocus(), f"field {position} has no focus"
        if text.isascii():
            qtbot.keyClicks(widget, text)
        else:  # QTest types Latin keys only: the rest as an input method would commit it
            widget.insert(text)
        if position < len(fields) - 1:
            key(qtbot, widget, Qt.Key.Key_Tab)
    key(qtbot, bar.fields()[len(fields) - 1], Qt.Key.Key_Return)


def row_of(console, title: str) -> int:
    model = console.host.model
    return next(r for r in range(model.rowCount()) if model.data(model.index(r, TITLE)) == title)


def inserted(console) -> dict:
    (edit,) = [e for e in console.session.engine.events if e.type is EventType.EDIT]
    assert edit.payload.change is EditChange.INSERT
    return edit.payload.after


def test_an_intermission_by_keys_title_tab_length_tab_i_enter(qtbot, console):
    key(qtbot, console.host.table, Qt.Key.Key_Space)
    type_into_bar(qtbot, console, "Short break", "10m", "I")
    assert not console.host.editor.insert_bar.isVisible() and console.host.table.hasFocus()
    engine = console.session.engine
    assert engine.runs[1].segment.kind is SegmentKind.INTERMISSION
    assert inserted(console) == {"title": "Short break", "duration_s": 600.0, "kind": "intermission"}
    doc = state_document(console.bridge.snapshot(), engine.day.date, "Room 4", language="en")
    assert doc["next"]["title"] == "Short break"


def test_a_speakers_list_with_a_limit_and_notes_runs_as_the_agenda_would(qtbot, console, clock):
    key(qtbot, console.host.table, Qt.Key.Key_Space)
    names = f"Kenya, Estonia; {ARABIC}"
    type_into_bar(qtbot, console, "Statements from the floor", "9m", "", names, "3m", "Interpretation: six languages")
    after = inserted(console)
    assert after["speakers"] == [{"name": n, "limit_s": 180.0} for n in ("Kenya", "Estonia", ARABIC)]
    assert after["speaker_limit_s"] == 180.0 and after["notes"] == "Interpretation: six languages"
    model, row = console.host.model, row_of(console, "Statements from the floor")
    assert model.data(model.index(row, 3)) == f"Kenya, Estonia, {ARABIC}"
    assert "Interpretation: six languages" in model.data(model.index(row, TITLE), Qt.ItemDataRole.ToolTipRole)
    clock.advance(300)
    key(qtbot, console.host.table, Qt.Key.Key_Space)  # it runs next: its speakers' list opens
    panel = console.host.speakers.model
    assert [panel.data(panel.index(r, 1)) for r in range(panel.rowCount())] == ["Kenya", "Estonia", ARABIC]
    assert console.host.speakers.countdown.text == "3:00"
    shown = console.chair.labels["speakers"].text().replace("\u00a0", " ")  # a name never wraps inside
    assert shown == f"Now: Kenya 3:00 left · Next: Estonia, {ARABIC}"


def test_a_fixed_start_goes_where_its_time_falls_and_waits_for_it(qtbot, console):
    key(qtbot, console.host.table, Qt.Key.Key_Space)  # Opening 09:00-09:05, public goods to 09:25
    type_into_bar(qtbot, console, "Statement by the Secretary-General", "5m", "", "", "", "", "09:40")
    engine, title = console.session.engine, "Statement by the Secretary-General"
    row = row_of(console, title)
    # Placed before Closing, which would still be running at 09:40: the day waits for it there.
    assert [r.segment.title for r in engine.runs][row - 1 : row + 2] == ["Intermission", title, "Closing"]
    assert engine.runs[row].segment.fixed and engine.runs[row].segment.start == nine_am().replace(minute=40)
    assert console.host.statusBar().currentMessage() == f"Inserted '{title}' (5m) to start at 09:40"
    model = console.host.model
    assert model.data(model.index(row, START)) == "09:40"
    assert console.bridge.snapshot().segments[row].projected_start == nine_am().replace(minute=40)


def test_a_field_it_cannot_read_keeps_the_bar_open_on_that_field(qtbot, console):
    bar = console.host.editor.insert_bar
    type_into_bar(qtbot, console, "Statement", "5m", "", "Kenya", "soon")
    assert bar.isVisible() and bar.limit_edit.hasFocus()
    assert "'soon' is not a duration" in console.host.statusBar().currentMessage()
    bar.limit_edit.clear()
    bar.start_edit.setFocus()
    qtbot.keyClicks(bar.start_edit, "9h")
    key(qtbot, bar.start_edit, Qt.Key.Key_Return)
    assert (
        bar.isVisible()
        and bar.start_edit.hasFocus()
        and "not a time of day" in console.host.statusBar().currentMessage()
    )
    key(qtbot, bar.start_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and console.host.table.hasFocus()
    assert not [e for e in console.session.engine.events if e.type is EventType.EDIT]


def test_what_was_inserted_comes_back_after_a_restart_and_is_saved_with_the_rundown(
    qtbot, console, agenda, day, clock, settings, timers, tmp_path
):
    key(qtbot, console.host.table, Qt.Key.Key_Space)
    type_into_bar(qtbot, console, "Ministers", "12m", "", "Kenya; Estonia", "2m", "Bring the flags", "09:45")
    before = console.session.engine.day.segments
    log = console.session.log_path
    console.host.close()
    console.bridge.close()
    clock.advance(30)
    again = build_console(agenda, day, clock, log, settings, timers)
    qtbot.addWidget(again.host)
    qtbot.addWidget(again.chair)
    try:
        assert again.session.engine.day.segments == before
        out = tmp_path / "changed.yaml"
        assert again.host.editor.save_rundown(str(out))
        saved = next(s for s in load_agenda(out).days[0].segments if s.title == "Ministers")
        assert saved.fixed and saved.start == nine_am().replace(minute=45) and saved.notes == "Bring the flags"
        assert [(s.name, s.limit.total_seconds()) for s in saved.speakers] == [("Kenya", 120.0), ("Estonia", 120.0)]
    finally:
        again.bridge.close()


def test_on_a_small_screen_the_title_gets_the_hints_room(qtbot, console):
    key(qtbot, console.host.table, Qt.Key.Key_Insert)
    bar = console.host.editor.insert_bar
    assert bar.hint.isVisible()  # 1280 px wide
    console.host.resize(800, 560)
    qtbot.waitUntil(lambda: not bar.hint.isVisible() and bar.title_edit.width() >= 150)
    assert bar.title_edit.hasFocus()


def test_an_inserted_segment_shows_its_projected_start_not_the_next_ones(qtbot, console, timers):
    """Issue 24: an inserted segment showed the printed start of the one below it. It has no printed
    time: its start column says where it falls ('≈', as projected), then when it started."""
    from runner.ui.console.rundown_model import ACTUAL_START

    model = console.host.model
    key(qtbot, console.host.table, Qt.Key.Key_Space)  # Opening, 09:00-09:05
    timers.advance(6 * 60)  # 09:06: a minute over time
    type_into_bar(qtbot, console, "Short break", "10m")
    row, below = row_of(console, "Short break"), row_of(console, "Digital public goods")
    assert below == row + 1
    assert model.data(model.index(below, START)) == "09:05"  # printed, as it was
    assert model.data(model.index(row, START)) == model.data(model.index(row, ACTUAL_START)) == "≈ 09:06"
    assert model.data(model.index(row, START), Qt.ItemDataRole.FontRole).italic()
    timers.advance(60)
    key(qtbot, console.host.table, Qt.Key.Key_Space)  # the break starts at 09:07
    assert model.data(model.index(row, START)) == "09:07"
    assert model.data(model.index(below, START)) == "09:05"
    assert model.data(model.index(below, ACTUAL_START)) == "≈ 09:17"

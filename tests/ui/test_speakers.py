"""The speakers' list in the host window: the turn's own clock, the queue, and quick entry."""

from __future__ import annotations

from PySide6.QtCore import Qt

from runner.core.speakers import SlotStatus
from runner.ui.console.speakers_panel import SpeakersModel
from tests.ui.conftest import ARABIC, CHINESE, RUSSIAN


def key(qtbot, console, key, modifier=Qt.KeyboardModifier.NoModifier, widget=None):
    qtbot.keyClick(widget if widget is not None else console.host.table, key, modifier)


def start_panel(qtbot, console):
    key(qtbot, console, Qt.Key.Key_Space)
    key(qtbot, console, Qt.Key.Key_Space)


def names_and_status(console):
    model = console.host.speakers.model
    return [(model.data(model.index(r, 1)), model.data(model.index(r, 4))) for r in range(model.rowCount())]


def test_right_and_left_move_through_three_speakers(qtbot, console, clock):
    start_panel(qtbot, console)
    panel = console.host.speakers
    clock.advance(30)
    console.bridge.refresh()
    assert panel.countdown.text == "2:30"
    key(qtbot, console, Qt.Key.Key_Right)
    assert panel.countdown.text == "3:00"
    assert names_and_status(console) == [(ARABIC, "spoken"), (CHINESE, "speaking"), (RUSSIAN, "waiting")]
    assert console.host.countdown.text == "19:30"  # the segment's clock runs on beside it
    key(qtbot, console, Qt.Key.Key_Left)
    assert names_and_status(console)[0] == (ARABIC, "speaking")


def test_names_in_arabic_chinese_and_russian_display(qtbot, console):
    start_panel(qtbot, console)
    text = console.host.speakers.now_label.text()
    assert ARABIC in text and CHINESE in text and RUSSIAN in text
    assert ARABIC in console.host.model.data(console.host.model.index(1, 3))


def test_adding_a_speaker_from_the_entry_box(qtbot, console):
    start_panel(qtbot, console)
    panel = console.host.speakers
    panel.name_edit.setFocus()
    qtbot.keyClicks(panel.name_edit, "Ms Spatolisano")
    qtbot.keyClicks(panel.limit_edit, "2m")
    key(qtbot, console, Qt.Key.Key_Return, widget=panel.limit_edit)
    assert names_and_status(console)[-1] == ("Ms Spatolisano", "waiting")
    assert console.bridge.snapshot().speakers[-1].limit_s == 120
    assert panel.name_edit.text() == ""
    assert not console.bridge.engine.paused  # the 'p' in the name was text


def test_a_bad_limit_is_one_message(qtbot, console):
    start_panel(qtbot, console)
    panel = console.host.speakers
    panel.name_edit.setText("Mr Cerf")
    panel.limit_edit.setText("soon")
    panel.add_speaker()
    assert "not a duration" in console.host.statusBar().currentMessage()
    assert panel.name_edit.text() == "Mr Cerf"


def test_reorder_and_skip(qtbot, console):
    start_panel(qtbot, console)
    panel = console.host.speakers
    panel.table.selectRow(2)
    panel.move_selected(-1)
    assert [n for n, _ in names_and_status(console)] == [ARABIC, RUSSIAN, CHINESE]
    panel.table.selectRow(1)
    panel.skip_selected()
    assert names_and_status(console)[1] == (RUSSIAN, SlotStatus.SKIPPED.value)
    key(qtbot, console, Qt.Key.Key_Right)
    assert names_and_status(console)[2] == (CHINESE, "speaking")


def test_speakers_model_passes_the_model_tester(qtbot, qtmodeltester, console, clock):
    start_panel(qtbot, console)
    clock.advance(200)
    console.bridge.refresh()
    qtmodeltester.check(console.host.speakers.model)
    assert isinstance(console.host.speakers.model, SpeakersModel)


# -- dragging a speaker to another place --------------------------------------------------------
def _drop(model, source, row=-1, onto=None):
    """What the view does at the end of a drag: the dragged row's data dropped at a place."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QApplication

    parent = model.index(onto, 0) if onto is not None else QModelIndex()
    dropped = model.dropMimeData(model.mimeData([model.index(source, 1)]), Qt.DropAction.MoveAction, row, 0, parent)
    QApplication.processEvents()  # the move is queued until the view's drop event is over
    return dropped


def test_dragging_a_waiting_speaker_up_the_queue(qtbot, console):
    start_panel(qtbot, console)
    panel, model = console.host.speakers, console.host.speakers.model
    console.session.engine.add_speaker("Ms Spatolisano")
    console.bridge.refresh()
    assert [n for n, _ in names_and_status(console)] == [ARABIC, CHINESE, RUSSIAN, "Ms Spatolisano"]
    assert _drop(model, 3, row=1) is False  # the view must not remove the row: the engine moved it
    assert names_and_status(console) == [
        (ARABIC, "speaking"),
        ("Ms Spatolisano", "waiting"),
        (CHINESE, "waiting"),
        (RUSSIAN, "waiting"),
    ]
    assert panel.selected_position() == 1
    moves = [e.data for e in console.session.engine.events if e.type == "speaker" and e.data["action"] == "move"]
    # Logged like a button move, as the host's command (undo knows it).
    assert moves == [{"action": "move", "from": 3, "to": 1, "command": "move_speaker"}]


def test_dropping_onto_a_speaker_or_below_the_list(qtbot, console):
    start_panel(qtbot, console)
    model = console.host.speakers.model
    _drop(model, 1, onto=2)
    assert [n for n, _ in names_and_status(console)] == [ARABIC, RUSSIAN, CHINESE]
    _drop(model, 1)  # below the last row: to the end
    assert [n for n, _ in names_and_status(console)] == [ARABIC, CHINESE, RUSSIAN]
    _drop(model, 2, row=3)  # just below itself: no move, no record
    assert sum(e.type == "speaker" and e.data["action"] == "move" for e in console.session.engine.events) == 2


def test_the_speaker_who_has_the_floor_cannot_be_dragged_away(qtbot, console):
    start_panel(qtbot, console)
    _drop(console.host.speakers.model, 0, row=3)
    assert names_and_status(console)[0] == (ARABIC, "speaking")
    assert "only speakers still waiting can be moved" in console.host.statusBar().currentMessage().lower()


def test_the_queue_accepts_drags_of_its_own_rows_only(console):
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QAbstractItemView

    view, model = console.host.speakers.table, console.host.speakers.model
    assert view.dragEnabled() and view.acceptDrops()
    assert view.dragDropMode() is QAbstractItemView.DragDropMode.InternalMove
    foreign = QMimeData()
    foreign.setText("Mr Nobody")
    assert model.dropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, model.index(0, 0).parent()) is False


def test_the_line_under_the_title_follows_the_list_as_it_stands(qtbot, console):
    start_panel(qtbot, console)
    label = console.host.speaker_label
    assert label.text() == f"{ARABIC}, {CHINESE}, {RUSSIAN}"
    _drop(console.host.speakers.model, 2, row=1)
    console.session.engine.add_speaker("Ms Spatolisano")
    console.session.engine.skip_speaker(2)  # the Chinese delegate is absent
    console.bridge.refresh()
    assert label.text() == f"{ARABIC}, {RUSSIAN}, Ms Spatolisano"

"""The floor by the host's keys and by the control API: O for a point of order (the speaker's
clock stands still, on the host's and the chair's screens), R for the selected delegation's right
of reply, the chair's line naming delegations and the replies waiting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from runner.core.events import EventType
from tests.floor_debate import debate_agenda, debate_clock
from tests.ui.test_keyboard import press

agenda = pytest.fixture(name="agenda")(debate_agenda)
clock = pytest.fixture(name="clock")(debate_clock)


def _types(engine, since: int) -> list[str]:
    return [e.type.value for e in engine.events[since:]]


def test_o_stops_the_speaker_s_clock_and_says_so_on_every_screen(qtbot, console, clock):
    engine, host = console.bridge.engine, console.host
    press(qtbot, Qt.Key.Key_Space)
    clock.advance(300)
    press(qtbot, Qt.Key.Key_Space)  # the debate: Brazil has the floor
    clock.advance(60)
    before = len(engine.events)
    press(qtbot, Qt.Key.Key_O)
    clock.advance(45)
    console.bridge.refresh()
    assert _types(engine, before) == ["point_of_order"]
    assert "Point of order" in host.speakers.now_label.text()
    assert "Point of order" in console.chair.labels["speakers"].text()
    assert console.bridge.snapshot().current_speaker.spoken_s == 60  # not charged to Brazil
    press(qtbot, Qt.Key.Key_O)
    clock.advance(10)
    console.bridge.refresh()
    assert _types(engine, before)[-1] == "point_of_order_end"
    assert console.bridge.snapshot().current_speaker.spoken_s == 70
    assert "Point of order" not in host.speakers.now_label.text()


def test_r_asks_the_reply_for_the_selected_delegation_and_the_chair_sees_it(qtbot, console, clock):
    engine, host = console.bridge.engine, console.host
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_R)  # nothing selected: the delegation speaking (Brazil) asks
    host.speakers.table.selectRow(1)  # Kenya
    host.table.setFocus()
    press(qtbot, Qt.Key.Key_R)
    replies = [e.payload for e in engine.events if e.type is EventType.REPLY]
    assert [(r.delegation, r.number) for r in replies] == [("BR", 1), ("KEN", 1)]
    console.bridge.refresh()
    line = console.chair.labels["speakers"].text()
    assert "Now: Brazil" in line and "Replies: Brazil, Kenya" in line
    rows = host.speakers.model
    names = [rows.index(r, 1).data() for r in range(rows.rowCount())]
    assert names[-2:] == ["Brazil — reply 1", "Kenya — reply 1"]
    assert names[13] == "Holy See (Archbishop Gallagher)"


def test_the_control_api_raises_points_of_order_and_replies(qtbot, console, clock):
    engine, host = console.bridge.engine, console.host
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Space)
    before = len(engine.events)
    host.control("point_of_order")
    host.control("reply", "ITU")
    host.control("point_of_order")
    host.control("reply", "BRA")
    host.control("reply", "BR")
    host.control("reply", "BR")  # a third: refused in one line, nothing logged
    assert _types(engine, before) == ["point_of_order", "reply", "point_of_order_end", "reply", "reply"]
    assert "Brazil has had its 2 replies" in host.statusBar().currentMessage()


def test_the_rundown_and_the_chair_name_delegations_in_their_language(qtbot, console):
    from runner.core import i18n
    from runner.ui.base.translations import WindowLanguage

    before = i18n.active_catalogue()
    try:
        i18n.use(i18n.load_catalogue("zh"))
        console.bridge.refresh()
        rundown = console.host.table.model()
        headers = [str(rundown.headerData(c, Qt.Orientation.Horizontal)) for c in range(rundown.columnCount())]
        column = next(c for c, header in enumerate(headers) if "peaker" in header)
        assert str(rundown.index(1, column).data()).startswith("巴西、肯尼亚、African Group、法国")
    finally:
        i18n.use(before)
    console.chair.language = WindowLanguage("ar")
    press(qtbot, Qt.Key.Key_Space)  # the opening runs: the chair's footer names what comes next
    console.bridge.refresh()
    assert "البرازيل، كينيا" in console.chair.labels["next"].text()

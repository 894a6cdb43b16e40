"""The floor changed live from the host's window and over the control API: a delegation added
(a code or a country's name, with its category), moved, struck from the list, lots drawn; each
refusal one line in the status bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from runner.core.floor_order import lot
from runner.io.agenda_yaml import parse_agenda
from tests.floor_debate import DEBATE_YAML, debate_agenda, debate_clock
from tests.ui.test_keyboard import press
from tests.ui.test_live_views import request

agenda = pytest.fixture(name="agenda")(debate_agenda)
clock = pytest.fixture(name="clock")(debate_clock)


def _codes(console) -> list[str]:
    console.bridge.refresh()
    return [s.delegation for s in console.bridge.snapshot().speakers]


def _start_debate(qtbot) -> None:
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Space)  # the debate: Brazil has the floor


def test_the_host_adds_a_delegation_with_its_category_strikes_one_and_draws_lots(qtbot, console):
    host = console.host
    _start_debate(qtbot)
    panel = host.speakers
    assert panel.category_box.isVisible() and not panel.limit_edit.isVisible() and panel.rank_box.isHidden()
    assert [panel.category_box.itemText(i) for i in range(panel.category_box.count())] == [
        "member",
        "observer",
        "group",
    ]
    press(qtbot, Qt.Key.Key_A)
    panel.name_edit.insert("Côte d’Ivoire")  # typed as the host's keyboard gives it (QTest types no ’)
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    panel.category_box.setCurrentIndex(1)  # observer
    qtbot.keyClicks(panel.name_edit, "WIPO")
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    panel.category_box.setCurrentIndex(0)
    qtbot.keyClicks(panel.name_edit, "Atlantis")
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)  # refused in one line; the text stays
    assert "'Atlantis' is not a country's code or name" in host.statusBar().currentMessage()
    assert panel.name_edit.text() == "Atlantis"
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_Escape)
    codes = _codes(console)
    assert codes[-2:] == ["CI", "WIPO"]
    assert console.bridge.snapshot().speakers[-1].limit_s == 120  # an observer's limit
    panel.table.selectRow(2)  # the African Group
    host.table.setFocus()
    qtbot.keyClick(host.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    assert "African Group" not in _codes(console) and len(_codes(console)) == 31
    waiting = _codes(console)[1:]
    press(qtbot, Qt.Key.Key_L)  # lots drawn (confirmed), the seed in the status bar
    draw = console.bridge.engine.events[-1].payload
    assert draw.seed in host.statusBar().currentMessage()
    assert _codes(console)[1:] == sorted(waiting, key=lambda code: lot(draw.seed, code))


def test_the_control_api_adds_moves_strikes_and_draws(qtbot, console):
    from runner.ui.rooms.share_views import serve_console
    from runner.web.address import ListenAddress

    views = serve_console(console, ListenAddress("127.0.0.1", 0), control=True)
    try:
        token = views.server.tokens.control
        _start_debate(qtbot)

        def control(query: str) -> int:
            before = len(console.bridge.engine.events)
            status = request(views, f"/api/control/{query}&token={token}")[0]
            if status == 202:
                qtbot.waitUntil(lambda: len(console.bridge.engine.events) > before, timeout=2000)
            return status

        assert control("add_delegation?delegation=Japon") == 202  # French: Japan
        assert (
            control("add_delegation?delegation=WIPO&category=observer&speaker=Ms%20Daren%20Tang&rank=minister") == 202
        )
        wipo = console.bridge.engine.current_run.speakers.slots[-1]
        assert (wipo.delegation, wipo.speaker, wipo.rank) == ("WIPO", "Ms Daren Tang", "minister")
        assert control("move?delegation=JP&to=2") == 202
        assert control("strike?delegation=WIPO") == 202
        assert _codes(console)[:3] == ["BR", "JP", "KEN"] and "WIPO" not in _codes(console)
        assert control("draw?seed=room-7") == 202
        assert console.bridge.engine.events[-1].payload.seed == "room-7"
        assert control("strike?delegation=FR") == 202
        request(views, f"/api/control/strike?delegation=FR&token={token}")  # no longer waiting: refused
        qtbot.waitUntil(lambda: "FR is not waiting" in console.host.statusBar().currentMessage(), timeout=2000)
        request(views, f"/api/control/move?delegation=KEN&to=x&token={token}")
        qtbot.waitUntil(lambda: "'to' must be a place" in console.host.statusBar().currentMessage(), timeout=2000)
    finally:
        views.stop()


def test_file_menu_adds_a_pasted_list_or_a_file_to_the_running_floor(qtbot, console, tmp_path):
    from runner.ui.console.actions import Action

    host = console.host
    told: list[list[str]] = []
    host.tell_problems = told.append
    host.ask_pasted_speakers = lambda: "Japon\nالمكسيك\nWIPO,observer,Ms Daren Tang\n"
    host.actions_[Action.SPEAKERS_PASTE].trigger()
    assert "Start a segment with a floor first" in host.statusBar().currentMessage()
    _start_debate(qtbot)
    host.actions_[Action.SPEAKERS_PASTE].trigger()
    assert _codes(console)[-3:] == ["JP", "MX", "WIPO"] and not told
    assert "added to the floor" in host.statusBar().currentMessage()
    listed = tmp_path / "day3.txt"
    listed.write_text("Tonga\nEast Timor\nCyprus\n", encoding="utf-8")
    host.ask_speakers_file = lambda: str(listed)
    before = len(console.bridge.engine.events)
    host.actions_[Action.SPEAKERS_FILE].trigger()
    assert told == [
        ["day3.txt:2: 'East Timor' is not a country's code or name; a group or an observer needs its category"]
    ]
    assert len(console.bridge.engine.events) == before  # all or nothing
    file_menu = host.menus.file.actions()
    assert host.actions_[Action.SPEAKERS_FILE] in file_menu and host.actions_[Action.SPEAKERS_PASTE] in file_menu


class TestInProtocolOrder:
    @pytest.fixture(name="agenda")
    def agenda_in_protocol_order(self):
        return parse_agenda(
            DEBATE_YAML.replace("replies: [5m, 3m]", "replies: [5m, 3m]\n      order: protocol").encode(), "d"
        )

    def test_in_protocol_order_the_host_gives_a_delegations_rank_and_it_takes_its_place(self, qtbot, console) -> None:
        """Typed delegations used to rank as heads of delegation whoever spoke for them: on a floor in
        protocol order the box offers the rank, and the delegation waits in its place by it."""
        host = console.host
        _start_debate(qtbot)
        panel = host.speakers
        ranks = [panel.rank_box.itemText(i) for i in range(panel.rank_box.count())]
        assert panel.rank_box.isVisible() and ranks[0] == "Head of State" and len(ranks) == 7
        assert panel.rank_box.currentText() == "Head of Delegation"
        panel.rank_box.setCurrentIndex(0)
        qtbot.keyClicks(panel.name_edit, "Italy")
        qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
        speakers = console.bridge.snapshot().speakers
        italy = next(s for s in speakers if s.delegation == "IT")
        assert italy.rank == "head_of_state"
        # Right after the delegation that has the floor: every other waiting member is a head of delegation.
        assert speakers.index(italy) == 1
        assert panel.rank_box.currentText() == "Head of Delegation" and panel.name_edit.text() == ""
        qtbot.keyClicks(panel.name_edit, "GB")
        qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
        britain = next(s for s in console.bridge.snapshot().speakers if s.delegation == "GB")
        assert britain.rank == ""  # the default: no rank given, as a typed delegation always was

"""Ranks on the screens of a floor in protocol order: the host's speakers' panel names each
delegation's rank beside it, the chair's view (in the window and in the browser) the rank of the
delegation that has the floor, in the screen's language; a delegation the host adds by keys takes
its place by rank among those waiting."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from runner.core.clock import FakeClock
from runner.io.agenda_yaml import parse_agenda
from tests.core.test_floor_order import PROTOCOL_YAML as GENERAL_DEBATE
from tests.ui.test_keyboard import press
from tests.ui.test_live_views_browser import browser, link, page, shows  # noqa: F401 - fixtures

# The general debate of tests/core/test_floor_order.py with its own list: a group and an observer.
PROTOCOL_YAML = (
    GENERAL_DEBATE.split("      draw:")[0].replace("observer: 15m}", "observer: 15m, group: 15m}")
    + """      list:
        - {delegation: KEN, rank: minister}
        - {delegation: BR, rank: head of state}
        - DE
        - {delegation: African Group, category: group, rank: minister}
        - {delegation: VA, category: observer, rank: minister}
"""
)


@pytest.fixture
def agenda():
    return parse_agenda(PROTOCOL_YAML.encode(), "debate.yaml")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2020, 9, 22, 9, 0, tzinfo=ZoneInfo("America/New_York")))


def _line(console) -> str:
    console.bridge.refresh()
    return console.chair.labels["speakers"].text().replace("\xa0", " ")  # names are kept whole


def _names(console) -> list[str]:
    console.bridge.refresh()
    rows = console.host.speakers.model
    return [rows.index(r, 1).data() for r in range(rows.rowCount())]


def test_the_host_s_panel_and_the_chair_s_view_name_each_rank(qtbot, console):
    press(qtbot, Qt.Key.Key_Space)  # the debate: Brazil, a head of State, has the floor
    assert _names(console) == [
        "Brazil, Head of State",
        "Kenya, Minister",
        "Germany",  # no rank given: none shown
        "African Group, Minister",  # groups rank with the observers
        "Holy See, Minister",
    ]
    assert "Now: Brazil, Head of State 15:00 left" in _line(console)
    assert "Speaking: <b>Brazil, Head of State</b>" in console.host.speakers.now_label.text()
    console.chair.set_language("ar")
    assert "البرازيل، رئيس دولة" in _line(console)
    console.chair.set_language("fr")
    assert "Brésil, Chef d'État" in _line(console)


def test_a_delegation_added_by_keys_takes_its_place_by_rank(qtbot, console):
    press(qtbot, Qt.Key.Key_Space)
    panel = console.host.speakers
    press(qtbot, Qt.Key.Key_A)
    qtbot.keyClicks(panel.name_edit, "Chile")
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)  # a head of delegation: after Germany
    assert _names(console)[2:5] == ["Germany", "Chile", "African Group, Minister"]
    added = console.bridge.engine.events[-1].to_record()
    assert (added["action"], added["position"]) == ("add", 3)


def test_the_chair_s_page_names_the_rank_of_who_has_the_floor(qtbot, console, views, page):  # noqa: F811
    page.goto(link(views, "chair"))
    shows(page, "title", "Coming up: General debate")
    press(qtbot, Qt.Key.Key_Space)
    shows(page, "speaker", "Brazil, Head of State")
    # An Arabic page of an English room: the page's own words in Arabic, the room's names as it sends them.
    page.goto(link(views, "chair") + "&lang=ar")
    shows(page, "speaker", "Brazil، Head of State")

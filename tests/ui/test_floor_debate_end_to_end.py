"""The issue's done-check, through the window: the 30-delegation general debate (three
categories, two points of order, three replies) run once by the host's keys and once over the
HTTP control API, then its summary read from the timing log, in Arabic and in French, naming
every delegation with the time it spoke."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from runner.core import i18n
from runner.core.clock import FakeClock
from runner.core.delegations import delegation_name
from runner.io.report_command import load_report
from runner.io.report_markdown import render_markdown
from tests.floor_debate import GROUPS, MEMBERS, OBSERVERS, debate_agenda, debate_clock
from tests.ui.test_keyboard import press
from tests.ui.test_live_views import request

EVERY_DELEGATION = [*MEMBERS[:2], GROUPS[0], *MEMBERS[2:12], OBSERVERS[0], *GROUPS[1:], *MEMBERS[12:], *OBSERVERS[1:]]


agenda = pytest.fixture(name="agenda")(debate_agenda)
clock = pytest.fixture(name="clock")(debate_clock)


class Host:
    """What the host does, by keys or over the control API: the same four actions."""

    def __init__(self, qtbot, console, views=None) -> None:
        self.qtbot, self.console, self.views = qtbot, console, views

    def _key(self, key: Qt.Key) -> None:
        self.console.host.table.setFocus()
        press(self.qtbot, key)

    def _control(self, query: str) -> None:
        engine = self.console.bridge.engine
        before = len(engine.events)
        token = self.views.server.tokens.control
        assert request(self.views, f"/api/control/{query}{'&' if '?' in query else '?'}token={token}")[0] == 202
        self.qtbot.waitUntil(lambda: len(engine.events) > before, timeout=3000)

    def start_next(self) -> None:
        self._control("start_next") if self.views else self._key(Qt.Key.Key_Space)

    def next_speaker(self) -> None:
        self._control("next_speaker") if self.views else self._key(Qt.Key.Key_Right)

    def point_of_order(self) -> None:
        self._control("point_of_order") if self.views else self._key(Qt.Key.Key_O)

    def reply(self, code: str) -> None:
        if self.views:
            self._control(f"reply?delegation={code}")
            return
        speakers = self.console.bridge.snapshot().speakers
        row = next(s.position for s in speakers if s.delegation == code and not s.reply)
        self.console.host.speakers.table.selectRow(row)
        self._key(Qt.Key.Key_R)


def _debate(host: Host, clock: FakeClock) -> None:
    """As tests/floor_debate.py's run_debate scripts it, by the host's own means."""
    host.start_next()  # the opening
    clock.advance(300)
    host.start_next()  # the debate: Brazil has the floor
    for turn in range(30):
        if turn in (1, 8):
            clock.advance(30)
            host.point_of_order()
            clock.advance(40)
            host.point_of_order()
            clock.advance(120)
        else:
            clock.advance(200 if turn == 3 else 150)
        if turn == 5:
            host.reply("KEN")
            host.reply("BR")
        if turn == 20:
            host.reply("KEN")
        host.next_speaker()
    for length in (240, 200, 170):  # Kenya's and Brazil's first replies, Kenya's second
        clock.advance(length)
        host.next_speaker()
    host.start_next()  # the closing
    clock.advance(300)
    host.start_next()  # the day ends


def _summary_names_each_delegation_with_its_time(log: Path) -> None:
    report = load_report(log)
    before = i18n.active_catalogue()
    try:
        for code in ("ar", "fr"):
            i18n.use(i18n.load_catalogue(code))
            rows = [line for line in render_markdown(report).replace("\\", "").splitlines() if line.startswith("| ")]
            for written in EVERY_DELEGATION:
                name = delegation_name(written, code)
                row = next((line for line in rows if line.startswith(f"| {name} |")), None)
                assert row is not None, (code, name)
                cells = [cell.strip("\u2066\u2069 ") for cell in row.strip("| ").split(" | ")]  # figures isolated
                spoke = "3:20" if written == "FR" else "2:30"  # France ran 20 s over its 3:00
                assert cells[3] == spoke, (code, cells)
    finally:
        i18n.use(before)


def _check(console, run: Callable[[], None]) -> None:
    engine = console.bridge.engine
    run()
    assert engine.finished
    types = [e.type.value for e in engine.events]
    assert types.count("point_of_order") == 2 and types.count("point_of_order_end") == 2
    assert types.count("reply") == 3
    run_ = engine.runs[1]
    assert len(run_.speakers.turns) == 33
    _summary_names_each_delegation_with_its_time(console.session.log_path)


def test_the_debate_by_the_host_s_keys(qtbot, console, clock):
    _check(console, lambda: _debate(Host(qtbot, console), clock))


def test_the_debate_over_the_control_api(qtbot, console, clock):
    from runner.ui.rooms.share_views import serve_console
    from runner.web.address import ListenAddress

    views = serve_console(console, ListenAddress("127.0.0.1", 0), control=True)
    try:
        _check(console, lambda: _debate(Host(qtbot, console, views), clock))
    finally:
        views.stop()

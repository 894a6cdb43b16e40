"""The organiser's overview, fed messages by hand over a fake clock: tiles, local countdown, order, marks."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from runner.core.clock import FakeClock
from runner.core.room_board import FORGET_SILENT_S, SHOWN_ROOMS
from runner.ui.base.timers import FakeTimers
from runner.ui.rooms.mqtt_client import LinkState, LinkStatus
from runner.ui.rooms.overview import REPAINTS_PER_S, OverviewWindow
from tests.state_documents import document_bytes

SENT = datetime(2020, 6, 12, 13, 0, tzinfo=timezone.utc)


def state(room: str, title: str = "Opening", **changes: object) -> bytes:
    segment = {"index": 0, "title": title, "kind": "segment", "group": None, "allowed_ms": 600_000}
    ends = "2020-06-12T16:00:00+00:00"
    fields = {"sent_at": SENT.isoformat(), "segment": segment, "projected_end": ends, "hard_stop": ends}
    return document_bytes(room, **{**fields, **changes})


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(SENT)


@pytest.fixture
def timers(clock) -> FakeTimers:
    return FakeTimers(clock)


@pytest.fixture
def overview(qtbot, clock, timers) -> OverviewWindow:
    window = OverviewWindow("mqtt://127.0.0.1:1883/igf", clock, timers)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def settle(timers: FakeTimers) -> None:
    """Let the next repaint come: the window reads its messages at most REPAINTS_PER_S times a second."""
    timers.advance(1 / REPAINTS_PER_S)


def names(window: OverviewWindow) -> list[str]:
    return [tile.name_label.text() for tile in window.tiles_in_order()]


def test_rooms_appear_as_their_state_arrives(overview, timers):
    assert overview.waiting_label.isVisible()
    overview.receive("main-hall", "state", state("Main Hall", "Opening"))
    overview.receive("workshop-3", "state", state("Workshop 3 — قاعة", "Digital public goods"))
    settle(timers)
    assert names(overview) == ["Main Hall", "Workshop 3 — قاعة"]
    assert not overview.waiting_label.isVisible()
    hall = overview.tile_widgets["main-hall"]
    assert hall.segment_label.text() == "Opening" and hall.countdown.text == "5:00"
    assert hall.offset_label.text() == "on time"
    assert hall.end_label.text() == "Ends ≈ 16:00 · hard stop 16:00"


def test_a_tile_counts_down_by_itself_between_documents(overview, clock):
    overview.receive("main-hall", "state", state("Main Hall"))
    clock.advance(12.5)
    overview.refresh()
    tile = overview.tile_widgets["main-hall"]
    assert tile.countdown.text == "4:48" and tile.countdown.level == "normal"
    later = (SENT + timedelta(seconds=12.5)).isoformat()
    overview.receive("main-hall", "state", state("Main Hall", remaining_ms=1_000, sent_at=later))
    clock.advance(2)
    overview.refresh()
    assert tile.countdown.text == "+0:01" and tile.countdown.level == "overtime"


def test_a_tile_warns_from_the_rooms_first_alert_as_its_host_window_does(overview, clock):
    """Issue 24: a 5-minute intermission's "ends in 2 min" came on green; the tile follows the
    document's `warning_ms` (its colour rule alone, 20 %, would wait until 1:00)."""
    segment = {"index": 2, "title": "Intermission", "kind": "intermission", "allowed_ms": 300_000}
    overview.receive("main-hall", "state", state("Main Hall", segment=segment, remaining_ms=125_000))
    overview.refresh()
    tile = overview.tile_widgets["main-hall"]
    assert tile.countdown.level == "normal"
    warned = {**segment, "warning_ms": 120_000}
    overview.receive("main-hall", "state", state("Main Hall", segment=warned, remaining_ms=125_000))
    clock.advance(5)  # 2:00 left: the alert's moment
    overview.refresh()
    assert tile.countdown.level == "warning"


def test_the_room_in_trouble_moves_to_the_top(overview, timers):
    overview.receive("a-room", "state", state("A room"))
    overview.receive("b-room", "state", state("B room"))
    settle(timers)
    assert names(overview) == ["A room", "B room"]
    overview.receive("b-room", "state", state("B room", offset_s=480, hard_stop_at_risk=True))
    settle(timers)
    assert names(overview) == ["B room", "A room"]
    tile = overview.tile_widgets["b-room"]
    assert tile.offset_label.text() == "8 min behind"
    assert tile.end_label.text().endswith("AT RISK")


def test_offline_and_silent_rooms_say_so(overview, clock, timers):
    overview.receive("a-room", "state", state("A room"))
    overview.receive("b-room", "state", state("B room"))
    overview.receive("a-room", "online", b"false")
    settle(timers)
    assert overview.tile_widgets["a-room"].badge_label.text() == "OFFLINE"
    assert overview.tile_widgets["b-room"].badge_label.text() == ""
    clock.advance(30)
    overview.refresh()
    assert overview.tile_widgets["b-room"].badge_label.text() == "NO SIGNAL"


def test_malformed_and_foreign_messages_are_ignored(overview, timers):
    overview.receive("main-hall", "state", state("Main Hall"))
    settle(timers)
    for payload in (b"", b"{", b"\x00\xff", b'{"version": 1}', b"[]", state("X", status="?")):
        overview.receive("junk", "state", payload)
        settle(timers)
    overview.receive("main-hall", "online", b"yes please")
    settle(timers)
    overview.receive("main-hall", "state", b"not json")
    settle(timers)
    assert names(overview) == ["Main Hall"]
    assert overview.tile_widgets["main-hall"].badge_label.text() == ""


def test_the_link_state_is_in_the_status_bar(overview):
    overview.show_link_status(LinkStatus(LinkState.RETRYING, "cannot reach the broker at 127.0.0.1:1883"))
    assert overview.link_label.text() == "Broker: cannot reach the broker at 127.0.0.1:1883 — retrying"
    overview.show_link_status(LinkStatus(LinkState.CONNECTED))
    assert overview.link_label.text() == "Broker: connected to mqtt://127.0.0.1:1883/igf"


def test_tiles_fill_the_width_of_a_wall_screen(overview, timers):
    for number in range(6):
        overview.receive(f"room-{number}", "state", state(f"Room {number}"))
    settle(timers)
    rows = {overview.grid.getItemPosition(overview.grid.indexOf(t))[0] for t in overview.tiles_in_order()}
    assert rows == {0, 1}  # 1440 x 900: three tiles a row make them largest


def test_the_tick_is_armed_for_the_next_second_a_countdown_crosses(overview, clock, timers):
    overview.receive("main-hall", "state", state("Main Hall", remaining_ms=300_250))
    timers.run_due()  # the first message is read at once: no sort came before it
    assert overview._timer.interval_ms() == 252
    clock.advance(timedelta(milliseconds=252).total_seconds())
    overview.refresh()
    assert overview._timer.interval_ms() == 1000  # 299.998 s left: the next crossing is a second away


def test_a_flood_of_messages_repaints_at_most_so_often_and_shows_the_cap(overview, timers, capsys):
    """300 rooms, their seconds crossing at every phase, 2,000 messages a second for three seconds."""
    rooms = 300
    for number in range(rooms):
        overview.receive(f"room-{number}", "state", state(f"Room {number:03d}", remaining_ms=300_000 + number * 3))
    settle(timers)
    before = overview.repaints
    for step in range(6_000):
        number = step % rooms
        overview.receive(f"room-{number}", "state", state(f"Room {number:03d}", f"Change {step}"))
        timers.advance(0.0005)
    repaints = overview.repaints - before
    assert 3 * REPAINTS_PER_S - 3 <= repaints <= 3 * REPAINTS_PER_S + 1
    assert len(overview.tile_widgets) == SHOWN_ROOMS and len(overview.inbox) <= rooms
    assert overview.count_label.isVisible()
    assert overview.count_label.text() == "Showing 100 of 300 rooms: those most in need of attention."
    for number in range(300, 340):  # more rooms come while the count settles (every room: 10 s)
        overview.receive(f"room-{number}", "state", state(f"Room {number:03d}"))
    timers.advance(10)
    said = [line for line in capsys.readouterr().err.splitlines() if "Showing" in line]
    assert said == ["overview: Showing 100 of 340 rooms: those most in need of attention."]  # once a run


def test_rooms_gone_quiet_leave_the_wall(overview, timers):
    overview.receive("main-hall", "state", state("Main Hall"))
    overview.receive("workshop", "state", state("Workshop"))
    settle(timers)
    for _ in range(int(FORGET_SILENT_S // 10) + 2):
        overview.receive("main-hall", "state", state("Main Hall"))
        timers.advance(10)
    assert names(overview) == ["Main Hall"] and not overview.count_label.isVisible()
    assert overview.board.forgotten == 1 and set(overview.tile_widgets) == {"main-hall"}


def test_a_right_to_left_override_cannot_spoof_a_tile(overview, timers):
    spoof = "\u202ellaH niaM"  # obeyed, it reads "Main Hall"
    speaker = {"name": "\u202eZed", "remaining_ms": 60_000}
    overview.receive("hall", "state", state(spoof, "\u202dOpening\u202c", speaker=speaker))
    settle(timers)
    tile = overview.tile_widgets["hall"]
    shown = [tile.name_label.text(), tile.segment_label.text(), tile.speaker_label.text()]
    assert shown == ["llaH niaM", "Opening", "Zed"]
    assert tile.accessibleName().startswith("\u2068llaH niaM\u2069: ")  # isolated from the time after it

"""The organiser's board: documents read as tiles, counted down locally, sorted by attention; junk ignored."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from runner.core.room_board import (
    FORGET_OFFLINE_S,
    FORGET_SILENT_S,
    STALE_AFTER_S,
    Attention,
    RoomBoard,
    parse_document,
)
from tests.state_documents import document_bytes

UTC = timezone.utc
SENT = datetime(2020, 6, 12, 13, 0, tzinfo=UTC)


def state(room: str = "Plenary", **changes: object) -> bytes:
    base = {
        "sent_at": SENT.isoformat(),
        "segment": {"index": 1, "title": "Global connectivity", "kind": "segment", "group": ""},
        "speaker": {"name": "王毅", "remaining_ms": 120_000},
        "projected_end": "2020-06-12T16:00:00+00:00",
        "hard_stop": "2020-06-12T16:00:00+00:00",
    }
    return document_bytes(room, **{**base, **changes})


def test_a_running_room_counts_down_from_its_sent_at():
    board = RoomBoard()
    assert board.receive("plenary", "state", state(), mono=0.0)
    (tile,) = board.tiles(SENT + timedelta(seconds=12.5), mono=12.5)
    assert tile.name == "Plenary" and tile.segment_title == "Global connectivity" and tile.speaker == "王毅"
    assert tile.remaining_s == 287.5
    assert not tile.stale and tile.online


def test_a_paused_room_keeps_its_time_and_a_clock_behind_the_senders_counts_no_age():
    board = RoomBoard()
    board.receive("a", "state", state("A", status="paused"), mono=0.0)
    board.receive("b", "state", state("B"), mono=0.0)
    tiles = {t.key: t for t in board.tiles(SENT - timedelta(seconds=3), mono=1.0)}
    assert tiles["a"].remaining_s == 300.0 and tiles["a"].paused
    assert tiles["b"].remaining_s == 300.0
    later = {t.key: t for t in board.tiles(SENT + timedelta(seconds=30), mono=1.0)}
    assert later["a"].remaining_s == 300.0 and later["b"].remaining_s == 270.0


def test_offline_and_silent_rooms_are_marked():
    board = RoomBoard()
    board.receive("a", "state", state("A"), mono=0.0)
    board.receive("b", "state", state("B"), mono=0.0)
    board.receive("a", "online", b"false", mono=1.0)
    tiles = {t.key: t for t in board.tiles(SENT, mono=1.0 + STALE_AFTER_S / 2)}
    assert not tiles["a"].online and tiles["a"].attention is Attention.LOST
    assert tiles["b"].online and not tiles["b"].stale
    tiles = {t.key: t for t in board.tiles(SENT, mono=STALE_AFTER_S + 0.1)}
    assert tiles["b"].stale and tiles["b"].attention is Attention.LOST
    board.receive("a", "online", b"true", mono=30.0)
    board.receive("a", "state", state("A"), mono=30.0)
    assert next(t for t in board.tiles(SENT, mono=30.0) if t.key == "a").online


def test_rooms_in_trouble_come_first():
    board = RoomBoard()
    board.receive("calm", "state", state("Calm"), mono=0.0)
    board.receive("idle", "state", state("Idle", status="idle", segment=None, remaining_ms=None), mono=0.0)
    board.receive("over", "state", state("Over", remaining_ms=-5_000), mono=0.0)
    board.receive("late", "state", state("Late", offset_s=420), mono=0.0)
    board.receive("later", "state", state("Later", offset_s=900), mono=0.0)
    board.receive("risk", "state", state("Risk", hard_stop_at_risk=True), mono=0.0)
    board.receive("done", "state", state("Done", status="ended", segment=None, remaining_ms=None), mono=0.0)
    board.receive("gone", "state", state("Gone"), mono=0.0)
    board.receive("gone", "online", b"false", mono=0.0)
    order = [t.key for t in board.tiles(SENT, mono=1.0)]
    assert order == ["over", "risk", "gone", "later", "late", "calm", "idle", "done"]


def test_an_empty_retained_state_removes_the_room():
    board = RoomBoard()
    board.receive("a", "state", state("A"), mono=0.0)
    assert board.receive("a", "state", b"", mono=1.0)
    assert board.tiles(SENT, mono=1.0) == []


def test_malformed_and_foreign_payloads_change_nothing():
    board = RoomBoard()
    board.receive("a", "state", state("A"), mono=0.0)
    junk = [
        b"not json",
        b"\xff\xfe",
        b"[1, 2]",
        b'{"version": "1"}',
        state(status="dancing"),
        state(sent_at="yesterday"),
        state(sent_at="2020-06-12T09:00:00"),  # no offset
        state(remaining_ms="5m"),
        state(remaining_ms=1e300),
        b"[" * 100_000,
    ]
    for payload in junk:
        assert not board.receive("a", "state", payload, mono=5.0)
    assert not board.receive("a", "online", b"maybe", mono=5.0)
    assert not board.receive("a", "votes", b"true", mono=5.0)
    (tile,) = board.tiles(SENT, mono=5.0)
    assert tile.name == "A" and tile.online


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_at_all_are_taken_or_refused_without_an_error(payload):
    board = RoomBoard()
    board.receive("a", "state", payload, mono=0.0)
    board.receive("a", "online", payload, mono=0.0)
    board.tiles(SENT, mono=0.0)


FIELDS = (
    "version",
    "status",
    "sent_at",
    "remaining_ms",
    "segment",
    "speaker",
    "offset_s",
    "projected_end",
    "hard_stop",
    "hard_stop_at_risk",
    "room",
)
VALUES = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12) | st.just({"title": 3})


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(FIELDS), VALUES)
def test_a_document_with_any_value_in_any_field_never_raises(name, value):
    payload = state(**{name: value})
    document = parse_document(payload)
    board = RoomBoard()
    board.receive("a", "state", payload, mono=0.0)
    assert len(board.tiles(SENT, mono=0.0)) == (document is not None)


def test_the_board_keeps_at_most_its_bound_and_forgets_the_oldest_first():
    board = RoomBoard(shown=20, kept=100)
    for number in range(5_000):
        board.receive(f"room-{number}", "state", state(f"Room {number}"), mono=number / 1000)
    assert len(board.rooms) == 100 and board.forgotten == 4_900
    assert set(board.rooms) == {f"room-{number}" for number in range(4_900, 5_000)}  # the newest heard
    tiles = board.tiles(SENT, mono=5.0)
    assert len(tiles) == 20 and board.room_count == 100


def test_the_rooms_shown_past_the_cap_are_those_most_in_need_of_attention():
    board = RoomBoard(shown=3)
    for number in range(50):
        board.receive(f"calm-{number:02d}", "state", state(f"Calm {number:02d}"), mono=0.0)
    board.receive("over", "state", state("Over", remaining_ms=-5_000), mono=0.0)
    board.receive("late", "state", state("Late", offset_s=420), mono=0.0)
    assert [t.key for t in board.tiles(SENT, mono=1.0)] == ["over", "late", "calm-00"]
    assert board.room_count == 52


def test_rooms_long_offline_or_silent_are_forgotten():
    board = RoomBoard()
    board.receive("gone", "state", state("Gone"), mono=0.0)
    board.receive("gone", "online", b"false", mono=1.0)
    board.receive("quiet", "state", state("Quiet"), mono=0.0)
    board.receive("alive", "state", state("Alive"), mono=0.0)
    for second in range(10, int(FORGET_SILENT_S) + 20, 10):  # "alive" publishes every 10 s
        board.receive("alive", "state", state("Alive"), mono=float(second))
        board.tiles(SENT, mono=float(second))
        if second == FORGET_OFFLINE_S + 10:
            assert set(board.rooms) == {"quiet", "alive"}  # offline five minutes: off the board
    assert set(board.rooms) == {"alive"} and board.forgotten == 2
    assert [t.key for t in board.tiles(SENT, mono=FORGET_SILENT_S + 20)] == ["alive"]


def test_a_name_with_a_right_to_left_override_shows_its_letters_as_they_are():
    spoof = "\u202ellaH niaM"  # shown by a renderer that obeys it: "Main Hall"
    payload = state(
        spoof,
        segment={"index": 0, "title": "Open\u2066ing\u202c\n\x1b[31m", "kind": "segment", "group": None},
        speaker={"name": "\u202dZ\u200fed\u2069", "remaining_ms": 1_000},
    )
    board = RoomBoard()
    board.receive("hall", "state", payload, mono=0.0)
    (tile,) = board.tiles(SENT, mono=0.0)
    assert (tile.name, tile.segment_title, tile.speaker) == ("llaH niaM", "Opening [31m", "Zed")

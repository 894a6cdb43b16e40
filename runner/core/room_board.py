"""The organiser's board: many rooms' state documents, read as tiles and sorted by what needs attention.

Qt-free and broker-free: it is given (room, "state" | "online", payload bytes) as they arrive,
from wherever they come, and answers what each room shows at a moment. A payload that is not a
state document of the contract's shape is ignored (the broker's PREFIX is shared ground).

Bounded whatever the broker sends: it remembers at most `kept` rooms (past that, the one heard
from longest ago goes), forgets a room offline or silent for minutes, and shows at most `shown`,
those most in need of attention. The texts of a tile (name, title, speaker) are one clean line
each (runner.core.foreign_text): no directional override from another machine reaches the screen.
"""

from __future__ import annotations

import heapq
import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum
from typing import Any

from babel.numbers import format_decimal  # the overview's alone: no first frame waits on it

from runner.core.document_check import DocumentRefused, read_state_document
from runner.core.foreign_text import one_line
from runner.core.i18n import active_catalogue, trn

# A room publishes at least every 10 s (contract); after this long without a word it is stale.
STALE_AFTER_S = 25.0
BEHIND_S = 60.0
# A wall of 100 tiles is ~144 x 90 px a tile on a 1440 x 900 screen, the countdown still legible;
# and each countdown shown is painted every second (~0.9 ms each on a software rasteriser).
SHOWN_ROOMS = 100
# Rooms remembered beyond those shown (to count them, and to step in when a shown one goes).
KEPT_ROOMS = 10_000
# Taken off the board: a room offline this long (its app closed), or not heard from this long
# (it publishes every 10 s at least, so ten minutes of silence is a room that is gone).
FORGET_OFFLINE_S = 300.0
FORGET_SILENT_S = 600.0


class Attention(IntEnum):
    """Why a tile is where it is: the lower, the sooner the organiser should look."""

    OVER = 0  # overtime, or the day's hard stop at risk
    LOST = 1  # offline or silent in the middle of its day
    BEHIND = 2
    RUNNING = 3
    IDLE = 4
    ENDED = 5


@dataclass(frozen=True)
class RoomDocument:
    """The fields of a state document the board uses, checked and typed."""

    room: str
    status: str
    sent_at: datetime
    remaining_ms: int | None
    allowed_ms: int | None  # the running segment's length with the host's added minutes, where sent
    segment_title: str
    segment_kind: str
    speaker: str
    offset_s: float
    projected_end: datetime | None
    hard_stop: datetime | None
    hard_stop_at_risk: bool
    warning_ms: int | None = None  # from this much time left its first alert has come (where sent)


@dataclass
class RoomEntry:
    """What the board knows of one room: its newest document, its online flag, when it last spoke."""

    key: str
    document: RoomDocument | None = None
    online: bool | None = None
    heard_at: float = 0.0  # monotonic seconds


@dataclass(frozen=True)
class RoomTile:
    """One room as the overview shows it at one moment."""

    key: str
    name: str
    status: str
    segment_title: str
    speaker: str
    remaining_s: float | None  # None when nothing runs
    allowed_s: float | None
    paused: bool
    offset_s: float
    projected_end: datetime | None
    hard_stop: datetime | None
    hard_stop_at_risk: bool
    online: bool
    stale: bool
    attention: Attention
    warning_s: float | None = None  # the segment's warning colour starts here at the latest

    @property
    def overtime(self) -> bool:
        return self.remaining_s is not None and self.remaining_s < 0


@dataclass
class RoomBoard:
    """The rooms heard under one prefix: at most `kept` remembered, at most `shown` shown."""

    shown: int = SHOWN_ROOMS
    kept: int = KEPT_ROOMS
    # In the order last heard, the oldest first: the first to go when there are too many.
    rooms: dict[str, RoomEntry] = field(default_factory=dict)
    forgotten: int = 0  # rooms taken off: long offline, long silent, or crowded out
    room_count: int = 0  # rooms with a state at the last `tiles`, shown or not

    def receive(self, room: str, leaf: str, payload: bytes, mono: float) -> bool:
        """Take one message; False (and nothing changed) when it is not one the board understands."""
        if leaf == "online":
            flag = _json(payload)
            if not isinstance(flag, bool):
                return False
            self._entry(room, mono).online = flag
            return True
        if leaf != "state":
            return False
        if not payload:  # a retained state cleared by its owner: the room is gone
            return self.rooms.pop(room, None) is not None
        document = parse_document(payload)
        if document is None:
            return False
        self._entry(room, mono).document = document
        return True

    def _entry(self, room: str, mono: float) -> RoomEntry:
        entry = self.rooms.pop(room, None) or RoomEntry(room)
        self.rooms[room] = entry  # moved to the end: the newest heard
        entry.heard_at = mono
        while len(self.rooms) > self.kept:
            del self.rooms[next(iter(self.rooms))]
            self.forgotten += 1
        return entry

    def forget_stale(self, mono: float) -> int:
        """Take off the rooms long offline or long silent; returns how many went."""
        gone = [key for key, entry in self.rooms.items() if _forgettable(entry, mono)]
        for key in gone:
            del self.rooms[key]
        self.forgotten += len(gone)
        return len(gone)

    def tiles(self, now: datetime, mono: float) -> list[RoomTile]:
        """The rooms to show, at most `shown`: most in need of attention first, then by name.
        Rooms long gone are forgotten first; `room_count` is then how many have a state."""
        self.forget_stale(mono)
        stated = [entry for entry in self.rooms.values() if entry.document is not None]
        self.room_count = len(stated)
        if len(stated) > self.shown:
            stated = heapq.nsmallest(self.shown, stated, key=lambda entry: _entry_order(entry, now, mono))
        tiles = [tile_for(entry, now, mono) for entry in stated]
        return sorted(tiles, key=lambda t: (t.attention, -t.offset_s, t.name.casefold(), t.key))

    def tiles_of(self, keys: list[str], now: datetime, mono: float) -> list[RoomTile]:
        """The tiles of these rooms now, in this order (a tick between sorts: a few, not thousands)."""
        entries = (self.rooms.get(key) for key in keys)
        return [tile_for(entry, now, mono) for entry in entries if entry is not None and entry.document is not None]


def _forgettable(entry: RoomEntry, mono: float) -> bool:
    silent = mono - entry.heard_at
    return silent > FORGET_SILENT_S or (entry.online is False and silent > FORGET_OFFLINE_S)


def count_line(shown: int, rooms: int) -> str:
    """'Showing 100 of 5,000 rooms: those most in need of attention.' (said when the cap is reached)."""
    return trn(
        "Showing {shown} of {count} room: those most in need of attention.",
        "Showing {shown} of {count} rooms: those most in need of attention.",
        rooms,
        shown=_number(shown),
        count=_number(rooms),
    )


def _number(value: int) -> str:
    """A count as the active language writes it (5,000; 5 000; 5.000)."""
    return str(format_decimal(value, locale=active_catalogue().locale))


def tile_for(entry: RoomEntry, now: datetime, mono: float) -> RoomTile:
    document = entry.document
    assert document is not None
    remaining = _remaining_s(document, now)
    online = entry.online is not False
    stale = mono - entry.heard_at > STALE_AFTER_S
    return RoomTile(
        key=entry.key,
        name=document.room or one_line(entry.key),
        status=document.status,
        segment_title=document.segment_title,
        speaker=document.speaker,
        remaining_s=remaining,
        allowed_s=None if document.allowed_ms is None else document.allowed_ms / 1000,
        paused=document.status == "paused",
        offset_s=document.offset_s,
        projected_end=document.projected_end,
        hard_stop=document.hard_stop,
        hard_stop_at_risk=document.hard_stop_at_risk,
        online=online,
        stale=stale,
        attention=_attention(document, online and not stale, remaining),
        warning_s=None if document.warning_ms is None else document.warning_ms / 1000,
    )


def _entry_order(entry: RoomEntry, now: datetime, mono: float) -> tuple[Attention, float, str, str]:
    """A room's place on the wall, without building its tile (thousands are ranked, few shown)."""
    document = entry.document
    assert document is not None
    heard = entry.online is not False and mono - entry.heard_at <= STALE_AFTER_S
    attention = _attention(document, heard, _remaining_s(document, now))
    return (attention, -document.offset_s, (document.room or entry.key).casefold(), entry.key)


def _attention(document: RoomDocument, heard: bool, remaining_s: float | None) -> Attention:
    if document.status == "ended":
        return Attention.ENDED
    if not heard:  # offline, or silent too long
        return Attention.LOST if document.status != "idle" else Attention.IDLE
    if (remaining_s is not None and remaining_s < 0) or document.hard_stop_at_risk:
        return Attention.OVER
    if document.offset_s >= BEHIND_S:
        return Attention.BEHIND
    return Attention.IDLE if document.status == "idle" else Attention.RUNNING


def _remaining_s(document: RoomDocument, now: datetime) -> float | None:
    """Time left now: `remaining_ms` was true at `sent_at`; a running clock has gone on since."""
    if document.remaining_ms is None or document.status not in ("running", "paused"):
        return None
    remaining = document.remaining_ms / 1000
    if document.status == "running":
        # A clock a little ahead of the sender's would read a negative age: count it as none.
        remaining -= max(0.0, (now - document.sent_at).total_seconds())
    return remaining


def parse_document(payload: bytes) -> RoomDocument | None:
    """The board's view of a state document, or None when the payload is not one (the one check
    every reader of others' documents makes: runner.core.document_check)."""
    try:
        data = read_state_document(payload)
    except DocumentRefused:
        return None
    segment, speaker = data["segment"], data["speaker"]
    sent_at = _moment(data["sent_at"])
    assert sent_at is not None  # checked
    return RoomDocument(
        room=one_line(data["room"]),
        status=data["status"],
        sent_at=sent_at,
        remaining_ms=data["remaining_ms"],
        allowed_ms=None if segment is None else segment.get("allowed_ms"),
        segment_title="" if segment is None else one_line(segment["title"]),
        segment_kind=(None if segment is None else segment.get("kind")) or "segment",
        speaker="" if speaker is None else one_line(speaker["name"]),
        offset_s=float(data["offset_s"]),
        projected_end=_moment(data["projected_end"]),
        hard_stop=_moment(data["hard_stop"]),
        hard_stop_at_risk=data["hard_stop_at_risk"],
        warning_ms=None if segment is None else segment.get("warning_ms"),
    )


def _json(payload: bytes) -> Any:
    try:
        return json.loads(payload)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return None


def _moment(value: Any) -> datetime | None:
    """An ISO 8601 time with its offset (a time without one means nothing across rooms)."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None

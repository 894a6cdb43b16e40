"""The organiser's board: many rooms' state documents, read as tiles and sorted by what needs attention.

Qt-free and broker-free: it is given (room, "state" | "online", payload bytes) as they arrive,
from wherever they come, and answers what each room shows at a moment. A payload that is not a
state document of the contract's shape is ignored (the broker's PREFIX is shared ground).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import IntEnum
from typing import Any

from runner.core.document_check import DocumentRefused, read_state_document

# A room publishes at least every 10 s (contract); after this long without a word it is stale.
STALE_AFTER_S = 25.0
BEHIND_S = 60.0


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

    @property
    def overtime(self) -> bool:
        return self.remaining_s is not None and self.remaining_s < 0


@dataclass
class RoomBoard:
    """Every room heard under one prefix."""

    rooms: dict[str, RoomEntry] = field(default_factory=dict)

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
        entry = self.rooms.setdefault(room, RoomEntry(room))
        entry.heard_at = mono
        return entry

    def tiles(self, now: datetime, mono: float) -> list[RoomTile]:
        """Every room that has sent a state, most in need of attention first, then by name."""
        tiles = [tile_for(entry, now, mono) for entry in self.rooms.values() if entry.document is not None]
        return sorted(tiles, key=lambda t: (t.attention, -t.offset_s, t.name.casefold(), t.key))


def tile_for(entry: RoomEntry, now: datetime, mono: float) -> RoomTile:
    document = entry.document
    assert document is not None
    remaining = _remaining_s(document, now)
    online = entry.online is not False
    stale = mono - entry.heard_at > STALE_AFTER_S
    tile = RoomTile(
        key=entry.key,
        name=document.room or entry.key,
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
        attention=Attention.IDLE,
    )
    return _with_attention(tile)


def _with_attention(tile: RoomTile) -> RoomTile:
    if tile.status == "ended":
        attention = Attention.ENDED
    elif not tile.online or tile.stale:
        attention = Attention.LOST if tile.status != "idle" else Attention.IDLE
    elif tile.overtime or tile.hard_stop_at_risk:
        attention = Attention.OVER
    elif tile.offset_s >= BEHIND_S:
        attention = Attention.BEHIND
    elif tile.status == "idle":
        attention = Attention.IDLE
    else:
        attention = Attention.RUNNING
    return replace(tile, attention=attention)


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
        room=data["room"],
        status=data["status"],
        sent_at=sent_at,
        remaining_ms=data["remaining_ms"],
        allowed_ms=None if segment is None else segment.get("allowed_ms"),
        segment_title="" if segment is None else segment["title"],
        segment_kind=(None if segment is None else segment.get("kind")) or "segment",
        speaker="" if speaker is None else speaker["name"],
        offset_s=float(data["offset_s"]),
        projected_end=_moment(data["projected_end"]),
        hard_stop=_moment(data["hard_stop"]),
        hard_stop_at_risk=data["hard_stop_at_risk"],
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

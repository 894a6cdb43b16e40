"""A speakers' list inside one segment: the queue, the turns, and their times."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class SlotStatus(str, Enum):
    WAITING = "waiting"
    SPEAKING = "speaking"
    SPOKEN = "spoken"
    SKIPPED = "skipped"


@dataclass
class SpeakerSlot:
    """A name in the queue. `limit` is seconds, or None for an untimed turn."""

    name: str
    limit: float | None
    added: bool = False
    skipped: bool = False
    # On a floor: the delegation as written (a code or a name), its category, the person named
    # for it, and which right of reply the turn is (1 or 2; 0 for an inscribed turn).
    delegation: str = ""
    category: str = ""
    speaker: str = ""
    reply: int = 0
    rank: str = ""  # in protocol order: who speaks for the delegation (runner.core.floor_order.RANKS)


@dataclass
class Turn:
    """One speaking turn, measured in the segment's active (unpaused) seconds."""

    slot: SpeakerSlot
    start_active: float
    end_active: float | None = None
    closed_by_segment_end: bool = False
    # Points of order during the turn stop the speaker's clock: never charged to the delegation.
    order_total: float = 0.0
    order_since: float | None = None

    def spoken(self, active_now: float) -> float:
        until = self.end_active if self.end_active is not None else active_now
        ordered = self.order_total + (until - self.order_since if self.order_since is not None else 0.0)
        return until - self.start_active - ordered


@dataclass
class SpeakerQueue:
    """The list, the position of the floor in it, and the turns taken so far."""

    slots: list[SpeakerSlot] = field(default_factory=list)
    position: int | None = None
    turns: list[Turn] = field(default_factory=list)

    @property
    def current(self) -> Turn | None:
        turn = self.turns[-1] if self.turns else None
        return turn if turn is not None and turn.end_active is None else None

    def status(self, index: int) -> SlotStatus:
        slot = self.slots[index]
        current = self.current
        if current is not None and current.slot is slot:
            return SlotStatus.SPEAKING
        if any(t.slot is slot for t in self.turns):
            return SlotStatus.SPOKEN
        return SlotStatus.SKIPPED if slot.skipped else SlotStatus.WAITING

    def statuses(self) -> list[SlotStatus]:
        """Every slot's `status`, in one pass over the turns (`status` for each is quadratic)."""
        current = self.current
        speaking = current.slot if current is not None else None
        spoke = {id(t.slot) for t in self.turns}
        return [
            SlotStatus.SPEAKING
            if slot is speaking
            else SlotStatus.SPOKEN
            if id(slot) in spoke
            else SlotStatus.SKIPPED
            if slot.skipped
            else SlotStatus.WAITING
            for slot in self.slots
        ]

    def spoken(self, active: float) -> list[float]:
        """Seconds each slot has held the floor, all its turns added, by position in the queue."""
        by_slot: dict[int, float] = {}
        for turn in self.turns:
            by_slot[id(turn.slot)] = by_slot.get(id(turn.slot), 0.0) + turn.spoken(active)
        return [by_slot.get(id(slot), 0.0) for slot in self.slots]

    def upcoming(self) -> list[int]:
        """Positions still to speak, in order."""
        after = -1 if self.position is None else self.position
        statuses = self.statuses()  # one pass over the turns (`status` of each is one a slot)
        return [i for i in range(after + 1, len(self.slots)) if statuses[i] is SlotStatus.WAITING]

    def close_turn(self, active: float, by_segment_end: bool = False) -> None:
        turn = self.current
        if turn is not None:
            if turn.order_since is not None:
                turn.order_total += active - turn.order_since
                turn.order_since = None
            turn.end_active = active
            turn.closed_by_segment_end = by_segment_end

    def reopen_after_segment(self) -> None:
        """The segment was reopened (Back): the turn its end cut short goes on."""
        if self.turns and self.turns[-1].closed_by_segment_end:
            self.turns[-1].end_active = None
            self.turns[-1].closed_by_segment_end = False

    def open_turn(self, position: int, active: float) -> Turn:
        self.close_turn(active)
        self.position = position
        turn = Turn(self.slots[position], active)
        self.turns.append(turn)
        return turn

    def reopen_previous(self) -> Turn | None:
        """Undo the last move of the floor: the running turn is dropped, the one before resumes."""
        if not self.turns:
            return None
        if self.current is not None:
            self.turns.pop()
        if not self.turns:
            self.position = None
            return None
        previous = self.turns[-1]
        previous.end_active = None
        self.position = self.slots.index(previous.slot)
        return previous

    def add(self, slot: SpeakerSlot) -> None:
        """A name inscribed live goes before the replies (heard after the last inscribed speaker);
        a first reply before the second ones."""
        later = 2 if slot.reply else 1
        # Which names still wait matters only when a reply is on the list (a floor's every name
        # added asked it, over every turn: quadratic in a long list).
        if (slot.reply == 1 or not slot.reply) and any(other.reply >= later for other in self.slots):
            waiting = set(self.upcoming())
            for index, other in enumerate(self.slots):
                if other.reply >= later and index in waiting:
                    self.slots.insert(index, slot)
                    return
        self.slots.append(slot)

    def reorder(self, positions: list[int]) -> None:
        """The slots at `positions` take those places in the order `positions` lists them (a draw)."""
        places, chosen = sorted(positions), [self.slots[i] for i in positions]
        for place, slot in zip(places, chosen):
            self.slots[place] = slot

    def drawable(self) -> list[int]:
        """The positions a draw of lots orders: inscribed delegations still waiting, not replies."""
        return [i for i in self.upcoming() if not self.slots[i].reply]

    def strikable(self) -> list[int]:
        """Positions that can be struck from the list: waiting or skipped, never one that spoke."""
        statuses = self.statuses()
        after = -1 if self.position is None else self.position
        return [
            i
            for i, status in enumerate(statuses)
            if (status is SlotStatus.WAITING and i > after) or status is SlotStatus.SKIPPED
        ]

    def strike(self, position: int) -> None:
        """The slot at `position` leaves the list (it has not spoken: no turn refers to it)."""
        del self.slots[position]
        if self.position is not None and position < self.position:
            self.position -= 1

    def replies_of(self, delegation: str) -> int:
        return sum(1 for slot in self.slots if slot.reply and slot.delegation == delegation)

    def move(self, source: int, target: int) -> None:
        movable = set(self.upcoming()) | {i for i in range(len(self.slots)) if self.status(i) is SlotStatus.SKIPPED}
        after = -1 if self.position is None else self.position
        if source not in movable or not after < target < len(self.slots):
            raise ValueError("only speakers still waiting can be moved, and only among those waiting")
        self.slots.insert(target, self.slots.pop(source))

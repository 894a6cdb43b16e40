"""Engine events: every action the host takes, as an append-only record.

The engine's state is a fold over these events, so the timing log can replay them after a crash
and reports can be rebuilt from them alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

# Types the contract names, plus the few the engine needs besides.
START, END, PAUSE, RESUME, ADJUST, SKIP, SPEAKER, ALERT, NOTE, RECOVER = (
    "start",
    "end",
    "pause",
    "resume",
    "adjust",
    "skip",
    "speaker",
    "alert",
    "note",
    "recover",
)
BACK, DAY_END = "back", "day_end"
EVENT_TYPES = frozenset({START, END, PAUSE, RESUME, ADJUST, SKIP, SPEAKER, ALERT, NOTE, RECOVER, BACK, DAY_END})


@dataclass(frozen=True)
class EngineEvent:
    """One thing that happened: when by both clocks, to which segment, with what details."""

    type: str
    segment: int | None
    mono: float
    wall: datetime
    data: dict[str, Any] = field(default_factory=dict)

    def to_record(self) -> dict[str, Any]:
        """The contract's JSON-lines shape: `at`, `type`, `segment`, then the details."""
        record: dict[str, Any] = {"at": self.wall.isoformat(), "type": self.type}
        if self.segment is not None:
            record["segment"] = self.segment
        record.update(self.data)
        return record

"""What an alert banner is about, so that it goes when its subject does.

A banner belongs to the segment running when it showed (for a speaker's alert, to that speaker's
turn too): "Mr X has reached the 1 min limit" goes when the floor moves on, "5 min left" when the
segment ends, a start reminder when something starts, the day's hard-stop warning when the
segment it fired in ends. The host can still dismiss any banner earlier.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from runner.core.engine import SessionEngine

SPEAKER_FAMILY = "speaker"


class _Alert(Protocol):
    @property
    def family(self) -> str: ...


@dataclass(frozen=True)
class BannerSubject:
    """The running segment (None: nothing ran) and, for a speaker's alert, the turn's number."""

    segment: int | None
    turn: int | None = None

    @classmethod
    def now(cls, engine: SessionEngine, speaker: bool = False) -> BannerSubject:
        """The subject an alert shown at this moment has."""
        run = engine.current_run
        turn = len(run.speakers.turns) if speaker and run is not None else None
        return cls(engine.current, turn)

    @classmethod
    def of_alert(cls, alert: _Alert, engine: SessionEngine) -> BannerSubject:
        return cls.now(engine, speaker=getattr(alert, "family", "") == SPEAKER_FAMILY)

    def has_ended(self, engine: SessionEngine) -> bool:
        """The segment is no longer the running one (or the day is over), or the floor moved on."""
        if engine.finished or engine.current != self.segment:
            return True
        return self.turn is not None and BannerSubject.now(engine, speaker=True).turn != self.turn

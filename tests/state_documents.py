"""State documents of the contract's shape, made by hand for the tests and benchmarks of rooms over a
broker (the real ones come from runner.core.state_document, built from a live engine)."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any


def document(room: str = "Plenary", title: str | None = "Opening", **changes: Any) -> dict[str, Any]:
    """A running segment `title` in `room`, five minutes left, sent now; `changes` replace fields."""
    made: dict[str, Any] = {
        "version": 1,
        "room": room,
        "day": "2020-06-12",
        "sent_at": datetime.now(timezone.utc).isoformat(),
        "status": "running",
        "segment": None if title is None else {"index": 0, "title": title, "kind": "segment", "group": None},
        "remaining_ms": 300_000,
        "speaker": None,
        "next": None,
        "offset_s": 0,
        "projected_end": None,
        "hard_stop": None,
        "hard_stop_at_risk": False,
        "message": None,
    }
    made.update(changes)
    return made


def document_bytes(room: str = "Plenary", title: str | None = "Opening", **changes: Any) -> bytes:
    """The same, as the bytes of an MQTT message."""
    return json.dumps(document(room, title, **changes), ensure_ascii=False).encode()

"""Render the organiser's overview of a parallel-rooms day, for docs/screenshot-overview.png.

    xvfb-run -a python -m tests.ui.render_overview OUT.png

Eight rooms of an IGF-like day at one moment, fed to the window as a broker would (state and
online messages), on a fake clock: one room over time, one at risk of its hard stop, one whose
app went offline, the others on time, late, not started or done.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from runner.core.clock import FakeClock
from runner.ui.base.theme import apply_dark_palette
from runner.ui.rooms.overview import OverviewWindow
from tests.state_documents import document_bytes

NOW = datetime(2025, 6, 24, 11, 47, 10, tzinfo=timezone(timedelta(hours=2)))


def document(room: str, title: str, remaining_s: float, **changes: object) -> bytes:
    ends = (NOW + timedelta(hours=1, minutes=13)).isoformat()
    base = {"day": "2025-06-24", "sent_at": NOW.isoformat(), "remaining_ms": int(remaining_s * 1000)}
    segment = {"index": 2, "title": title, "kind": "segment", "group": None, "allowed_ms": 1_800_000}
    return document_bytes(room, **{**base, "segment": segment, "projected_end": ends, "hard_stop": ends, **changes})


ROOMS = [
    ("plenary", document("Plenary Hall", "Main session: Digital cooperation", 14 * 60 + 37, offset_s=120)),
    (
        "ws-1",
        document(
            "Workshop Room 1",
            "Data governance for development",
            -83,
            offset_s=410,
            speaker={"name": "أمينة محمد", "remaining_ms": -20_000},
        ),
    ),
    (
        "ws-2",
        document(
            "Workshop Room 2",
            "AI and the SDGs",
            95,
            offset_s=840,
            hard_stop_at_risk=True,
            projected_end=(NOW + timedelta(hours=1, minutes=27)).isoformat(),
        ),
    ),
    (
        "ws-3",
        document(
            "Workshop Room 3", "Meaningful connectivity", 22 * 60 + 4, speaker={"name": "王毅", "remaining_ms": 61_000}
        ),
    ),
    ("ws-4", document("Workshop Room 4", "Child online safety", 8 * 60 + 12)),
    ("open-forum", document("Open Forum", "Cybersecurity norms", 19 * 60, status="paused", offset_s=-180)),
    ("lightning", document("Lightning Talks", "", 0, status="idle", segment=None)),
    ("town-hall", document("Town Hall", "", 0, status="ended", segment=None)),
]


def render(out: Path) -> Path:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_dark_palette(app)
    clock = FakeClock(NOW)
    window = OverviewWindow("mqtt://broker.example.org:8883/igf2025", clock)
    window.resize(1600, 960)
    window.show()
    for key, payload in ROOMS:
        window.receive(key, "online", b"true")
        window.receive(key, "state", payload)
    window.receive("ws-4", "online", b"false")
    from runner.ui.rooms.mqtt_client import LinkState, LinkStatus

    window.show_link_status(LinkStatus(LinkState.CONNECTED))
    QTest.qWait(300)
    out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out))
    window.close()
    return out


if __name__ == "__main__":
    print(render(Path(sys.argv[1])))

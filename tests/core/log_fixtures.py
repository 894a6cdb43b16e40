"""Helpers for timing-log tests: an agenda around the dialogue day, and foreign or broken files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from runner.core.agenda import Agenda, Day
from tests.core.engine_fixtures import dialogue_day

AGENDA_BYTES = b"title: Launch of the Roadmap\n# the YAML itself does not matter to core tests\n"


def dialogue_agenda(day: Day | None = None, data: bytes = AGENDA_BYTES) -> Agenda:
    day = day or dialogue_day()
    return Agenda(
        title="Launch of the Roadmap",
        timezone=day.timezone,
        days=(day,),
        source="agendas/roadmap.yaml",
        text_hash=hashlib.sha256(data).hexdigest(),
    )


def foreign_sqlite(path: Path) -> bytes:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE songs (title TEXT)")
    db.execute("INSERT INTO songs VALUES ('x')")
    db.commit()
    db.close()
    return path.read_bytes()

"""A crashed log's `.sqlite` deleted to start over: the new log never inherits its `-wal`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from runner.core.clock import SystemClock
from runner.core.session import open_session
from runner.core.timing_log import TimingLog
from tests.killed_child import killed_after_first_line
from tests.scripted_day import DIALOGUE_YAML, dialogue

CHILD = """
import sys, time
from pathlib import Path
from runner.core.clock import SystemClock
from runner.core.session import open_session
from tests.scripted_day import DIALOGUE_YAML, dialogue

agenda, day = dialogue()
opened = open_session(agenda, day, SystemClock(), Path(sys.argv[1]), agenda_bytes=DIALOGUE_YAML.encode("utf-8"))
for _ in range(40):
    opened.engine.add_note("a note the old day took")
opened.engine.advance()
print("ready", flush=True)
time.sleep(600)
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def crash_a_day(log: Path) -> None:
    line, err = killed_after_first_line(CHILD, str(log))
    assert line == "ready", err


def test_a_new_log_beside_a_crashed_logs_wal_starts_empty_and_says_what_it_moved(tmp_path):
    log = tmp_path / "day.sqlite"
    crash_a_day(log)
    wal = Path(str(log) + "-wal")
    assert wal.stat().st_size > 0  # the crash left the old day's events in the WAL
    log.unlink()  # the host "starts over"
    agenda, day = dialogue()
    opened = open_session(agenda, day, SystemClock(), log, agenda_bytes=DIALOGUE_YAML.encode("utf-8"))
    assert opened.engine.events == [] and opened.engine.current is None
    assert "moved aside" in opened.notice and "day.sqlite-wal.orphaned-" in opened.notice
    opened.close()
    assert TimingLog.read(log).events() == []
    kept = sorted(p.name for p in tmp_path.glob("day.sqlite-*.orphaned-*"))
    assert [name.split(".orphaned-")[0] for name in kept] == ["day.sqlite-shm", "day.sqlite-wal"]

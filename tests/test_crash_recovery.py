"""A real process killed with SIGKILL mid-segment: the next start resumes it with its real start."""

from __future__ import annotations

import csv
import io
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from runner.core.clock import FakeClock, SystemClock
from runner.core.engine import RunStatus
from runner.core.session import open_session
from runner.core.timing_log import TimingLog
from runner.io.report_command import load_report
from runner.io.report_csv import render_csv
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
opened.engine.advance()
opened.engine.advance()
print("ready", flush=True)
time.sleep(600)
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _run_and_kill(log: Path) -> None:
    line, err = killed_after_first_line(CHILD, str(log))
    assert line == "ready", err


def _logged_start(log: Path, segment: int):
    events = [item.event for item in TimingLog.read(log).events()]
    return next(e for e in events if e.type == "start" and e.segment == segment)


def test_the_same_boot_resumes_the_running_segment(tmp_path):
    log = tmp_path / "day.sqlite"
    _run_and_kill(log)
    started = _logged_start(log, 1)
    agenda, day = dialogue()
    opened = open_session(agenda, day, SystemClock(), log, agenda_bytes=DIALOGUE_YAML.encode("utf-8"))
    engine = opened.engine
    assert engine.current == 1 and engine.runs[1].status is RunStatus.RUNNING
    assert engine.runs[0].status is RunStatus.DONE
    assert engine.runs[1].start_event.wall == started.wall
    assert engine.runs[1].started == started.mono  # CLOCK_MONOTONIC is system-wide: kept as recorded
    assert opened.notice.startswith("Recovered: 'Global connectivity' has been running since ")
    opened.close()
    assert [item.event.type for item in TimingLog.read(log).events()] == ["start", "end", "start", "recover"]


def test_the_csv_after_the_crash_shows_the_full_length(tmp_path):
    log = tmp_path / "day.sqlite"
    _run_and_kill(log)
    started = _logged_start(log, 1)
    agenda, day = dialogue()
    # Ten minutes later, on what the log cannot tell is the same boot: times map through the wall clock.
    clock = FakeClock(started.wall + timedelta(minutes=10), monotonic=5.0)
    opened = open_session(agenda, day, clock, log, boot_id="after-reboot")
    engine = opened.engine
    assert engine.current == 1
    assert engine.runs[1].active(clock.monotonic()) == pytest.approx(600, abs=0.01)
    clock.advance(120)
    engine.end_day()
    opened.close()
    rows = list(csv.DictReader(io.StringIO(render_csv(load_report(log)))))
    assert rows[1]["status"] == "done"
    assert rows[1]["actual_start"] == started.wall.isoformat(timespec="seconds")
    assert rows[1]["actual_duration_s"] == "720"
    types = [item.event.type for item in TimingLog.read(log).events()]
    assert types == ["start", "end", "start", "recover", "end", "day_end"]

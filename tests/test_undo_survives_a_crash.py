"""A real process killed with SIGKILL right after Ctrl+Z: the next start has the day as corrected,
and Ctrl+Z and Ctrl+Shift+Z go on from there (issue 24, item 2)."""

from __future__ import annotations

import sys

import pytest

from runner.core.clock import SystemClock
from runner.core.commands import HostCommands
from runner.core.engine import RunStatus
from runner.core.events import EventType
from runner.core.session import open_session
from tests.killed_child import killed_after_first_line
from tests.scripted_day import DIALOGUE_YAML, dialogue

CHILD = """
import sys, time
from pathlib import Path
from runner.core.clock import SystemClock
from runner.core.commands import HostCommands
from runner.core.session import open_session
from tests.scripted_day import DIALOGUE_YAML, dialogue

agenda, day = dialogue()
opened = open_session(agenda, day, SystemClock(), Path(sys.argv[1]), agenda_bytes=DIALOGUE_YAML.encode("utf-8"))
host = HostCommands(opened.engine)
host.start_next()
host.adjust(60)
host.start_next()  # a stray Space
host.undo()
print("ready", flush=True)
time.sleep(600)
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_an_undo_killed_at_once_comes_back_undone_and_undo_goes_on(tmp_path):
    log = tmp_path / "log.sqlite"
    line, err = killed_after_first_line(CHILD, str(log))
    assert line == "ready", err

    agenda, day = dialogue()
    opened = open_session(agenda, day, SystemClock(), log, agenda_bytes=DIALOGUE_YAML.encode("utf-8"))
    engine = opened.engine
    try:
        assert engine.current == 0 and engine.runs[1].status is RunStatus.NOT_STARTED
        assert engine.runs[0].adjust == 60.0
        assert [e.type for e in engine.events if e.type in (EventType.UNDO, EventType.RECOVER)] == [
            EventType.UNDO,
            EventType.RECOVER,
        ]
        host = HostCommands(engine)
        assert host.undo().startswith("Undone: +1 min on ")  # the command before the crash
        assert engine.runs[0].adjust == 0.0
        host.redo()
        host.redo()  # the stray Space again, as it was
        assert engine.current == 1
    finally:
        opened.close()

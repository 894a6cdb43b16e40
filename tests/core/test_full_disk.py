"""A log that cannot be written (a full disk): nothing shows that the log lacks, and nothing is lost.

The first tests simulate the failure with a writer raising ENOSPC; the last fills a real, small
tmpfs (mounted by the test, which needs root: skipped otherwise) and frees it again.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from runner.core import events as ev
from runner.core.clock import FakeClock
from runner.core.engine import LogWriteError, RunStatus, SessionEngine
from runner.core.session import open_session
from runner.core.timing_log import TimingLog
from tests.core.engine_fixtures import at, dialogue_day
from tests.core.log_fixtures import dialogue_agenda


class FlakyDisk:
    """A persist hook that fails with ENOSPC while `full`, and keeps what it was given otherwise."""

    def __init__(self) -> None:
        self.full = False
        self.written: list[ev.EngineEvent] = []

    def __call__(self, events: list[ev.EngineEvent]) -> None:
        if self.full:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.written.extend(events)


def engine_on(disk: FlakyDisk) -> tuple[SessionEngine, FakeClock, list[ev.EngineEvent]]:
    clock = FakeClock(at("09:00"))
    engine = SessionEngine(dialogue_day(), clock)
    engine.persist = disk
    heard: list[ev.EngineEvent] = []
    engine.subscribe(heard.append)
    return engine, clock, heard


def test_an_action_the_log_refuses_is_not_applied_and_nobody_hears_of_it():
    disk = FlakyDisk()
    engine, clock, heard = engine_on(disk)
    engine.advance()
    clock.advance(60)
    disk.full = True
    with pytest.raises(LogWriteError, match="No space left on device"):
        engine.advance()  # end 'Opening', start 'Global connectivity'
    assert engine.current == 0 and engine.runs[0].status is RunStatus.RUNNING
    assert engine.runs[1].status is RunStatus.NOT_STARTED
    assert [e.type for e in heard] == [e.type for e in disk.written] == [e.type for e in engine.events] == ["start"]
    clock.advance(30)
    assert engine.runs[0].remaining(clock.monotonic()) == 30 * 60 - 90  # the clock keeps counting


def test_while_an_action_waits_others_are_refused_but_alerts_and_notes_queue_behind_it():
    disk = FlakyDisk()
    engine, clock, heard = engine_on(disk)
    engine.advance()
    disk.full = True
    clock.advance(60)
    with pytest.raises(LogWriteError):
        engine.advance()
    clock.advance(5)
    with pytest.raises(LogWriteError, match="waiting action"):
        engine.pause()
    engine.record_alert("warning", "2 minutes left", 1)
    engine.add_note("sound check")
    assert not engine.retry_unwritten()
    assert [e.type for e in engine.unwritten] == ["end", "start", "alert", "note"]
    assert len(heard) == 1


def test_once_space_returns_everything_that_waited_is_written_and_applied_at_its_own_time():
    disk = FlakyDisk()
    engine, clock, heard = engine_on(disk)
    engine.advance()
    clock.advance(60)
    disk.full = True
    with pytest.raises(LogWriteError):
        engine.advance()
    pressed_at = clock.monotonic()
    engine.record_alert("warning", "2 minutes left", 1)
    clock.advance(120)
    disk.full = False
    assert engine.retry_unwritten()
    assert engine.current == 1 and engine.runs[1].started == pressed_at
    assert engine.runs[1].remaining(clock.monotonic()) == 20 * 60 - 120
    assert [e.type for e in disk.written] == [e.type for e in heard] == ["start", "end", "start", "alert"]
    assert engine.unwritten == [] and engine.events == disk.written
    engine.pause()  # actions are taken again
    assert engine.paused


# -- a real full disk ------------------------------------------------------------------------------
@pytest.fixture
def small_disk(tmp_path: Path):
    """A 512 KiB tmpfs mounted for the test (root only)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mount_point)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(folder: Path) -> Path:
    """Write a file until the disk is full; returns it (delete it to give the space back)."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as handle, contextlib.suppress(OSError):
        while True:
            handle.write(b"\0" * 4096)
    return filler


def test_a_real_full_disk_refuses_the_action_and_the_log_takes_it_once_space_returns(small_disk):
    clock = FakeClock(at("09:00"))
    log_path = small_disk / "day.sqlite"
    session = open_session(dialogue_agenda(), dialogue_day(), clock, log_path, boot_id="b")
    engine = session.engine
    engine.advance()
    clock.advance(60)
    filler = fill(small_disk)
    with pytest.raises(LogWriteError, match="disk is full"):
        for _ in range(200):  # the WAL's last free pages may still take an action or two
            engine.advance()
            clock.advance(1)
    waiting = [e.type for e in engine.unwritten]
    assert waiting[-2:] == ["end", "start"]
    shown = len(engine.events)
    filler.unlink()
    assert engine.retry_unwritten()
    assert len(engine.events) == shown + len(waiting)
    session.close()
    logged = TimingLog.read(log_path).events()
    assert [item.event.type for item in logged] == [e.type for e in engine.events]

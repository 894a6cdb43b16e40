"""One running session per timing log: a second app on the same log is refused in one line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from runner.core.clock import SystemClock
from runner.core.log_lock import host_name
from runner.core.session import open_session
from runner.core.timing_log import LogError
from tests.scripted_day import DIALOGUE_YAML, dialogue

ROOT = Path(__file__).resolve().parent.parent
HOLDER = """
import sys, time
from pathlib import Path
from runner.core.clock import SystemClock
from runner.core.session import open_session
from tests.scripted_day import DIALOGUE_YAML, dialogue

agenda, day = dialogue()
opened = open_session(agenda, day, SystemClock(), Path(sys.argv[1]), agenda_bytes=DIALOGUE_YAML.encode("utf-8"))
opened.engine.advance()
print("ready", flush=True)
time.sleep(600)
"""


def _open(log: Path):
    agenda, day = dialogue()
    return open_session(agenda, day, SystemClock(), log, agenda_bytes=DIALOGUE_YAML.encode("utf-8"))


def test_a_second_session_on_an_open_log_is_refused_until_the_first_closes(tmp_path):
    log = tmp_path / "day.sqlite"
    first = _open(log)
    first.engine.advance()
    with pytest.raises(LogError, match=f"is in use by another Session Runner \\(process {os.getpid()} on "):
        _open(log)
    assert len(first.engine.events) == 1  # the refused attempt wrote nothing
    first.close()
    again = _open(log)
    assert again.engine.current == 0  # recovered from the log the first session wrote
    again.close()


def test_a_refused_first_open_leaves_no_lock_behind(tmp_path):
    log = tmp_path / "day.sqlite"
    log.write_bytes(b"not a log at all")
    with pytest.raises(LogError):
        _open(log)
    log.unlink()
    _open(log).close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_another_app_is_told_in_one_line_and_a_killed_holder_leaves_no_stale_lock(tmp_path):
    log = tmp_path / "day.sqlite"
    agenda_file = tmp_path / "dialogue.yaml"
    agenda_file.write_text(DIALOGUE_YAML, encoding="utf-8")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(log)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "ready", holder.stderr.read()  # type: ignore[union-attr]
        app = subprocess.run(
            [sys.executable, "main.py", str(agenda_file), "--day", "2020-06-12", "--log", str(log)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert app.returncode == 1
        lines = [line for line in app.stderr.splitlines() if line.strip()]
        assert lines == [
            f"{log}: is in use by another Session Runner (process {holder.pid} on "
            f"{host_name()}); close that window first, or open this day with another --log"
        ]
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
    resumed = _open(log)  # the killed holder's lock went with it
    assert resumed.engine.current == 0 and resumed.notice
    resumed.close()


def test_an_app_that_cannot_open_gives_the_collector_back(tmp_path, capsys):
    import gc

    from runner.cli import main

    assert main([str(tmp_path / "missing.yaml")]) == 1
    assert gc.isenabled()  # run_app held it for the start; a refusal must not leave it held
    assert capsys.readouterr().err.strip() == f"{tmp_path / 'missing.yaml'}:1:1: no such file"


def test_a_folder_without_file_locks_still_runs_the_session_and_says_so(tmp_path, monkeypatch):
    import errno

    from runner.core import log_lock
    from runner.core.session import UNLOCKED_NOTICE

    def no_locks(handle):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(log_lock, "_lock", no_locks)
    opened = _open(tmp_path / "day.sqlite")
    assert not opened.lock.held
    assert opened.notice.endswith(UNLOCKED_NOTICE)
    opened.engine.advance()
    opened.close()


def test_a_folder_that_cannot_be_written_fails_with_the_logs_own_message(tmp_path):
    blocker = tmp_path / "not a folder"
    blocker.write_text("x")
    with pytest.raises(LogError, match="cannot be created"):
        _open(blocker / "day.sqlite")

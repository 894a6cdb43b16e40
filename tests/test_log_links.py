"""The one-app-per-log lock holds however the log is named: a symbolic link, a hard link; and a
planted `<log>.lock` link is never written through."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from runner.core.clock import SystemClock
from runner.core.session import open_session
from runner.core.timing_log import LogError
from tests.scripted_day import DIALOGUE_YAML, dialogue
from tests.test_log_in_use import HOLDER, ROOT

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="links and SIGKILL as on POSIX")


def _open(log: Path):
    agenda, day = dialogue()
    return open_session(agenda, day, SystemClock(), log, agenda_bytes=DIALOGUE_YAML.encode("utf-8"))


@pytest.fixture
def held_log(tmp_path):
    """A log held by a real app process (killed at the end)."""
    log = tmp_path / "day.sqlite"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(log)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "ready", holder.stderr.read()  # type: ignore[union-attr]
        yield log
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)


def test_a_symbolic_link_to_a_held_log_is_refused(tmp_path, held_log):
    link = tmp_path / "elsewhere" / "link.sqlite"
    link.parent.mkdir()
    link.symlink_to(held_log)
    with pytest.raises(LogError, match="in use by another Session Runner"):
        _open(link)


def test_a_hard_link_to_a_held_log_is_refused(tmp_path, held_log):
    other = tmp_path / "elsewhere" / "copy.sqlite"
    other.parent.mkdir()
    os.link(held_log, other)
    with pytest.raises(LogError, match="in use by another Session Runner"):
        _open(other)


def test_a_hard_link_made_after_a_new_log_was_created_is_refused_too(tmp_path):
    log = tmp_path / "day.sqlite"
    first = _open(log)
    os.link(log, tmp_path / "second-name.sqlite")
    try:
        with pytest.raises(LogError, match="in use"):
            _open(tmp_path / "second-name.sqlite")
    finally:
        first.close()
    _open(tmp_path / "second-name.sqlite").close()  # free once the first app closed


def test_a_planted_lock_link_is_replaced_and_its_target_left_untouched(tmp_path):
    victim = tmp_path / "thesis.txt"
    victim.write_text("years of work", encoding="utf-8")
    log = tmp_path / "day.sqlite"
    Path(str(log) + ".lock").symlink_to(victim)
    opened = _open(log)
    opened.close()
    assert victim.read_text(encoding="utf-8") == "years of work"
    assert not Path(str(log) + ".lock").is_symlink()


def test_a_lock_file_that_is_a_hard_link_is_replaced_and_the_other_name_left_untouched(tmp_path):
    victim = tmp_path / "thesis.txt"
    victim.write_text("years of work", encoding="utf-8")
    log = tmp_path / "day.sqlite"
    os.link(victim, Path(str(log) + ".lock"))
    _open(log).close()
    assert victim.read_text(encoding="utf-8") == "years of work"

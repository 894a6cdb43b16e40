"""Damaged, odd and read-only logs: one line each from `report` and from the app, never a traceback."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from runner.cli import main
from runner.core.clock import FakeClock
from runner.core.session import open_session
from runner.core.timing_log import LogError
from tests.scripted_day import DIALOGUE_YAML, at, dialogue, write_log

MAIN = Path(__file__).resolve().parent.parent / "main.py"


def report(capsys, log: Path, out: Path) -> tuple[int, list[str]]:
    code = main(["report", str(log), "-o", str(out)])
    return code, capsys.readouterr().err.splitlines()


def tamper(log: Path, sql: str, *params: object) -> None:
    db = sqlite3.connect(log)
    db.execute(sql, params)
    db.commit()
    db.close()


def open_app(log: Path):
    agenda, day = dialogue()
    return open_session(agenda, day, FakeClock(at("09:02")), log, agenda_bytes=DIALOGUE_YAML.encode("utf-8"))


@pytest.mark.parametrize(
    ("sql", "params", "said"),
    [
        ("UPDATE events SET data = CAST(? AS TEXT) WHERE seq = 3", (b'{"text": "\xff\xfe"}',), "is damaged"),
        ("UPDATE meta SET value = ? WHERE key = 'day'", ("12 June",), "unreadable day"),
        ("UPDATE meta SET value = ? WHERE key = 'plan_shift_s'", ("1e300",), "unreadable rehearsal shift"),
        ("UPDATE meta SET value = ? WHERE key = 'plan_shift_s'", ("nan",), "unreadable rehearsal shift"),
        ("UPDATE meta SET value = ? WHERE key = 'timezone'", ("Mars/Olympus",), "unknown time zone"),
    ],
)
def test_a_damaged_fact_or_event_is_one_line_from_report_and_app(tmp_path, capsys, sql, params, said):
    log = write_log(tmp_path)
    tamper(log, sql, *params)
    code, lines = report(capsys, log, tmp_path / "out.csv")
    assert code == 1 and len(lines) == 1 and said in lines[0] and str(log) in lines[0]
    if "day" in said:
        return  # the app refuses another day's log before it reads the events
    with pytest.raises(LogError, match=said):
        open_app(log)


def test_a_quick_check_that_lists_many_findings_is_one_line(tmp_path, capsys):
    log = write_log(tmp_path)
    data = bytearray(log.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data) - 8, page):  # break every page after the schema's
        data[offset : offset + 8] = b"\x0d\xff\xff\xff\xff\xff\xff\xff"
    log.write_bytes(bytes(data))
    code, lines = report(capsys, log, tmp_path / "out.csv")
    assert code == 1 and len(lines) == 1 and "damaged" in lines[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_given_as_log_is_refused_at_once_by_report_and_app(tmp_path):
    fifo = tmp_path / "pipe.sqlite"
    os.mkfifo(fifo)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(MAIN), "report", str(fifo), "-o", str(tmp_path / "x.csv")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1 and "not a regular file" in done.stderr and "Traceback" not in done.stderr
    with pytest.raises(LogError, match="not a regular file"):
        open_app(fifo)
    with pytest.raises(LogError, match="not a regular file"):
        open_app(Path("/dev/null"))


@pytest.fixture
def read_only_copy(tmp_path):
    """A healthy, cleanly closed log in a folder nothing can write to (a read-only tmpfs as root)."""
    log = write_log(tmp_path)
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() == 0:
        if shutil.which("mount") is None:
            pytest.skip("no mount")
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)]).returncode:
            pytest.skip("cannot mount a tmpfs")
        shutil.copy(log, folder / log.name)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder / log.name
        subprocess.run(["umount", "-l", str(folder)], check=False)
    else:
        shutil.copy(log, folder / log.name)
        folder.chmod(0o555)
        yield folder / log.name
        folder.chmod(0o755)


def test_a_healthy_log_in_a_read_only_folder_is_read_only_not_damaged(read_only_copy, tmp_path, capsys):
    code, lines = report(capsys, read_only_copy, tmp_path / "out.csv")
    assert code == 0, lines
    assert "Opening" in (tmp_path / "out.csv").read_text(encoding="utf-8")
    with pytest.raises(LogError, match="read-only folder") as refused:
        open_app(read_only_copy)
    assert "damaged" not in str(refused.value)

"""A Python without PySide6 (a plain `python main.py` beside the venv): one line, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.io.report_fixtures import scripted_log

ROOT = Path(__file__).resolve().parent.parent
# As if PySide6 were not installed: its import fails as a missing module does.
NO_QT = (
    "import runpy, sys; sys.modules['PySide6'] = None; sys.argv = sys.argv[1:]; "
    "runpy.run_path(sys.argv[0], run_name='__main__')"
)


def run_without_qt(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", NO_QT, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=ROOT,
    )


def one_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


def test_the_app_without_pyside6_says_so_in_one_line():
    line = one_line(run_without_qt("agendas/rehearsal.yaml"))
    assert "has no PySide6" in line and ".venv/bin/python main.py" in line


def test_a_pdf_report_without_pyside6_says_so_in_one_line(tmp_path):
    log = scripted_log(tmp_path)
    line = one_line(run_without_qt("report", str(log), "-o", str(tmp_path / "x.pdf")))
    assert "has no PySide6" in line
    assert not (tmp_path / "x.pdf").exists()


def test_check_needs_no_qt_at_all():
    done = run_without_qt("check", "agendas/rehearsal.yaml")
    assert done.returncode == 0 and "5 segments" in done.stdout

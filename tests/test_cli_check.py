"""`python main.py check`: one line per day, located problems, exit codes, no tracebacks, fast."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
AGENDAS = sorted(str(p) for p in (REPO / "agendas").glob("*.yaml"))
# A cold start imports Python, PyYAML and the core; generous enough for a slow CI runner.
MAX_SECONDS = 3.0


def check(*args: str) -> subprocess.CompletedProcess[str]:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "check", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=30,
    )
    assert time.perf_counter() - started < MAX_SECONDS
    assert "Traceback" not in result.stdout + result.stderr
    return result


def test_shipped_agendas_pass() -> None:
    from runner.io.agenda_yaml import load_agenda

    result = check(*AGENDAS)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    expected = [(d.date.isoformat(), len(d.segments)) for p in AGENDAS for d in load_agenda(p).days]
    assert len(lines) == len(expected)
    for line, (day, count) in zip(lines, expected):
        assert day in line and f"{count} segments" in line


def test_roadmap_lines() -> None:
    result = check(str(REPO / "agendas" / "roadmap-launch-june-2020.yaml"))
    found = [(m[0], int(m[1])) for m in re.findall(r"(\d{4}-\d{2}-\d{2})\s+(\d+) segments", result.stdout)]
    assert found == [("2020-06-11", 8), ("2020-06-12", 8), ("2020-06-15", 7), ("2020-06-16", 1), ("2020-06-17", 3)]


def test_bad_agenda_exits_1_with_located_lines(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "title: T\ntimezone: America/New_Yrok\ndate: 2024-03-01\nsegments:\n"
        '  - {start: "48:00", title: A, duraton: 5m}\n',
        encoding="utf-8",
    )
    result = check(str(bad), AGENDAS[0])
    assert result.returncode == 1
    problems = result.stderr.splitlines()
    assert len(problems) == 3
    for line in problems:
        assert re.match(rf"{re.escape(str(bad))}:\d+:\d+: \S", line), line
    assert f"{bad}:2:11: unknown time zone 'America/New_Yrok' (did you mean 'America/New_York'?)" in problems
    # The good file after the bad one is still checked.
    assert "segments" in result.stdout


def test_unreadable_inputs_exit_1(tmp_path: Path) -> None:
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"title: \xff\xfe\x00\n")
    result = check(str(tmp_path / "absent.yaml"), str(tmp_path), str(binary))
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 3


def test_no_agenda_is_a_usage_error() -> None:
    result = check()
    assert result.returncode == 2
    assert "usage" in result.stderr.lower()

"""`python main.py report LOG -o OUT [--day]` end to end: exit codes, stdout, stderr, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.io.report_fixtures import scripted_log

MAIN = Path(__file__).resolve().parent.parent / "main.py"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, str(MAIN), "report", *args], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.mark.slow
def test_report_writes_each_format(tmp_path):
    log = scripted_log(tmp_path)
    for suffix in (".html", ".pdf", ".md", ".csv", ".jsonl"):
        out = tmp_path / f"summary{suffix}"
        done = _run(str(log), "-o", str(out), "--day", "2020-06-12")
        assert done.returncode == 0, done.stderr
        assert out.stat().st_size > 0 and done.stderr == ""
    lines = (tmp_path / "summary.jsonl").read_text(encoding="utf-8").splitlines()
    assert all(json.loads(line)["at"] for line in lines)


@pytest.mark.slow
def test_csv_says_where_the_speakers_went(tmp_path):
    done = _run(str(scripted_log(tmp_path)), "-o", str(tmp_path / "t.csv"))
    assert done.returncode == 0 and "t-speakers.csv" in done.stdout


@pytest.mark.slow
@pytest.mark.parametrize(
    "args, code",
    [
        ([], 2),
        (["LOG"], 2),
        (["LOG", "-o", "x.html", "--day", "June"], 2),
        (["LOG", "-o", "x.txt"], 2),
    ],
)
def test_usage_errors_exit_2(tmp_path, args, code):
    log = scripted_log(tmp_path)
    done = _run(*[str(log) if a == "LOG" else (str(tmp_path / a) if a.startswith("x.") else a) for a in args])
    assert done.returncode == code
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_a_corrupt_log_exits_1_with_one_line(tmp_path):
    log = tmp_path / "broken.sqlite"
    log.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    done = _run(str(log), "-o", str(tmp_path / "x.html"))
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert log.read_bytes() == b"SQLite format 3\x00" + b"\x00" * 200


@pytest.mark.slow
def test_several_outputs_from_one_command_match_one_command_each(tmp_path):
    log = scripted_log(tmp_path)
    together, alone = tmp_path / "together", tmp_path / "alone"
    together.mkdir(), alone.mkdir()
    suffixes = (".html", ".md", ".csv", ".jsonl")
    done = _run(str(log), *[a for s in suffixes for a in ("-o", str(together / f"day{s}"))])
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == len(suffixes) and "day-speakers.csv" in done.stdout
    for suffix in suffixes:
        assert _run(str(log), "-o", str(alone / f"day{suffix}")).returncode == 0
        assert (together / f"day{suffix}").read_bytes() == (alone / f"day{suffix}").read_bytes(), suffix
    assert (together / "day-speakers.csv").read_bytes() == (alone / "day-speakers.csv").read_bytes()


@pytest.mark.slow
def test_an_output_given_twice_or_a_bad_one_among_several_writes_nothing(tmp_path):
    log = scripted_log(tmp_path)
    twice = _run(str(log), "-o", str(tmp_path / "a.html"), "-o", str(tmp_path / "b.md"), "-o", str(tmp_path / "a.html"))
    assert twice.returncode == 2 and "a.html" in twice.stderr and twice.stderr.count("\n") == 1
    unknown = _run(str(log), "-o", str(tmp_path / "a.html"), "-o", str(tmp_path / "a.txt"))
    assert unknown.returncode == 2 and "a.txt" in unknown.stderr
    assert not (tmp_path / "a.html").exists() and not (tmp_path / "b.md").exists()

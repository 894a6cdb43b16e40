"""`main.py import`: one line per day on success, located lines and exit 1 on a broken source."""

from __future__ import annotations

from pathlib import Path

import pytest

from runner.cli import main

SEED = Path(__file__).parent / "fixtures" / "import" / "programme-roadmap-launch-june-2020.txt"


def test_import_writes_an_agenda_that_check_accepts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "roadmap.yaml"
    assert main(["import", str(SEED), "-o", str(out), "--timezone", "America/New_York", "--title", "Roadmap"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5 and "2020-06-12  8 segments" in lines[1]
    assert "title: Roadmap\n" in out.read_text(encoding="utf-8")
    assert main(["check", str(out)]) == 0


def test_a_broken_source_leaves_no_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, out = tmp_path / "bad.txt", tmp_path / "out.yaml"
    source.write_text("Welcome\n9:00 Opening\n9:30 Talk\n", encoding="utf-8")
    assert main(["import", str(source), "-o", str(out)]) == 1
    assert capsys.readouterr().err == (
        f"{source}:3: the length of 'Talk' is not known; give its end (10:00-10:30), a length ([30 minutes]) "
        "or end the day with a line '12:00 End'\n"
    )
    assert not out.exists() and list(tmp_path.iterdir()) == [source]


def test_an_existing_out_is_kept_when_the_import_fails(tmp_path: Path) -> None:
    out = tmp_path / "out.yaml"
    out.write_text("keep me", encoding="utf-8")
    assert main(["import", str(tmp_path / "missing.csv"), "-o", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "keep me"


def test_import_needs_an_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(SEED)]) == 2
    assert "-o" in capsys.readouterr().err

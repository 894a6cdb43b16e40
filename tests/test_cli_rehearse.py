"""`python main.py rehearse AGENDA ...`: the day on a simulated clock, printed line by line."""

from __future__ import annotations

import re
from pathlib import Path

from runner.cli import main

ROADMAP = str(Path(__file__).resolve().parents[1] / "agendas" / "roadmap-launch-june-2020.yaml")
LINE = re.compile(r"^\d\d:\d\d:\d\d  \S")


def rehearse(capsys, *args: str) -> tuple[int, list[str], str]:
    code = main(["rehearse", ROADMAP, "--day", "2020-06-12", "--speed", "0", *args])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def test_a_fifteen_minute_overrun_ends_past_the_stop_and_recover_holds_it(capsys):
    code, lines, err = rehearse(capsys, "--overrun", "Digital public goods=+15m")
    assert code == 0 and err == "" and all(LINE.match(line) for line in lines)
    assert lines[-1] == "12:15:00  the day ends 15 min past its 12:00 hard stop"
    code, lines, err = rehearse(capsys, "--overrun", "Digital public goods=+15m", "--recover")
    assert code == 0 and err == ""
    assert lines[-1] == "12:00:00  the day ends, by its 12:00 hard stop"
    assert "10:20:30  recovery plan: Recover 30 s to hold the 12:00 stop: trim Digital human rights by 1 min." in lines
    assert "10:26:00  recovery plan: Recover 5 min to hold the 12:00 stop: trim Digital human rights by 5 min." in lines
    assert "10:35:00  Ctrl+R: plan 4 accepted" in lines


def test_the_rehearsed_day_has_a_report(capsys, tmp_path):
    out = tmp_path / "rehearsal.csv"
    code, lines, _ = rehearse(capsys, "--overrun", "Opening=+5m", "--recover", "-o", str(out))
    assert code == 0 and lines[-1] == f"Wrote the rehearsal's report to {out}"
    rows = out.read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("day,index,title,kind,status,") and len(rows) == 9
    assert all(",done," in row for row in rows[1:])


def test_bad_options_are_one_line_and_exit_two(capsys):
    assert rehearse(capsys, "--overrun", "Nothing like it=+5m")[0] == 2
    assert rehearse(capsys, "--overrun", "Opening")[0] == 2
    code, _, err = rehearse(capsys, "--overrun", "Opening=+soon")
    assert code == 2 and len(err.splitlines()) == 1 and "Traceback" not in err
    assert rehearse(capsys, "--speed", "-1")[0] == 2
    assert rehearse(capsys, "-o", "report.docx")[0] == 2


def test_an_unreadable_agenda_exits_one(capsys, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: x\nsegments: [\n", encoding="utf-8")
    assert main(["rehearse", str(bad)]) == 1
    assert "bad.yaml:" in capsys.readouterr().err

"""A secretariat's list of speakers added to a floor: a CSV (delegation, category, speaker) or
text pasted as the press published the UN General Assembly's list; names in any of the six
languages resolve to ISO codes, a row that does not is one line, and then nothing is written."""

from __future__ import annotations

import io
from pathlib import Path

from runner.cli import main
from runner.io.agenda_yaml import load_agenda
from tests.floor_debate import DEBATE_YAML

DATA = Path(__file__).resolve().parents[1] / "data" / "floor"
CSV = """\
delegation,category,speaker,rank
Brésil,,Mr Carlos França,minister
المكسيك,member,,
Россия,,,
Alliance of Small Island States,group,Ms Fatumanava-o-Upolu III Pa'olelei Luteru,
Holy See,observer,Archbishop Gallagher,
"""


def _run(capsys, tmp_path: Path, source: str, *extra: str) -> tuple[int, str, str, Path]:
    agenda = tmp_path / "debate.yaml"
    agenda.write_text(DEBATE_YAML, encoding="utf-8")
    out = tmp_path / "out.yaml"
    capsys.readouterr()
    code = main(["import-speakers", source, "--agenda", str(agenda), "-o", str(out), *extra])
    said = capsys.readouterr()
    return code, said.out, said.err, out


def test_a_csv_adds_to_the_floor_with_names_in_any_language(capsys, tmp_path):
    listed = tmp_path / "speakers.csv"
    listed.write_text(CSV, encoding="utf-8-sig")  # as a spreadsheet saves it, with a BOM
    code, out, err, written = _run(capsys, tmp_path, str(listed), "--segment", "general debate")
    assert (code, err) == (0, "")
    assert "5 delegations added to 'General debate' (35 on its list)" in out
    floor = load_agenda(written).days[0].segments[1]
    added = [(s.delegation, s.category, s.speaker, s.rank) for s in floor.speakers[30:]]
    assert added == [
        ("BR", "member", "Mr Carlos França", "minister"),
        ("MX", "member", "", ""),
        ("RU", "member", "", ""),
        ("Alliance of Small Island States", "group", "Ms Fatumanava-o-Upolu III Pa'olelei Luteru", ""),
        ("VA", "observer", "Archbishop Gallagher", ""),
    ]
    assert floor.speakers[34].limit.total_seconds() == 120  # an observer's limit


def test_the_press_s_list_pasted_names_each_row_it_cannot_resolve(capsys, tmp_path, monkeypatch):
    text = (DATA / "unga74-day3-morning.txt").read_text(encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    code, out, err, written = _run(capsys, tmp_path, "-", "--segment", "2")
    assert code == 1 and out == "" and not written.exists()
    lines = err.splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == ["stdin:2", "stdin:6", "stdin:12", "stdin:15"]
    assert lines[0] == (
        "stdin:2: 'East Timor' is not a country's code or name; a group or an observer needs its category"
    )


def test_the_day_one_list_fixed_by_its_code_goes_in_whole(capsys, tmp_path):
    listed = tmp_path / "day1.txt"
    text = (DATA / "unga74-day1-morning.txt").read_text(encoding="utf-8")
    listed.write_text(text.replace("Turkey", "TUR"), encoding="utf-8")
    code, out, _, written = _run(capsys, tmp_path, str(listed), "--segment", "General debate")
    assert code == 0 and "16 delegations added" in out
    codes = [s.delegation for s in load_agenda(written).days[0].segments[1].speakers[30:]]
    assert codes == ["BR", "US", "EG", "TR", "NG", "MV", "QA", "CH", "HR", "BO", "JO", "KR", "BF", "FR", "CL", "BA"]


def test_a_segment_without_a_floor_or_unknown_is_one_line(capsys, tmp_path):
    listed = tmp_path / "one.txt"
    listed.write_text("BR\n", encoding="utf-8")
    for segment, said in (
        ("Closing", "'Closing' has no floor: give it one ('floor:' with its 'limits')"),
        ("Plenary", "the day has no segment 'Plenary'"),
    ):
        code, _, err, _ = _run(capsys, tmp_path, str(listed), "--segment", segment)
        assert (code, err) == (1, said + "\n")

"""Broken and hostile sources: one located line each, refused fast, never a traceback or a half-written OUT."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from runner.cli import main
from runner.io.importers import ImportFailed, ImportOptions, import_to_file

BOMB = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">\n' for i in range(1, 10)
    )
    + "]>\n<schedule>&lol9;</schedule>\n"
)
EXTERNAL = '<?xml version="1.0"?>\n<!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<schedule>&x;</schedule>\n'

BROKEN = [
    ("entity bomb", "schedule.xml", BOMB, "1", "refused: the XML declares entities"),
    ("external entity", "schedule.xml", EXTERNAL, "1", "refused: the XML declares entities"),
    ("not xml", "schedule.xml", "<schedule><day>", "1", "not well-formed XML"),
    ("wrong root", "schedule.xml", "<calendar/>", "1", "not a frab/pretalx schedule (its root is <calendar>)"),
    ("bad duration", "schedule.xml",
     '<schedule><day date="2024-01-01"><room name="A">\n<event><start>10:00</start><duration>soon</duration>'
     "<title>T</title></event></room></day></schedule>", "2", "'T': 'soon' is not a duration"),
    ("no time", "schedule.xml",
     '<schedule><day date="2024-01-01"><room name="A">\n\n<event><start>ten</start><duration>00:10</duration>'
     "<title>T</title></event></room></day></schedule>", "3", "'ten' is not a start time (HH:MM)"),
    ("json syntax", "project.json", '{"rundown": [\n  {"type": "event",}\n]}', "2", "not valid JSON"),
    ("json not ontime", "project.json", '{"events": []}', "1", "not an Ontime project file"),
    ("json deep", "project.json", "[" * 100_000, "1", "nested too deeply"),
    ("json bad ms", "project.json",
     '{"rundown": [\n{"type": "event", "id": "e1", "title": "A", "timeStart": "9am", "duration": 600000}]}',
     "2", "'timeStart' is not a time in ms: 9am"),
    ("ics junk", "cal.ics", "BEGIN:VCALENDAR\nthis is not a content line\nEND:VCALENDAR\n", "2", "not valid iCalendar"),
    ("ics no events", "cal.ics", "BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n", "1", "found no timed items"),
    ("binary txt", "pasted.txt", "\x00\x01\x02\x03\x04" * 100, "1", "binary data, not a programme"),
    ("latin-1 txt", "pasted.txt", None, "2", "byte 0xe9 is not UTF-8 text"),
    ("binary json", "project.json", "\x00\x01\x02\x03" * 100, "1", "binary data"),
    ("binary ics", "cal.ics", "\x00\x01\x02\x03" * 100, "1", "binary data"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "file", "text", "where", "message"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_sources_end_in_one_located_line(
    tmp_path: Path, name: str, file: str, text: str | None, where: str, message: str
) -> None:
    source = tmp_path / file
    source.write_bytes(text.encode("utf-8") if text is not None else "9:00 Cafe\n9:30 Caf\xe9 time".encode("latin-1"))
    with pytest.raises(ImportFailed) as caught:
        import_to_file(str(source), tmp_path / "out.yaml", ImportOptions())
    assert len(caught.value.problems) == 1, caught.value.problems
    problem = caught.value.problems[0]
    assert str(problem).startswith(f"{source}:{where}: ") and message in problem.message, str(problem)
    assert not (tmp_path / "out.yaml").exists()


def test_a_50_mb_file_is_refused_unread(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "huge.csv"
    with open(source, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: nothing is written, nothing need be read
    assert main(["import", str(source), "-o", str(tmp_path / "out.yaml")]) == 1
    assert capsys.readouterr().err == f"{source}:1: is larger than 10 MB; not a programme\n"


@pytest.mark.parametrize("suffix", [".xlsx", ".json", ".ics", ".xml", ".txt", ".csv", ""])
def test_random_bytes_under_any_name_end_in_a_located_line(
    tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / f"junk{suffix}"
    source.write_bytes(os.urandom(4096))
    assert main(["import", str(source), "-o", str(tmp_path / "out.yaml")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{source}:") and "Traceback" not in err and len(err.splitlines()) >= 1

"""Reports of a day whose text attacks its readers: spreadsheets, JSON-lines readers, browsers."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from runner.core.clock import FakeClock
from runner.core.session import open_session
from runner.io.agenda_yaml import parse_agenda
from runner.io.report_command import load_report, write_report
from runner.io.report_csv import render_csv, render_speakers_csv
from runner.io.report_html import render_html
from runner.io.report_jsonl import render_jsonl

FORMULAS = ['=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx"]
AGENDA = f"""\
timezone: Europe/Paris
date: 2021-05-04
title: Injection day
segments:
  - start: "14:00"
    title: {json.dumps(FORMULAS[0])}
    group: {json.dumps(FORMULAS[3])}
    duration: 10m
    speakers: {json.dumps(FORMULAS[1:3])}
  - title: "\u202eevil title"
    duration: 5m
"""
NOTE = "line one\u2028line two\u2029three\u0085four"


def injected_log(folder: Path) -> Path:
    data = AGENDA.encode("utf-8")
    agenda = parse_agenda(data, "injection.yaml")
    clock = FakeClock(datetime(2021, 5, 4, 14, 1, tzinfo=ZoneInfo("Europe/Paris")))
    path = folder / "injection.sqlite"
    opened = open_session(agenda, agenda.days[0], clock, path, boot_id="t", agenda_bytes=data)
    opened.engine.advance()
    opened.engine.add_note("=1+1 a note that starts as a formula")
    opened.engine.add_note(NOTE)
    clock.advance(600)
    opened.engine.advance()
    clock.advance(300)
    opened.engine.advance()
    opened.close()
    return path


def test_no_csv_cell_of_user_text_is_a_live_formula(tmp_path):
    report = load_report(injected_log(tmp_path))
    rows = list(csv.DictReader(io.StringIO(render_csv(report))))
    assert rows[0]["title"] == "'" + FORMULAS[0] and rows[0]["group"] == "'" + FORMULAS[3]
    assert rows[0]["notes"].startswith("'=1+1")
    speakers = list(csv.DictReader(io.StringIO(render_speakers_csv(report))))
    assert [s["name"] for s in speakers] == ["'" + FORMULAS[1], "'" + FORMULAS[2]]
    assert speakers[0]["segment_title"] == "'" + FORMULAS[0]
    for row in rows + speakers:
        for column in ("title", "group", "notes", "name", "segment_title"):
            assert not (row.get(column) or "").startswith(("=", "+", "-", "@", "\t", "\r"))
    assert rows[0]["start_delta_s"].lstrip("-").replace(".", "").isdigit()  # numbers stay numbers


def test_the_csv_file_written_by_the_command_is_neutralised_too(tmp_path):
    out = tmp_path / "day.csv"
    assert write_report(injected_log(tmp_path), out) == 0
    text = out.read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text and ',"=HYPERLINK' not in text
    assert "'+cmd" in (tmp_path / "day-speakers.csv").read_text(encoding="utf-8")


def test_json_lines_escape_every_line_separator(tmp_path):
    text = render_jsonl(load_report(injected_log(tmp_path)))
    assert "\u2028" not in text and "\u2029" not in text and "\u0085" not in text
    lines = text.splitlines()  # splitlines breaks at U+2028 too: each record is still one line
    notes = [json.loads(line) for line in lines if json.loads(line)["type"] == "note"]
    assert notes[-1]["text"] == NOTE


def test_html_isolates_user_text_from_bidi_overrides_and_wraps_long_words(tmp_path):
    page = render_html(load_report(injected_log(tmp_path)))
    assert "<bdi>\u202eevil title</bdi>" in page
    assert "unicode-bidi: isolate" in page and "overflow-wrap: anywhere" in page

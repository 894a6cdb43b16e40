"""What a reader of the report saw blur or break (issue 14, item 12): the offset chart's labels,
the PDF's Start column on a day run far from its plan, two columns both headed "Planned"."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from runner.core.clock import FakeClock
from runner.core.session import open_session
from runner.io.agenda_yaml import parse_agenda
from runner.io.report_chart import render_offset_svg
from runner.io.report_command import load_report
from runner.io.report_format import TIMING_HEADERS
from runner.io.report_html import render_html
from runner.io.report_pdf import write_pdf
from tests.scripted_day import DIALOGUE_YAML


def early_day_log(folder: Path) -> Path:
    """The dialogue run far ahead of its plan: the host jumps to a segment planned two hours later."""
    agenda = parse_agenda(DIALOGUE_YAML.encode("utf-8"), "dialogue.yaml")
    clock = FakeClock(datetime(2020, 6, 12, 9, 0, tzinfo=ZoneInfo("America/New_York")))
    path = folder / "early.sqlite"
    opened = open_session(agenda, agenda.days[0], clock, path, boot_id="b", agenda_bytes=DIALOGUE_YAML.encode())
    engine = opened.engine
    engine.advance()
    clock.advance(20 * 60 + 11)
    engine.start(1)
    clock.advance(13 * 60)
    engine.start(6)
    clock.advance(30 * 60)
    engine.advance()
    clock.advance(60)
    engine.end_day()
    opened.close()
    return path


def label_boxes(svg: str) -> dict[str, tuple[float, float]]:
    """Each text of the chart with its (x, baseline y)."""
    found = re.findall(r'<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]+)</text>', svg)
    return {text: (float(x), float(y)) for x, y, text in found}


def test_the_offset_charts_caption_and_on_plan_never_overprint(tmp_path):
    svg = render_offset_svg(load_report(early_day_log(tmp_path)))  # never behind: zero is the top line
    labels = label_boxes(svg)
    caption = next(y for text, (_, y) in labels.items() if text.startswith("minutes behind"))
    assert labels["on plan"][1] - caption >= 12  # a line of 11 px type apart


def test_no_two_timing_columns_share_a_heading(tmp_path):
    assert len(set(TIMING_HEADERS)) == len(TIMING_HEADERS)
    html = render_html(load_report(early_day_log(tmp_path)))
    table = html[html.index("<h2>Timings</h2>") :]
    headings = re.findall(r"<th[^>]*>([^<]*)</th>", table[: table.index("</tr>")])
    assert headings == list(TIMING_HEADERS)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_the_pdf_start_column_holds_a_whole_figure_on_one_line(tmp_path):
    out = tmp_path / "early.pdf"
    write_pdf(load_report(early_day_log(tmp_path)), out, "early.sqlite")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    closing = next(line for line in text.splitlines() if "Closing" in line and "11:58" in line)
    assert "\u22121:54:49" in closing and "not started" in text
    assert not re.search(r"^\s*\d\s*$", text, re.MULTILINE)  # no lone digit wrapped off a figure

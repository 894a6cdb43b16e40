"""The PDF summary: Qt draws it offscreen, every script's names come through as text."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest

from runner.io.report_pdf import render_qt_html, write_pdf
from tests.io.report_fixtures import scripted_report
from tests.scripted_day import FLOOR


def test_the_pdf_is_written_and_names_in_every_script_are_text(tmp_path):
    out = tmp_path / "day.pdf"
    write_pdf(scripted_report(tmp_path), out, "log.sqlite")
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    # Fonts map some glyphs back to compatibility code points (Arabic presentation forms, Kangxi
    # radicals) and pdftotext marks right-to-left runs: NFKC and dropping the marks undo both.
    text = re.sub("[\u202a-\u202e]", "", unicodedata.normalize("NFKC", text))
    assert "Dialogue on Implementation of the Roadmap" in text
    for name in FLOOR:
        assert name in text


def test_qt_html_escapes_text(tmp_path):
    from runner.io.report_command import load_report
    from tests.io.report_fixtures import hostile_log

    html = render_qt_html(load_report(hostile_log(tmp_path)))
    assert "<script>" not in html and "&lt;script&gt;" in html

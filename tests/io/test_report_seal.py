"""The summaries print the log's seal (its events and head) with one line on how to check it, in
each of the six languages; HTML and PDF draw a QR of it, and a PDF keeps it in its XMP too."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from runner.core import i18n
from runner.core.log_seal import tokens_in
from runner.io.report_command import load_report
from runner.io.report_html import render_html
from runner.io.report_markdown import render_markdown
from runner.io.report_pdf import write_pdf
from runner.io.verify_command import read_summary_seal
from tests.io.pinned_reports import language
from tests.record_day import rehearsed_log

# The line on how to check it, by a word of it each language keeps.
HOW = {
    "ar": "للتحقق",
    "en": "To check",
    "es": "Para comprobar",
    "fr": "Pour vérifier",
    "ru": "Чтобы проверить",
    "zh": "如需核实",
}


@pytest.fixture(scope="module")
def day(tmp_path_factory):
    log = rehearsed_log(tmp_path_factory.mktemp("seal") / "day.sqlite")
    report = load_report(log)
    assert report.seal is not None and report.seal.sound
    return log, report


@pytest.mark.parametrize("code", i18n.LANGUAGES)
def test_every_summary_prints_the_seal_and_how_to_check_it(day, code, tmp_path) -> None:
    log, report = day
    with language(code):
        _prints_the_seal(log, report, code, tmp_path)


def _prints_the_seal(log, report, code, tmp_path) -> None:
    token = report.seal.token()
    assert re.fullmatch(r"sr-chain:1:\d+:[0-9a-f]{64}", token)
    html, markdown = render_html(report, log.name), render_markdown(report, log.name)
    for text in (html, markdown):
        assert tokens_in(text) == {(report.seal.events, report.seal.head)}
        assert HOW[code] in text and f"session-runner verify {log.name} --report" in text
    assert 'class="segno"' in html and html.count("<svg") >= 2  # the QR beside the charts
    pdf = tmp_path / "day.pdf"
    write_pdf(report, pdf, log.name)
    assert read_summary_seal(pdf) == (report.seal.events, report.seal.head)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert report.seal.head in "".join(text.split())


def test_a_pdf_draws_the_qr_as_an_image(day, tmp_path) -> None:
    log, report = day
    pdf = tmp_path / "day.pdf"
    write_pdf(report, pdf, log.name)
    if shutil.which("pdfimages") is None:
        pytest.skip("pdfimages (poppler-utils) is not installed")
    listed = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    # The QR: a square image (version 5: 37 modules and a border of 2, at 8 pixels a module).
    assert any(line.split()[3:5] == ["328", "328"] for line in listed.splitlines()[2:]), listed

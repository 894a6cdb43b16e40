"""The chair's summary in each of the six languages: headings, legend, dates by the language's
conventions (Babel), right to left for Arabic, in HTML, Markdown and PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest

from runner.core import i18n
from runner.io.report_html import render_html
from runner.io.report_markdown import render_markdown
from runner.io.report_pdf import write_pdf
from tests.io.report_fixtures import scripted_report

# (the kicker, the date line's date, the timings' heading) in each language.
EXPECTED = {
    "ar": ("موجز الرئيس", "الجمعة، 12 يونيو 2020", "التوقيتات"),
    "en": ("Chair's summary", "Friday 12 June 2020", "Timings"),
    "es": ("Resumen de la Presidencia", "viernes, 12 de junio de 2020", "Tiempos"),
    "fr": ("Résumé de la présidence", "vendredi 12 juin 2020", "Minutage"),
    "ru": ("Резюме Председателя", "пятница, 12 июня 2020 г.", "Хронометраж"),
    "zh": ("主席总结", "2020年6月12日星期五", "计时"),
}


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return scripted_report(tmp_path_factory.mktemp("day"))


@pytest.fixture
def language():
    before = i18n.active_catalogue()
    yield lambda code: i18n.use(i18n.load_catalogue(code))
    i18n.use(before)


@pytest.mark.parametrize("code", i18n.LANGUAGES)
def test_html_and_markdown_in_each_language(report, language, code) -> None:
    language(code)
    kicker, date, timings = EXPECTED[code]
    spaces = str.maketrans({"\u00a0": " ", "\u202f": " "})  # Babel's no-break spaces ('2020 г.')
    page, text = render_html(report).translate(spaces), render_markdown(report).translate(spaces)
    direction = ' dir="rtl"' if code == "ar" else ""
    assert f'<html lang="{code}"{direction}>' in page
    for expected in (kicker, date, timings):
        assert expected.replace("'", "&#x27;") in page and expected in text.replace("\\", "")
    assert "Start: late (+)" not in page if code != "en" else "Start: late (+)" in page


@pytest.mark.parametrize(
    ("code", "kind"),
    [("en", "[intermission ending]"), ("fr", "[fin de l'entracte]"), ("ar", "[موعد الانتهاء الإلزامي]")],
)
def test_an_alert_s_kind_is_named_in_the_report_s_language(report, language, code, kind) -> None:
    language(code)
    text = render_markdown(report).replace("\\", "")
    assert kind in text
    assert "intermission_ending" not in text and "hard_stop" not in text  # never the log's key


def test_the_arabic_pdf_holds_arabic_text_laid_out_right_to_left(tmp_path, report, language) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    language("ar")
    out = tmp_path / "ar.pdf"
    write_pdf(report, out, "log.sqlite")
    raw = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    # pdftotext writes direction marks and a space before each short vowel ('افت ُتحت'): both go.
    text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", unicodedata.normalize("NFKC", raw))
    text = re.sub("\\s?[\u064b-\u0652]", "", text)
    for words in ("موجز الرئيس", "التوقيتات", "المتكلمون", "افتتحت الجلسة"):
        assert words in text, words
    # Right to left: the heading 'Timings' stands at the right edge of its line.
    line = next(line for line in raw.splitlines() if "التوقيتات" in unicodedata.normalize("NFKC", line))
    assert len(line) - len(line.lstrip()) > 40, line

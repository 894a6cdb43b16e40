"""The HTML summary: one self-contained file, escaped text, a chart, every script's names."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from runner.io.report_chart import render_svg
from runner.io.report_command import load_report
from runner.io.report_html import render_html
from tests.io.report_fixtures import hostile_log, scripted_report
from tests.scripted_day import FLOOR


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs


def _parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    return parser


def test_markup_in_titles_names_and_notes_stays_text(tmp_path):
    page = render_html(load_report(hostile_log(tmp_path)))
    parsed = _parse(page)
    assert "script" not in parsed.tags and "img" not in parsed.tags and "b" not in parsed.tags
    assert not any(name.startswith("on") for name, _ in parsed.attrs)
    assert "&lt;script&gt;alert(&#x27;note&#x27;)&lt;/script&gt;" in page
    assert "&lt;script&gt;alert(&#x27;segment&#x27;)&lt;/script&gt;" in page


def test_the_page_is_self_contained(tmp_path):
    page = render_html(scripted_report(tmp_path))
    parsed = _parse(page)
    assert "script" not in parsed.tags and "link" not in parsed.tags
    assert not re.search(r"(src|href)=", page)
    assert set(re.findall(r"https?://[^\s\"']+", page)) == {"http://www.w3.org/2000/svg"}  # SVG namespace only
    assert "@media print" in page and "<svg" in page


def test_the_page_holds_the_figures_and_every_name(tmp_path):
    page = render_html(scripted_report(tmp_path))
    assert "The session opened at 09:02, two minutes late, and closed at 12:04" in page
    assert '<td class="num over">+6:00 ⚠</td>' in page  # the overrun said by a sign too
    for name in FLOOR:
        assert f"<bdi>{name}</bdi>" in page


def test_the_chart_draws_plan_and_actual_for_each_segment(tmp_path):
    svg = render_svg(scripted_report(tmp_path))
    assert svg.count('fill="#b8c7dc"') == 8 + 1  # eight planned bars and the legend
    assert len(re.findall(r'<rect[^>]*fill="#c0392b"', svg)) == 4 + 1  # four overruns and the legend
    assert "skipped" in svg and "hard stop 12:00" in svg

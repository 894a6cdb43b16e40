"""The summary of a general debate in protocol order names each delegation's rank in a column of
its own, in the report's language (Arabic and French here); a delegation added live with its rank
has it too, and a floor whose list gives no rank has no such column."""

from __future__ import annotations

import html
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from runner.core.clock import FakeClock
from runner.core.session import open_session
from runner.io.agenda_yaml import parse_agenda
from runner.io.report_command import load_report
from runner.io.report_html import render_html
from runner.io.report_markdown import render_markdown
from runner.io.report_sections import build_summary
from tests.io.test_floor_report import language  # noqa: F401 - the fixture: the report's language
from tests.ui.test_floor_ranks import PROTOCOL_YAML


def _report(tmp_path, text: str, japan_rank: str = "head of government"):
    data = text.encode()
    agenda = parse_agenda(data, "debate.yaml")
    clock = FakeClock(datetime(2020, 9, 22, 9, 0, tzinfo=ZoneInfo("America/New_York")))
    opened = open_session(agenda, agenda.days[0], clock, tmp_path / "debate.sqlite", boot_id="t", agenda_bytes=data)
    engine = opened.engine
    engine.start(0)
    engine.add_delegation("JP", rank=japan_rank)  # in protocol order, placed by rank: after Brazil
    for _ in range(len(engine.current_run.speakers.slots)):
        clock.advance(300)
        engine.next_speaker()
    opened.close()
    return load_report(tmp_path / "debate.sqlite")


def _floor_table(report):
    section = build_summary(report).section("floor")
    assert section is not None
    ((_, table),) = section.tables
    return table


@pytest.mark.parametrize(
    ("code", "heading", "rows"),
    [
        (
            "fr",
            "Rang",
            {
                "Brésil": "Chef d'État",
                "Japon": "Chef de gouvernement",
                "Kenya": "Ministre",
                "Allemagne": "",
                "African Group": "Ministre",
                "Saint-Siège": "Ministre",
            },
        ),
        (
            "ar",
            "الرتبة",
            {
                "البرازيل": "رئيس دولة",
                "اليابان": "رئيس حكومة",
                "كينيا": "وزير",
                "ألمانيا": "",
                "African Group": "وزير",
                "الكرسي الرسولي": "وزير",
            },
        ),
    ],
)
def test_the_floor_table_has_each_delegation_s_rank_in_the_report_s_language(tmp_path, language, code, heading, rows):  # noqa: F811
    report = _report(tmp_path, PROTOCOL_YAML)
    language(code)
    table = _floor_table(report)
    assert table.columns[2].title == heading
    found = {row[0].text: row[2].text for row in table.rows}
    assert found == rows
    assert list(found) == list(rows)  # in protocol order: Japan, added live, after Brazil
    page, text = html.unescape(render_html(report)), render_markdown(report)
    for expected in [heading, *(rank for rank in rows.values() if rank)]:
        assert expected in page and expected in text


def test_a_floor_without_ranks_has_no_rank_column(tmp_path, language):  # noqa: F811
    text = "\n".join(line.replace(", rank: minister", "").replace(", rank: head of state", "")
                     for line in PROTOCOL_YAML.splitlines())  # fmt: skip
    report = _report(tmp_path, text.replace("order: protocol", "order: inscription") + "\n", japan_rank="")
    language("fr")
    table = _floor_table(report)
    titles = [column.title for column in table.columns]
    assert "Rang" not in titles and titles[:2] == ["Délégation", "Catégorie"]
    japan = next(row for row in table.rows if row[0].text == "Japon")
    assert len(japan) == len(titles)

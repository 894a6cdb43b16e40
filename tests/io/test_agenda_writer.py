"""Save rundown as…: a day written as an agenda file reads back as the same programme."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from runner.io.agenda_writer import agenda_text, save_agenda
from runner.io.agenda_yaml import load_agenda, parse_agenda

AGENDAS = sorted((Path(__file__).resolve().parents[2] / "agendas").glob("*.yaml"))


def same_plan(day, back) -> bool:
    return tuple(replace(s, line=0) for s in day.segments) == tuple(replace(s, line=0) for s in back.segments)


@pytest.mark.parametrize("path", AGENDAS, ids=lambda p: p.stem)
def test_every_shipped_day_reads_back_unchanged(path):
    agenda = load_agenda(path)
    for day in agenda.days:
        back = parse_agenda(agenda_text(agenda.title, day).encode("utf-8"), "saved.yaml").days[0]
        assert same_plan(day, back) and back.hard_stop == day.hard_stop and back.auto_start == day.auto_start


def test_a_day_past_midnight_keeps_its_late_times(tmp_path):
    text = (
        "title: Night\ntimezone: Asia/Shanghai\ndate: 2021-05-04\nsegments:\n"
        '  - {start: "23:30", title: "夜场", duration: 30m}\n  - {title: Late, duration: 20m}\n'
    )
    day = parse_agenda(text.encode("utf-8"), "night.yaml").days[0]
    written = save_agenda(tmp_path / "night.yaml", "Night", day)
    assert "'24:00'" in written.read_text(encoding="utf-8") or '"24:00"' in written.read_text(encoding="utf-8")
    assert same_plan(day, load_agenda(written).days[0])

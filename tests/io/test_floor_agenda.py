"""An agenda's `floor`: delegations by ISO 3166 code or by name, limits by category, replies;
every mistake a located line; File → Save writes the floor back as it was read."""

from __future__ import annotations

from datetime import timedelta

import pytest

from runner.core.errors import AgendaError
from runner.io.agenda_writer import agenda_text
from runner.io.agenda_yaml import parse_agenda
from tests.floor_debate import debate_agenda

HEAD = """\
title: Floor
timezone: Europe/Zurich
date: 2021-05-04
segments:
  - start: "10:00"
    title: Statements
    duration: 30m
    floor:
"""


def _problems(floor: str) -> list[str]:
    with pytest.raises(AgendaError) as caught:
        parse_agenda((HEAD + floor).encode(), "floor.yaml")
    return [f"{p.line}:{p.column}: {p.message}" + (f" ({p.hint})" if p.hint else "") for p in caught.value.problems]


def test_the_debate_reads_with_each_category_s_limit():
    segment = debate_agenda().days[0].segments[1]
    assert segment.floor is not None and segment.floor.replies == (timedelta(minutes=5), timedelta(minutes=3))
    assert len(segment.speakers) == 30
    by_category = {s.category for s in segment.speakers}
    assert by_category == {"member", "observer", "group"}
    holy_see = next(s for s in segment.speakers if s.delegation == "VA")
    assert (holy_see.name, holy_see.limit, holy_see.speaker) == (
        "Holy See (Archbishop Gallagher)",
        timedelta(minutes=2),
        "Archbishop Gallagher",
    )


def test_mistakes_are_located_with_a_hint():
    floor = (
        "      limits: {member: 3m}\n"
        "      replies: [5m, 3m, 1m]\n"
        "      list: [BZR, {delegation: EU, category: observer}, Some Group, {delegation: KE, colour: red}]\n"
    )
    assert _problems(floor) == [
        "10:16: at most 2 replies per delegation",
        "11:14: 'BZR' is not an ISO 3166 country code (did you mean BZ or BR?)",
        "11:32: the category 'observer' has no limit in 'limits' (known: member)",
        "11:57: 'Some Group' is not an ISO 3166 country code "
        "(a group or an observer without a code: give its 'category')",
        "11:86: unknown key 'colour' in a delegation (allowed: category, delegation, rank, speaker)",
    ]


def test_a_floor_is_saved_as_it_was_read():
    agenda = debate_agenda()
    day = agenda.days[0]
    back = parse_agenda(agenda_text(agenda.title, day).encode(), "saved.yaml").days[0]
    assert back.segments[1].floor == day.segments[1].floor
    assert back.segments[1].speakers == day.segments[1].speakers


def test_a_country_s_name_in_any_of_the_six_languages_stands_for_its_code():
    floor = "      limits: {member: 3m}\n      list: [Brésil, Russian Federation, 肯尼亚, The Gambia, BRA]\n"
    segment = parse_agenda((HEAD + floor).encode(), "floor.yaml").days[0].segments[0]
    assert [s.delegation for s in segment.speakers] == ["BR", "RU", "KE", "GM", "BRA"]  # a code stays as written

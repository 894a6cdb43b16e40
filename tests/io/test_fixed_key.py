"""`fixed: true` on a segment (the contract's second-round key): read, checked, and kept by the cache."""

from __future__ import annotations

import pytest

from runner.core.errors import AgendaError
from runner.io.agenda_yaml import parse_agenda

AGENDA = """\
title: Webcast
timezone: Europe/Zurich
date: 2024-06-03
segments:
  - start: "10:00"
    title: Opening
    duration: 10m
  - title: Statement by the head of state
    duration: 5m
    fixed: {value}
"""


def test_fixed_is_read_and_defaults_to_false():
    agenda = parse_agenda(AGENDA.format(value="true").encode(), "webcast.yaml")
    assert [s.fixed for s in agenda.days[0].segments] == [False, True]


def test_fixed_must_be_true_or_false():
    with pytest.raises(AgendaError) as caught:
        parse_agenda(AGENDA.format(value='"yes"').encode(), "webcast.yaml")
    assert "'fixed' must be true or false" in str(caught.value)
    assert "webcast.yaml:10:" in str(caught.value)

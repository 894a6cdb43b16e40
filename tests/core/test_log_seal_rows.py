"""The seal's canonical form of a row as the app writes it (one join) is the generic form's bytes,
and a report checks the seal over the rows it reads its events from (#31: one read of the log)."""

from __future__ import annotations

import pytest

from runner.core import log_seal
from runner.core.clock import FakeClock
from runner.core.engine import SessionEngine
from runner.core.log_seal import canonical
from runner.core.timing_log import TimingLog
from tests.core.engine_fixtures import at, dialogue_day
from tests.core.log_fixtures import AGENDA_BYTES, dialogue_agenda

ROWS = [
    (1, "start", 0, "2020-06-12T09:02:00-04:00", 12.5, "boot-1", "{}"),
    (2, "note", None, "2020-06-12T09:03:00-04:00", -0.0, "", '{"text": "Zoë — 发言 \\u2028"}'),
    (-7, "speaker", 12, "x", 1e300, "b\udc80", '{"name": "\U0001f600"}'),
    (3, "end", 1, "w", 2.0, "b", "{}", "an eighth column"),
    (True, "start", 0, "w", 1.0, "b", "{}"),  # a bool: the generic form's int
    (4, "start", 0, "w", None, "b", b"{}"),  # NULL and a blob: the generic form
]


@pytest.mark.parametrize("row", ROWS)
def test_a_row_s_canonical_form_is_each_column_s_field(row) -> None:
    assert canonical(row) == b"".join(log_seal._field(value) for value in row)


def test_the_check_s_forms_of_many_rows_are_each_row_s_fields() -> None:
    rows = [*ROWS, *ROWS, (5, "start", 0, "w", 1.0, "boot-2", "{}", "chain"), (6,)]
    expected = [b"".join(log_seal._field(value) for value in row[:7]) for row in rows]
    assert list(log_seal.canonical_forms(rows)) == expected


def test_the_report_s_one_read_gives_the_events_and_the_seal_of_two(tmp_path) -> None:
    agenda = dialogue_agenda()
    day = agenda.days[0]
    path = tmp_path / "log.sqlite"
    log = TimingLog.create(path, agenda, day, AGENDA_BYTES, "boot")
    engine = SessionEngine(dialogue_day(), FakeClock(at("09:02")))
    log.attach(engine)
    engine.advance()
    engine.add_note("one read")
    engine.advance()
    log.close()
    read = TimingLog.read(path)
    try:
        events, seal = read.events_and_seal()
        assert events == read.events() and seal == read.check_seal()
        assert seal.sound and seal.events == len(events) == 4
    finally:
        read.close()

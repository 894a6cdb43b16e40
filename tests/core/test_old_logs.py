"""Logs written by the first round's code (before typed events) still replay, unchanged.

The fixtures in tests/fixtures/ were written by that code: the scripted dialogue day, and a day with
a Back, an alert, a crash and its recovery. Their JSON-lines and CSV reports were written then too,
and must come out byte for byte the same from today's reader.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from runner.core.clock import FakeClock
from runner.core.engine import RunStatus
from runner.core.events import Alert, AlertKind, EventType, Recover
from runner.core.session import open_session
from runner.core.timing_log import TimingLog
from runner.io.report_command import write_report
from tests.scripted_day import DIALOGUE_YAML, at, dialogue

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize(
    "name,suffix", [("round1-dialogue", ".jsonl"), ("round1-dialogue", ".csv"), ("round1-crashed", ".jsonl")]
)
def test_the_reports_of_an_old_log_are_byte_for_byte_the_same(tmp_path, name, suffix, capsys):
    out = tmp_path / f"{name}{suffix}"
    assert write_report(FIXTURES / f"{name}.sqlite", out) == 0
    assert out.read_bytes() == (FIXTURES / f"{name}{suffix}").read_bytes()


def test_old_events_read_back_typed():
    events = [item.event for item in TimingLog.read(FIXTURES / "round1-crashed.sqlite").events()]
    assert [e.type for e in events][:4] == [EventType.START, EventType.END, EventType.START, EventType.BACK]
    alert = next(e.payload for e in events if e.type is EventType.ALERT)
    assert isinstance(alert, Alert) and alert.kind is AlertKind.WARNING and alert.key is None
    recover = next(e.payload for e in events if e.type is EventType.RECOVER)
    assert recover == Recover(down_s=110.0, replayed=6)


def test_an_old_log_reopens_where_it_stopped_and_goes_on(tmp_path):
    log = tmp_path / "crashed.sqlite"
    shutil.copy(FIXTURES / "round1-crashed.sqlite", log)
    agenda, day = dialogue()
    clock = FakeClock(at("09:20"))
    opened = open_session(agenda, day, clock, log, boot_id="today", agenda_bytes=DIALOGUE_YAML.encode())
    engine = opened.engine
    try:
        assert engine.current == 1 and engine.runs[0].status is RunStatus.DONE
        assert engine.runs[1].notes == ["after the crash"]
        # The old alert record has no key: it still counts as logged for the segment's run it was in.
        assert AlertKind.WARNING in engine.runs[0].alerted_kinds
        engine.advance()
        assert engine.current == 2
    finally:
        opened.close()

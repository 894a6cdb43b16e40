"""Event records: one JSON object a line, in order, with `at`, `type`, `segment` and details."""

from __future__ import annotations

import json
from datetime import datetime

from runner.io.report_jsonl import render_jsonl
from tests.io.report_fixtures import scripted_report


def test_every_line_parses_and_keeps_the_order(tmp_path):
    records = [json.loads(line) for line in render_jsonl(scripted_report(tmp_path)).splitlines()]
    assert records[0] == {"at": "2020-06-12T09:02:00-04:00", "type": "start", "segment": 0}
    times = [datetime.fromisoformat(r["at"]) for r in records]
    assert times == sorted(times) and all(t.utcoffset() is not None for t in times)
    assert records[-1]["type"] == "day_end" and "segment" not in records[-1]


def test_speaker_alert_and_note_records_carry_their_details(tmp_path):
    records = [json.loads(line) for line in render_jsonl(scripted_report(tmp_path)).splitlines()]
    speakers = [r for r in records if r["type"] == "speaker"]
    # the first turn opens with the segment, and has its own record
    assert speakers[0] == {
        "at": "2020-06-12T09:51:00-04:00",
        "type": "speaker",
        "segment": 2,
        "action": "turn",
        "position": 0,
        "name": "Ms Maria-Francesca Spatolisano",
        "limit_s": 180.0,
    }
    assert speakers[1] == {
        "at": "2020-06-12T09:53:50-04:00",
        "type": "speaker",
        "segment": 2,
        "action": "turn",
        "position": 1,
        "name": "Mr Vint Cerf",
        "limit_s": 180.0,
    }
    assert any(r.get("name") == "王芳女士" for r in speakers)
    assert [r["kind"] for r in records if r["type"] == "alert"] == ["warning", "intermission_ending", "hard_stop"]
    assert {"pause", "resume", "adjust", "skip", "note", "end"} <= {r["type"] for r in records}

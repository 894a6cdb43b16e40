"""The event records, one JSON object a line, in the order they happened (the contract's shape)."""

from __future__ import annotations

import json

from runner.core.report_data import DayReport


def render_jsonl(report: DayReport) -> str:
    """`at`, `type`, `segment` where one applies, then the details; speaker events included."""
    return "".join(json.dumps(event.to_record(), ensure_ascii=False) + "\n" for event in report.events)

"""The event records, one JSON object a line, in the order they happened (the contract's shape)."""

from __future__ import annotations

import json

from runner.core.report_data import DayReport


def render_jsonl(report: DayReport) -> str:
    """`at`, `type`, `segment` where one applies, then the details; speaker events included."""
    return "".join(json_line(event.to_record()) + "\n" for event in report.events)


# Line breaks to some readers (JavaScript before ES2019, Python's str.splitlines, editors) that
# JSON leaves unescaped: a note holding one would split its record in two for them.
_LINE_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\u0085": "\\u0085"}


def json_line(record: object) -> str:
    """One JSON object on one line, whatever line separators its text holds."""
    text = json.dumps(record, ensure_ascii=False)
    for raw, escaped in _LINE_BREAKS.items():
        text = text.replace(raw, escaped)
    return text

"""The event records, one JSON object a line, in the order they happened (the contract's shape)."""

from __future__ import annotations

import json
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import Any

from runner.core.events import EventType, Payload
from runner.core.report_data import DayReport

# One encoder for every line: `json.dumps` with an option makes a new JSONEncoder at each call,
# and each `encode` makes a new C encoder; here the C encoder is made once, as `JSONEncoder`
# makes it (its own arguments, without the cycle check a flat record needs no). 10,000 lines:
# 43 -> 25 ms.
_ENCODER = json.JSONEncoder(ensure_ascii=False)
if c_make_encoder is not None:
    _chunks = c_make_encoder(
        None,
        _ENCODER.default,
        encode_basestring,
        _ENCODER.indent,
        _ENCODER.key_separator,
        _ENCODER.item_separator,
        _ENCODER.sort_keys,
        _ENCODER.skipkeys,
        _ENCODER.allow_nan,
    )

    def _encode(record: Any) -> str:
        return "".join(_chunks(record, 0))

else:  # a Python without the json module's C speedups
    _encode = _ENCODER.encode  # type: ignore[assignment]


_TYPES = {kind: kind.value for kind in EventType}  # an Enum's `value` is a property: a call each time


def render_jsonl(report: DayReport) -> str:
    """`at`, `type`, `segment` where one applies, then the details; speaker events included. An
    event an undo took out is listed all the same, with `"undone": true` (line n is event n).

    Each line is `EngineEvent.to_record` encoded, put together as text: the time, type and
    segment need no escaping, and the details are encoded once per distinct payload (events
    read from a log share the payload of equal details), without a record dict per event."""
    details: dict[int, str] = {}  # id of a payload (alive in the report) -> its keys as JSON
    lines = []
    undone = report.undone
    for number, event in enumerate(report.events, 1):
        payload = event.payload
        keys = details.get(id(payload))
        if keys is None:
            keys = details[id(payload)] = _details(payload)
        segment = "" if event.segment is None else f', "segment": {event.segment}'
        end = ', "undone": true}' if undone and number in undone else "}"
        lines.append(f'{{"at": "{event.wall.isoformat()}", "type": "{_TYPES[event.type]}"{segment}{keys}{end}')
    lines.append("")
    return _escape_line_breaks("\n".join(lines))


def _details(payload: Payload) -> str:
    """The payload's record keys as they follow the type and segment in a line: `, "k": v`…"""
    data = payload.to_data()
    return ", " + _encode(data)[1:-1] if data else ""


# Line breaks to some readers (JavaScript before ES2019, Python's str.splitlines, editors) that
# JSON leaves unescaped: a note holding one would split its record in two for them.
_LINE_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\u0085": "\\u0085"}


def _escape_line_breaks(text: str) -> str:
    """JSON text with its line separators escaped: they occur only inside its strings, so the
    whole file is done at once."""
    for raw, escaped in _LINE_BREAKS.items():
        if raw in text:
            text = text.replace(raw, escaped)
    return text


def json_line(record: object) -> str:
    """One JSON object on one line, whatever line separators its text holds."""
    return _escape_line_breaks(_encode(record))

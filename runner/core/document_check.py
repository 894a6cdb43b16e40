"""Reading a state document that came from elsewhere (a broker, an integrator's publisher): one
function decides whether it has the contract's shape, and says in one line why not.

Every reader of other machines' documents goes through `read_state_document` (the `serve --from`
relays, the organiser's overview): a document that does not fit is dropped whole, never half used,
so no reader ever meets a `"speaker": ["x"]` or a running clock without `remaining_ms`. Keys the
contract does not name are let through as they are (the contract says "at least"; integrators and
later rounds add keys); the ones it names must have its types. The typed model of the state
document (issue #29) replaces the body of `check_state_document` and nothing else.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any, cast

# A real document is 1-3 KB (a floor of 193 delegations: ~10 KB); bigger is not one of ours, and is
# refused before it is parsed, so a 10 MB message costs a length check and not a parse and a relay.
MAX_DOCUMENT_BYTES = 64 * 1024
STATUSES = ("idle", "running", "paused", "ended")
# A count of milliseconds or seconds a real day can hold, with room to spare (and no float overflow).
_LIMIT = 10**12
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")

StateDocument = dict[str, Any]


class DocumentRefused(ValueError):
    """A message that is not a state document of the contract's shape; `str()` says why in one line."""


def read_state_document(payload: bytes) -> StateDocument:
    """The document in `payload`, checked; raises DocumentRefused with the reason."""
    if len(payload) > MAX_DOCUMENT_BYTES:
        raise DocumentRefused(f"{len(payload):,} bytes, more than the {MAX_DOCUMENT_BYTES:,} a state document may be")
    try:
        data = json.loads(payload, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        raise DocumentRefused(f"not JSON ({type(exc).__name__})") from None
    check_state_document(data)
    return cast(StateDocument, data)  # checked just above


def check_state_document(data: Any) -> None:
    """Raise DocumentRefused unless `data` has the contract's state document's shape."""
    if not isinstance(data, dict):
        raise DocumentRefused("not a JSON object")
    for key, check in _FIELDS.items():
        if key not in data:
            raise DocumentRefused(f"no '{key}'")
        _field(key, data[key], check)
    for key, check in _OPTIONAL.items():
        if key in data:
            _field(key, data[key], check)
    if data["status"] in ("running", "paused") and data["remaining_ms"] is None:
        raise DocumentRefused(f"'remaining_ms' is null while {data['status']}")


def _field(key: str, value: Any, check: Callable[[Any], bool]) -> None:
    if not check(value):
        raise DocumentRefused(f"'{key}' is not {check.__doc__}")


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


# -- the types, each with a docstring that names it in the refusal's line ------------------------------
def _integer(value: Any) -> bool:
    """an integer"""
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) < _LIMIT


def _number(value: Any) -> bool:
    """a number"""
    return _integer(value) or (isinstance(value, float) and math.isfinite(value) and abs(value) < _LIMIT)


def _text(value: Any) -> bool:
    """a string"""
    return isinstance(value, str)


def _flag(value: Any) -> bool:
    """true or false"""
    return isinstance(value, bool)


def _moment(value: Any) -> bool:
    """an ISO 8601 time with its offset"""
    if not isinstance(value, str):
        return False
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).tzinfo is not None
    except ValueError:
        return False


def _day(value: Any) -> bool:
    """a date as YYYY-MM-DD"""
    return isinstance(value, str) and _DAY.match(value) is not None


def _texts(value: Any) -> bool:
    """a list of strings"""
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _or_null(check: Callable[[Any], bool]) -> Callable[[Any], bool]:
    def either(value: Any) -> bool:
        return value is None or check(value)

    either.__doc__ = f"null or {check.__doc__}"
    return either


def _object(fields: dict[str, Callable[[Any], bool]], name: str) -> Callable[[Any], bool]:
    """An object whose named keys, where present, have their types; `name` is required."""

    def matches(value: Any) -> bool:
        if not isinstance(value, dict) or name not in value:
            return False
        return all(check(value[key]) for key, check in fields.items() if key in value)

    matches.__doc__ = f"an object with {', '.join(fields)}"
    return matches


_SEGMENT = _object(
    {
        "title": _text,
        "index": _integer,
        "kind": _text,
        "group": _or_null(_text),
        "allowed_ms": _or_null(_integer),
        "speakers": _texts,
    },
    "title",
)
_SPEAKER = _object(
    {
        "name": _text,
        "remaining_ms": _or_null(_integer),
        "limit_ms": _or_null(_integer),
        "delegation": _or_null(_text),
        "code": _or_null(_text),
    },
    "name",
)
_NEXT = _object({"title": _text, "index": _integer, "starts_at": _or_null(_moment), "speakers": _texts}, "title")
_FLOOR = _object({"left": _texts, "replies": _texts, "point_of_order": _flag}, "left")


def _status(value: Any) -> bool:
    """one of idle, running, paused, ended"""
    return value in STATUSES


_FIELDS: dict[str, Callable[[Any], bool]] = {
    "version": _integer,
    "room": _text,
    "day": _day,
    "sent_at": _moment,
    "status": _status,
    "segment": _or_null(_SEGMENT),
    "remaining_ms": _or_null(_integer),
    "speaker": _or_null(_SPEAKER),
    "next": _or_null(_NEXT),
    "offset_s": _number,
    "projected_end": _or_null(_moment),
    "hard_stop": _or_null(_moment),
    "hard_stop_at_risk": _flag,
    "message": _or_null(_text),
}
_OPTIONAL: dict[str, Callable[[Any], bool]] = {
    "timezone": _or_null(_text),
    "upcoming_speakers": _texts,
    "recovery": _or_null(_text),
    "language": _or_null(_text),
    "online": _flag,
    "floor": _or_null(_FLOOR),
}

"""The state document's typed model: one declaration of its keys and their types, from which the
writer is typed (runner.core.state_document), every reader checks what it receives
(runner.core.document_check) and the published JSON Schema is made (docs/state-document.schema.json,
`python -m runner.core.document_model`).

The contract says "at least": the keys it names must be there with their types, and others pass as
they are (integrators and later rounds add keys). A key in a `total=False` part may be absent; a
key that may be null says so with `| None`.
"""

from __future__ import annotations

import json
import math
import re
import types
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Literal, TypedDict, Union, get_args, get_origin, get_type_hints

SCHEMA_ID = "https://session-runner.invalid/state-document.schema.json"
# A count of milliseconds or seconds a real day can hold, with room to spare (and no float overflow).
LIMIT = 10**12
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


@dataclass(frozen=True)
class Kind:
    """A JSON value's kind beyond its Python type: how a refusal names it, its check, its schema."""

    said: str
    check: Callable[[Any], bool]
    schema: tuple[tuple[str, Any], ...]


def _is_integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) < LIMIT


def _is_number(value: Any) -> bool:
    return _is_integer(value) or (isinstance(value, float) and math.isfinite(value) and abs(value) < LIMIT)


def _is_moment(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).tzinfo is not None
    except ValueError:
        return False


_BOUNDS = (("exclusiveMinimum", -LIMIT), ("exclusiveMaximum", LIMIT))
INTEGER = Kind("an integer", _is_integer, (("type", "integer"), *_BOUNDS))
NUMBER = Kind("a number", _is_number, (("type", "number"), *_BOUNDS))
# The pattern says in the schema what the check asks of a time: a date, a time, and an offset.
_MOMENT_PATTERN = r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$"
MOMENT = Kind(
    "an ISO 8601 time with its offset",
    _is_moment,
    (("type", "string"), ("format", "date-time"), ("pattern", _MOMENT_PATTERN)),
)
DATE = Kind(
    "a date as YYYY-MM-DD",
    lambda value: isinstance(value, str) and _DAY.match(value) is not None,
    (("type", "string"), ("format", "date"), ("pattern", r"^\d{4}-\d{2}-\d{2}$")),
)

Integer = Annotated[int, INTEGER]
Number = Annotated[float, NUMBER]
Moment = Annotated[str, MOMENT]  # ISO 8601 with its offset, milliseconds
Date = Annotated[str, DATE]
Status = Literal["idle", "running", "paused", "ended"]


class _SegmentTitle(TypedDict):
    title: str


class SegmentDocument(_SegmentTitle, total=False):
    """The running segment."""

    index: Integer
    kind: str
    group: str | None
    allowed_ms: Integer | None  # with the host's added minutes: the page's colour levels
    speakers: list[str]
    warning_ms: Integer | None  # the time left from which its first alert has come: warning colour


class _SpeakerName(TypedDict):
    name: str


class SpeakerDocument(_SpeakerName, total=False):
    """The speaker who has the floor."""

    remaining_ms: Integer | None
    limit_ms: Integer | None
    delegation: str | None  # a floor's delegation, named in the document's language
    code: str | None  # the delegation as the agenda writes it
    rank: str | None  # the rank of who speaks for it, short, in the document's language (none given: null)


class _NextTitle(TypedDict):
    title: str


class NextDocument(_NextTitle, total=False):
    """The segment Space starts next."""

    index: Integer
    starts_at: Moment | None
    speakers: list[str]


class _FloorLeft(TypedDict):
    left: list[str]


class FloorDocument(_FloorLeft, total=False):
    """A floor segment's lists."""

    replies: list[str]
    point_of_order: bool
    ranks: list[str]  # the rank of each in `left`, short, in the document's language ("" when none given)


class _ContractKeys(TypedDict):
    """The keys the contract names ("at least")."""

    version: Integer
    room: str
    day: Date
    sent_at: Moment
    status: Status
    segment: SegmentDocument | None
    remaining_ms: Integer | None  # at `sent_at`; negative in overtime; null only when nothing runs
    speaker: SpeakerDocument | None
    next: NextDocument | None
    offset_s: Number  # positive: behind
    projected_end: Moment | None
    hard_stop: Moment | None
    hard_stop_at_risk: bool
    message: str | None


class InEachLanguage(TypedDict):
    """One line in each of the six languages, for a page that reads another than the host's."""

    ar: str
    en: str
    es: str
    fr: str
    ru: str
    zh: str


class StateDocument(_ContractKeys, total=False):
    """One room's live state (the contract's "The state document"), with this app's extensions."""

    timezone: str | None
    upcoming_speakers: list[str]
    recovery: str | None  # the recovery plan on offer, in one line, while the stop is at risk
    recovery_languages: InEachLanguage | None  # the same line in each language (null with it)
    message_languages: InEachLanguage | None  # a ready-made `message` in each language (typed: null)
    language: str | None  # the pages opened without ?lang= show their own text in it
    online: bool
    floor: FloorDocument | None


# -- reading the model -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Field:
    name: str
    required: bool
    kind: Kind


def _none(value: Any) -> bool:
    return value is None


def _kind_of(annotation: Any) -> Kind:
    """The `Kind` of one annotation of the model."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return next(extra for extra in get_args(annotation)[1:] if isinstance(extra, Kind))
    if origin is Union or origin is types.UnionType:
        options = [a for a in get_args(annotation) if a is not type(None)]
        inner = _kind_of(options[0])
        return Kind(
            f"null or {inner.said}",
            lambda value: value is None or inner.check(value),
            (("anyOf", [{"type": "null"}, dict(inner.schema)]),),
        )
    if origin is Literal:
        values = get_args(annotation)
        return Kind(f"one of {', '.join(values)}", lambda value: value in values, (("enum", list(values)),))
    if origin is list:
        (item,) = get_args(annotation)
        assert item is str, "the model lists strings only"
        return Kind(
            "a list of strings",
            lambda value: isinstance(value, list) and all(isinstance(each, str) for each in value),
            (("type", "array"), ("items", {"type": "string"})),
        )
    if annotation is str:
        return Kind("a string", lambda value: isinstance(value, str), (("type", "string"),))
    if annotation is bool:
        return Kind("true or false", lambda value: isinstance(value, bool), (("type", "boolean"),))
    if isinstance(annotation, type) and issubclass(annotation, dict):  # a nested TypedDict
        return _object_kind(annotation)
    raise TypeError(f"the state document's model has a type it cannot describe: {annotation!r}")


def fields_of(model: type) -> tuple[Field, ...]:
    """Each key of a TypedDict of the model, in declaration order, with whether it must be there."""
    hints = get_type_hints(model, include_extras=True)
    required: frozenset[str] = getattr(model, "__required_keys__", frozenset())
    return tuple(Field(name, name in required, _kind_of(hint)) for name, hint in hints.items())


def _object_kind(model: type) -> Kind:
    fields = fields_of(model)

    def matches(value: Any) -> bool:
        if not isinstance(value, dict):
            return False
        for f in fields:
            if f.name not in value:
                if f.required:
                    return False
            elif not f.kind.check(value[f.name]):
                return False
        return True

    schema = (
        ("type", "object"),
        ("properties", {f.name: dict(f.kind.schema) for f in fields}),
        ("required", [f.name for f in fields if f.required]),
    )
    return Kind(f"an object with {', '.join(f.name for f in fields)}", matches, schema)


STATE_FIELDS = fields_of(StateDocument)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (2020-12) of the state document, made from the model above."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Session Runner state document",
        "description": (
            "One room's live state, the same on the web views, /api/state, the WebSocket and the broker. "
            "Keys not named here pass as they are. Made from runner/core/document_model.py."
        ),
        "type": "object",
        "properties": {f.name: dict(f.kind.schema) for f in STATE_FIELDS},
        "required": [f.name for f in STATE_FIELDS if f.required],
    }


def main() -> int:
    """Print the schema (docs/state-document.schema.json is this output)."""
    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

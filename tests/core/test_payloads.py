"""The events' payloads compare, hash and print by their fields, as frozen dataclasses do (their
==, hash() and repr() are written once, on Payload, rather than generated for each)."""

from __future__ import annotations

import dataclasses
from dataclasses import MISSING, fields

import pytest

from runner.core.events import (
    PAYLOADS,
    Adjust,
    Alert,
    AlertKind,
    Edit,
    EditChange,
    End,
    Message,
    Note,
    SpeakerChange,
    Start,
)


def test_equal_by_their_fields_and_only_within_one_type() -> None:
    assert Note("Mic check") == Note("Mic check")
    assert Note("Mic check") != Note("Mic check again")
    assert Note("Mic check") != Message("Mic check")  # the same fields, another kind of event
    assert Note("x").__eq__("x") is NotImplemented
    assert Edit(EditChange.MOVE, {"index": 3}, {"index": 1}) == Edit("move", {"index": 3}, {"index": 1})


def test_hashed_by_their_fields() -> None:
    assert hash(Start(auto=True, late_s=2.0)) == hash(Start(auto=True, late_s=2.0))
    assert len({Note("a"), Note("a"), Note("b")}) == 2
    with pytest.raises(TypeError):
        hash(Edit(before={"title": "x"}))  # a dict field, as with a generated hash


def test_printed_as_a_dataclass_prints() -> None:
    assert repr(Start(auto=True, late_s=2.0)) == "Start(auto=True, late_s=2.0)"
    assert repr(Alert(AlertKind.OVERTIME)).startswith("Alert(kind=<AlertKind.OVERTIME: 'overtime'>, ")


@pytest.mark.parametrize("kind", list(PAYLOADS.values()), ids=lambda kind: kind.__name__)
def test_every_payload_is_a_frozen_dataclass(kind: type) -> None:
    empty = kind()
    assert dataclasses.is_dataclass(empty) and empty == kind() and hash(empty) == hash(kind())
    assert dataclasses.replace(empty) == empty
    for item in dataclasses.fields(empty):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(empty, item.name, None)


def test_every_payload_field_has_a_plain_default() -> None:
    # Payload.from_data makes a payload from the fields' defaults and the record's values.
    for payload in PAYLOADS.values():
        assert all(item.default is not MISSING for item in fields(payload)), payload


@pytest.mark.parametrize(
    "payload,data",
    [
        (SpeakerChange, {"action": "turn", "position": 2, "name": "Ms A", "limit_s": 120, "unknown": 1}),
        (SpeakerChange, {"action": "move", "from": 3, "to": 1}),
        (Alert, {"kind": "warning", "message": "2 minutes left", "level": "danger", "key": "w1"}),
        (Adjust, {"seconds": 60}),
        (End, {"reason": "end_day"}),
    ],
)
def test_a_payload_read_from_a_record_is_the_one_its_constructor_makes(payload, data) -> None:
    names = {payload.KEYS.get(item.name, item.name): item.name for item in fields(payload)}
    made = payload(**{names[key]: value for key, value in data.items() if key in names})
    read = payload.from_data(data)
    assert read == made and repr(read) == repr(made) and read.to_data() == made.to_data()
    assert vars(read) == vars(made)  # the conversions of __post_init__ included (enums, float)


def test_a_record_with_a_value_its_type_refuses_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        SpeakerChange.from_data({"action": "dance"})

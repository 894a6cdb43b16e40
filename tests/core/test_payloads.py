"""The events' payloads compare, hash and print by their fields, as frozen dataclasses do (their
==, hash() and repr() are written once, on Payload, rather than generated for each)."""

from __future__ import annotations

import dataclasses

import pytest

from runner.core.events import PAYLOADS, Alert, AlertKind, Edit, EditChange, Message, Note, Start


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

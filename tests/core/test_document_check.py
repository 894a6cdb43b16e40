"""The one check of a state document from elsewhere: what the app writes passes, anything else is
refused whole with a one-line reason (issue #27: one bad message killed a relay)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from runner.core.document_check import MAX_DOCUMENT_BYTES, DocumentRefused, read_state_document
from runner.core.snapshot import take_snapshot
from runner.core.state_document import state_document
from tests.core.engine_fixtures import DAY, engine_at
from tests.state_documents import document, document_bytes


def test_every_document_the_app_writes_passes():
    engine, clock = engine_at("08:55")
    written = []
    written.append(state_document(take_snapshot(engine), DAY, "Conference Room 4", language="en"))
    engine.start(0)
    clock.advance(30)
    written.append(
        state_document(take_snapshot(engine), DAY, "Conference Room 4", message="Please wrap up", language="en")
    )
    engine.start(1)  # a segment with a speakers' list: the speaker's turn runs
    engine.pause()
    written.append(state_document(take_snapshot(engine), DAY, "Salle 4 — قاعة", language="en"))
    for built in written:
        payload = json.dumps(built, ensure_ascii=False).encode()
        assert read_state_document(payload) == json.loads(payload)
    made = document()
    assert read_state_document(json.dumps(made).encode()) == made


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"speaker": ["x"]}, "'speaker' is not null or an object with name"),
        ({"remaining_ms": None}, "'remaining_ms' is null while running"),
        ({"remaining_ms": "300000"}, "'remaining_ms' is not null or an integer"),
        ({"remaining_ms": True}, "'remaining_ms' is not null or an integer"),
        ({"status": "exploded"}, "'status' is not one of idle, running, paused, ended"),
        ({"sent_at": "2020-06-12T09:00:00"}, "'sent_at' is not an ISO 8601 time with its offset"),
        ({"segment": {"title": None}}, "'segment' is not null or an object with title"),
        ({"next": {"title": "x", "starts_at": 5}}, "'next' is not null or an object"),
        ({"day": "12/06/2020"}, "'day' is not a date as YYYY-MM-DD"),
        ({"online": "no"}, "'online' is not true or false"),
        ({"upcoming_speakers": [1]}, "'upcoming_speakers' is not a list of strings"),
        ({"offset_s": 1e300}, "'offset_s' is not a number"),
    ],
)
def test_a_document_of_another_shape_is_refused_with_its_reason(changes, reason):
    with pytest.raises(DocumentRefused) as refused:
        read_state_document(document_bytes(**changes))
    assert str(refused.value).startswith(reason)


def test_what_is_not_a_document_at_all():
    for payload, reason in [
        (b"not json", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        (b"[]", "not a JSON object"),
        (b'{"version": 1}', "no 'room'"),
        (b"[" * 60_000, "not JSON"),  # too deep for the parser (RecursionError), under the size cap
        (document_bytes().replace(b'"offset_s": 0', b'"offset_s": NaN'), "not JSON"),
    ]:
        with pytest.raises(DocumentRefused, match=reason):
            read_state_document(payload)
    padded = document_bytes(padding="x" * MAX_DOCUMENT_BYTES)
    with pytest.raises(DocumentRefused, match="more than the 65,536 a state document may be"):
        read_state_document(padded)


def test_keys_the_contract_does_not_name_pass_as_they_are():
    assert read_state_document(document_bytes(bench_t=1.5, integrator={"x": [1]}))["integrator"] == {"x": [1]}


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(key=st.sampled_from(sorted(document())), value=json_values)
def test_any_value_in_any_key_is_read_or_refused_never_an_error(key, value):
    try:
        checked = read_state_document(json.dumps({**document(), key: value}).encode())
    except DocumentRefused:
        return
    if checked["status"] == "running":
        assert isinstance(checked["remaining_ms"], int)

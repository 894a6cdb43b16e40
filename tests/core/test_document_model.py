"""The state document's one typed model: the published JSON Schema is made from it, what the writer
writes fits that schema (checked by jsonschema, a validator that is not ours), and the readers'
check (runner.core.document_check) refuses what the schema refuses (issue #29)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from runner.core.document_check import DocumentRefused, check_state_document
from runner.core.document_model import STATE_FIELDS, json_schema
from runner.core.snapshot import take_snapshot
from runner.core.state_document import state_document
from tests.core.engine_fixtures import DAY, engine_at
from tests.state_documents import document

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "state-document.schema.json"
VALIDATOR = jsonschema.Draft202012Validator(json_schema(), format_checker=jsonschema.FormatChecker())


def test_the_published_schema_is_the_one_the_model_makes():
    published = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert published == json_schema(), "run: python -m runner.core.document_model > docs/state-document.schema.json"
    jsonschema.Draft202012Validator.check_schema(published)


def _written() -> list[dict]:
    engine, clock = engine_at("08:55")
    made = [state_document(take_snapshot(engine), DAY, "Conference Room 4", language="en")]
    engine.start(0)
    clock.advance(30)
    made.append(state_document(take_snapshot(engine), DAY, "Salle 4 — قاعة", "Please wrap up", language="ar"))
    engine.start(1)  # a speakers' list: the speaker's turn runs
    clock.advance(400)  # into overtime: negative remaining_ms
    made.append(state_document(take_snapshot(engine), DAY, "Room", language="zh"))
    engine.pause()
    made.append(state_document(take_snapshot(engine), DAY, "Room", language="fr"))
    engine.end_day()
    made.append(state_document(take_snapshot(engine), DAY, "Room", language="ru"))
    return [json.loads(json.dumps(each)) for each in made]  # exactly what a viewer receives


def test_every_document_the_writer_writes_fits_the_schema_and_names_only_the_models_keys():
    written = _written()
    assert [each["status"] for each in written] == ["idle", "running", "running", "paused", "ended"]
    model_keys = {field.name for field in STATE_FIELDS}
    for each in written:
        VALIDATOR.validate(each)
        assert set(each) <= model_keys
        assert {f.name for f in STATE_FIELDS if f.required} <= set(each)


@pytest.mark.parametrize(
    "changes",
    [
        {"speaker": ["x"]},
        {"remaining_ms": "300000"},
        {"remaining_ms": True},
        {"status": "exploded"},
        {"sent_at": "2020-06-12T09:00:00"},
        {"segment": {"title": None}},
        {"next": {"title": "x", "starts_at": 5}},
        {"day": "12/06/2020"},
        {"online": "no"},
        {"upcoming_speakers": [1]},
        {"offset_s": 1e300},
        {"floor": {"replies": []}},
    ],
)
def test_what_the_schema_refuses_the_readers_check_refuses(changes):
    bad = {**document(), **changes}
    assert not VALIDATOR.is_valid(bad)
    with pytest.raises(DocumentRefused):
        check_state_document(bad)


def test_what_the_schema_accepts_the_readers_check_accepts():
    for each in [document(), document(bench_t=1.5), document(title=None, status="idle"), *_written()]:
        VALIDATOR.validate(each)
        check_state_document(each)

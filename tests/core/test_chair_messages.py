"""The host's ready-made messages for the chair's screen: known in every language, so each page
and the chair's window show them in theirs; a message the host typed stays as typed."""

from __future__ import annotations

import json

from runner.core.chair_messages import READY_MADE, in_language, ready_made
from runner.core.i18n import LANGUAGES, load_catalogue
from runner.core.snapshot import take_snapshot
from runner.core.state_document import for_view, state_document
from tests.core.engine_fixtures import DAY, engine_at


def test_each_ready_made_message_is_known_in_each_language_and_translated_in_each():
    for message in READY_MADE:
        for language in LANGUAGES:
            sent = load_catalogue(language).translate(message)
            assert ready_made(sent) == message, (language, sent)
            assert sent == message or language != "en"
        assert len({load_catalogue(language).translate(message) for language in LANGUAGES}) == len(LANGUAGES)


def test_a_typed_message_stays_as_typed_in_every_language():
    assert ready_made("The minister joins at 10:15") is None and ready_made("") is None
    assert in_language("The minister joins at 10:15", "ar") == "The minister joins at 10:15"
    assert in_language("Please wrap up", "fr") == "Veuillez conclure"
    assert in_language("Veuillez conclure", "zh") == "请结束发言"  # sent by a host working in French


def document(engine, message: str) -> dict:
    built = state_document(take_snapshot(engine), DAY, "Room 4", message, language="en")
    return json.loads(json.dumps(built))


def test_the_document_carries_a_ready_made_message_in_each_language_for_the_chair_and_speakers():
    engine, _ = engine_at("09:05")
    doc = document(engine, "Please wrap up")
    assert doc["message"] == "Please wrap up"
    assert doc["message_languages"]["ar"] == "يُرجى الاختتام" and doc["message_languages"]["en"] == "Please wrap up"
    assert document(engine, "The minister joins at 10:15")["message_languages"] is None
    assert for_view(doc, "speaker")["message_languages"] == doc["message_languages"]  # type: ignore[arg-type]
    stage = for_view(doc, "stage")  # type: ignore[arg-type]
    assert stage["message"] is None and stage["message_languages"] is None  # its page goes out on the stream

"""The state document (contract): every key, its JSON types, and the figures of the snapshot."""

from __future__ import annotations

import json
from datetime import datetime

from runner.core import i18n
from runner.core.agenda import Agenda, room_name
from runner.core.controller import LiveController
from runner.core.snapshot import take_snapshot
from runner.core.state_document import aged, state_document
from tests.core.engine_fixtures import DAY, engine_at

CONTRACT_KEYS = {
    "version",
    "room",
    "day",
    "sent_at",
    "status",
    "segment",
    "remaining_ms",
    "speaker",
    "next",
    "offset_s",
    "projected_end",
    "hard_stop",
    "hard_stop_at_risk",
    "message",
}


def document(engine, message: str | None = None) -> dict:
    built = state_document(take_snapshot(engine), DAY, "Conference Room 4", message, language="en")
    return json.loads(json.dumps(built))  # exactly what a viewer receives


def test_before_the_start_the_document_is_idle_and_names_what_comes_next():
    engine, _ = engine_at("08:55")
    doc = document(engine)
    assert doc.keys() >= CONTRACT_KEYS
    assert doc["version"] == 1 and doc["room"] == "Conference Room 4" and doc["day"] == "2020-06-12"
    assert doc["status"] == "idle" and doc["segment"] is None and doc["speaker"] is None
    assert doc["next"]["title"] == "Opening" and doc["next"]["starts_at"] == "2020-06-12T09:00:00.000-04:00"
    assert doc["sent_at"] == "2020-06-12T08:55:00.000-04:00"
    assert doc["timezone"] == "America/New_York"
    assert doc["hard_stop"] == "2020-06-12T12:00:00.000-04:00" and doc["hard_stop_at_risk"] is False
    assert doc["message"] is None


def test_running_late_counts_down_in_milliseconds_and_says_how_far_behind():
    engine, clock = engine_at("09:05")
    engine.advance()
    clock.advance(61.5)
    doc = document(engine, "Please wrap up")
    assert doc["status"] == "running"
    assert doc["segment"] == {
        "index": 0,
        "title": "Opening",
        "kind": "segment",
        "group": None,
        "allowed_ms": 30 * 60_000,
        "speakers": [],
        "warning_ms": None,  # no alerts of its own: the colour's own rule (the last 2 min)
    }
    assert doc["remaining_ms"] == 30 * 60_000 - 61_500
    assert doc["offset_s"] == 300 and doc["projected_end"] == "2020-06-12T12:05:00.000-04:00"
    assert doc["hard_stop_at_risk"] is True
    assert doc["next"]["title"] == "Global connectivity"
    assert doc["message"] == "Please wrap up"
    assert datetime.fromisoformat(doc["sent_at"]).utcoffset() is not None


def test_the_plan_on_offer_comes_in_each_language_for_a_chair_who_reads_another():
    engine, _ = engine_at("10:58")
    engine.start(5)  # Digital capacity-building, 8 minutes late: the day ends 12:08
    assert document(engine)["recovery"] is None and document(engine)["recovery_languages"] is None
    LiveController(engine).wake()  # the live rules offer the plan (an `offer` event)
    doc = document(engine)
    plan, each = doc["recovery"], doc["recovery_languages"]
    assert plan == "Recover 8 min to hold the 12:00 stop: trim Digital human rights by 8 min."
    assert set(each) == set(i18n.LANGUAGES) and each["en"] == plan
    with i18n.speaking("fr"):
        assert each["fr"] == take_snapshot(engine).recovery
    assert each["fr"].startswith("Rattraper 8 min pour tenir la fin de 12:00")
    assert all(each[language] != plan for language in ("ar", "es", "fr", "ru", "zh"))
    # In Arabic the Latin title is isolated, one unit in its own direction (a page or window mirrors it right).
    assert "\u2068Digital human rights\u2069" in each["ar"] and "\u2068" not in each["fr"]
    assert i18n.active_language() == "en"  # making them left the host's language as it was


def test_a_speakers_list_gives_the_speaker_now_and_the_ones_after():
    engine, clock = engine_at("09:50")
    engine.start(2)
    clock.advance(100)
    doc = document(engine)
    assert doc["speaker"] == {"name": "Ms Spatolisano", "remaining_ms": 80_000, "limit_ms": 180_000}
    assert doc["upcoming_speakers"] == ["Mr Cerf", "Ms Nwakanma"]
    engine.next_speaker()
    engine.next_speaker()
    doc = document(engine)
    assert doc["speaker"] == {"name": "Ms Nwakanma", "remaining_ms": 120_000, "limit_ms": 120_000}  # the day's default
    assert doc["upcoming_speakers"] == []


def test_paused_overtime_and_ended():
    engine, clock = engine_at("09:00")
    engine.advance()
    clock.advance(30 * 60 + 12)
    assert document(engine)["remaining_ms"] == -12_000
    engine.pause()
    assert document(engine)["status"] == "paused"
    engine.end_day()
    doc = document(engine)
    assert doc["status"] == "ended" and doc["segment"] is None and doc["next"] is None


def test_a_document_stays_small():
    engine, _ = engine_at("09:50")
    engine.start(2)
    assert len(json.dumps(document(engine, "x" * 200)).encode()) < 2048


def test_the_room_is_the_given_name_else_the_agendas_else_a_slug_of_the_file():
    agenda = Agenda("t", "UTC", (), source="/data/Roadmap Launch (June 2020).yaml")
    assert room_name(agenda) == "roadmap-launch-june-2020"
    assert room_name(Agenda("t", "UTC", (), room="Trusteeship Council", source="x.yaml")) == "Trusteeship Council"
    assert room_name(agenda, " Room B ") == "Room B"
    assert room_name(Agenda("t", "UTC", ())) == "room"


def test_an_aged_document_is_the_one_a_later_snapshot_gives():
    engine, clock = engine_at("09:50")
    engine.start(2)
    clock.advance(10)
    earlier = document(engine)
    clock.advance(2.5)
    assert aged(earlier, 2.5) == document(engine)
    engine.pause()
    paused = document(engine)
    clock.advance(7)
    later, now = aged(paused, 7), document(engine)
    # Paused, the countdown holds; the projections move on (the next document brings them).
    assert (later["remaining_ms"], later["speaker"], later["sent_at"]) == (
        now["remaining_ms"],
        now["speaker"],
        now["sent_at"],
    )


def test_the_document_names_the_language_it_is_given_and_reads_no_global():
    from runner.core import i18n

    engine, _ = engine_at("08:55")
    assert state_document(take_snapshot(engine), DAY, "Room", language="ru")["language"] == "ru"
    before = i18n.active_catalogue()
    try:
        i18n.use(i18n.load_catalogue("fr"))  # the process's language does not leak into the views'
        assert state_document(take_snapshot(engine), DAY, "Room", language="zh")["language"] == "zh"
    finally:
        i18n.use(before)

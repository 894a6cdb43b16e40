"""The floor as a UN meeting runs it: delegations, limits by category, points of order, replies."""

from __future__ import annotations

from datetime import timedelta

import pytest

from runner.core.agenda import Day, Floor, Speaker
from runner.core.clock import FakeClock
from runner.core.delegations import delegation_code, delegation_name, same_delegation
from runner.core.engine import EngineError, SessionEngine
from runner.core.snapshot import take_snapshot
from runner.core.speakers import SlotStatus
from runner.core.state_document import aged, state_document
from tests.core.engine_fixtures import DAY, at, segment

MINUTE = timedelta(minutes=1)
LIMITS = (("member", 3 * MINUTE), ("observer", 2 * MINUTE), ("group", 5 * MINUTE))
FLOOR = Floor(limits=LIMITS, replies=(5 * MINUTE, 3 * MINUTE))


def delegation(written: str, category: str = "member", speaker: str = "") -> Speaker:
    name = speaker or delegation_name(written, "en")
    return Speaker(name, FLOOR.limit(category), delegation=written, category=category, speaker=speaker)


def debate_day() -> Day:
    listed = (
        delegation("BR"),
        delegation("KEN", speaker="Ms Wanjiru Kamau"),
        delegation("African Group", "group"),
        delegation("ITU", "observer"),
    )
    segments = (segment(0, "10:00", 60, "General debate", speakers=listed, floor=FLOOR),)
    return Day(date=DAY, title="General debate", segments=segments, timezone="America/New_York")


@pytest.fixture
def debate() -> tuple[SessionEngine, FakeClock]:
    clock = FakeClock(at("10:00"))
    engine = SessionEngine(debate_day(), clock)
    engine.start(0)
    return engine, clock


def test_codes_are_read_in_either_form_and_named_in_each_language():
    assert delegation_code("bra") == delegation_code("BR") == "BR"
    assert delegation_code("ITU") is None and delegation_code("ZZ") is None
    assert same_delegation("KEN", "ke") and not same_delegation("KEN", "BR")
    assert same_delegation("African Group", "african group")
    names = {lang: delegation_name("BR", lang) for lang in ("en", "fr", "es", "ru", "zh", "ar")}
    assert names == {"en": "Brazil", "fr": "Brésil", "es": "Brasil", "ru": "Бразилия", "zh": "巴西", "ar": "البرازيل"}
    assert delegation_name("African Group", "ar") == "African Group"  # a name is shown as written


def test_each_category_has_its_limit(debate):
    engine, _ = debate
    limits = {s.delegation: s.limit_s for s in take_snapshot(engine).speakers}
    assert limits == {"BR": 180, "KEN": 180, "African Group": 300, "ITU": 120}


def test_a_point_of_order_stops_the_speaker_s_clock_and_is_not_charged(debate):
    engine, clock = debate
    clock.advance(60)
    engine.point_of_order()
    assert take_snapshot(engine).point_of_order
    clock.advance(90)  # the point of order is heard
    snap = take_snapshot(engine)
    assert snap.current_speaker.spoken_s == 60 and snap.elapsed_s == 150  # the meeting's time runs on
    engine.point_of_order()  # settled
    clock.advance(30)
    snap = take_snapshot(engine)
    assert not snap.point_of_order and snap.current_speaker.spoken_s == 90
    run = engine.runs[0]
    assert [(p.start, p.end, p.delegation) for p in run.points_of_order] == [(60, 150, "BR")]


def test_the_next_speaker_ends_a_point_of_order_still_open(debate):
    engine, clock = debate
    clock.advance(30)
    engine.point_of_order()
    clock.advance(20)
    engine.next_speaker()
    clock.advance(10)
    snap = take_snapshot(engine)
    assert not snap.point_of_order
    assert [s.spoken_s for s in snap.speakers[:2]] == [30, 10]


def test_replies_are_heard_after_the_list_in_the_order_asked(debate):
    engine, _ = debate
    engine.request_reply("KEN")
    engine.request_reply("BR")
    engine.request_reply("KE")  # Kenya's second reply: after every first one
    engine.add_speaker("Late inscription")  # inscribed live: before the replies
    snap = take_snapshot(engine)
    order = [(s.name, s.reply, s.limit_s) for s in snap.speakers]
    assert order[4:] == [
        ("Late inscription", 0, None),
        ("Kenya", 1, 300),
        ("Brazil", 1, 300),
        ("Kenya", 2, 180),
    ]
    with pytest.raises(EngineError, match="Kenya has had its 2 replies"):
        engine.request_reply("KEN")
    document = state_document(snap, DAY, "room", language="fr")
    assert document["floor"] == {
        "left": ["Kenya (Ms Wanjiru Kamau)", "African Group", "ITU", "Late inscription"],
        "replies": ["Kenya", "Brésil", "Kenya"],
        "point_of_order": False,
    }


def test_the_state_document_names_the_delegation_in_its_language(debate):
    engine, clock = debate
    clock.advance(10)
    engine.point_of_order()
    document = state_document(take_snapshot(engine), DAY, "room", language="ar")
    assert document["speaker"]["delegation"] == "البرازيل" and document["speaker"]["code"] == "BR"
    assert document["floor"]["point_of_order"] is True
    later = aged(document, 5)
    assert later["speaker"]["remaining_ms"] == document["speaker"]["remaining_ms"]  # held, not counting
    assert later["remaining_ms"] == document["remaining_ms"] - 5000


def test_a_floor_replays_from_its_log_as_it_was(debate):
    engine, clock = debate
    clock.advance(40)
    engine.point_of_order()
    clock.advance(15)
    engine.point_of_order()
    engine.request_reply("BR")
    clock.advance(20)
    engine.next_speaker()
    clock.advance(5)
    replayed = SessionEngine(debate_day(), clock)
    replayed.replay(list(engine.events))
    before, after = take_snapshot(engine), take_snapshot(replayed)
    assert [(s.name, s.spoken_s, s.status, s.reply) for s in after.speakers] == [
        (s.name, s.spoken_s, s.status, s.reply) for s in before.speakers
    ]
    assert after.speakers[0].spoken_s == 60 and after.speakers[0].status is SlotStatus.SPOKEN
    records = [e.to_record()["type"] for e in engine.events]
    assert records.count("point_of_order") == 1 and records.count("point_of_order_end") == 1
    assert records.count("reply") == 1


def test_a_segment_without_a_floor_has_no_right_of_reply():
    from tests.core.engine_fixtures import dialogue_day

    clock = FakeClock(at("09:50"))
    engine = SessionEngine(dialogue_day(), clock)
    engine.start(2)
    with pytest.raises(EngineError, match="no floor"):
        engine.request_reply("BR")
    assert take_snapshot(engine).floor is False
    assert state_document(take_snapshot(engine), DAY, "room", language="en")["floor"] is None


def test_the_recovery_planner_reads_a_floor_s_limits_as_speakers_limits(debate):
    from runner.core.recovery_offer import situation

    engine, clock = debate
    engine.request_reply("KEN")
    _, ahead = situation(engine, clock.monotonic(), clock.now())
    # Kenya, the African Group, ITU waiting (3 min, 5 min, 2 min), then Kenya's reply (5 min).
    assert ahead[0].speaker_limits_s == (180.0, 300.0, 120.0, 300.0)

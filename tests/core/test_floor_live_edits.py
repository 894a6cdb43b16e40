"""A floor changed live: a delegation added (by code or by a country's name in any of the six
languages), moved, struck from the list; each change logged and replayed after a crash."""

from __future__ import annotations

import pytest

from runner.core.clock import FakeClock
from runner.core.engine import EngineError, SessionEngine
from runner.core.snapshot import take_snapshot
from tests.core.test_floor import debate_day


@pytest.fixture
def debate() -> tuple[SessionEngine, FakeClock]:
    clock = FakeClock(debate_day().segments[0].start)
    engine = SessionEngine(debate_day(), clock)
    engine.start(0)
    return engine, clock


def _listed(engine: SessionEngine) -> list[tuple[str, str, float | None]]:
    return [(s.delegation, s.category, s.limit_s) for s in take_snapshot(engine).speakers]


def test_delegations_are_added_by_code_or_by_name_with_their_category_s_limit(debate):
    engine, _ = debate
    engine.request_reply("KEN")
    engine.add_delegation("Brésil")  # French: Brazil's second inscription
    engine.add_delegation("المكسيك")  # Arabic: Mexico
    engine.add_delegation("Alliance of Small Island States", "group")
    engine.add_delegation("wipo", "Observer", speaker="Ms Daren Tang")
    listed = _listed(engine)
    assert listed[4:] == [
        ("BR", "member", 180),
        ("MX", "member", 180),
        ("Alliance of Small Island States", "group", 300),
        ("wipo", "observer", 120),
        ("KEN", "", 300),  # the reply stays after the list
    ]
    added = take_snapshot(engine).speakers[7]
    assert added.name == "wipo (Ms Daren Tang)" and added.label("fr") == "wipo (Ms Daren Tang)"
    assert take_snapshot(engine).speakers[4].label("fr") == "Brésil"


@pytest.mark.parametrize(
    ("written", "category", "said"),
    [
        ("Brasil!", "", "is not a country's code or name"),
        ("BZR", "", "did you mean"),
        ("ITU", "press", "the category 'press' has no limit on this floor (known: member, observer, group)"),
        ("  ", "", "a delegation needs a code or a name"),
    ],
)
def test_a_delegation_the_floor_cannot_take_is_refused_in_one_line(debate, written, category, said):
    engine, _ = debate
    before = len(engine.events)
    with pytest.raises(EngineError, match=said.replace("(", r"\(").replace(")", r"\)")):
        engine.add_delegation(written, category)
    assert len(engine.events) == before


def test_a_waiting_delegation_is_struck_and_moved_and_the_log_replays_it(debate):
    engine, clock = debate
    clock.advance(60)
    engine.next_speaker()  # Kenya speaks
    with pytest.raises(EngineError, match="only a delegation still waiting"):
        engine.strike(0)  # Brazil has spoken
    engine.strike(engine.waiting_position("african group"))
    engine.add_delegation("JP")
    engine.move_speaker(engine.waiting_position("JPN"), 2)
    assert [d for d, _, _ in _listed(engine)] == ["BR", "KEN", "JP", "ITU"]
    with pytest.raises(EngineError, match="FR is not waiting on the list"):
        engine.waiting_position("FR")
    types = [e.to_record() for e in engine.events if e.type.value == "speaker"]
    assert [t["action"] for t in types][-3:] == ["strike", "add", "move"]
    replayed = SessionEngine(debate_day(), clock)
    replayed.replay(list(engine.events))
    assert _listed(replayed) == _listed(engine)
    assert take_snapshot(replayed).current_speaker.delegation == "KEN"


def test_a_segment_without_a_floor_takes_names_not_delegations():
    from tests.core.engine_fixtures import at, dialogue_day

    engine = SessionEngine(dialogue_day(), FakeClock(at("09:50")))
    engine.start(2)
    with pytest.raises(EngineError, match="no floor"):
        engine.add_delegation("BR")

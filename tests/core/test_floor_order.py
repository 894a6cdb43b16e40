"""Protocol order and the drawing of lots: by rank, equals by a seeded draw that anyone can re-derive."""

from __future__ import annotations

import hashlib

import pytest

from runner.core.clock import FakeClock
from runner.core.engine import EngineError, SessionEngine
from runner.core.errors import AgendaError
from runner.core.floor_order import follows_from_seed, lot, rank_key, speaking_order
from runner.core.snapshot import take_snapshot
from runner.io.agenda_writer import agenda_text
from runner.io.agenda_yaml import parse_agenda
from tests.floor_debate import MEMBERS, debate_agenda

PROTOCOL_YAML = """\
title: General debate
timezone: America/New_York
date: 2020-09-22
segments:
  - start: "09:00"
    title: General debate
    duration: 180m
    floor:
      limits: {member: 15m, observer: 15m}
      order: protocol
      draw: 2020-09-22
      list:
        - {delegation: KEN, rank: minister}
        - {delegation: BR, rank: head of state}
        - DE
        - {delegation: FR, rank: Head of State}
        - {delegation: JP, rank: head_of_government}
        - {delegation: IN, rank: vice-minister}
        - {delegation: MX, rank: head of state}
        - {delegation: VA, category: observer, rank: minister}
"""


def _day(text: str = PROTOCOL_YAML):
    return parse_agenda(text.encode(), "debate.yaml").days[0]


def test_a_lot_is_the_documented_hash_of_seed_and_code():
    assert lot("42", "BRA") == lot("42", "br") == hashlib.sha256(b"42:BR").hexdigest()
    assert lot("42", "African Group") == hashlib.sha256(b"42:african group").hexdigest()


def test_the_same_seed_gives_the_same_order_whatever_the_order_of_inscription():
    entries = [(code, "", "member") for code in MEMBERS]
    drawn = [entries[i][0] for i in speaking_order(entries, by_rank=False, seed="7f3a9c21")]
    backwards = entries[::-1]
    assert [backwards[i][0] for i in speaking_order(backwards, by_rank=False, seed="7f3a9c21")] == drawn
    other = [entries[i][0] for i in speaking_order(entries, by_rank=False, seed="7f3a9c22")]
    assert sorted(drawn) == sorted(other) and drawn != other
    assert speaking_order(entries, by_rank=False, seed=None) == list(range(len(entries)))


def test_ranks_are_read_in_any_spelling():
    assert rank_key("Head of State") == rank_key("head_of_state") == "head_of_state"
    assert rank_key("Vice-Minister") == "vice_minister" and rank_key("ambassador") is None


def test_protocol_orders_by_rank_and_draws_among_equals():
    segment = _day().segments[0]
    order = [(s.delegation, s.rank) for s in segment.speakers]
    heads = sorted(["BR", "FR", "MX"], key=lambda code: lot("2020-09-22", code))
    # Members first, each by rank; the Holy See, an observer, after them though a minister speaks.
    assert [d for d, _ in order] == [*heads, "JP", "KEN", "IN", "DE", "VA"]
    assert order[-2] == ("DE", "")  # no rank: a head of delegation, last of the members
    again = _day(agenda_text("General debate", _day())).segments[0]
    assert [(s.delegation, s.rank) for s in again.speakers] == order  # File → Save keeps it


def test_without_a_seed_protocol_keeps_equals_in_order_of_inscription():
    text = PROTOCOL_YAML.replace("      draw: 2020-09-22\n", "")
    codes = [s.delegation for s in _day(text).segments[0].speakers]
    assert codes == ["BR", "FR", "MX", "JP", "KEN", "IN", "DE", "VA"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("order: protocol", "order: rank"), "'order' is 'rank' (one of: inscription, protocol)"),
        (("rank: minister}", "rank: ambassador}"), "'ambassador' is not a rank"),
    ],
)
def test_a_wrong_order_or_rank_is_a_located_line(change, expected):
    with pytest.raises(AgendaError) as caught:
        _day(PROTOCOL_YAML.replace(*change, 1))
    said = [p.message + (f" ({p.hint})" if p.hint else "") for p in caught.value.problems]
    assert any(expected in line for line in said), said


def test_the_agenda_s_draw_is_logged_when_the_floor_opens():
    day = _day()
    clock = FakeClock(day.segments[0].start)
    engine = SessionEngine(day, clock)
    engine.start(0)
    draw = next(e.payload for e in engine.events if e.type.value == "draw")
    assert (draw.seed, draw.source, draw.by_rank) == ("2020-09-22", "agenda", True)
    assert list(draw.delegations) == [s.delegation for s in day.segments[0].speakers]
    assert follows_from_seed(draw.delegations, draw.ranks, draw.categories, by_rank=True, seed=draw.seed)
    assert not follows_from_seed(
        draw.delegations[::-1], draw.ranks[::-1], draw.categories[::-1], by_rank=True, seed=draw.seed
    )
    assert take_snapshot(engine).current_speaker.delegation == day.segments[0].speakers[0].delegation


def test_lots_drawn_live_order_the_waiting_delegations_and_replay():
    day = debate_agenda().days[0]
    clock = FakeClock(day.segments[0].start)
    engine = SessionEngine(day, clock)
    engine.start(1)
    clock.advance(100)
    engine.next_speaker()  # Kenya speaks; Brazil has spoken
    engine.request_reply("BR")
    seed = engine.draw_lots("room-seed")
    assert seed == "room-seed"
    speakers = take_snapshot(engine).speakers
    assert [s.delegation for s in speakers[:2]] == ["BR", "KEN"] and speakers[-1].reply == 1
    waiting = [s.delegation for s in speakers[2:-1]]
    assert waiting == sorted(waiting, key=lambda d: lot("room-seed", d))
    draw = engine.events[-1].payload
    assert follows_from_seed(draw.delegations, draw.ranks, (), by_rank=False, seed="room-seed")
    assert len(engine.draw_lots()) == 8  # a fresh seed when none is given
    replayed = SessionEngine(day, clock)
    replayed.replay(list(engine.events))
    assert [s.delegation for s in take_snapshot(replayed).speakers] == [
        s.delegation for s in take_snapshot(engine).speakers
    ]


def test_no_lots_without_a_floor_or_with_one_delegation_left():
    from tests.core.engine_fixtures import at, dialogue_day

    engine = SessionEngine(dialogue_day(), FakeClock(at("09:50")))
    engine.start(2)
    with pytest.raises(EngineError, match="no floor"):
        engine.draw_lots()
    text = PROTOCOL_YAML.split("        - {delegation: BR")[0]  # only Kenya
    one = SessionEngine(_day(text), FakeClock(_day(text).segments[0].start))
    one.start(0)
    with pytest.raises(EngineError, match="fewer than two"):
        one.draw_lots()


def _protocol_engine(text: str = PROTOCOL_YAML.replace("      draw: 2020-09-22\n", "")):
    day = _day(text)
    clock = FakeClock(day.segments[0].start)
    engine = SessionEngine(day, clock)
    engine.start(0)
    return engine, clock


def _waiting_codes(engine: SessionEngine) -> list[str]:
    return [s.delegation for s in take_snapshot(engine).speakers]


def test_in_protocol_order_a_delegation_added_live_takes_its_place_by_rank():
    engine, clock = _protocol_engine()
    clock.advance(60)
    engine.next_speaker()  # France speaks; Brazil has spoken
    engine.request_reply("KEN")
    engine.add_delegation("ES", rank="head of state")  # after Mexico, the equal inscribed before it
    engine.add_delegation("Italie", rank="minister")  # after Kenya, before India (vice-minister)
    engine.add_delegation("BR", rank="head of state")  # Brazil spoke: a second turn, after Spain
    engine.add_delegation("ITU", "observer")  # observers after every member
    engine.add_delegation("CL")  # a head of delegation: after Germany, before the observers
    assert _waiting_codes(engine) == [
        "BR", "FR", "MX", "ES", "BR", "JP", "KEN", "IT", "IN", "DE", "CL", "VA", "ITU", "KEN",
    ]  # fmt: skip
    added = [e.to_record() for e in engine.events if e.type.value == "speaker" and e.payload.action.value == "add"]
    assert [a.get("position") for a in added] == [3, 6, 4, None, 10]  # the place, logged; None: after all
    replayed = SessionEngine(engine.day, clock)
    replayed.replay(list(engine.events))
    assert _waiting_codes(replayed) == _waiting_codes(engine)


def test_an_imported_list_is_placed_by_rank_one_after_the_other_and_a_draw_reorders_equals():
    from runner.core.floor_entry import floor_entry

    engine, _ = _protocol_engine()
    floor = engine.day.segments[0].floor
    imported = [floor_entry(floor, "NO", rank="minister"), floor_entry(floor, "SE", rank="minister")]
    engine.inscribe(imported)
    assert _waiting_codes(engine)[4:8] == ["KEN", "NO", "SE", "IN"]  # in order of inscription among equals
    engine.draw_lots("lots")
    ministers = _waiting_codes(engine)[4:7]
    assert ministers == sorted(["KEN", "NO", "SE"], key=lambda d: lot("lots", d))
    engine.add_delegation("DK", rank="minister")  # after the drawn equals
    assert _waiting_codes(engine)[4:8] == [*ministers, "DK"]


def test_in_order_of_inscription_a_delegation_added_live_still_goes_last():
    engine, _ = _protocol_engine(PROTOCOL_YAML.replace("order: protocol", "order: inscription"))
    engine.add_delegation("ES", rank="head of state")
    assert _waiting_codes(engine)[-1] == "ES"
    assert engine.events[-1].to_record().get("position") is None


GROUPS_YAML = PROTOCOL_YAML.replace("{member: 15m, observer: 15m}", "{member: 15m, observer: 15m, group: 15m}").replace(
    "        - DE\n",
    "        - DE\n        - {delegation: G77 and China, category: group, rank: minister}\n"
    "        - {delegation: African Group, category: group}\n",
)


def test_groups_of_states_rank_with_the_observers_unless_the_floor_hears_them_first():
    heard = [s.delegation for s in _day(GROUPS_YAML).segments[0].speakers]
    assert heard[-3:] == ["VA", "G77 and China", "African Group"]  # with the observers, by rank
    first = GROUPS_YAML.replace("      order: protocol\n", "      order: protocol\n      groups: first\n")
    day = _day(first)
    assert day.segments[0].floor.groups_first
    heard = [s.delegation for s in day.segments[0].speakers]
    assert heard[:2] == ["G77 and China", "African Group"] and heard[-1] == "VA"
    saved = agenda_text("General debate", day)  # File → Save keeps it
    assert "groups: first" in saved and _day(saved).segments[0].floor.groups_first
    clock = FakeClock(day.segments[0].start)
    engine = SessionEngine(day, clock)
    engine.start(0)
    draw = next(e.payload for e in engine.events if e.type.value == "draw")
    assert draw.groups_first and draw.to_data()["groups_first"] is True
    assert follows_from_seed(
        draw.delegations, draw.ranks, draw.categories, by_rank=True, seed=draw.seed, groups_first=True
    )
    engine.add_delegation("Arab Group", "group", rank="head of state")  # before the other groups
    engine.add_delegation("ITU", "observer")
    listed = [s.delegation for s in take_snapshot(engine).speakers]
    assert listed[:3] == ["G77 and China", "Arab Group", "African Group"] and listed[-1] == "ITU"
    engine.draw_lots("again")
    from runner.core.draw_check import unfair_draws

    assert unfair_draws(day, engine.events) == []


def test_the_default_draw_record_says_nothing_of_groups():
    day = _day()
    engine = SessionEngine(day, FakeClock(day.segments[0].start))
    engine.start(0)
    draw = next(e for e in engine.events if e.type.value == "draw")
    assert "groups_first" not in draw.to_record()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ("order: protocol", "order: protocol\n      groups: last"),
            "'groups' is 'last' (one of: first, with observers)",
        ),
        (("order: protocol", "order: inscription\n      groups: first"), "'groups' orders a floor in protocol order"),
    ],
)
def test_a_wrong_groups_is_a_located_line(change, expected):
    with pytest.raises(AgendaError) as caught:
        _day(GROUPS_YAML.replace(*change, 1))
    found = [p for p in caught.value.problems if expected.split(" (")[0] in p.message]
    assert found and found[0].line == 11, caught.value.problems
    said = [p.message + (f" ({p.hint})" if p.hint else "") for p in caught.value.problems]
    assert any(expected in line for line in said), said


def test_with_observers_is_the_default_written_out():
    text = GROUPS_YAML.replace("order: protocol", "order: protocol\n      groups: with observers")
    assert not _day(text).segments[0].floor.groups_first


def test_the_state_document_gives_the_rank_of_who_speaks_and_of_those_waiting():
    from runner.core.document_check import check_state_document
    from runner.core.floor_order import rank_name
    from runner.core.state_document import state_document

    engine, _ = _protocol_engine()
    snapshot = take_snapshot(engine)
    document = state_document(snapshot, engine.day.date, "Hall", language="fr")
    check_state_document(document)
    assert (document["speaker"]["delegation"], document["speaker"]["rank"]) == ("Brésil", "Chef d'État")
    assert document["floor"]["left"][:2] == ["France", "Mexique"]
    assert document["floor"]["ranks"] == [
        "Chef d'État", "Chef d'État", "Chef de gouvernement", "Ministre", "Vice-Ministre", "", "Ministre",
    ]  # fmt: skip
    arabic = state_document(snapshot, engine.day.date, "Hall", language="ar")
    assert arabic["speaker"]["rank"] == "رئيس دولة" and arabic["floor"]["ranks"][2] == "رئيس حكومة"
    assert rank_name("head_of_delegation", "zh") == "代表团团长" and rank_name("", "fr") == ""


def test_a_floor_without_ranks_sends_the_document_as_before():
    from runner.core.state_document import state_document

    text = "\n".join(line for line in PROTOCOL_YAML.splitlines() if "rank" not in line) + "\n"
    text = text.replace("        - DE\n", "        - DE\n        - KEN\n        - BR\n")
    day = _day(text)
    engine = SessionEngine(day, FakeClock(day.segments[0].start))
    engine.start(0)
    document = state_document(take_snapshot(engine), day.date, "Hall", language="en")
    assert "ranks" not in document["floor"] and document["speaker"]["rank"] is None

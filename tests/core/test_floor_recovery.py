"""The recovery planner treats a floor's limits as it treats speakers' limits: when the general
debate starts late against the day's hard stop, the plan trims each waiting delegation's turn
(members', observers', groups' and the replies' alike, none below three quarters), Ctrl+R makes
the cuts, the next turn's clock counts the trimmed limit, and a replay keeps them."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from runner.core.clock import FakeClock
from runner.core.engine import SessionEngine
from runner.core.projection import project
from runner.core.recovery_offer import accept, offer
from runner.core.snapshot import take_snapshot
from runner.io.agenda_yaml import parse_agenda
from tests.floor_debate import DEBATE_YAML

NEW_YORK = ZoneInfo("America/New_York")
STOP = datetime(2020, 6, 12, 12, 10, tzinfo=NEW_YORK)


def _late_debate() -> tuple[SessionEngine, FakeClock]:
    text = DEBATE_YAML.replace("room: plenary\n", 'room: plenary\nend: "12:10"\n')
    day = parse_agenda(text.encode(), "debate.yaml").days[0]
    assert day.hard_stop == STOP
    clock = FakeClock(datetime(2020, 6, 12, 10, 20, tzinfo=NEW_YORK))  # the opening starts 20 min late
    engine = SessionEngine(day, clock)
    engine.advance()
    clock.advance(300)
    engine.advance()  # the debate, 20 min late: Brazil has the floor
    engine.request_reply("KEN")
    return engine, clock


def test_a_late_debate_s_plan_trims_every_waiting_delegation_s_limit():
    engine, clock = _late_debate()
    before = {s.position: s.limit_s for s in take_snapshot(engine).speakers}
    plan = offer(engine, clock.monotonic(), clock.now())
    assert plan is not None and plan.holds
    trim = next(t for t in plan.trims if t.title == "General debate")
    assert trim.running and len(trim.speakers) == 30  # 29 delegations waiting and Kenya's reply
    assert "each remaining speaker" in plan.summary()
    accept(engine, plan)
    after = take_snapshot(engine).speakers
    assert after[0].limit_s == before[0] == 180  # the turn under way keeps its limit
    for view in after[1:]:
        assert before[view.position] * 0.75 <= view.limit_s < before[view.position], view
    assert project(engine, clock.monotonic(), clock.now()).day_end <= STOP
    clock.advance(120)
    engine.next_speaker()  # Kenya, a member: its turn counts down the trimmed limit
    clock.advance(30)
    current = take_snapshot(engine).current_speaker
    assert current.delegation == "KEN" and current.remaining_s == after[1].limit_s - 30
    replayed = SessionEngine(engine.printed_day, clock)
    replayed.replay(list(engine.events))
    assert [s.limit_s for s in take_snapshot(replayed).speakers] == [s.limit_s for s in take_snapshot(engine).speakers]


def test_delegations_inscribed_after_the_plan_get_their_category_s_limit():
    engine, clock = _late_debate()
    accept(engine, offer(engine, clock.monotonic(), clock.now()))
    engine.add_delegation("JP")
    assert take_snapshot(engine).speakers[-2].limit_s == 180  # as a name added after a plan: the default

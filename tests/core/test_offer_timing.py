"""When the recovery plan is offered: on news, not every half minute; a dismissal is remembered."""

from __future__ import annotations

import itertools
from datetime import timedelta

from runner.core import offer_timing
from runner.core.controller import LiveController
from runner.core.engine import SessionEngine
from runner.core.events import EventType
from runner.core.offer_timing import MIN_GAP_S, dismiss, standing_plan
from runner.core.recovery_offer import accept
from runner.core.rehearsal_run import rehearse
from runner.core.session import open_session
from runner.core.snapshot import take_snapshot
from tests.core.engine_fixtures import agenda_for, at, dialogue_day, engine_at


def offers(engine: SessionEngine) -> list[str]:
    return [f"{e.wall:%H:%M:%S} {e.payload.summary}" for e in engine.events if e.type is EventType.OFFER]


def run_until(engine: SessionEngine, controller: LiveController, until: str) -> None:
    """The app's wall-clock trigger: wake the controller at each time it asks for, up to `until`."""
    clock = engine.clock
    for _ in range(10_000):
        due = controller.next_wake()
        if due is None or due > at(until):
            break
        clock.advance(max((due - clock.now()).total_seconds(), 0.0))
        controller.wake()
    clock.advance(max((at(until) - clock.now()).total_seconds(), 0.0))
    controller.wake()


def test_a_whole_day_with_a_quarter_hour_overrun_is_offered_a_plan_when_it_changes():
    rehearsal = rehearse(dialogue_day(), {"Digital public goods": 900})
    assert offers(rehearsal.engine) == [
        "10:20:30 Recover 30 s to hold the 12:00 stop: trim Digital human rights by 1 min.",
        # the overrun goes on: a new plan each five minutes more, not one a second (or each 30 s)
        "10:25:30 Recover 6 min to hold the 12:00 stop: trim Digital human rights by 6 min.",
        "10:30:30 Recover 11 min to hold the 12:00 stop: trim Digital human rights by 11 min.",
        "10:35:00 Recover 15 min to hold the 12:00 stop: trim Digital human rights by 15 min.",  # it ended
        # the segment it trims has started: that plan can no longer be made as offered
        "11:25:00 The 12:00 stop cannot be held: even if we trim Closing by 1 min, the day ends at 12:14, 14 min late.",
        "12:13:00 The 12:00 stop cannot be held: nothing left can be shortened; the day ends at 12:15, 15 min late.",
    ]
    walls = [e.wall for e in rehearsal.engine.events if e.type is EventType.OFFER]
    assert all((b - a).total_seconds() >= MIN_GAP_S for a, b in itertools.pairwise(walls))


def test_a_host_accepting_every_offer_ends_by_the_stop_with_four_plans_not_fifteen():
    rehearsal = rehearse(dialogue_day(), {"Digital public goods": 900}, recover=True)
    assert len(offers(rehearsal.engine)) == 4
    assert rehearsal.lines[-1].text == "the day ends, by its 12:00 hard stop"


def test_a_dismissed_plan_is_not_offered_again_until_the_overrun_grows_a_step():
    engine, _clock = engine_at("10:05")
    engine.start(3)  # Digital inclusion 15 min late, then running over: the day passes its stop
    controller = LiveController(engine)
    run_until(engine, controller, "10:41")
    (first,) = offers(engine)
    assert first.startswith("10:40:30 Recover 30 s")
    plan = take_snapshot(engine).recovery_plan
    assert plan is not None and plan.number == 1
    dismiss(engine, plan)  # Ctrl+D
    assert take_snapshot(engine).recovery_plan is None
    run_until(engine, controller, "10:45")
    assert len(offers(engine)) == 1  # 4.5 min more to recover: not yet news
    run_until(engine, controller, "10:46")
    assert offers(engine)[1].startswith("10:45:30 Recover 6 min")


def test_once_the_overrun_ends_the_plan_stands_still_and_is_not_repeated():
    engine, clock = engine_at("10:05")
    engine.start(3)
    controller = LiveController(engine)
    run_until(engine, controller, "10:43")
    engine.advance()  # the Intermission starts: the day's end stops moving, 2.5 min more than offered
    run_until(engine, controller, "10:47")
    assert [o[:8] for o in offers(engine)] == ["10:40:30", "10:43:00"]
    assert not offer_timing.end_moving(engine, clock.monotonic(), clock.now())
    assert controller.next_wake() is None or controller.next_wake() >= at("10:48")  # nothing to say


def test_a_dismissal_and_the_offer_survive_a_restart(tmp_path):
    day = dialogue_day()
    clock = engine_at("10:05")[1]
    first = open_session(agenda_for(day), day, clock, tmp_path / "day.sqlite", boot_id="a")
    first.engine.start(3)
    controller = LiveController(first.engine)
    run_until(first.engine, controller, "10:41")
    plan = standing_plan(first.engine, clock.monotonic(), clock.now())
    assert plan is not None
    dismiss(first.engine, plan)
    first.close()  # the app dies; the log has the offer and the dismissal
    clock.advance(30)
    second = open_session(agenda_for(day), day, clock, tmp_path / "day.sqlite", boot_id="b")
    assert len(offers(second.engine)) == 1 and second.engine.dismissed == {1}
    assert take_snapshot(second.engine).recovery_plan is None
    again = LiveController(second.engine)
    again.wake()
    assert len(offers(second.engine)) == 1  # not offered again on the restart
    second.close()


def test_a_plan_accepted_from_the_offer_carries_its_number_and_the_next_waits_a_step():
    engine, _clock = engine_at("10:05")
    engine.start(3)
    controller = LiveController(engine)
    run_until(engine, controller, "10:41")
    plan = take_snapshot(engine).recovery_plan
    assert plan is not None and accept(engine, plan) == 1
    run_until(engine, controller, "10:45")
    assert len(offers(engine)) == 1  # the day is past again, but by less than a step
    run_until(engine, controller, "10:47")
    assert len(offers(engine)) == 2 and offers(engine)[1].startswith("10:46:00 Recover 5 min")
    record = [e.to_record() for e in engine.events if e.type is EventType.OFFER][1]
    assert record["number"] == 2 and record["moving"] is True and record["plan"]["trims"]


def test_the_offered_plan_is_the_one_shown_not_a_new_one_each_second():
    engine, clock = engine_at("10:05")
    engine.start(3)
    controller = LiveController(engine)
    run_until(engine, controller, "10:41")
    shown = {take_snapshot(engine).recovery}
    for _ in range(120):
        clock.advance(1)
        controller.wake()
        shown.add(take_snapshot(engine).recovery)
    assert shown == {"Recover 30 s to hold the 12:00 stop: trim Digital human rights by 1 min."}
    assert clock.now() - at("10:41") == timedelta(minutes=2)


def test_a_speakers_turn_does_not_make_the_plan_on_offer_stale():
    engine, _clock = engine_at("10:05")
    engine.start(2)  # Digital public goods, 15 min late: its waiting speakers are part of the plan
    controller = LiveController(engine)
    controller.wake()
    plan = take_snapshot(engine).recovery_plan
    assert plan is not None and any(t.running and t.speakers for t in plan.trims)
    engine.next_speaker()  # Right: Mr Cerf takes the floor
    controller.wake()
    assert len(offers(engine)) == 1  # not a new offer for each turn
    assert take_snapshot(engine).recovery_plan == plan
    accept(engine, plan)  # the cut reaches the speakers still waiting
    waiting = engine.current_run.speakers.upcoming()
    assert waiting and all(engine.current_run.speakers.slots[p].limit < 120 for p in waiting)

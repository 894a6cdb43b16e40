"""A day rehearsed on a simulated clock: the real engine and alert rules, overruns, recovery."""

from __future__ import annotations

from datetime import timedelta

from runner.core.events import EventType
from runner.core.rehearsal_run import day_end, rehearse
from tests.core.engine_fixtures import at, dialogue_day


def test_a_quarter_hour_overrun_ends_the_day_past_its_stop():
    rehearsal = rehearse(dialogue_day(), {"Digital public goods": 900})
    assert day_end(rehearsal) == at("12:15")
    texts = [line.text for line in rehearsal.lines]
    assert "alert: Day now projected 30 s past the 12:00 hard stop, and every further minute here adds to it" in texts
    assert texts[-1] == "the day ends 15 min past its 12:00 hard stop"
    assert any(t.startswith("recovery plan: Recover 15 min to hold the 12:00 stop") for t in texts)


def test_accepting_every_plan_holds_the_stop():
    rehearsal = rehearse(dialogue_day(), {"Digital public goods": 900}, recover=True)
    assert day_end(rehearsal) <= at("12:00")
    accepted = [str(line) for line in rehearsal.lines if line.text.startswith("Ctrl+R: plan")]
    # A plan at the first crossing; while the overrun goes on, a new one each 5 minutes more to
    # recover (not one each time the day is 30 s past again); the rest once the overrun ends.
    assert accepted == [
        "10:20:30  Ctrl+R: plan 1 accepted",
        "10:26:00  Ctrl+R: plan 2 accepted",
        "10:31:00  Ctrl+R: plan 3 accepted",
        "10:35:00  Ctrl+R: plan 4 accepted",
    ]
    edits = [e for e in rehearsal.engine.events if e.type is EventType.EDIT]
    assert edits and all(1 <= e.payload.plan <= 4 for e in edits)
    assert rehearsal.lines[-1].text == "the day ends, by its 12:00 hard stop"


def test_every_start_and_alert_is_a_line_at_its_simulated_time():
    rehearsal = rehearse(dialogue_day())
    lines = [str(line) for line in rehearsal.lines]
    assert lines[0] == "08:59:00  alert: Opening is due to start in 1 min, at 09:00"
    assert "09:00:00  Opening starts (30 min, planned 09:00)" in lines
    assert "10:48:00  alert: Intermission ends in 2 min, we resume at 10:50" in lines
    assert lines[-1] == "12:00:00  the day ends, by its 12:00 hard stop"
    assert not any("over time" in line for line in lines)  # the host ends each segment on time


def test_a_segment_that_ends_early_lets_the_next_one_follow():
    rehearsal = rehearse(dialogue_day(), {"Opening": -600})
    assert "09:20:00  Global connectivity starts (20 min, planned 09:30)" in [str(x) for x in rehearsal.lines]
    assert rehearsal.engine.finished and day_end(rehearsal) - at("09:00") < timedelta(hours=3)

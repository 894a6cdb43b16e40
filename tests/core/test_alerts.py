"""Alert rules over a fake clock: what is planned, when, and what is left out."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from runner.core import alerts as al
from runner.core.alerts import PlanState, plan_alerts, speaker_cue_s, spoken
from runner.core.clock import FakeClock
from runner.core.controller import LiveController
from runner.core.engine import SessionEngine
from runner.core.events import EventType
from runner.core.projection import project
from runner.core.snapshot import take_snapshot
from tests.core.engine_fixtures import at, dialogue_day, engine_at


def plan(engine: SessionEngine, clock: FakeClock, **state) -> list[al.PlannedAlert]:
    return plan_alerts(engine, clock.monotonic(), clock.now(), PlanState(**state))


def by_kind(alerts: list[al.PlannedAlert], kind: str) -> list[al.PlannedAlert]:
    return [a for a in alerts if a.kind == kind]


def seconds_to(alert: al.PlannedAlert, clock: FakeClock) -> float:
    return round((alert.due_wall - clock.now()).total_seconds(), 3)


def start_at(index: int, hhmm: str, day=None) -> tuple[SessionEngine, FakeClock]:
    engine, clock = engine_at(hhmm, day)
    engine.start(index)
    return engine, clock


def with_alerts(index: int, *minutes: float):
    day = dialogue_day()
    segments = list(day.segments)
    segments[index] = replace(segments[index], alerts=tuple(timedelta(minutes=m) for m in minutes))
    return replace(day, segments=tuple(segments))


# -- intermissions -------------------------------------------------------------------------------
def test_intermission_warns_two_minutes_and_thirty_seconds_before_and_at_its_end():
    engine, clock = start_at(4, "10:40")
    alerts = plan(engine, clock)
    ending = by_kind(alerts, al.INTERMISSION_ENDING)
    assert [seconds_to(a, clock) for a in ending] == [480, 570]
    assert ending[0].message == "Intermission ends in 2 min, we resume at 10:50"
    assert ending[0].key == "4:intermission_ending:120" and ending[0].segment == 4
    over = by_kind(alerts, al.INTERMISSION_OVER)
    assert [seconds_to(a, clock) for a in over] == [600] and over[0].level == "warning"


def test_a_very_short_intermission_warns_at_half_its_length():
    day = dialogue_day()
    segments = list(day.segments)
    segments[4] = replace(segments[4], duration=timedelta(seconds=20))
    engine, clock = start_at(4, "10:40", replace(day, segments=tuple(segments)))
    assert [seconds_to(a, clock) for a in by_kind(plan(engine, clock), al.INTERMISSION_ENDING)] == [10]


def test_an_intermission_with_its_own_alerts_uses_them():
    engine, clock = start_at(4, "10:40", with_alerts(4, 5, 1))
    ending = by_kind(plan(engine, clock), al.INTERMISSION_ENDING)
    assert [seconds_to(a, clock) for a in ending] == [300, 540]
    assert "in 5 min" in ending[0].message


# -- segments --------------------------------------------------------------------------------------
def test_segment_warns_at_each_alert_and_at_zero():
    engine, clock = start_at(0, "09:00", with_alerts(0, 5, 1))
    alerts = plan(engine, clock)
    assert [(a.kind, seconds_to(a, clock)) for a in alerts if a.segment == 0] == [
        ("warning", 1500),
        ("warning", 1740),
        ("overtime", 1800),
    ]
    assert alerts[0].message == "Opening: 5 min left, ends at 09:30" and alerts[0].level == "warning"
    assert by_kind(alerts, al.OVERTIME)[0].level == "danger"


def test_an_alert_longer_than_the_segment_is_not_planned():
    engine, clock = start_at(7, "11:58", with_alerts(7, 5))
    assert by_kind(plan(engine, clock), al.WARNING) == []


def test_adding_a_minute_moves_the_alerts_and_keeps_their_keys():
    engine, clock = start_at(0, "09:00", with_alerts(0, 5))
    before = {a.key: a.due_wall for a in plan(engine, clock) if a.segment == 0}
    clock.advance(60)
    engine.adjust(60)
    after = {a.key: a.due_wall for a in plan(engine, clock) if a.segment == 0}
    assert set(before) == set(after)
    assert all(after[k] - before[k] == timedelta(minutes=1) for k in ("0:warning:300", "0:overtime:0"))


def test_pause_cancels_the_running_segments_alerts_until_resume():
    engine, clock = start_at(0, "09:00", with_alerts(0, 5))
    clock.advance(60)
    engine.pause()
    assert [a for a in plan(engine, clock) if a.segment == 0] == []
    clock.advance(120)
    engine.resume()
    overtime = by_kind(plan(engine, clock), al.OVERTIME)[0]
    assert seconds_to(overtime, clock) == 29 * 60  # the two paused minutes do not count


# -- nothing in the past, the wake-up grace, firing once ------------------------------------------
def test_alerts_whose_time_has_passed_are_not_planned():
    engine, clock = start_at(0, "09:00", with_alerts(0, 5, 1))
    clock.advance(27 * 60)
    assert [a.key for a in plan(engine, clock) if a.segment == 0] == ["0:warning:60", "0:overtime:0"]


def test_after_a_sleep_only_the_newest_missed_alert_within_the_grace_fires():
    engine, clock = start_at(0, "09:00", with_alerts(0, 5, 1))
    clock.advance(30 * 60 + 3)  # all three are late; the overtime by 3 s
    assert [a.key for a in plan(engine, clock) if a.segment == 0] == ["0:overtime:0"]
    clock.advance(10)
    assert [a for a in plan(engine, clock) if a.segment == 0] == []


def test_a_fired_key_is_not_planned_again():
    engine, clock = start_at(0, "09:00", with_alerts(0, 5))
    keys = [a.key for a in plan(engine, clock, fired=frozenset({"0:warning:300"}))]
    assert "0:warning:300" not in keys and "0:overtime:0" in keys


def test_back_reopens_a_segment_with_fresh_alerts():
    engine, clock = start_at(0, "09:00", with_alerts(0, 5))
    rules = LiveController(engine)
    clock.advance(25 * 60)
    assert [a.key for a in rules.wake()] == ["0:warning:300"]
    clock.advance(1)
    engine.advance()
    engine.back()
    engine.adjust(10 * 60)  # 10 min left again: the 5-min warning is ahead once more
    assert "0:warning:300" in [a.key for a in rules.plan()]


# -- the hard stop ----------------------------------------------------------------------------------
def test_projected_day_end_agrees_with_the_snapshot():
    engine, clock = start_at(0, "09:05")
    for step in (0, 35 * 60, 60, 7 * 60):
        clock.advance(step)
        assert project(engine, clock.monotonic(), clock.now()).day_end == take_snapshot(engine).projected_end
    engine.pause()
    clock.advance(90)
    assert project(engine, clock.monotonic(), clock.now()).day_end == take_snapshot(engine).projected_end


def test_hard_stop_is_planned_for_when_overtime_uses_up_the_slack():
    engine, clock = start_at(6, "11:10")  # 48 min, then Closing at 11:58 for 2 min: no slack
    clock.advance(48 * 60)  # at zero: from now on every second over pushes the day past 12:00
    alert = by_kind(plan(engine, clock), al.HARD_STOP)[0]
    assert seconds_to(alert, clock) == al.HARD_STOP_MARGIN_S and alert.level == "danger"
    assert alert.message.startswith("Day now projected 30 s past the 12:00 hard stop")


def test_hard_stop_fires_once_per_crossing_with_how_far_over():
    engine, clock = start_at(6, "11:13")  # started 3 min late: projected end 12:03
    rules = LiveController(engine)
    alert = by_kind(rules.plan(), al.HARD_STOP)[0]
    assert alert.message == "Day projected to end at 12:03, 3 min past the 12:00 hard stop"
    assert al.HARD_STOP in [a.kind for a in rules.wake()]
    assert [e.data["key"] for e in engine.events if e.type is EventType.ALERT][-1] == alert.key
    assert engine.events[-1].type is EventType.OFFER  # the recovery plan follows the alert
    assert by_kind(rules.plan(), al.HARD_STOP) == []
    assert by_kind(LiveController(engine).plan(), al.HARD_STOP) == []  # after a restart too
    engine.adjust(-5 * 60)  # the host cuts five minutes: back under the stop
    again = by_kind(rules.plan(), al.HARD_STOP)
    assert again and again[0].key != alert.key and seconds_to(again[0], clock) == 45 * 60 + 30
    # ends 11:56 now; the gap before Closing at 11:58 absorbs two minutes of overtime first


# -- speakers (issue 6) ------------------------------------------------------------------------------
def test_speaker_cue_before_the_limit_and_a_clear_one_at_it():
    engine, clock = start_at(2, "09:50")  # Ms Spatolisano, 3 min
    alerts = plan(engine, clock)
    cue, over = by_kind(alerts, al.SPEAKER_WARNING)[0], by_kind(alerts, al.SPEAKER_OVERTIME)[0]
    assert (seconds_to(cue, clock), seconds_to(over, clock)) == (150, 180)
    assert cue.level == "info" and not cue.chime and cue.message == "Ms Spatolisano: 30 s left"
    assert over.level == "warning" and over.chime and "3 min limit" in over.message


def test_the_next_speakers_turn_gets_its_own_cues():
    engine, clock = start_at(2, "09:50")
    first = {a.key for a in by_kind(plan(engine, clock), al.SPEAKER_OVERTIME)}
    clock.advance(100)
    engine.next_speaker()
    second = by_kind(plan(engine, clock), al.SPEAKER_OVERTIME)
    assert second[0].key not in first and seconds_to(second[0], clock) == 180


def test_a_short_limit_is_cued_at_a_fifth_of_it():
    assert speaker_cue_s(20) == 4 and speaker_cue_s(180) == 30


def test_no_cue_for_an_untimed_speaker_or_while_paused():
    engine, clock = start_at(2, "09:50")
    engine.pause()
    assert by_kind(plan(engine, clock), al.SPEAKER_WARNING) == []
    engine.resume()
    engine.next_speaker()
    engine.next_speaker()  # Ms Nwakanma: the segment's default 2 min
    assert seconds_to(by_kind(plan(engine, clock), al.SPEAKER_OVERTIME)[0], clock) == 120


# -- next start: reminders and auto-start -------------------------------------------------------------
def test_start_reminders_when_nothing_runs():
    engine, clock = engine_at("08:55")
    reminders = by_kind(plan(engine, clock), al.START_REMINDER)
    assert [seconds_to(a, clock) for a in reminders] == [240, 300]
    assert reminders[0].message == "Opening is due to start in 1 min, at 09:00"


def test_no_start_reminder_while_the_running_segment_has_time():
    engine, clock = start_at(0, "09:05")  # ends 09:35, after the next planned start 09:30
    assert by_kind(plan(engine, clock), al.START_REMINDER) == []
    clock.advance(30 * 60)  # over time now, but the 09:30 reminder is 5 min late: past the grace
    assert by_kind(plan(engine, clock), al.START_REMINDER) == []


def test_start_reminder_when_the_running_segment_is_over_time_by_then():
    engine, clock = start_at(0, "08:58")  # ends 09:28, next planned at 09:30
    reminders = by_kind(plan(engine, clock), al.START_REMINDER)
    assert [a.key for a in reminders] == ["1:start_reminder:60", "1:start_reminder:0"]


def test_auto_start_at_the_planned_start():
    engine, clock = engine_at("08:59", replace(dialogue_day(), auto_start=True))
    alerts = plan(engine, clock)
    auto = by_kind(alerts, al.AUTO_START)[0]
    assert (auto.segment, seconds_to(auto, clock), auto.key) == (0, 60, "0:auto_start:0")
    assert [a.key for a in by_kind(alerts, al.START_REMINDER)] == ["0:start_reminder:60"]  # none at 0


def test_auto_start_waits_for_the_running_segment_and_follows_adjust():
    engine, clock = engine_at("09:05", replace(dialogue_day(), auto_start=True))
    engine.start(0)  # late: runs to 09:35, past the next planned start
    assert seconds_to(by_kind(plan(engine, clock), al.AUTO_START)[0], clock) == 30 * 60
    engine.adjust(60)
    assert seconds_to(by_kind(plan(engine, clock), al.AUTO_START)[0], clock) == 31 * 60
    engine.pause()
    assert by_kind(plan(engine, clock), al.AUTO_START) == []


def test_auto_start_respects_hold_and_a_day_opened_late_catches_up():
    day = replace(dialogue_day(), auto_start=True)
    engine, clock = engine_at("08:59", day)
    assert by_kind(plan(engine, clock, held=frozenset({0})), al.AUTO_START) == []
    late, late_clock = engine_at("09:40", day)  # Global connectivity runs 09:30-09:50
    auto = by_kind(plan(late, late_clock), al.AUTO_START)
    assert [(a.segment, seconds_to(a, late_clock)) for a in auto] == [(1, -600)]
    over, over_clock = engine_at("13:00", day)  # the whole programme has passed: nothing starts
    assert by_kind(plan(over, over_clock), al.AUTO_START) == []


def test_back_holds_the_segment_it_took_back():
    engine, clock = engine_at("08:59", replace(dialogue_day(), auto_start=True))
    rules = LiveController(engine)
    engine.start(0)
    clock.advance(31 * 60)
    assert [a.kind for a in rules.wake()] == [al.AUTO_START]
    engine.back()
    assert 1 in engine.held
    assert by_kind(rules.plan(), al.AUTO_START) == []


def test_nothing_is_planned_once_the_day_is_over():
    engine, clock = start_at(0, "09:00")
    engine.end_day()
    assert plan(engine, clock) == []


# -- words ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "seconds,words", [(120, "2 min"), (30, "30 s"), (90, "1 min 30 s"), (3900, "1 h 5 min"), (0, "0 s")]
)
def test_spoken_spans(seconds, words):
    assert spoken(seconds) == words


def test_times_read_in_the_agendas_zone_with_seconds_when_needed():
    zone = dialogue_day().segments[0].start.tzinfo
    assert al.clock_words(at("10:50"), zone) == "10:50"
    assert al.clock_words(at("10:50") + timedelta(seconds=8), zone) == "10:50:08"


def test_no_overtime_alert_when_the_next_segment_starts_by_itself_at_the_end():
    engine, clock = start_at(0, "09:00", replace(dialogue_day(), auto_start=True))
    kinds = [a.kind for a in plan(engine, clock) if a.segment in (0, 1)]
    assert al.OVERTIME not in kinds and al.AUTO_START in kinds
    engine.adjust(-60)  # now it ends before the next planned start: it can run over again
    assert al.OVERTIME in [a.kind for a in plan(engine, clock) if a.segment == 0]


def test_an_alert_already_in_the_log_is_not_fired_again_after_a_restart():
    engine, clock = start_at(0, "09:00")
    clock.advance(30 * 60)
    engine.record_alert(al.OVERTIME, "Opening is over time", 0)  # fired just before the crash
    clock.advance(2)
    # A record without a key (as logs before keys have): the same kind, just logged, counts.
    assert "0:overtime:0" not in [a.key for a in LiveController(engine).plan()]

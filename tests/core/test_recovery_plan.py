"""The recovery planner: how much to recover, by a rule a chair can read, on many days."""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from runner.core.agenda import SegmentKind
from runner.core.recovery_plan import Ahead, Rules, plan_recovery, projected_end

NY = ZoneInfo("America/New_York")


def at(hhmm: str) -> datetime:
    hours, minutes = map(int, hhmm.split(":"))
    return datetime(2020, 6, 12, hours, minutes, tzinfo=NY)


def item(index: int, title: str, minutes: float, **more) -> Ahead:
    planned = more.pop("planned", minutes)
    return Ahead(index, title, minutes * 60, planned * 60, **more)


def way_forward_two() -> list[Ahead]:
    return [
        item(5, "Digital capacity-building", 20),
        item(6, "Digital human rights", 48),
        item(7, "Closing", 2, fixed=True, not_before=at("11:58")),
    ]


def test_a_day_that_ends_by_its_stop_needs_no_plan():
    assert plan_recovery(at("10:50"), way_forward_two(), at("12:00")) is None


def test_eight_minutes_late_trims_the_longest_flexible_segment():
    plan = plan_recovery(at("10:58"), way_forward_two(), at("12:00"))
    assert plan is not None and plan.holds
    assert plan.needed_s == 480 and plan.end_after == at("12:00")
    assert [(t.title, t.saved_s) for t in plan.trims] == [("Digital human rights", 480)]
    assert plan.summary() == "Recover 8 min to hold the 12:00 stop: trim Digital human rights by 8 min."


def test_speakers_give_up_their_seconds_first():
    ahead = [
        item(1, "Interactive dialogue", 30, speaker_limits_s=(180.0,) * 10),
        item(2, "Digital human rights", 25),
    ]
    plan = plan_recovery(at("11:00"), ahead, at("11:50"))
    assert plan is not None and plan.holds and plan.needed_s == 300
    (trim,) = plan.trims
    assert trim.speakers == ((180.0, 150.0),) * 10 and trim.after_s == 25 * 60
    assert plan.proposal() == "each remaining speaker in Interactive dialogue from 3:00 to 2:30"


def test_both_rules_read_in_one_sentence():
    ahead = [
        item(1, "Statements", 30, speaker_limits_s=(180.0,) * 10),
        item(2, "Digital human rights", 40),
    ]
    plan = plan_recovery(at("10:00"), ahead, at("11:00"))
    assert plan is not None and plan.holds and plan.needed_s == 600
    # Speakers down to 2:15 (their floor, three quarters of 3:00) save 7.5 min; the rest comes off the longest.
    assert plan.summary() == (
        "Recover 10 min to hold the 11:00 stop: each remaining speaker in Statements from 3:00 to 2:15 "
        "and trim Digital human rights by 3 min."
    )


def test_fixed_done_and_running_segments_are_not_cut():
    ahead = [
        item(3, "Running panel", 10, running=True),
        item(4, "Head of state", 30, fixed=True, not_before=at("10:10")),
        item(5, "Debate", 20),
    ]
    plan = plan_recovery(at("10:00"), ahead, at("10:55"))
    assert plan is not None and plan.holds
    assert [(t.index, t.saved_s) for t in plan.trims] == [(5, 300)]


def test_no_cut_is_proposed_before_a_fixed_segment_that_would_only_wait_longer():
    ahead = [
        item(1, "Long debate", 60),
        item(2, "Webcast slot", 30, fixed=True, not_before=at("11:30")),
        item(3, "Wrap-up", 20),
    ]
    # 10:00 + 60 min ends at 11:00; the webcast waits until 11:30 anyway; the day ends 12:20.
    plan = plan_recovery(at("10:00"), ahead, at("12:10"))
    assert plan is not None and plan.holds
    assert [t.index for t in plan.trims] == [3]


def test_intermissions_keep_five_minutes_unless_the_host_allows_shorter():
    ahead = [item(1, "Intermission", 6, kind=SegmentKind.INTERMISSION), item(2, "Closing", 4)]
    plan = plan_recovery(at("10:00"), ahead, at("10:06"))
    assert plan is not None and not plan.holds
    assert {t.index: t.after_s for t in plan.trims} == {1: 300, 2: 120}
    allowed = plan_recovery(at("10:00"), ahead, at("10:06"), Rules(allow_short_pauses=True))
    assert allowed is not None and allowed.holds


def test_a_stop_that_cannot_be_saved_says_so_with_the_best_it_can_do():
    ahead = [item(1, "Debate", 20), item(2, "Closing", 15, fixed=True)]
    plan = plan_recovery(at("11:30"), ahead, at("11:50"))
    assert plan is not None and not plan.holds and plan.end_after == at("11:55")
    assert plan.summary() == (
        "The 11:50 stop cannot be held: even if we trim Debate by 10 min, the day ends at 11:55, 5 min late."
    )
    nothing = plan_recovery(at("11:30"), [item(2, "Closing", 30, fixed=True)], at("11:50"))
    assert nothing is not None and not nothing.trims
    assert nothing.summary().startswith("The 11:50 stop cannot be held: nothing left can be shortened")


# -- many days ---------------------------------------------------------------------------------
KINDS = [SegmentKind.SEGMENT] * 4 + [SegmentKind.INTERMISSION, SegmentKind.BREAK]
SEGMENTS = st.tuples(
    st.integers(1, 60),  # planned minutes
    st.sampled_from(KINDS),
    st.integers(0, 5),  # 0: fixed
    st.lists(st.sampled_from([60.0, 120.0, 180.0, 300.0]), max_size=6),  # speakers' limits
    st.sampled_from([0.0, 0.0, 120.0, -30.0]),  # its length now against its planned one
    st.sampled_from([0, 0, 300]),  # a gap after it
)


def build_day(start_after: int, rows: list, running: bool, stop_after: int) -> tuple[datetime, list[Ahead], datetime]:
    ahead, printed = [], at("09:00")
    for i, (minutes, kind, fixed, speakers, change, gap) in enumerate(rows):
        planned = minutes * 60.0
        is_fixed = fixed == 0
        ahead.append(
            Ahead(
                i,
                f"S{i}",
                max(planned + change, 30.0),
                planned,
                kind,
                is_fixed,
                printed if is_fixed else None,
                tuple(speakers),
                running=i == 0 and running,
            )
        )
        printed += timedelta(seconds=planned + gap)
    return at("09:00") + timedelta(minutes=start_after), ahead, printed + timedelta(minutes=stop_after)


days = st.builds(
    build_day, st.integers(0, 120), st.lists(SEGMENTS, min_size=1, max_size=12), st.booleans(), st.integers(-60, 10)
)


def floored(a: Ahead, short_pauses: bool) -> float:
    """The shortest a segment may become under the rule, worked out on its own."""
    if a.fixed:
        return a.length_s
    limits = [min(lim, math.ceil(0.75 * lim / 15) * 15) for lim in a.speaker_limits_s]
    length = max(a.length_s - (sum(a.speaker_limits_s) - sum(limits)), min(a.length_s, sum(limits)))
    if a.running:
        return length
    floor = max(0.5 * a.planned_s, sum(limits), 300.0 if a.is_pause and not short_pauses else 0.0)
    return min(length, math.ceil(floor / 15) * 15)


@given(days, st.booleans())
@settings(max_examples=60, deadline=None)
def test_after_accepting_the_day_ends_by_its_stop_whenever_the_plan_said_it_would(day, short_pauses):
    start, ahead, stop = day
    rules = Rules(allow_short_pauses=short_pauses)
    plan = plan_recovery(start, ahead, stop, rules)
    if plan is None:
        assert projected_end(start, ahead) <= stop
        return
    after = {t.index: t for t in plan.trims}
    lengths = [after[a.index].after_s if a.index in after else a.length_s for a in ahead]
    assert projected_end(start, ahead, lengths) == plan.end_after
    assert plan.holds == (plan.end_after <= stop)
    if not plan.holds:  # it said so truthfully: with everything at its floor the stop is still passed
        assert projected_end(start, ahead, [floored(a, short_pauses) for a in ahead]) == plan.end_after
    for a in ahead:
        trim = after.get(a.index)
        if trim is None:
            continue
        assert not a.fixed and trim.after_s <= a.length_s
        if not a.running and trim.cut_s > 0:
            floor = max(0.5 * a.planned_s, sum(new for _, new in trim.speakers))
            if a.is_pause and not short_pauses:
                floor = max(floor, 300.0)
            assert trim.after_s >= min(a.length_s, floor) - 1e-6
        for before, new in trim.speakers:
            assert new >= 0.75 * before - 1e-6
    assert plan.summary()


def test_an_auto_start_day_held_at_its_start_gets_a_plan_and_the_planner_ends():
    # Every segment waits for its printed start; held two minutes, the day ends 10:02.
    ahead = [
        item(0, "Opening", 5, not_before=at("09:00")),
        item(1, "Digital public goods", 20, not_before=at("09:05"), speaker_limits_s=(180.0,) * 3),
        item(2, "Intermission", 10, kind=SegmentKind.INTERMISSION, not_before=at("09:25")),
        item(3, "Closing", 25, not_before=at("09:35")),
    ]
    plan = plan_recovery(at("09:02"), ahead, at("10:00"))
    assert plan is not None and plan.holds and plan.end_after <= at("10:00")

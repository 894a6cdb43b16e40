"""The report's account of live changes: what changed, when, by whom, and the chair's sentence."""

from __future__ import annotations

from runner.core import live_edits
from runner.core.narrative import narrative
from runner.core.recovery_offer import accept, offer
from runner.core.rehearsal_run import rehearse
from runner.core.report_data import build_report
from runner.io.report_markdown import render_markdown
from tests.core.engine_fixtures import at, dialogue_day, engine_at


def test_two_statements_added_and_two_plans_that_held_read_as_one_sentence():
    engine, clock = engine_at("10:20")
    engine.start(3)
    live_edits.insert_segment(engine, "Statement by Kenya", 180)
    live_edits.insert_segment(engine, "Statement by Estonia", 180)
    clock.advance(25 * 60)  # Digital inclusion runs 5 min over: with the statements, 11 min to recover
    for _ in range(2):
        plan = offer(engine, clock.monotonic(), clock.now())
        assert plan is not None and plan.holds
        accept(engine, plan)
        clock.advance(120)
        engine.advance()
    while engine.current is not None:
        clock.advance(engine.current_run.allowed)
        engine.advance()
    report = build_report(engine.printed_day, engine.events, "Launch")
    assert report.closed_at <= at("12:00")
    first = narrative(report)[0]
    assert "Two items were added (6 min); the plan was trimmed twice to hold the 12:00 stop, which held." in first
    changes = [c.text for c in report.changes]
    assert changes[0] == "The host: inserted Statement by Kenya (3 min) after Digital inclusion"
    assert changes[1] == "The host: inserted Statement by Estonia (3 min) after Digital inclusion"
    assert changes[2].startswith("The host accepted recovery plan 1: ")
    titles = [line.segment.title for line in report.segments]
    assert titles[4:6] == ["Statement by Estonia", "Statement by Kenya"]
    assert [line.added for line in report.segments[3:7]] == [False, True, True, False]


def test_the_report_shows_the_printed_plan_the_changes_and_the_marks_where_they_belong():
    rehearsal = rehearse(dialogue_day(), {"Digital public goods": 900}, recover=True)
    report = build_report(dialogue_day(), rehearsal.engine.events, "Launch")
    text = render_markdown(report)
    assert "## Changes to the plan" in text and "| 7 | Digital human rights | 11:10–11:43 | 33:00 |" in text
    assert "11:10–11:58 (48:00)" in text  # the printed plan beside it
    assert "The plan was trimmed 4 times to hold the 12:00 stop, which held." in text


def test_a_removed_segment_moves_later_marks_to_the_right_row():
    engine, clock = engine_at("09:00")
    engine.start(0)
    live_edits.remove(engine, 1)
    clock.advance(1800)
    engine.advance()  # Digital public goods, now the second row
    engine.add_note("slides shared")
    report = build_report(engine.printed_day, engine.events)
    (note,) = report.notes
    assert report.segments[note.segment].segment.title == "Digital public goods"
    assert "One item was dropped." in narrative(report)[0]

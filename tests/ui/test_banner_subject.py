"""A banner goes when its subject does: the speaker's turn, the segment; or when dismissed (issue 14, item 2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from tests.ui.test_alerts import alerts  # noqa: F401  (the fixture: alerts delivered by the fake clock)


def shown(window) -> str:
    return window.banner.text if window.banner.isVisibleTo(window) else ""


def test_a_speakers_limit_banner_goes_when_the_floor_moves_on(qtbot, console, alerts, timers):  # noqa: F811
    qtbot.keyClick(console.host.table, Qt.Key.Key_Space)  # Opening
    qtbot.keyClick(console.host.table, Qt.Key.Key_Space)  # Digital public goods: three speakers of 3 min
    timers.jump(180)
    for window in (console.host, console.chair):
        assert "has reached the 3 min limit" in shown(window)
    qtbot.keyClick(console.host.table, Qt.Key.Key_Right)  # the next speaker
    assert shown(console.host) == "" and shown(console.chair) == ""


def test_a_segment_banner_stays_through_a_pause_and_goes_with_the_segment(qtbot, console, alerts, timers):  # noqa: F811
    qtbot.keyClick(console.host.table, Qt.Key.Key_Space)
    timers.jump(5 * 60)  # Opening reaches zero: over time, and the next one is due
    up = shown(console.host)
    assert up and shown(console.chair) == up
    qtbot.keyClick(console.host.table, Qt.Key.Key_P)
    qtbot.keyClick(console.host.table, Qt.Key.Key_P)  # a pause is not an end
    assert shown(console.chair) == up
    qtbot.keyClick(console.host.table, Qt.Key.Key_Space)  # on to the next segment
    assert shown(console.host) == "" and shown(console.chair) == ""


def test_the_intermission_banner_does_not_follow_into_the_next_segment(qtbot, console, alerts, timers):  # noqa: F811
    engine = console.session.engine
    engine.start(2)  # the intermission
    timers.jump(8 * 60)
    assert "Intermission ends in 2 min" in shown(console.chair)
    qtbot.keyClick(console.host.table, Qt.Key.Key_Space)  # Closing
    assert shown(console.chair) == "" and shown(console.host) == ""


def test_dismissing_takes_it_down_and_an_unrelated_banner_stays(qtbot, console):
    console.host.show_alert("A note from the tech desk", "info")  # no subject: stays until dismissed
    qtbot.keyClick(console.host.table, Qt.Key.Key_Space)
    qtbot.keyClick(console.host.table, Qt.Key.Key_Space)
    assert shown(console.host) == "A note from the tech desk"
    close = console.host.banner.findChild(QToolButton)  # the banner's ✕
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert shown(console.host) == ""


def test_a_segments_subject_outlives_its_speakers_a_speakers_does_not(engine):
    from runner.ui.base.banner_subject import BannerSubject

    engine.start(1)
    segment, speaker = BannerSubject.now(engine), BannerSubject.now(engine, speaker=True)
    engine.next_speaker()
    assert not segment.has_ended(engine) and speaker.has_ended(engine)
    engine.advance()
    assert segment.has_ended(engine)

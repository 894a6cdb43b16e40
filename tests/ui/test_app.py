"""Choosing the day and building the console; settings round-trip."""

from __future__ import annotations

from datetime import date

import pytest

from runner.ui.app import choose_day


def test_choose_day(agenda):
    assert choose_day(agenda, date(2020, 6, 12)).date == date(2020, 6, 12)
    assert choose_day(agenda, None, today=date(2020, 6, 12)).date == date(2020, 6, 12)
    assert choose_day(agenda, None, today=date(2031, 1, 1)) is agenda.days[0]
    with pytest.raises(ValueError, match="no day 2020-06-13"):
        choose_day(agenda, date(2020, 6, 13))


def test_settings_round_trip(settings):
    assert settings.muted is False and settings.chair_screen == ""
    settings.muted, settings.chair_screen = True, "HDMI-1"
    settings.sync()
    assert settings.muted is True and settings.chair_screen == "HDMI-1"


def test_console_window_and_notice(console):
    assert console.host.isVisible()
    assert console.session.engine is console.bridge.engine


def test_first_run_opens_at_a_laptop_size_then_remembers(qtbot, agenda, day, clock, settings, tmp_path):
    from runner.ui.app import build_console

    first = build_console(agenda, day, clock, tmp_path / "one.sqlite", settings)
    qtbot.addWidget(first.host)
    room = first.host.screen().availableGeometry()
    assert (first.host.width(), first.host.height()) == (min(1280, room.width()), min(800, room.height()))
    first.host.resize(700, 600)
    first.host.close()
    again = build_console(agenda, day, clock, tmp_path / "two.sqlite", settings)
    qtbot.addWidget(again.host)
    assert (again.host.width(), again.host.height()) == (700, 600)
    again.host.close()


def test_closing_the_host_window_lets_another_app_open_the_log(qtbot, agenda, day, clock, settings, tmp_path):
    from runner.core.session import open_session
    from runner.core.timing_log import LogError
    from runner.ui.app import build_console

    log = tmp_path / "timing.sqlite"
    console = build_console(agenda, day, clock, log, settings)
    qtbot.addWidget(console.host)
    qtbot.addWidget(console.chair)
    with pytest.raises(LogError, match="in use by another Session Runner"):
        open_session(agenda, day, clock, log)
    console.host.close()
    open_session(agenda, day, clock, log).close()

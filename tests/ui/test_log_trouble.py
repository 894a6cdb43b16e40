"""The host sees at once, and cannot miss, that the log refuses an action; and sees it taken later."""

from __future__ import annotations

import errno

from PySide6.QtCore import Qt

from runner.core.timing_log import TimingLog


def full_disk(console):
    """Make the console's log writer fail with ENOSPC until the returned switch is turned off."""
    write, state = console.session.engine.persist, {"full": True}

    def persist(events):
        if state["full"]:
            raise OSError(errno.ENOSPC, "No space left on device")
        write(events)

    console.session.engine.persist = persist
    return state


def test_a_refused_space_shows_a_red_strip_and_the_screens_stay_as_the_log_has_it(qtbot, console, clock):
    host = console.host
    qtbot.keyClick(host.table, Qt.Key.Key_Space)
    clock.advance(60)
    disk = full_disk(console)
    qtbot.keyClick(host.table, Qt.Key.Key_Space)
    assert host.log_trouble.isVisible() and host.log_trouble.failing
    assert "CANNOT BE WRITTEN (No space left on device)" in host.log_trouble.text()
    assert "not applied" in host.statusBar().currentMessage()
    assert host.title_label.text() == "Opening"
    clock.advance(30)
    console.bridge.refresh()
    assert host.countdown.text == "3:30"  # the clock keeps counting
    host.log_trouble.mousePressEvent(None)
    assert host.log_trouble.isVisible()  # not dismissable while the log fails
    assert not console.bridge.retry_log()
    disk["full"] = False
    assert console.bridge.retry_log()
    assert host.title_label.text() == "Digital public goods"
    assert "written again" in host.log_trouble.text() and not host.log_trouble.failing
    logged = [item.event.type for item in TimingLog.read(console.session.log_path).events()]
    assert logged == ["start", "speaker", "end", "start", "speaker"]


def test_the_retry_timer_runs_only_while_an_action_waits(qtbot, console):
    disk = full_disk(console)
    qtbot.keyClick(console.host.table, Qt.Key.Key_Space)
    assert console.bridge._retry.is_active()
    disk["full"] = False
    console.bridge.retry_log()
    assert not console.bridge._retry.is_active()
    assert console.host.title_label.text() == "Opening"


def test_an_automatic_start_the_log_refuses_shows_the_strip_at_the_next_tick(qtbot, console):
    import pytest

    from runner.core.engine import LogWriteError

    disk = full_disk(console)
    with pytest.raises(LogWriteError):
        console.session.engine.start(0, auto=True)  # as the live rules start a segment by the clock
    console.bridge.refresh()
    assert console.host.log_trouble.failing and console.bridge._retry.is_active()
    disk["full"] = False
    assert console.bridge.retry_log()
    assert console.host.title_label.text() == "Opening"

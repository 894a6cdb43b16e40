"""Done-check of issue 4: an `auto_start` day runs unattended.

Every segment starts on time by itself, and the intermission's alert shows in both windows and
lands in the event log. The test runs a compact day on a fake clock and fake timers; the full
check from the issue (an 8-second intermission with `alerts: [5s]`) runs on the real clock as a
script, with a screenshot:

    xvfb-run -a -s "-screen 0 1920x1080x24" python -m tests.ui.test_autostart --screenshot docs/screenshot-alert.png
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from runner.core.agenda import Agenda
from runner.core.clock import FakeClock, SystemClock
from runner.core.timing_log import TimingLog
from runner.io.agenda_yaml import parse_agenda
from runner.ui.app import Console, build_console
from runner.ui.base.settings import Settings
from runner.ui.base.timers import FakeTimers

ZONES = ("America/New_York", "Asia/Tokyo")  # one of them is not close to midnight
ON_TIME_S = 0.5


def agenda_from_now(lead_s: float, first_s: float, pause_s: float, pause_alert_s: float, last_s: float) -> Agenda:
    """Today's agenda in a chosen zone, its first segment `lead_s` from now, auto-started."""
    zone = next(z for z in ZONES if datetime.now(ZoneInfo(z)).hour < 23)
    start = (datetime.now(ZoneInfo(zone)) + timedelta(seconds=lead_s + 1)).replace(microsecond=0)
    text = f"""\
title: Unattended rehearsal
timezone: {zone}
date: {start.date().isoformat()}
auto_start: true
segments:
  - start: "{start:%H:%M:%S}"
    title: Welcome
    duration: {first_s:g}s
  - title: Intermission
    kind: intermission
    duration: {pause_s:g}s
    alerts: [{pause_alert_s:g}s]
  - title: Closing
    duration: {last_s:g}s
"""
    return parse_agenda(text.encode("utf-8"), "unattended.yaml")


def build(agenda: Agenda, folder: Path) -> Console:
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    return build_console(agenda, agenda.days[0], SystemClock(), folder / "timing.sqlite", settings)


def intermission_alert_shown(console: Console) -> str | None:
    """The intermission's alert message once it is recorded, if both windows show it."""
    records = [
        e for e in console.session.engine.events if e.type == "alert" and e.data["kind"] == "intermission_ending"
    ]
    if not records:
        return None
    message = records[0].data["message"]
    return message if console.host.banner.text == message and console.chair.banner.text == message else None


def start_delays(console: Console) -> list[float]:
    """Seconds between each segment's planned start and its actual start event."""
    engine = console.session.engine
    starts = {e.segment: e.wall for e in engine.events if e.type == "start"}
    return [
        (starts[r.segment.index] - r.segment.start).total_seconds() for r in engine.runs if r.segment.index in starts
    ]


def test_an_auto_start_day_runs_by_itself(qtbot, tmp_path):
    """On a fake clock and fake timers: the same day, every step at the exact time it is due."""
    agenda = parse_agenda(
        b"""\
title: Unattended rehearsal
timezone: America/New_York
date: 2020-06-12
auto_start: true
segments:
  - start: "09:00:01"
    title: Welcome
    duration: 1s
  - title: Intermission
    kind: intermission
    duration: 4s
    alerts: [2s]
  - title: Closing
    duration: 1s
""",
        "unattended.yaml",
    )
    clock = FakeClock(datetime(2020, 6, 12, 9, 0, tzinfo=ZoneInfo("America/New_York")))
    timers = FakeTimers(clock)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    console = build_console(agenda, agenda.days[0], clock, tmp_path / "timing.sqlite", settings, timers)
    qtbot.addWidget(console.host)
    qtbot.addWidget(console.chair)
    console.host.show()
    console.chair.show()
    timers.advance(5)  # past the first frame's fallback, the welcome and most of the intermission
    message = intermission_alert_shown(console)
    assert message is not None and message.startswith("Intermission ends in 2 s, we resume at 09:00:06")
    timers.advance(2)
    engine = console.session.engine
    assert engine.current == 2
    assert start_delays(console) == [0.0, 0.0, 0.0]
    logged = [e.event for e in TimingLog.read(console.session.log_path).events()]
    assert [e.segment for e in logged if e.type == "start"] == [0, 1, 2]
    assert any(e.type == "alert" and e.data["kind"] == "intermission_ending" and e.segment == 1 for e in logged)
    console.host.close()


def main(argv: list[str] | None = None) -> int:
    """The issue's done-check on a real display; optionally saves a screenshot at the alert."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screenshot", type=Path)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="autostart-"))
    console = build(agenda_from_now(lead_s=2, first_s=3, pause_s=8, pause_alert_s=5, last_s=3), folder)
    console.host.setGeometry(20, 40, 1100, 760)
    console.chair.setGeometry(1140, 40, 760, 760)
    console.host.show()
    console.chair.show()
    engine, shot = console.session.engine, {}

    def poll() -> None:
        if args.screenshot and "done" not in shot and intermission_alert_shown(console):
            QTest.qWait(300)  # let the banner's first flash step paint
            shot["done"] = app.primaryScreen().grabWindow(0).save(str(args.screenshot))
        if engine.current == 2 and "quitting" not in shot:
            shot["quitting"] = True
            QTimer.singleShot(1500, app.quit)

    timer = QTimer(interval=50, timeout=poll)
    timer.start()
    QTimer.singleShot(30_000, app.quit)
    app.exec()
    delays = start_delays(console)
    alerts = [
        (e.segment, e.data["kind"], e.data["message"])
        for e in TimingLog.read(folder / "timing.sqlite").events()
        for e in [e.event]
        if e.type == "alert"
    ]
    print("start delays (s):", ", ".join(f"{d:+.3f}" for d in delays))
    print("alerts logged:", *alerts, sep="\n  ")
    print("screenshot:", shot.get("done"))
    ok = (
        len(delays) == 3
        and all(abs(d) < ON_TIME_S for d in delays)
        and any(k == "intermission_ending" for _, k, _ in alerts)
    )
    print("done-check:", "PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

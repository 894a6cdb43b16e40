"""What an alert does in the running app: banner and flash in both windows, the chime, a log record.

`install_alerts(console)` ties the scheduler to the console's bridge, windows, mute action and
settings. `build_console` makes that call just after the host window's first frame, with
`start="now"`; called earlier with the default, it starts the scheduler once the window has
painted (or on first use, whichever comes first).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from runner.core.alerts import PlannedAlert
from runner.core.engine import RunStatus
from runner.ui.banner_subject import BannerSubject
from runner.ui.scheduler import AlertScheduler
from runner.ui.sound import Chime


@dataclass
class InstalledAlerts:
    """The pieces `install_alerts` made, for tests and diagnostics."""

    scheduler: AlertScheduler
    chime: Chime


def install_alerts(console: Any, chime: Chime | None = None, start: bool | str = "after_paint") -> InstalledAlerts:
    """Wire alerts into a built console (see `runner.ui.app.Console`) and start planning them.

    `start`: "after_paint" (the default) starts just after the host window's first frame, within
    a second at most, or earlier on first use; True or "now" starts here; False leaves it to the caller.
    The chime's sound (QtMultimedia, ~45 ms to load) is preloaded at the same moment.
    """
    already = installed_alerts(console)
    if already is not None:
        return already
    bridge, engine = console.bridge, console.session.engine
    # Parented to the bridge: they live exactly as long as the day's console does.
    scheduler = AlertScheduler(engine, parent=bridge)
    preload = chime is None
    if chime is None:
        chime = Chime(muted=console.settings.muted, parent=bridge)
    elif chime.parent() is None:
        chime.setParent(bridge)
    console.host.muteToggled.connect(chime.set_muted)
    bridge.eventApplied.connect(scheduler.on_event)
    scheduler.alertDue.connect(lambda alert: show_alert(console, chime, alert))
    scheduler.autoStartDue.connect(lambda index: auto_start(console, index))
    console.host.closed.connect(scheduler.shutdown)
    console.host.holdRequested.connect(lambda index: toggle_hold(console, scheduler, index))
    if preload:
        # Ahead of the first alert, so the first chime is not late; but not ahead of the first frame.
        if start == "after_paint":
            scheduler.started.connect(chime.preload)
        else:
            chime.preload()
    if start == "after_paint":
        scheduler.start_after_paint(console.host)
    elif start:
        scheduler.start()
    return InstalledAlerts(scheduler, chime)


def installed_alerts(console: Any) -> InstalledAlerts | None:
    """The alerts `install_alerts` put on this console (children of its bridge), if any."""
    scheduler, chime = console.bridge.findChild(AlertScheduler), console.bridge.findChild(Chime)
    return InstalledAlerts(scheduler, chime) if scheduler is not None and chime is not None else None


def show_alert(console: Any, chime: Chime, alert: PlannedAlert) -> None:
    """Banner and flash in both windows, the chime unless muted or discreet, an `alert` record."""
    subject = BannerSubject.of_alert(alert, console.session.engine)  # the banner goes when its subject ends
    console.host.show_alert(alert.message, alert.level, subject)
    console.chair.show_alert(alert.message, alert.level, subject)
    if alert.chime:
        chime.play()
    engine = console.session.engine
    console.bridge.perform(lambda: engine.record_alert(alert.kind, alert.message, alert.segment))


def toggle_hold(console: Any, scheduler: AlertScheduler, index: int) -> bool:
    """Hold the segment back from starting by itself, or release it; returns whether it is now held."""
    held = index not in scheduler.book.held
    scheduler.hold(index, held)
    title = console.session.engine.day.segments[index].title
    console.host.statusBar().showMessage(
        f"'{title}' is held: it starts when you press Space" if held else f"'{title}' will start by itself again", 8000
    )
    return held


def auto_start(console: Any, index: int) -> bool:
    """Start a segment by the wall clock, unless the host already started it or moved past it."""
    engine = console.session.engine
    if engine.finished or engine.next_index() != index or engine.runs[index].status is not RunStatus.NOT_STARTED:
        return False  # quietly: the host acted first, which is allowed
    return console.bridge.perform(lambda: engine.start(index))

"""The live rules in the running app: the core's `LiveController`, woken by the wall clock, and
what its decisions look like (banner and flash in both windows, the chime, a notice).

`LiveRules` arms the `Timers` factory's wall-clock trigger for `controller.next_wake()`, wakes
the controller then, and re-arms after every engine event. It decides nothing itself: it shows
what the log records (an `alert` event becomes a banner; a late automatic `start`, a notice).
`install_alerts(console)` makes one for a built console; `build_console` calls it just after the
host window's first frame, with `start="now"`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from runner.core import events as ev
from runner.core.alerts import family_of
from runner.core.controller import LiveController
from runner.core.events import AlertLevel, EngineEvent, EventType
from runner.ui.base.banner_subject import BannerSubject
from runner.ui.base.engine_bridge import RETRY_MS
from runner.ui.base.first_frame import after_first_frame
from runner.ui.base.sound import Chime
from runner.ui.base.timers import Timers

# How often the wall clock is compared with the monotonic one; a step re-arms the trigger.
WATCHDOG_MS = 5000
CLOCK_STEP_S = 2.0


class LiveRules(QObject):
    """Runs a console's live rules; see the module's docstring.

    Signals:
        started(): `start` ran: the rules are armed (and anything already due was done).
    """

    started = Signal()

    def __init__(self, console: Any, chime: Chime, timers: Timers) -> None:
        super().__init__(console.bridge)  # lives exactly as long as the day's console
        self.console, self.chime = console, chime
        engine = console.session.engine
        self.controller = LiveController(engine)
        self._clock = engine.clock
        self._trigger = timers.wall_trigger(self, engine.clock, self.wake)
        self._watchdog = timers.timer(self, self.check_clock, repeat=True)
        self._skew = self._read_skew()
        self._running = self._closed = False
        console.bridge.eventApplied.connect(self._on_event)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def start(self) -> None:
        """Do what is already due (a late auto-start day catches up here), then arm for the next."""
        if self._running or self._closed:
            return
        self._running = True
        self._watchdog.start(WATCHDOG_MS)
        self.wake()
        self.started.emit()

    @Slot()
    def wake(self) -> None:
        """The trigger's call: carry out what is due, then arm for what comes next."""
        if self._closed:
            return
        self.controller.wake()
        self.arm()

    def arm(self) -> None:
        if self._running and not self._closed:
            due = self.controller.next_wake()
            if due is not None and self.console.session.engine.unwritten:
                # The log refuses actions (a full disk): a due start would be re-tried at once,
                # in a loop; the bridge's retry brings the events, and they re-arm this.
                due = max(due, self._clock.now() + timedelta(milliseconds=RETRY_MS))
            self._trigger.arm(due)

    @Slot()
    def check_clock(self) -> bool:
        """Re-arm if the wall clock stepped against the monotonic one; True if it did."""
        skew = self._read_skew()
        stepped = abs(skew - self._skew) > CLOCK_STEP_S
        self._skew = skew
        if stepped:
            self.wake()
        return stepped

    @Slot()
    def shutdown(self) -> None:
        """Stop for good: nothing is decided or shown after this."""
        self._closed = True
        self._watchdog.stop()
        self._trigger.close()

    @property
    def closed(self) -> bool:
        return self._closed

    def _read_skew(self) -> float:
        return self._clock.now().timestamp() - self._clock.monotonic()

    @Slot(object)
    def _on_event(self, event: EngineEvent) -> None:
        if self._closed:
            return
        if isinstance(event.payload, ev.Alert):
            show_alert(self.console, self.chime, event.payload)
        elif event.type is EventType.START and event.segment is not None:
            late = self.controller.late_start(event.segment)
            if late is not None:
                text = late.describe(self.console.session.engine.zone)
                self.console.host.show_alert(text, AlertLevel.WARNING.value)
                self.console.host.statusBar().showMessage(text, 15000)
                self.console.host.show_notice("late_start", text)  # in view after the status bar's 15 s
        self.arm()


@dataclass
class InstalledAlerts:
    """The pieces `install_alerts` made, for tests and diagnostics."""

    rules: LiveRules
    chime: Chime


def install_alerts(console: Any, chime: Chime | None = None, start: bool | str = "after_paint") -> InstalledAlerts:
    """Wire the live rules into a built console (see `runner.ui.app.Console`) and start them.

    `start`: "after_paint" (the default) starts just after the host window's first frame, within
    a second at most; True or "now" starts here; False leaves it to the caller. The chime's sound
    (QtMultimedia, ~45 ms to load) is preloaded at the same moment.
    """
    already = installed_alerts(console)
    if already is not None:
        return already
    bridge = console.bridge
    preload = chime is None
    if chime is None:
        chime = Chime(muted=console.settings.muted, parent=bridge)
    elif chime.parent() is None:
        chime.setParent(bridge)
    rules = LiveRules(console, chime, bridge.timers)
    console.host.muteToggled.connect(chime.set_muted)
    console.host.closed.connect(rules.shutdown)
    if preload:
        rules.started.connect(chime.preload)  # ahead of the first alert, not of the first frame
    if start == "after_paint":
        after_first_frame(console.host, rules, rules.start, timers=bridge.timers)
    elif start:
        rules.start()
    console.alerts = InstalledAlerts(rules, chime)
    return console.alerts


def installed_alerts(console: Any) -> InstalledAlerts | None:
    """The alerts `install_alerts` put on this console (its `alerts`), if any."""
    installed: InstalledAlerts | None = console.alerts
    return installed


def show_alert(console: Any, chime: Chime, alert: ev.Alert) -> None:
    """Banner and flash in both windows, and the chime unless muted or discreet."""
    level = (alert.level or AlertLevel.INFO).value
    # The banner goes when its subject ends: the segment, or for a speaker's alert the turn.
    subject = BannerSubject.now(console.session.engine, speaker=family_of(alert.kind) == "speaker")
    console.host.show_alert(alert.message, level, subject)
    console.chair.show_alert(alert.message, level, subject)
    if alert.kind.chimes:
        chime.play()

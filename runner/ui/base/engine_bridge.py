"""The one place where the Qt-free engine meets Qt: events become signals, time becomes a display tick."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from runner.core.commands import HostCommands
from runner.core.engine import EngineError, LogWriteError, SessionEngine
from runner.core.events import EngineEvent
from runner.core.snapshot import Snapshot, take_snapshot
from runner.ui.base.timers import QtTimers, Timers

# How often an action the log could not take is written again (a full disk being cleared).
RETRY_MS = 2000
# A sleep shorter than this is not worth telling the host (the display tick's own jitter is far less).
SLEEP_NOTICE_S = 2.0
# A little past the boundary, so the snapshot taken on time-out is safely on the new second.
_BOUNDARY_SLACK_MS = 2


def ms_to_next_boundary(snapshot: Snapshot) -> int:
    """Milliseconds until the value on screen changes.

    Running: the countdown shows whole seconds, so the next change is when the remaining time
    crosses a whole second. Python's modulo makes this also right in overtime (negative
    remaining, counting up). Idle or paused: the wall clock and projections still move, so
    follow the wall clock's seconds.
    """
    if snapshot.current is not None and not snapshot.paused:
        remaining_ms = round(snapshot.remaining_s * 1000)
        return (remaining_ms % 1000 or 1000) + _BOUNDARY_SLACK_MS
    return 1000 - snapshot.now.microsecond // 1000 + _BOUNDARY_SLACK_MS


class EngineBridge(QObject):
    """Wraps a `SessionEngine` for the widgets.

    Engine events are re-emitted on the GUI thread; user intent goes through `perform`, which
    turns an `EngineError` into a `refused` message, and reaches the engine by `commands` (the one
    route for the host's actions: undo knows each); a single-shot precise timer re-armed to the
    next display boundary emits `tick` with a fresh snapshot. Screens follow this tick and never
    run timers of their own.

    Signals:
        eventApplied(EngineEvent): after every engine event, on the GUI thread.
        refused(str): an action the engine refused, in words for the status bar.
        logFailed(str): the log could not take an action (nothing of it shows), and why (the
            system's words, e.g. 'the disk is full'); retried every RETRY_MS.
        logRestored(int): the log took what waited (that many events), which now shows.
        wokeUp(float): the machine slept that many seconds (the countdown counted through it).
        tick(Snapshot): a fresh snapshot, at each display boundary and after every event.
    """

    eventApplied = Signal(object)
    refused = Signal(str)
    logFailed = Signal(str)
    logRestored = Signal(int)
    wokeUp = Signal(float)
    tick = Signal(object)
    _arrived = Signal(object)  # private hop: queued when the engine is driven from another thread

    def __init__(self, engine: SessionEngine, parent: QObject | None = None, timers: Timers | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.commands = HostCommands(engine)
        # Every timer of the windows comes from here (tests pass fake ones driven by a FakeClock).
        self.timers: Timers = timers or QtTimers()
        self._closed = False
        self._timer = self.timers.timer(self, self.refresh)
        self._retry = self.timers.timer(self, self.retry_log, repeat=True)
        self._arrived.connect(self._deliver)
        self._unsubscribe: Callable[[], None] | None = engine.subscribe(self._arrived.emit)

    def snapshot(self) -> Snapshot:
        """The engine's state at this instant."""
        return take_snapshot(self.engine)

    def perform(self, action: Callable[[], object]) -> bool:
        """Run one user action against the engine; a refusal becomes `refused`, not a traceback."""
        try:
            action()
        except LogWriteError as exc:
            self._retry.start(RETRY_MS)
            self.refused.emit(_sentence(str(exc)))  # this action, in the status bar
            self.logFailed.emit(self.engine.write_failure)
            return False
        except EngineError as exc:
            self.refused.emit(_sentence(str(exc)))
            return False
        return True

    @Slot()
    def retry_log(self) -> bool:
        """Write again what the log refused (the retry timer calls this); True once nothing waits."""
        waiting = len(self.engine.unwritten)
        if not self.engine.retry_unwritten():
            return False
        self._retry.stop()
        if waiting:
            self.logRestored.emit(waiting)
        return True

    @property
    def log_waiting(self) -> bool:
        """An action waits for the log: the screens show the state before it."""
        return bool(self.engine.unwritten)

    @Slot()
    def refresh(self) -> Snapshot:
        """Emit `tick` with a fresh snapshot now and re-arm for the next boundary (tests call this)."""
        if self.engine.unwritten and not self._retry.is_active():
            # The log refused an action that did not come through `perform` (the live rules'
            # automatic start): the host hears of it at this tick.
            self._retry.start(RETRY_MS)
            self.logFailed.emit(self.engine.write_failure)
        seconds = self.engine.clock.slept()
        if seconds >= SLEEP_NOTICE_S:
            self.wokeUp.emit(seconds)
        snapshot = self.snapshot()
        self.tick.emit(snapshot)
        # A rehearsal's clock runs `rate` times as fast: its next second comes that much sooner.
        rate = self.engine.clock.rate
        self._timer.start(ms_to_next_boundary(snapshot) if rate == 1.0 else max(50, round(1000 / rate)))
        return snapshot

    def next_interval_ms(self) -> int:
        """How long the display timer is armed for (for tests and diagnostics)."""
        return self._timer.interval_ms()

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Stop the tick and stop listening to the engine."""
        self._closed = True
        self._timer.stop()
        self._retry.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    @Slot(object)
    def _deliver(self, event: EngineEvent) -> None:
        self.eventApplied.emit(event)
        self.refresh()


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] if text else "Not possible now"

"""The live rules of a running day, without Qt: alerts, auto-start, hold and release, start
reminders, the hard stop, the recovery plan's offers, and the message on the chair's screen.

`LiveController` decides; every decision is an engine event (`alert`, an automatic `start`,
`hold`, `release`, `message`), so the timing log holds it and a replay after a crash restores it
exactly: a held segment stays held, a fired alert never fires again, the chair's message comes
back. The controller keeps no memory the log cannot rebuild, except whether the hard stop has been
cleared since its last alert (recomputed from the log and the clock at start).

It never waits. Whoever runs it (the app's wall-clock trigger, a test, a rehearsal on a simulated
clock) asks `next_wake()` when to call `wake()` next, calls it then, and asks again after every
engine event. Driven by a `FakeClock` as fast as the machine goes, it runs a whole day headless.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from runner.core import offer_timing
from runner.core.alerts import (
    AUTO_START,
    GRACE_S,
    HARD_STOP,
    HARD_STOP_MARGIN_S,
    PlannedAlert,
    PlanState,
    clock_words,
    hard_stop_past,
    plan_alerts,
    spoken,
)
from runner.core.engine import EngineError, SessionEngine
from runner.core.events import AlertKind, EventType, Start
from runner.core.i18n import tr
from runner.core.projection import project

# A wake-up this early (timers round to the millisecond) still delivers what is due.
EARLY_S = 0.02
# The hard stop's alert re-arms once the day is back this far inside its line: the crossing
# alert itself fires with the end exactly on the line, and must not re-arm itself.
REARM_S = 1.0
# How many decisions one wake may make (each changes the plan); more means a rule loops.
_MAX_DECISIONS = 100


@dataclass(frozen=True)
class LateStart:
    """A segment the day's clock started late (catching up): for the host's notice."""

    index: int
    title: str
    late_s: float
    backdated: bool  # started from its planned time: the app was down when it came
    started_at: datetime
    released: bool = False  # it was held, and started as the host let it go

    def describe(self, zone: tzinfo) -> str:
        """One line for the host: what started by itself, how late, and why."""
        when, late = clock_words(self.started_at, zone), spoken(self.late_s)
        if self.released:
            return tr(
                "'{title}' started by itself as it was released, {late} after its time", title=self.title, late=late
            )
        if self.backdated:
            return tr(
                "'{title}' started by itself at {when}, its time, while the app was not running ({late} ago)",
                title=self.title,
                when=when,
                late=late,
            )
        return tr(
            "'{title}' started by itself {late} late: the app was not running, or the computer slept, at its time",
            title=self.title,
            late=late,
        )


class LiveController:
    """Owns the live rules of one `SessionEngine`; see the module's docstring."""

    def __init__(self, engine: SessionEngine, grace_s: float = GRACE_S) -> None:
        self.engine = engine
        self.grace_s = grace_s
        # Cleared since its last alert: re-armed. After a restart the log's last alert still
        # stands while the day is still past the stop.
        self._hard_stop_armed = not (self._hard_stop_count() and self._past_hard_stop())

    # -- what to do and when -----------------------------------------------------------------
    def plan(self) -> list[PlannedAlert]:
        """Every alert and automatic start still to come, earliest first (what `wake` will do)."""
        engine, clock = self.engine, self.engine.clock
        if not self._hard_stop_armed and self._hard_stop_slack_s() > REARM_S:
            self._hard_stop_armed = True  # the host made up the time: a new crossing warns again
        epoch = self._hard_stop_count()
        fired = set(engine.day_alerted)
        for run in engine.runs:
            fired |= run.alerted
        if not self._hard_stop_armed:
            fired.add(f"day:{HARD_STOP}:{epoch}")
        state = PlanState(frozenset(fired), frozenset(engine.held), epoch, self.grace_s)
        planned = plan_alerts(engine, clock.monotonic(), clock.now(), state)
        return [a for a in planned if not self._logged_before_keys(a)]

    def next_wake(self) -> datetime | None:
        """When `wake` has something to do next (by the engine's clock); None: nothing planned."""
        plan, clock = self.plan(), self.engine.clock
        times = [plan[0].due_wall] if plan else []
        check = offer_timing.next_check(self.engine, clock.monotonic(), clock.now())
        if check is not None:
            times.append(check)
        return min(times) if times else None

    def wake(self) -> list[PlannedAlert]:
        """Carry out everything due now, earliest first; returns what it did. Each is an event."""
        done: list[PlannedAlert] = []
        for _ in range(_MAX_DECISIONS):
            due = self._first_due()
            if due is None:
                break
            if not self._carry_out(due):
                break
            done.append(due)
        self._offer_if_news()
        return done

    def _offer_if_news(self) -> None:
        """Offer the recovery plan when it says something new (runner.core.offer_timing)."""
        clock = self.engine.clock
        due = offer_timing.due_offer(self.engine, clock.monotonic(), clock.now())
        if due is not None:
            offer_timing.make_offer(self.engine, *due)

    # -- the host's requests -------------------------------------------------------------------
    def toggle_hold(self, index: int) -> bool:
        """H: hold the segment back from starting by itself, or release it; True if now held."""
        held = index not in self.engine.held
        self.engine.hold(index, held)
        return held

    def send_message(self, text: str) -> None:
        """Put `text` on the chair's screen (empty clears it); logged, so it survives a crash."""
        self.engine.send_message(text)

    def late_start(self, index: int) -> LateStart | None:
        """If segment `index`'s running start was a late automatic one (a catch-up), its details."""
        run = self.engine.runs[index]
        event = run.start_event
        if event is None or not isinstance(event.payload, Start) or not event.payload.auto:
            return None
        late = event.payload.late_s or 0.0
        if late <= self.grace_s:
            return None
        recover = self._last_recover_wall()
        backdated = recover is not None and event.wall < recover
        released = any(e.type is EventType.RELEASE and e.segment == index for e in self.engine.events)
        return LateStart(index, run.segment.title, late, backdated, event.wall, released)

    # -- internals -----------------------------------------------------------------------------
    def _first_due(self) -> PlannedAlert | None:
        now = self.engine.clock.now()
        due = [a for a in self.plan() if (a.due_wall - now).total_seconds() <= EARLY_S]
        # An intermission's end and the next start share one instant: the end alert first.
        due.sort(key=lambda a: (a.due_wall, a.kind is AUTO_START, a.key))
        return due[0] if due else None

    def _carry_out(self, alert: PlannedAlert) -> bool:
        if alert.kind is AUTO_START:
            return self._auto_start(alert)
        if alert.kind is HARD_STOP:
            self._hard_stop_armed = False
        self.engine.record_alert(alert.kind, alert.message, alert.segment, level=alert.level, key=alert.key)
        return True

    def _auto_start(self, alert: PlannedAlert) -> bool:
        engine, index = self.engine, alert.segment
        assert index is not None
        now = engine.clock.now()
        late_s = max(0.0, (now - alert.due_wall).total_seconds())
        at = self._backdate(alert.due_wall) if late_s > self.grace_s else None
        try:
            engine.start(index, auto=True, late_s=late_s if late_s > EARLY_S else None, at=at)
        except EngineError:
            return False  # cannot happen by the plan's construction; never loop on it
        return True

    def _backdate(self, due: datetime) -> tuple[float, datetime] | None:
        """The moment to start from when the app was down at `due`: the room went on without it.

        Never before the last event already logged (the log stays in order)."""
        recover = self._last_recover_wall()
        if recover is None or due >= recover:
            return None  # opened late, or a sleep or a clock step: it starts now, lateness logged
        before = [e for e in self.engine.events if e.type is not EventType.RECOVER and e.wall <= recover]
        floor = before[-1].wall if before else due
        when = max(due, floor)
        clock = self.engine.clock
        return clock.monotonic() - (clock.now() - when).total_seconds(), when

    def _last_recover_wall(self) -> datetime | None:
        recovers = [e.wall for e in self.engine.events if e.type is EventType.RECOVER]
        return recovers[-1] if recovers else None

    def _logged_before_keys(self, alert: PlannedAlert) -> bool:
        """Logs written before alerts carried their key name only the kind: such a record of the
        same kind, at or after this alert's time (less the grace), counts as this alert."""
        engine = self.engine
        kinds = engine.day_alerted_kinds if alert.segment is None else engine.runs[alert.segment].alerted_kinds
        when = kinds.get(alert.kind)
        return when is not None and when >= alert.due_wall - timedelta(seconds=self.grace_s)

    def _hard_stop_count(self) -> int:
        keys = [k for k in self.engine.day_alerted if k.startswith(f"day:{HARD_STOP}:")]
        return len(keys) + (1 if AlertKind.HARD_STOP in self.engine.day_alerted_kinds else 0)

    def _past_hard_stop(self) -> bool:
        clock = self.engine.clock
        return hard_stop_past(project(self.engine, clock.monotonic(), clock.now()))

    def _hard_stop_slack_s(self) -> float:
        """Seconds the projected end is short of the hard stop's alert line (negative: past it)."""
        clock = self.engine.clock
        plan = project(self.engine, clock.monotonic(), clock.now())
        if plan.hard_stop is None or plan.day_end is None:
            return 0.0
        return (plan.hard_stop - plan.day_end).total_seconds() + HARD_STOP_MARGIN_S

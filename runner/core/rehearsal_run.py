"""A day rehearsed on a simulated clock: the real engine and live rules (`LiveController`: alerts,
auto-start, the hard stop), a host that presses Space
when each segment's time is up (later for the segments told to overrun), and, if asked, Ctrl+R on
every recovery plan offered.

The simulation jumps from one moment that matters to the next (an alert's due time, the host's
next key), so a whole day takes milliseconds; `wait` (given the simulated seconds divided by the
speed) lets a caller run it at N times real time instead. Every start, alert, plan and acceptance
becomes a `RehearsalLine` for the caller to print.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from runner.core import offer_timing
from runner.core.agenda import Day
from runner.core.alerts import PlannedAlert
from runner.core.clock import FakeClock
from runner.core.controller import LiveController
from runner.core.engine import SessionEngine
from runner.core.events import AlertKind, EngineEvent, EventType, Offer
from runner.core.i18n import tr
from runner.core.projection import project
from runner.core.recovery_offer import accept
from runner.core.recovery_plan import clock_text, minutes_text

LEAD_IN_S = 61.0  # the rehearsal opens just before the one-minute start reminder
MAX_STEPS = 100_000  # a day of thousands of segments is a few thousand steps; this only stops a bug


@dataclass(frozen=True)
class RehearsalLine:
    """One line of the rehearsal's account: when (the agenda's zone) and what."""

    at: datetime
    text: str

    def __str__(self) -> str:
        return f"{self.at:%H:%M:%S}  {self.text}"


@dataclass
class Rehearsal:
    """The simulated day: its engine, its clock, and what a host would have seen."""

    engine: SessionEngine
    clock: FakeClock
    overruns: Mapping[str, float] = field(default_factory=dict)
    recover: bool = False
    on_line: Callable[[RehearsalLine], None] = lambda line: None
    wait: Callable[[float], None] | None = None
    lines: list[RehearsalLine] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.controller = LiveController(self.engine)  # the app's live rules, woken by the simulation

    def run(self) -> SessionEngine:
        """Rehearse the whole day; returns its engine (its `events` are the day's log)."""
        self.engine.subscribe(self._follow)
        for _ in range(MAX_STEPS):
            self._host_acts()  # a host ending on time beats the segment's overtime alert
            self._fire_due_alerts()
            self._take_offer()
            wake = self._next_moment()
            if wake is None or self.engine.finished:
                break
            self._advance_to(wake)
        self._say(self._closing_words())
        return self.engine

    # -- the moments -------------------------------------------------------------------------
    def _next_moment(self) -> datetime | None:
        now = self.clock.now()
        times = [a.due_wall for a in self._plan() if a.due_wall > now]
        check = offer_timing.next_check(self.engine, self.clock.monotonic(), now)
        if check is not None and check > now:
            times.append(check)
        host = self._host_due()
        if host is not None:
            times.append(max(host, now))
        return min(times) if times else None

    def _advance_to(self, when: datetime) -> None:
        step = max((when - self.clock.now()).total_seconds(), 0.0)
        if self.wait is not None and step > 0:
            self.wait(step)
        self.clock.advance(step)

    def _plan(self) -> list[PlannedAlert]:
        return self.controller.plan()

    # -- the alert rules, as the app's scheduler delivers them ---------------------------------
    def _fire_due_alerts(self) -> None:
        """What the app's trigger does at each due time: wake the controller (its automatic starts
        are printed as starts, by `_follow`)."""
        for alert in self.controller.wake():
            if alert.kind != AlertKind.AUTO_START:
                self._say(tr("alert: {message}", message=alert.message))

    # -- the host ------------------------------------------------------------------------------
    def _host_due(self) -> datetime | None:
        """When the host presses the next key: Space at the first start (unless the day starts by
        itself), Right at a speaker's limit, Space when the running segment's time (and overrun) is up."""
        speaker, end = self._host_times()
        return min((t for t in (speaker, end) if t is not None), default=None)

    def _host_times(self) -> tuple[datetime | None, datetime | None]:
        """(Right for the next speaker, Space) as the host would press them; None: not to come."""
        engine = self.engine
        run = engine.current_run
        if engine.finished:
            return None, None
        if run is None or run.start_event is None:
            first = engine.next_index()
            if engine.started or engine.day.auto_start or first is None:
                return None, None
            return None, engine.day.segments[first].start
        started = run.start_event.wall
        end = started + timedelta(seconds=run.allowed + self.overruns.get(run.segment.title, 0.0))
        turn = run.speakers.current
        if turn is None or not turn.slot.limit or not run.speakers.upcoming():
            return None, end
        speaker = started + timedelta(seconds=turn.start_active + float(turn.slot.limit))
        return (speaker if speaker < end else None), end

    def _host_acts(self) -> None:
        now = self.clock.now()
        speaker, end = self._host_times()
        if speaker is not None and speaker <= now:
            self.engine.next_speaker()
        elif end is not None and end <= now:
            self.engine.advance()
            self._hold_next_if_overrunning()

    def _hold_next_if_overrunning(self) -> None:
        """On an auto-start day the next segment would start by itself at the planned end of an
        overrunning one: the host holds it (H), and starts it with Space when the speaker is done."""
        run, upcoming = self.engine.current_run, self.engine.next_index()
        overrunning = run is not None and self.overruns.get(run.segment.title, 0.0) > 0
        if self.engine.day.auto_start and overrunning and upcoming is not None and upcoming not in self.engine.held:
            self.engine.hold(upcoming, True)

    # -- recovery --------------------------------------------------------------------------------
    def _take_offer(self) -> None:
        """With `recover`, Ctrl+R on the plan on offer (the controller offered it as news)."""
        plan = offer_timing.standing_plan(self.engine, self.clock.monotonic(), self.clock.now())
        if self.recover and plan is not None and plan.trims:
            number = accept(self.engine, plan)
            self._say(tr("Ctrl+R: plan {number} accepted", number=number))

    # -- words ---------------------------------------------------------------------------------
    def _follow(self, event: EngineEvent) -> None:
        if isinstance(event.payload, Offer):
            self._say(tr("recovery plan: {summary}", summary=event.payload.summary))
        elif event.type is EventType.START and event.segment is not None:
            segment = self.engine.day.segments[event.segment]
            self._say(
                tr(
                    "{title} starts ({length}, planned {planned})",
                    title=segment.title,
                    length=minutes_text(segment.duration.total_seconds()),
                    planned=clock_text(segment.start),
                )
            )

    def _closing_words(self) -> str:
        engine, stop = self.engine, self.engine.day.hard_stop
        end = project(engine, self.clock.monotonic(), self.clock.now()).day_end or self.clock.now()
        if stop is None:
            return tr("the day ends")
        late = (end - stop).total_seconds()
        if late <= 0:
            return tr("the day ends, by its {stop} hard stop", stop=clock_text(stop))
        return tr("the day ends {late} past its {stop} hard stop", late=minutes_text(late), stop=clock_text(stop))

    def _say(self, text: str) -> None:
        line = RehearsalLine(self.clock.now().astimezone(self.engine.zone), text)
        self.lines.append(line)
        self.on_line(line)


def rehearse(
    day: Day,
    overruns: Mapping[str, float] | None = None,
    recover: bool = False,
    on_line: Callable[[RehearsalLine], None] = lambda line: None,
    wait: Callable[[float], None] | None = None,
) -> Rehearsal:
    """Rehearse `day` from just before its first start to its end."""
    clock = FakeClock(day.start - timedelta(seconds=LEAD_IN_S))
    rehearsal = Rehearsal(SessionEngine(day, clock), clock, dict(overruns or {}), recover, on_line, wait)
    rehearsal.run()
    return rehearsal


def day_end(rehearsal: Rehearsal) -> datetime | None:
    """When the rehearsed day's last segment ended."""
    ends = [r.end_event.wall for r in rehearsal.engine.runs if r.end_event is not None]
    return max(ends) if ends else None

"""Alert rules: when the host is warned, as a pure plan over the engine's state and one clock reading.

`plan_alerts` answers "which alerts are still to come, and when by the wall clock?" for the state
the engine is in now. Nothing here waits or schedules: a scheduler re-plans after every engine
event and diffs the plans by `PlannedAlert.key`. Countdowns come from the monotonic clock, so
every due time is `now_wall + (seconds still to go)`: a pause, an added minute or a wall-clock
step simply gives a new plan. `AlertBook` keeps the little memory the rules need between plans
(keys already fired, segments held back from auto-start, hard-stop crossings).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from runner.core.engine import RunStatus, SegmentRun, SessionEngine
from runner.core.events import ALERT, BACK, START, EngineEvent

# Kinds, as they appear in `alert` records of the event log.
WARNING, OVERTIME = "warning", "overtime"
INTERMISSION_ENDING, INTERMISSION_OVER = "intermission_ending", "intermission_over"
HARD_STOP = "hard_stop"
SPEAKER_WARNING, SPEAKER_OVERTIME = "speaker_warning", "speaker_overtime"
START_REMINDER = "start_reminder"
AUTO_START = "auto_start"  # not an alert: a job that starts a segment by the wall clock
INFO, WARN, DANGER = "info", "warning", "danger"

# A wake-up from sleep must not replay every alert it slept through: only the newest one of a
# segment that is at most this late still fires.
GRACE_S = 5.0
INTERMISSION_DEFAULTS_S = (120.0, 30.0)
START_REMINDERS_S = (60.0, 0.0)
SPEAKER_CUE_S, SPEAKER_CUE_SHARE = 30.0, 0.2
# Agendas often fill the day exactly to its hard stop; without a margin the alert would fire the
# moment the first segment starts a second late. Past the stop by more than this is "past".
HARD_STOP_MARGIN_S = 30.0

_FAMILY = {
    WARNING: "segment",
    OVERTIME: "segment",
    INTERMISSION_ENDING: "segment",
    INTERMISSION_OVER: "segment",
    SPEAKER_WARNING: "speaker",
    SPEAKER_OVERTIME: "speaker",
    START_REMINDER: "start",
    HARD_STOP: "day",
    AUTO_START: "auto",
}


@dataclass(frozen=True)
class PlannedAlert:
    """One alert (or auto-start job) still to come; `key` is stable across re-plans."""

    key: str
    due_wall: datetime
    kind: str
    level: str
    message: str
    segment: int | None
    chime: bool = True

    @property
    def family(self) -> str:
        """Alerts of one family and segment compete for the single late slot after a sleep."""
        return _FAMILY.get(self.kind, self.kind)


@dataclass(frozen=True)
class PlanState:
    """What a plan depends on besides the engine: memory kept by `AlertBook`."""

    fired: frozenset[str] = frozenset()
    held: frozenset[int] = frozenset()
    hard_stop_epoch: int = 0
    grace_s: float = GRACE_S


@dataclass(frozen=True)
class _Ctx:
    engine: SessionEngine
    mono: float
    now: datetime  # UTC: adding seconds to a zoned datetime would ignore DST changes

    def at(self, seconds: float) -> datetime:
        return self.now + timedelta(seconds=seconds)

    def clock(self, when: datetime) -> str:
        return clock_words(when, self.engine.zone)


def plan_alerts(
    engine: SessionEngine, now_mono: float, now_wall: datetime, state: PlanState = PlanState()
) -> list[PlannedAlert]:
    """Every alert still due for the engine's state at (now_mono, now_wall), earliest first.

    Alerts already fired are left out; so are alerts whose time has passed, except the newest
    one of each segment and family if it is at most `state.grace_s` late.
    """
    if engine.finished:
        return []
    ctx = _Ctx(engine, now_mono, now_wall.astimezone(timezone.utc))
    candidates = [
        *_running(ctx),
        *_speaker(ctx),
        *_hard_stop(ctx, state.hard_stop_epoch),
        *_next_start(ctx, state.held),
    ]
    return _drop_stale(_without_moot_overtime(candidates), ctx.now, state)


def _without_moot_overtime(candidates: list[PlannedAlert]) -> list[PlannedAlert]:
    """A segment that ends as the next one starts by itself never runs over: no overtime alert.

    "As" allows a second: by the time the start job runs, the end is a few milliseconds past.
    """
    starts = [a.due_wall for a in candidates if a.kind == AUTO_START]
    return [
        a for a in candidates if a.kind != OVERTIME or all((when - a.due_wall).total_seconds() > 1.0 for when in starts)
    ]


def _drop_stale(candidates: list[PlannedAlert], now: datetime, state: PlanState) -> list[PlannedAlert]:
    kept: list[PlannedAlert] = []
    late: dict[tuple[int | None, str], PlannedAlert] = {}
    for alert in candidates:
        if alert.key in state.fired:
            continue
        lateness = (now - alert.due_wall).total_seconds()
        if lateness <= 0:
            kept.append(alert)
        elif lateness <= state.grace_s:
            slot = (alert.segment, alert.family)
            if slot not in late or late[slot].due_wall < alert.due_wall:
                late[slot] = alert
    return sorted(kept + list(late.values()), key=lambda a: (a.due_wall, a.key))


# -- the running segment -----------------------------------------------------------------------
def _running(ctx: _Ctx) -> list[PlannedAlert]:
    """Warnings before the end and the end itself; none while paused (resume re-plans them)."""
    run = ctx.engine.current_run
    if run is None or run.paused_since is not None:
        return []
    segment, remaining = run.segment, run.remaining(ctx.mono)
    end = ctx.at(remaining)
    if segment.is_pause:
        offsets = _pause_offsets(run)
        before, at_end = INTERMISSION_ENDING, INTERMISSION_OVER
    else:
        offsets = tuple(a.total_seconds() for a in segment.alerts)
        before, at_end = WARNING, OVERTIME
    alerts = [_segment_alert(ctx, run, before, offset, end) for offset in offsets if 0 < offset < run.allowed]
    alerts.append(_segment_alert(ctx, run, at_end, 0.0, end))
    return alerts


def _pause_offsets(run: SegmentRun) -> tuple[float, ...]:
    """An intermission's own `alerts`, else 2 min and 30 s before its end, else half its length."""
    given = tuple(a.total_seconds() for a in run.segment.alerts)
    if given:
        return given
    length = run.segment.duration.total_seconds()
    return tuple(o for o in INTERMISSION_DEFAULTS_S if o < length) or (length / 2,)


def _segment_alert(ctx: _Ctx, run: SegmentRun, kind: str, offset: float, end: datetime) -> PlannedAlert:
    title, index = run.segment.title, run.segment.index
    messages = {
        WARNING: (WARN, f"{title}: {spoken(offset)} left, ends at {ctx.clock(end)}"),
        OVERTIME: (DANGER, f"{title} is over time (planned end {ctx.clock(end)})"),
        INTERMISSION_ENDING: (INFO, f"{title} ends in {spoken(offset)}, we resume at {ctx.clock(end)}"),
        INTERMISSION_OVER: (WARN, f"{title} is over: we resume now ({ctx.clock(end)})"),
    }
    level, message = messages[kind]
    return PlannedAlert(f"{index}:{kind}:{offset:g}", end - timedelta(seconds=offset), kind, level, message, index)


# -- speakers (issue 6) ------------------------------------------------------------------------
def speaker_cue_s(limit_s: float) -> float:
    """How long before the end of a turn the discreet cue comes: 30 s, or 20% of a short limit."""
    return min(SPEAKER_CUE_S, SPEAKER_CUE_SHARE * limit_s)


def _speaker(ctx: _Ctx) -> list[PlannedAlert]:
    run = ctx.engine.current_run
    if run is None or run.paused_since is not None:
        return []
    turn = run.speakers.current
    if turn is None or not turn.slot.limit:
        return []
    limit, index, name = float(turn.slot.limit), run.segment.index, turn.slot.name
    left = limit - turn.spoken(run.active(ctx.mono))
    cue = speaker_cue_s(limit)
    tag = f"{len(run.speakers.turns) - 1}:{run.speakers.position}"
    return [
        PlannedAlert(
            f"{index}:{SPEAKER_WARNING}:{tag}",
            ctx.at(left - cue),
            SPEAKER_WARNING,
            INFO,
            f"{name}: {spoken(cue)} left",
            index,
            chime=False,
        ),
        PlannedAlert(
            f"{index}:{SPEAKER_OVERTIME}:{tag}",
            ctx.at(left),
            SPEAKER_OVERTIME,
            WARN,
            f"{name} has reached the {spoken(limit)} limit",
            index,
        ),
    ]


# -- the day's hard stop -----------------------------------------------------------------------
def projected_day_end(engine: SessionEngine, now_mono: float, now_wall: datetime) -> datetime | None:
    """The day's projected end as `take_snapshot` computes it, from the given clock reading."""
    ctx = _Ctx(engine, now_mono, now_wall.astimezone(timezone.utc))
    fixed, rest = _fixed_end_and_rest(ctx)
    cursor = _cursor(ctx, ctx.now)
    ends = [e for e in (fixed, rest.end_for(cursor) if cursor else None) if e is not None]
    return max(ends) if ends else None


@dataclass(frozen=True)
class _Rest:
    """The not-started segments still ahead: their end for a cursor is max(latest, cursor + total)."""

    total_s: float = 0.0
    latest: datetime | None = None
    count: int = 0

    def end_for(self, cursor: datetime) -> datetime:
        end = cursor + timedelta(seconds=self.total_s)
        return max(end, self.latest) if self.latest is not None else end


def _fixed_end_and_rest(ctx: _Ctx) -> tuple[datetime | None, _Rest]:
    engine, after = ctx.engine, -1 if ctx.engine.current is None else ctx.engine.current
    ended = [r.end_event.wall for r in engine.runs if r.status is RunStatus.DONE and r.end_event]
    ahead = [r.segment for r in engine.runs[after + 1 :] if r.status is RunStatus.NOT_STARTED]
    total, latest = 0.0, None
    for segment in reversed(ahead):  # max-plus: each start is max(planned start, previous end)
        total += segment.duration.total_seconds()
        candidate = segment.start.astimezone(timezone.utc) + timedelta(seconds=total)
        latest = candidate if latest is None else max(latest, candidate)
    return (max(ended) if ended else None), _Rest(total, latest, len(ahead))


def _cursor(ctx: _Ctx, when: datetime) -> datetime | None:
    """Where the next segment could start if nothing changes until `when`; None once nothing is left."""
    run = ctx.engine.current_run
    if run is None:
        return when if ctx.engine.next_index() is not None else None
    remaining = max(run.remaining(ctx.mono), 0.0)
    if run.paused_since is not None:
        return when + timedelta(seconds=remaining)
    return max(ctx.at(remaining), when)


def _hard_stop(ctx: _Ctx, epoch: int) -> list[PlannedAlert]:
    stop = ctx.engine.day.hard_stop
    if stop is None:
        return []
    limit = stop.astimezone(timezone.utc) + timedelta(seconds=HARD_STOP_MARGIN_S)
    fixed, rest = _fixed_end_and_rest(ctx)
    cursor = _cursor(ctx, ctx.now)
    end = max([e for e in (fixed, rest.end_for(cursor) if cursor else None) if e is not None], default=None)
    key, stop_text = f"day:{HARD_STOP}:{epoch}", ctx.clock(stop)
    if end is not None and end > limit:
        over = spoken((end - stop).total_seconds())
        return [
            PlannedAlert(
                key,
                ctx.now,
                HARD_STOP,
                DANGER,
                f"Day projected to end at {ctx.clock(end)}, {over} past the {stop_text} hard stop",
                None,
            )
        ]
    crossing = _crossing(ctx, limit - timedelta(seconds=rest.total_s)) if cursor else None
    if crossing is None:
        return []
    return [
        PlannedAlert(
            key,
            crossing,
            HARD_STOP,
            DANGER,
            f"Day now projected {spoken(HARD_STOP_MARGIN_S)} past the {stop_text} hard stop, "
            "and every further minute here adds to it",
            None,
        )
    ]


def _crossing(ctx: _Ctx, cursor_limit: datetime) -> datetime | None:
    """When the cursor reaches `cursor_limit` if nothing changes (it moves with the wall clock)."""
    run = ctx.engine.current_run
    if run is None:
        return cursor_limit
    remaining = max(run.remaining(ctx.mono), 0.0)
    if run.paused_since is not None:
        return cursor_limit - timedelta(seconds=remaining)
    return max(cursor_limit, ctx.at(remaining))


# -- the next start: reminders and auto-start --------------------------------------------------
def _next_start(ctx: _Ctx, held: frozenset[int]) -> list[PlannedAlert]:
    engine = ctx.engine
    index = engine.next_index()
    if index is None:
        return []
    segment = engine.runs[index].segment
    free = _free_from(ctx)
    if free is None:
        return []
    auto = engine.day.auto_start and index not in held
    planned = segment.start.astimezone(timezone.utc)
    alerts = [
        _reminder(ctx, index, offset, auto)
        for offset in START_REMINDERS_S
        if not (auto and offset == 0) and planned - timedelta(seconds=offset) >= free
    ]
    if auto and (engine.started or (ctx.now - planned).total_seconds() <= GRACE_S):
        # A day opened long after its first planned start does not start by itself.
        due = max(planned, free, ctx.now)
        alerts.append(
            PlannedAlert(
                f"{index}:{AUTO_START}:0",
                due,
                AUTO_START,
                INFO,
                f"{segment.title} starts (auto-start)",
                index,
                chime=False,
            )
        )
    return alerts


def _free_from(ctx: _Ctx) -> datetime | None:
    """From when nothing runs, or what runs is over time; None while a paused segment has time left."""
    run = ctx.engine.current_run
    if run is None:
        return ctx.now
    remaining = run.remaining(ctx.mono)
    if run.paused_since is not None:
        return ctx.now if remaining < 0 else None
    return ctx.at(max(remaining, 0.0))


def _reminder(ctx: _Ctx, index: int, offset: float, auto: bool) -> PlannedAlert:
    segment = ctx.engine.runs[index].segment
    when = ctx.clock(segment.start)
    if offset == 0:
        message = f"{segment.title} is due to start now ({when})"
    elif auto:
        message = f"{segment.title} starts automatically at {when}, in {spoken(offset)}"
    else:
        message = f"{segment.title} is due to start in {spoken(offset)}, at {when}"
    due = segment.start.astimezone(timezone.utc) - timedelta(seconds=offset)
    return PlannedAlert(f"{index}:{START_REMINDER}:{offset:g}", due, START_REMINDER, INFO, message, index)


# -- words -------------------------------------------------------------------------------------
def spoken(seconds: float) -> str:
    """A span as a host reads it aloud: '2 min', '30 s', '1 min 30 s', '1 h 5 min'."""
    whole = max(round(seconds), 0)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [
        f"{hours} h" if hours else "",
        f"{minutes} min" if minutes else "",
        f"{secs} s" if secs and not hours else "",
    ]
    return " ".join(p for p in parts if p) or "0 s"


def clock_words(when: datetime, zone) -> str:
    """'10:50' in the agenda's zone, or '10:50:08' when the time is not on a whole minute."""
    local = (when + timedelta(microseconds=500_000)).astimezone(zone).replace(microsecond=0)
    return local.strftime("%H:%M" if local.second == 0 else "%H:%M:%S")


# -- memory between plans ----------------------------------------------------------------------
@dataclass
class AlertBook:
    """What the rules remember between plans: fired keys, held segments, hard-stop crossings.

    A key fires at most once per segment run: starting a segment or reopening it with Back
    forgets its fired alerts (not its auto-start: a segment the host took back with Back is held,
    it does not start again by itself).
    """

    fired: set[str] = field(default_factory=set)
    held: set[int] = field(default_factory=set)
    hard_stop_epoch: int = 0
    grace_s: float = GRACE_S
    _at_risk: bool = False

    def observe(self, event: EngineEvent) -> None:
        """Follow the engine: a (re)started segment gets a fresh set of alerts."""
        if event.type in (START, BACK) and event.segment is not None:
            prefix = f"{event.segment}:"
            self.fired = {k for k in self.fired if not k.startswith(prefix) or f":{AUTO_START}:" in k}

    def recall(self, engine: SessionEngine, now_mono: float, now_wall: datetime) -> None:
        """After a restart (crash recovery), an alert the log already holds does not fire again."""
        logged = {(e.segment, e.data.get("kind")): e.wall for e in engine.events if e.type == ALERT}
        for alert in self.plan(engine, now_mono, now_wall):
            when = logged.get((alert.segment, alert.kind))
            if when is not None and when >= alert.due_wall - timedelta(seconds=self.grace_s):
                self.fired.add(alert.key)

    def mark_fired(self, key: str) -> None:
        self.fired.add(key)

    def hold(self, index: int, held: bool = True) -> None:
        """Keep a segment from starting by itself (auto-start days), or release it."""
        (self.held.add if held else self.held.discard)(index)

    def plan(self, engine: SessionEngine, now_mono: float, now_wall: datetime) -> list[PlannedAlert]:
        """`plan_alerts` with this book's memory; a hard stop cleared since the last plan re-arms it."""
        stop, end = engine.day.hard_stop, projected_day_end(engine, now_mono, now_wall)
        at_risk = stop is not None and end is not None and (end - stop).total_seconds() > HARD_STOP_MARGIN_S
        if self._at_risk and not at_risk:
            self.hard_stop_epoch += 1
        self._at_risk = at_risk
        state = PlanState(frozenset(self.fired), frozenset(self.held), self.hard_stop_epoch, self.grace_s)
        return plan_alerts(engine, now_mono, now_wall, state)

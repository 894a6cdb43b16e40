"""Alert rules: when the host is warned, as a pure plan over the engine's state and one clock reading.

`plan_alerts` answers "which alerts are still to come, and when by the wall clock?" for the state
the engine is in now. Nothing here waits or schedules: a scheduler re-plans after every engine
event and diffs the plans by `PlannedAlert.key`. Countdowns come from the monotonic clock, so
every due time is `now_wall + (seconds still to go)`: a pause, an added minute or a wall-clock
step simply gives a new plan. `runner.core.controller.LiveController` gives it what it must know
besides (alerts already in the log, held segments, the hard stop's crossings) and carries it out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo

from runner.core.durations import spoken_duration
from runner.core.engine import SessionEngine
from runner.core.events import AlertKind, AlertLevel
from runner.core.i18n import tr
from runner.core.projection import Projection, project
from runner.core.runs import SegmentRun

# Kinds and levels, as they appear in `alert` records of the event log.
WARNING, OVERTIME = AlertKind.WARNING, AlertKind.OVERTIME
INTERMISSION_ENDING, INTERMISSION_OVER = AlertKind.INTERMISSION_ENDING, AlertKind.INTERMISSION_OVER
HARD_STOP, START_REMINDER, AUTO_START = AlertKind.HARD_STOP, AlertKind.START_REMINDER, AlertKind.AUTO_START
SPEAKER_WARNING, SPEAKER_OVERTIME = AlertKind.SPEAKER_WARNING, AlertKind.SPEAKER_OVERTIME
INFO, WARN, DANGER = AlertLevel.INFO, AlertLevel.WARNING, AlertLevel.DANGER

# A wake-up from sleep must not replay every alert it slept through: only the newest one of a
# segment that is at most this late still fires.
GRACE_S = 5.0
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


def family_of(kind: AlertKind) -> str:
    """Alerts of one family and segment compete for the single late slot after a sleep."""
    return _FAMILY[kind]


@dataclass(frozen=True)
class PlannedAlert:
    """One alert (or auto-start job) still to come; `key` is stable across re-plans."""

    key: str
    due_wall: datetime
    kind: AlertKind
    level: AlertLevel
    message: str
    segment: int | None

    @property
    def chime(self) -> bool:
        return self.kind.chimes

    @property
    def family(self) -> str:
        return family_of(self.kind)


@dataclass(frozen=True)
class PlanState:
    """What a plan depends on besides the engine's segments (the controller derives it from the log)."""

    fired: frozenset[str] = frozenset()
    held: frozenset[int] = frozenset()
    hard_stop_epoch: int = 0
    grace_s: float = GRACE_S


@dataclass(frozen=True)
class _Ctx:
    engine: SessionEngine
    mono: float
    now: datetime  # UTC: adding seconds to a zoned datetime would ignore DST changes
    plan: Projection

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
    now = now_wall.astimezone(timezone.utc)
    ctx = _Ctx(engine, now_mono, now, project(engine, now_mono, now))
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
    starts = [a.due_wall for a in candidates if a.kind is AUTO_START]
    return [
        a
        for a in candidates
        if a.kind is not OVERTIME or all((when - a.due_wall).total_seconds() > 1.0 for when in starts)
    ]


def _drop_stale(candidates: list[PlannedAlert], now: datetime, state: PlanState) -> list[PlannedAlert]:
    kept: list[PlannedAlert] = []
    late: dict[tuple[int | None, str], PlannedAlert] = {}
    for alert in candidates:
        if alert.key in state.fired:
            continue
        lateness = (now - alert.due_wall).total_seconds()
        if lateness <= 0 or alert.kind is AUTO_START:  # a start is never stale: the day catches up
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
    offsets = run.alert_offsets()
    before, at_end = (INTERMISSION_ENDING, INTERMISSION_OVER) if segment.is_pause else (WARNING, OVERTIME)
    alerts = [_segment_alert(ctx, run, before, offset, end) for offset in offsets if 0 < offset < run.allowed]
    alerts.append(_segment_alert(ctx, run, at_end, 0.0, end))
    return alerts


def _segment_alert(ctx: _Ctx, run: SegmentRun, kind: AlertKind, offset: float, end: datetime) -> PlannedAlert:
    title, index = run.segment.title, run.segment.index
    # "We resume" when the next segment is projected to start: the screens' "Next ≈" says the same.
    resume = ctx.clock(ctx.plan.next_start or end)
    left, ends = spoken(offset), ctx.clock(end)
    messages = {
        WARNING: (WARN, tr("{title}: {span} left, ends at {time}", title=title, span=left, time=ends)),
        OVERTIME: (DANGER, tr("{title} is over time (planned end {time})", title=title, time=ends)),
        INTERMISSION_ENDING: (
            INFO,
            tr("{title} ends in {span}, we resume at {time}", title=title, span=left, time=resume),
        ),
        INTERMISSION_OVER: (WARN, tr("{title} is over: we resume at {time}", title=title, time=resume)),
    }
    level, message = messages[kind]
    return PlannedAlert(f"{index}:{kind}:{offset:g}", end - timedelta(seconds=offset), kind, level, message, index)


# -- speakers ----------------------------------------------------------------------------------
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
            tr("{name}: {span} left", name=name, span=spoken(cue)),
            index,
        ),
        PlannedAlert(
            f"{index}:{SPEAKER_OVERTIME}:{tag}",
            ctx.at(left),
            SPEAKER_OVERTIME,
            WARN,
            tr("{name} has reached the {span} limit", name=name, span=spoken(limit)),
            index,
        ),
    ]


# -- the day's hard stop -----------------------------------------------------------------------
def hard_stop_past(plan: Projection) -> bool:
    """The projected end is past the hard stop by more than the margin (what the alert warns of)."""
    stop, end = plan.hard_stop, plan.day_end
    return stop is not None and end is not None and (end - stop).total_seconds() > HARD_STOP_MARGIN_S


def _hard_stop(ctx: _Ctx, epoch: int) -> list[PlannedAlert]:
    plan, stop = ctx.plan, ctx.engine.day.hard_stop
    if stop is None:
        return []
    key, stop_text = f"day:{HARD_STOP}:{epoch}", ctx.clock(stop)
    if hard_stop_past(plan):
        assert plan.day_end is not None
        over = spoken((plan.day_end - stop).total_seconds())
        message = tr(
            "Day projected to end at {time}, {span} past the {stop} hard stop",
            time=ctx.clock(plan.day_end),
            span=over,
            stop=stop_text,
        )
        return [PlannedAlert(key, ctx.now, HARD_STOP, DANGER, message, None)]
    if plan.cursor is None:
        return []
    cursor = plan.curve.cursor_for(stop + timedelta(seconds=HARD_STOP_MARGIN_S))
    if cursor is None:
        return []
    message = tr(
        "Day now projected {span} past the {stop} hard stop, and every further minute here adds to it",
        span=spoken(HARD_STOP_MARGIN_S),
        stop=stop_text,
    )
    return [PlannedAlert(key, plan.cursor_reaches(cursor), HARD_STOP, DANGER, message, None)]


# -- the next start: reminders and auto-start --------------------------------------------------
def _next_start(ctx: _Ctx, held: frozenset[int]) -> list[PlannedAlert]:
    engine, index = ctx.engine, ctx.plan.next
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
    target = _auto_start_target(ctx, held) if engine.day.auto_start else None
    if target is not None:
        start, due = target
        message = tr("{title} starts (auto-start)", title=engine.day.segments[start].title)
        alerts.append(PlannedAlert(f"{start}:{AUTO_START}:0", due, AUTO_START, INFO, message, start))
    return alerts


def _auto_start_target(ctx: _Ctx, held: frozenset[int]) -> tuple[int, datetime] | None:
    """The segment to start by the wall clock next, and when: the first one ahead at its printed
    start (not before the running one's time is up). When the app comes to it late (opened late,
    restarted after a crash, a sleep, a clock step), the last one whose printed time has come and
    not yet gone, so the day catches up with the room; its due time is then in the past, and the
    start says how late it is. Never past a held segment."""
    engine, run = ctx.engine, ctx.engine.current_run
    candidate = None
    for index in ctx.plan.ahead:
        segment = engine.day.segments[index]
        if index in held:
            break
        if segment.start > ctx.now:
            candidate = index if candidate is None else candidate
            break
        if segment.end > ctx.now:
            candidate = index
    if candidate is None:
        return None
    due = engine.day.segments[candidate].start.astimezone(timezone.utc)
    if run is not None:
        due = max(due, ctx.at(run.remaining(ctx.mono)))  # when the running one's time is up
    return candidate, due


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
        message = tr("{title} is due to start now ({time})", title=segment.title, time=when)
    elif auto:
        message = tr(
            "{title} starts automatically at {time}, in {span}", title=segment.title, time=when, span=spoken(offset)
        )
    else:
        message = tr(
            "{title} is due to start in {span}, at {time}", title=segment.title, time=when, span=spoken(offset)
        )
    due = segment.start.astimezone(timezone.utc) - timedelta(seconds=offset)
    return PlannedAlert(f"{index}:{START_REMINDER}:{offset:g}", due, START_REMINDER, INFO, message, index)


# -- words -------------------------------------------------------------------------------------
spoken = spoken_duration  # the alerts' name for the one spoken form of a span


def clock_words(when: datetime, zone: tzinfo) -> str:
    """'10:50' in the agenda's zone, or '10:50:08' when the time is not on a whole minute."""
    local = (when + timedelta(microseconds=500_000)).astimezone(zone).replace(microsecond=0)
    return local.strftime("%H:%M" if local.second == 0 else "%H:%M:%S")

"""Crash recovery: replay a log's events into a fresh engine so the day goes on where it was."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from runner.core.durations import spoken_duration
from runner.core.engine import SessionEngine
from runner.core.events import EngineEvent
from runner.core.timing_log import LoggedEvent

# What a damaged or hand-edited log can make the engine's fold raise (a segment index out of
# range, a missing detail): turned into one LogError by whoever knows the file's name.
REPLAY_ERRORS = (IndexError, KeyError, TypeError, ValueError, AttributeError)


def translate(
    logged: list[LoggedEvent], boot: str, now_mono: float, now_wall: datetime, zone: ZoneInfo | None = None
) -> list[EngineEvent]:
    """Events with their monotonic times moved into the domain of (`boot`, `now_mono`).

    Linux's CLOCK_MONOTONIC is system-wide, so times from this same boot are kept as they are;
    from another (or an unknown) boot they map through the wall clock, the only clock both share.
    """
    events = []
    for item in logged:
        event = item.event
        mono = event.mono
        if not boot or item.boot != boot:
            mono = now_mono - (now_wall - event.wall).total_seconds()
        wall = event.wall.astimezone(zone) if zone is not None else event.wall
        # Built directly: dataclasses.replace costs ~15 µs an event, 0.15 s of a 10,000-event report.
        unchanged = mono == event.mono and wall is event.wall
        events.append(event if unchanged else EngineEvent(event.type, event.segment, mono, wall, event.payload))
    return events


def replay_log(engine: SessionEngine, logged: list[LoggedEvent], boot: str) -> float | None:
    """Replay `logged` into a fresh `engine`; the seconds since the last event, or None if empty."""
    if not logged:
        return None
    now_mono, now_wall = engine.clock.monotonic(), engine.clock.now()
    events = translate(logged, boot, now_mono, now_wall, engine.zone)
    engine.replay(events)
    return max(0.0, now_mono - events[-1].mono)


def finish_recovery(engine: SessionEngine, down_s: float, replayed: int) -> str:
    """Record the `recover` event (the log must be attached) and return the host's notice."""
    if engine.finished:
        return f"This day's session is over; its log holds {replayed} events."
    engine.mark_recovered(round(down_s, 1), replayed)
    return recovery_notice(engine, down_s)


def recovery_notice(engine: SessionEngine, down_s: float) -> str:
    """One line for the host: what is running since when, and how long the app was away.

    The log knows only when its last action was written, not when the app died: the time away
    is an upper bound ('at most'), and exact only for an app that died right after an action."""
    away = f"app was down at most {spoken_duration(down_s)}"
    run = engine.current_run
    if run is None or run.start_event is None:
        return f"Recovered the timing log ({away}); no segment is running."
    since = run.start_event.wall.astimezone(engine.zone).strftime("%H:%M")
    paused = ", paused" if run.paused_since is not None else ""
    return f"Recovered: '{run.segment.title}' has been running since {since}{paused} ({away})."

"""How times read on screen: one set of rules shared by the host window and the chair view."""

from __future__ import annotations

import math
from datetime import date, datetime, tzinfo

from runner.core.durations import format_duration, format_minutes

# Within this many seconds of the plan the day counts as on time: a host cannot act on less.
ON_TIME_S = 60


def countdown_text(remaining_s: float) -> str:
    """'4:59', '1:02:03', or '+0:42' in overtime.

    Counting down shows the ceiling (a fresh 5-minute segment reads 5:00 and 0:00 comes exactly
    at the end); overtime counts up in whole seconds past the end.
    """
    if remaining_s >= 0:
        return format_duration(math.ceil(remaining_s - 1e-9))
    return "+" + format_duration(math.floor(-remaining_s + 1e-9))


def clock_text(when: datetime | None, zone: tzinfo | None = None, seconds: bool = False) -> str:
    """'09:52' (or '09:52:07') in `zone`, or the time's own zone; a dash when unknown."""
    if when is None:
        return "–"
    local = when.astimezone(zone) if zone is not None else when
    return local.strftime("%H:%M:%S" if seconds else "%H:%M")


def length_text(seconds: float | None) -> str:
    """A span such as '20:00' or '1:05:00'; empty when unknown."""
    return "" if seconds is None else format_duration(round(seconds))


def offset_text(offset_s: float) -> str:
    """'7 min behind', '2 min ahead' or 'on time' (positive offsets are behind the plan)."""
    if abs(offset_s) < ON_TIME_S:
        return "on time"
    return f"{format_minutes(offset_s)} {'behind' if offset_s > 0 else 'ahead'}"


def zone_label(when: datetime) -> str:
    """The zone's short name at that moment, e.g. 'EDT'."""
    return when.tzname() or ""


def projection_text(projected_end: datetime | None, hard_stop: datetime | None, at_risk: bool) -> str:
    """'Ends ≈ 12:07 · hard stop 12:00 at risk' (or just the projected end)."""
    if projected_end is None:
        return ""
    text = f"Ends ≈ {clock_text(projected_end)}"
    if hard_stop is not None:
        text += f" · hard stop {clock_text(hard_stop)}" + (" AT RISK" if at_risk else "")
    return text


def day_title(title: str, when: date) -> str:
    """'Dialogue on Implementation of the Roadmap — Fri 12 June 2020'."""
    return f"{title} — {when:%a} {when.day} {when:%B %Y}"

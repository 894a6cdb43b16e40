"""Parsing and formatting of the agenda's durations and clock times."""

from __future__ import annotations

import functools
import re
from datetime import time, timedelta

from runner.core.i18n import tr

_UNIT_RE = re.compile(r"^(?:(?P<h>\d+(?:\.\d+)?)h)?\s*(?:(?P<m>\d+(?:\.\d+)?)m(?:in)?)?\s*(?:(?P<s>\d+(?:\.\d+)?)s)?$")
_COLON_RE = re.compile(r"^(?P<a>\d+):(?P<b>[0-5]\d)(?::(?P<c>[0-5]\d))?$")
_NUMBER_RE = re.compile(r"^\d+(?:\.\d+)?$")
_CLOCK_RE = re.compile(r"^(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?$")
# An agenda's day that runs past midnight writes "24:15" .. "47:59" (00:15 .. 23:59 of the next date).
_LATE_CLOCK_RE = re.compile(r"^(?P<h>2[4-9]|3\d|4[0-7]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?$")

DURATION_FORMS = "90s, 10m, 1h10m, 1:30:00, or a plain number of minutes"
# Longer than any day; also keeps datetime arithmetic far from overflowing on absurd input.
MAX_DURATION = timedelta(days=1)


def parse_duration(text: str) -> timedelta:
    """Parse '90s', '10m', '1h10m', '1:30:00', '10:00' (mm:ss is not used: h:mm) or '10' (minutes).

    Raises ValueError with a message a host can act on.
    """
    value = _parse_duration(text)
    if value > MAX_DURATION:
        raise ValueError(f"'{text}' is longer than a day")
    return value


def parse_length(text: str) -> timedelta:
    """As parse_duration, of any length: an importer leaves out (and lists) what is over a day."""
    return _parse_duration(text)


@functools.lru_cache(maxsize=4096)  # an agenda repeats a few lengths: 60,000 segments parsed 0.7 s
def _parse_duration(text: str) -> timedelta:
    raw = text.strip().lower()
    if not raw:
        raise ValueError("empty duration")
    try:
        return _parse_duration_form(raw, text)
    except OverflowError:
        raise ValueError(f"'{text}' is longer than a day") from None


def _parse_duration_form(raw: str, text: str) -> timedelta:
    if _NUMBER_RE.match(raw):
        return timedelta(minutes=float(raw))
    colon = _COLON_RE.match(raw)
    if colon:
        hours, minutes, seconds = int(colon["a"]), int(colon["b"]), int(colon["c"] or 0)
        return timedelta(hours=hours, minutes=minutes, seconds=seconds)
    units = _UNIT_RE.match(raw)
    if units and any(units.group(k) for k in "hms"):
        return timedelta(hours=float(units["h"] or 0), minutes=float(units["m"] or 0), seconds=float(units["s"] or 0))
    raise ValueError(f"'{text}' is not a duration; write {DURATION_FORMS}")


def parse_clock(text: str) -> time:
    """Parse 'HH:MM' or 'HH:MM:SS' (24-hour) into a time of day."""
    match = _CLOCK_RE.match(text.strip())
    if not match:
        raise ValueError(f"'{text}' is not a time of day; write HH:MM or HH:MM:SS (24-hour)")
    return time(int(match["h"]), int(match["m"]), int(match["s"] or 0))


class NextDayTime(time):
    """A time of day on the calendar date after the agenda day's own ("24:15" is its 00:15)."""

    days = 1


@functools.lru_cache(maxsize=4096)
def parse_agenda_clock(text: str) -> time:
    """Parse an agenda's time: 'HH:MM[:SS]', or '24:00'..'47:59:59' for the next date (a `NextDayTime`)."""
    late = _LATE_CLOCK_RE.match(text.strip())
    if late:
        return NextDayTime(int(late["h"]) - 24, int(late["m"]), int(late["s"] or 0))
    try:
        return parse_clock(text)
    except ValueError:
        raise ValueError(
            f"'{text}' is not a time of day; write HH:MM or HH:MM:SS (24-hour; 24:00-47:59 past midnight)"
        ) from None


def format_duration(delta: timedelta | float) -> str:
    """'1:05:03', '5:03' or '0:07' for a span; negative spans get a leading minus."""
    seconds = delta.total_seconds() if isinstance(delta, timedelta) else float(delta)
    sign = "-" if seconds < 0 else ""
    whole = int(abs(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def spoken_duration(seconds: float) -> str:
    """A span as a host reads it aloud: '2 min', '30 s', '1 min 30 s', '1 h 5 min' (seconds only
    under an hour). The one spoken form: alerts, notices and the recovery line use it; clock faces
    use `format_duration`, and the written summary spells its numbers (`narrative.span`)."""
    whole = max(round(seconds), 0)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [
        tr("{count} h", count=hours) if hours else "",
        tr("{count} min", count=minutes) if minutes else "",
        tr("{count} s", count=secs) if secs and not hours else "",
    ]
    return " ".join(p for p in parts if p) or tr("{count} s", count=0)

"""Finding the IANA zone that a zone given only by its offsets (a custom TZID, a UTC offset) keeps."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

# icalendar's table of Windows' zones: the .ics reader loads icalendar anyway, and a schedule.xml
# pays for it only when one is read (the importers are a lazy seam: runner.io.importers.readers).
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON


@lru_cache(maxsize=1)
def _candidates() -> tuple[str, ...]:
    """Canonical zones first (those Windows' zones map to), then every other, in a stable order."""
    preferred = list(dict.fromkeys(str(z) for z in WINDOWS_TO_OLSON.values()))
    rest = sorted(available_timezones() - set(preferred))
    return tuple(z for z in [*preferred, *rest] if "/" in z and not z.startswith(("Etc/", "SystemV/")))


def _instants(year: int) -> list[datetime]:
    return [datetime(year, month, day, 12, tzinfo=timezone.utc) for month in range(1, 13) for day in (1, 15)]


def zone_matching(zone: tzinfo, year: int) -> str:
    """The first known zone whose UTC offsets agree with `zone` all through `year`, or ''."""
    instants = _instants(year)
    try:
        wanted = [moment.astimezone(zone).utcoffset() for moment in instants]
    except (ValueError, OverflowError):
        return ""
    for name in _candidates():
        candidate = ZoneInfo(name)
        if all(moment.astimezone(candidate).utcoffset() == offset for moment, offset in zip(instants, wanted)):
            return name
    return ""


def zone_for_offset(offset: timedelta) -> str:
    """A fixed UTC offset as a zone name that keeps it exactly: Etc/GMT-1 is UTC+01:00 (POSIX sign)."""
    minutes = round(offset.total_seconds() / 60)
    if minutes == 0:
        return "UTC"
    if minutes % 60 == 0 and -12 <= minutes // 60 <= 14:
        hours = minutes // 60
        return f"Etc/GMT{-hours:+d}"
    return ""

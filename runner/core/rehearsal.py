"""Running a day's programme on another date: a rehearsal, or a past agenda opened to try the app.

Planned times are absolute, so a day run far from its date would read "56,000 hours behind" and
warn about a hard stop years ago. Such a day is moved: by whole days when its times are still
ahead today (the printed times stay true), else so that it starts at the next whole minute.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from runner.core.agenda import Day
from runner.core.i18n import active_catalogue, tr

# A day opened within this of its own span is the real thing (early set-up, a late night).
WINDOW = timedelta(hours=12)


def rehearsal_shift(day: Day, now: datetime) -> timedelta:
    """How far (in wall-clock terms) to move the day's plan for a run starting at `now`."""
    if day.start - WINDOW <= now <= day.end + WINDOW:
        return timedelta(0)
    local_now = now.astimezone(ZoneInfo(day.timezone))
    whole_days = timedelta(days=(local_now.date() - day.date).days)
    if day.start + whole_days >= local_now:
        return whole_days
    next_minute = (local_now + timedelta(minutes=1)).replace(second=0, microsecond=0)
    return next_minute.replace(tzinfo=None) - day.start.replace(tzinfo=None)


def rehearsal_notice(original: Day, shifted: Day) -> str:
    """One line for the host: which programme runs when."""
    if shifted is original:
        return ""
    return tr(
        "Rehearsal: the programme of {date} ({start}–{end}) runs today from {time}.",
        date=active_catalogue().long_date(original.date),
        start=f"{original.start:%H:%M}",
        end=f"{original.end:%H:%M}",
        time=f"{shifted.start:%H:%M}",
    )

"""iCalendar (.ics): timed events of one or more days, in the zone the calendar names.

The zone is --timezone, else the calendar's X-WR-TIMEZONE, else its TZIDs: an IANA name, a
Windows name, or a custom TZID whose VTIMEZONE keeps the offsets of a known zone over the year.
Recurring events are expanded (recurring-ical-events) for --date, else for the span of the
calendar's single events. All-day and cancelled events are reported and left out.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import recurring_ical_events
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from runner.core.i18n import tr
from runner.io.importers.model import DraftDay, DraftSegment, ImportFailed, ImportOptions, Programme, SourceProblem
from runner.io.importers.sources import decode
from runner.io.importers.timetext import DAY_SECONDS, kind_of
from runner.io.importers.zones import zone_matching

# An event that starts before this hour, close after the evening before, belongs to that day.
DAY_CHANGE_HOUR = 6
MAX_OCCURRENCES = 5_000


def read_ics(data: bytes, source: str, options: ImportOptions) -> Programme:
    text = decode(data, source)
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise ImportFailed.at(source, _line_of(text, exc), tr("not valid iCalendar: {why}", why=exc)) from None
    if not isinstance(calendar, icalendar.Calendar):
        raise ImportFailed.at(source, 1, tr("not an iCalendar file (no VCALENDAR)"))
    programme = Programme(days=[], title=str(calendar.get("X-WR-CALNAME") or ""))
    zone_name, guess = _zone(calendar, options, source)
    programme.timezone, zone = zone_name, ZoneInfo(zone_name)
    if guess:
        programme.guesses["timezone"] = guess
    occurrences = _occurrences(calendar, options, zone, source, programme)
    _days(occurrences, zone, text, source, options, programme)
    return programme


def _line_of(text: str, exc: Exception) -> int:
    """The line holding the text the parser quotes in its message, else 1."""
    quoted = re.findall(r"'([^']{4,})'", str(exc))
    for piece in quoted:
        at = text.find(piece)
        if at >= 0:
            return text.count("\n", 0, at) + 1
    return 1


def _zone(calendar: Any, options: ImportOptions, source: str) -> tuple[str, str]:
    if options.timezone:
        return options.timezone, ""
    named = str(calendar.get("X-WR-TIMEZONE") or "")
    if named and _known(named):
        return named, ""
    for component in calendar.walk("VTIMEZONE"):
        tzid = str(component.get("TZID") or "")
        known = _known(tzid) or _windows(tzid)
        if known:
            return known, ""
        match = zone_matching(component.to_tz(), _year(calendar))
        if match:
            return match, tr("the calendar's zone '{tzid}' keeps the offsets of {zone}", tzid=tzid, zone=match)
    for event in calendar.walk("VEVENT"):
        start = event.get("DTSTART")
        tzid = str(start.params.get("TZID") or "") if start is not None else ""
        if tzid and (_known(tzid) or _windows(tzid)):
            return _known(tzid) or _windows(tzid), ""
    return "UTC", tr("the calendar gives UTC or floating times only; give --timezone")


def _known(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return ""
    return name


def _windows(name: str) -> str:
    return str(WINDOWS_TO_OLSON.get(name, ""))


def _year(calendar: Any) -> int:
    for event in calendar.walk("VEVENT"):
        value = event.decoded("DTSTART", None)
        if isinstance(value, date):
            return value.year
    return date.today().year


def _occurrences(calendar: Any, options: ImportOptions, zone: ZoneInfo, source: str, programme: Programme) -> list[Any]:
    first, last = _span(calendar, options, zone, programme)
    start = datetime.combine(first, time(0), zone)
    end = datetime.combine(last + timedelta(days=1), time(DAY_CHANGE_HOUR), zone)
    try:
        found = []
        for occurrence in recurring_ical_events.of(calendar).between(start, end):
            found.append(occurrence)
            if len(found) > MAX_OCCURRENCES:
                raise ImportFailed.at(source, 1, tr("more than {n} events in the dates asked", n=MAX_OCCURRENCES))
        return found
    except ImportFailed:
        raise
    except Exception as exc:  # the recurrence library raises its own types for a broken RRULE
        raise ImportFailed.at(source, 1, tr("cannot expand the calendar's recurrences: {why}", why=exc)) from None


def _span(calendar: Any, options: ImportOptions, zone: ZoneInfo, programme: Programme) -> tuple[date, date]:
    if options.date:
        return options.date, options.date
    single: list[date] = []
    repeating: list[date] = []
    for event in calendar.walk("VEVENT"):
        value = event.decoded("DTSTART", None)
        if not isinstance(value, date):
            continue
        when = _local(value, zone).date() if isinstance(value, datetime) else value
        (repeating if event.get("RRULE") or event.get("RDATE") else single).append(when)
    if single:
        return min(single), max(single)
    if repeating:
        programme.guesses["recurrence"] = tr("a recurring event: its first date; give --date for another")
        return min(repeating), min(repeating)
    return date.today(), date.today()


def _local(value: datetime, zone: tzinfo) -> datetime:
    return value.replace(tzinfo=zone) if value.tzinfo is None else value.astimezone(zone)


def _days(
    occurrences: list[Any], zone: ZoneInfo, text: str, source: str, options: ImportOptions, programme: Programme
) -> None:
    timed: list[tuple[datetime, datetime, Any]] = []
    for event in occurrences:
        where = _where(text, event)
        title = str(event.get("SUMMARY") or "")
        start = event.decoded("DTSTART", None)
        if str(event.get("STATUS") or "").upper() == "CANCELLED":
            programme.left_out.append(SourceProblem(source, where, tr("'{title}': cancelled", title=title)))
        elif not isinstance(start, datetime):
            programme.left_out.append(
                SourceProblem(source, where, tr("'{title}': an all-day event has no times", title=title))
            )
        elif options.room and str(event.get("LOCATION") or "") != options.room:
            continue
        else:
            timed.append((_local(start, zone), _local(_end(event, start), zone), event))
    timed.sort(key=lambda item: item[0])
    for start, end, event in timed:
        day = _day_for(programme, start)
        assert day.date is not None
        base = datetime.combine(day.date, time(0), zone)
        offset = round((start.replace(tzinfo=None) - base.replace(tzinfo=None)).total_seconds())
        length = round((end.astimezone(timezone.utc) - start.astimezone(timezone.utc)).total_seconds())
        title = str(event.get("SUMMARY") or "")
        segment = DraftSegment(
            title=title, start=offset, duration=length if length > 0 else None, where=_where(text, event)
        )
        segment.kind = kind_of(title)
        if segment.kind != "segment":
            segment.guesses["kind"] = tr("from the title")
        segment.notes = str(event.get("DESCRIPTION") or "")
        day.segments.append(segment)


def _end(event: Any, start: datetime) -> datetime:
    end = event.decoded("DTEND", None)
    if isinstance(end, datetime):
        return end
    duration = event.decoded("DURATION", None)
    return start + duration if isinstance(duration, timedelta) else start


def _day_for(programme: Programme, start: datetime) -> DraftDay:
    """The day an event belongs to: its date, or the evening before's when it starts in the small hours."""
    if programme.days:
        last = programme.days[-1]
        assert last.date is not None
        if start.date() == last.date:
            return last
        previous = last.segments[-1] if last.segments else None
        next_morning = start.hour < DAY_CHANGE_HOUR and start.date() == last.date + timedelta(days=1)
        if next_morning and previous is not None and previous.start is not None:
            evening_end = previous.start + (previous.duration or 0)
            if evening_end >= DAY_SECONDS - 3 * 3600:  # the evening ran to 21:00 or later
                return last
    programme.days.append(DraftDay(date=start.date()))
    return programme.days[-1]


def _where(text: str, event: Any) -> str:
    uid = str(event.get("UID") or "")
    at = text.find(f"UID:{uid}") if uid else -1
    return str(text.count("\n", 0, at) + 1) if at >= 0 else "1"

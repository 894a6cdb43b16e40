"""iCalendar (.ics): timed events of one or more days, in the zone the calendar names.

The zone is --timezone, else the calendar's X-WR-TIMEZONE, else its TZIDs: an IANA name, a
Windows name, or a custom TZID whose VTIMEZONE keeps the offsets of a known zone over the year.
Lines are unfolded as bytes before they are decoded (RFC 5545 folds octets, so a fold may split
a UTF-8 character). Recurring events are expanded (recurring-ical-events: RRULE, RDATE, EXDATE and
moved occurrences) for --date, else for the dates the calendar holds: its single events, moved
occurrences, RDATEs and every date of a series that ends. An event with no DTEND or DURATION is a
moment (RFC 5545: zero length), kept as a minute marked as guessed; all-day and cancelled events
are reported and left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from itertools import islice
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import recurring_ical_events
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from runner.core.i18n import tr, trn
from runner.io.importers.model import (
    DraftDay,
    DraftSegment,
    ImportFailed,
    ImportOptions,
    Programme,
    SourceProblem,
    listed,
)
from runner.io.importers.sources import decode
from runner.io.importers.timetext import DAY_SECONDS, kind_of
from runner.io.importers.zones import zone_matching

# An event that starts before this hour, close after the evening before, belongs to that day.
DAY_CHANGE_HOUR = 6
MAX_OCCURRENCES = 5_000
# What a moment (an event with no length) is kept as: the agenda holds no segment of zero length.
MOMENT_SECONDS = 60
_FOLD = re.compile(rb"\r?\n[ \t]")


def unfolded(data: bytes) -> bytes:
    """The calendar's bytes with every folded line joined (RFC 5545 3.1: CRLF and one blank)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data  # UTF-16: the text's own decoder sees its folds whole
    return _FOLD.sub(b"", data)


def read_ics(data: bytes, source: str, options: ImportOptions) -> Programme:
    text = decode(unfolded(data), source)
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise ImportFailed.at(source, _line_of(data, exc), tr("not valid iCalendar: {why}", why=exc)) from None
    if not isinstance(calendar, icalendar.Calendar):
        raise ImportFailed.at(source, 1, tr("not an iCalendar file (no VCALENDAR)"))
    programme = Programme(days=[], title=str(calendar.get("X-WR-CALNAME") or ""))
    zone_name, guess = _zone(calendar, options, source)
    programme.timezone, zone = zone_name, ZoneInfo(zone_name)
    if guess:
        programme.guesses["timezone"] = guess
    occurrences = _occurrences(calendar, options, zone, source, programme)
    _days(occurrences, zone, data, source, options, programme)
    return programme


def _line_of(data: bytes, exc: Exception) -> int:
    """The file's line holding the text the parser quotes in its message, else 1."""
    quoted = re.findall(r"'([^']{4,})'", str(exc))
    for piece in quoted:
        at = data.find(piece.encode("utf-8"))
        if at >= 0:
            return data.count(b"\n", 0, at) + 1
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
                raise ImportFailed.at(
                    source,
                    1,
                    tr(
                        "more than {n} events from {first} to {last}; choose one day with --date (the first: {first})",
                        n=MAX_OCCURRENCES,
                        first=first,
                        last=last,
                    ),
                )
    except ImportFailed:
        raise
    except Exception as exc:  # the recurrence library raises its own types for a broken RRULE
        raise ImportFailed.at(source, 1, tr("cannot expand the calendar's recurrences: {why}", why=exc)) from None
    # An event that began before the first day (a long one still running) belongs to no day asked.
    return [event for event in found if not _before(event, start)]


def _before(event: Any, start: datetime) -> bool:
    value = event.decoded("DTSTART", None)
    return isinstance(value, datetime) and _local(value, start.tzinfo or timezone.utc) < start


def _span(calendar: Any, options: ImportOptions, zone: ZoneInfo, programme: Programme) -> tuple[date, date]:
    """--date, else the first and last of the calendar's dates; an endless series alone: its first."""
    if options.date:
        return options.date, options.date
    dated: list[date] = []
    endless: list[date] = []
    for event in calendar.walk("VEVENT"):
        when = _date_of(event.decoded("DTSTART", None), zone)
        if when is None:
            continue
        rule = event.get("RRULE")
        if rule is None or event.get("RECURRENCE-ID") is not None:
            dated.append(when)
        elif _ends(rule):
            dated.extend(_series_dates(calendar, event, zone))
        else:
            endless.append(when)
        dated.extend(_rdates(event, zone))
    if dated:
        return min(dated), max(dated)
    if endless:
        programme.guesses["recurrence"] = tr("a recurring event: its first date; give --date for another")
        return min(endless), min(endless)
    return date.today(), date.today()


def _date_of(value: object, zone: tzinfo) -> date | None:
    if isinstance(value, datetime):
        return _local(value, zone).date()
    return value if isinstance(value, date) else None


def _ends(rule: Any) -> bool:
    rules = rule if isinstance(rule, list) else [rule]
    return all("COUNT" in one or "UNTIL" in one for one in rules)


def _series_dates(calendar: Any, event: Any, zone: tzinfo) -> Iterator[date]:
    """The first and last date of a series that ends (COUNT or UNTIL), moved and removed ones counted."""
    alone = icalendar.Calendar()
    for component in calendar.walk("VTIMEZONE"):
        alone.add_component(component)
    alone.add_component(event)
    dates = [
        when
        for occurrence in islice(recurring_ical_events.of(alone).all(), MAX_OCCURRENCES)
        if (when := _date_of(occurrence.decoded("DTSTART", None), zone)) is not None
    ]
    if dates:
        yield from (dates[0], dates[-1])


def _rdates(event: Any, zone: tzinfo) -> Iterator[date]:
    listed = event.get("RDATE") or []
    for dates in listed if isinstance(listed, list) else [listed]:
        for value in getattr(dates, "dts", ()):
            moment = value.dt[0] if isinstance(value.dt, tuple) else value.dt  # a PERIOD: its start
            when = _date_of(moment, zone)
            if when is not None:
                yield when


def _local(value: datetime, zone: tzinfo) -> datetime:
    return value.replace(tzinfo=zone) if value.tzinfo is None else value.astimezone(zone)


def _days(
    occurrences: list[Any], zone: ZoneInfo, data: bytes, source: str, options: ImportOptions, programme: Programme
) -> None:
    timed: list[tuple[datetime, datetime, Any]] = []
    rooms = {_room(event) for event in occurrences} - {""}
    if options.room and options.room not in rooms:
        raise ImportFailed.at(
            source, 1, tr("no room '{room}'; the rooms are: {rooms}", room=options.room, rooms=listed(sorted(rooms)))
        )
    elsewhere = 0
    for event in occurrences:
        where = _where(data, event)
        title = str(event.get("SUMMARY") or "")
        start = event.decoded("DTSTART", None)
        if str(event.get("STATUS") or "").upper() == "CANCELLED":
            programme.left_out.append(SourceProblem(source, where, tr("'{title}': cancelled", title=title)))
        elif not isinstance(start, datetime):
            programme.left_out.append(
                SourceProblem(source, where, tr("'{title}': an all-day event has no times", title=title))
            )
        elif options.room and _room(event) != options.room:
            elsewhere += 1
        elif (end := _end(event, start)) < start:
            programme.left_out.append(SourceProblem(source, where, tr("'{title}': ends before it starts", title=title)))
        else:
            timed.append((_local(start, zone), _local(end, zone), event))
    if elsewhere:
        programme.left_out.append(
            SourceProblem(source, "1", trn("{count} event in other rooms", "{count} events in other rooms", elsewhere))
        )
    timed.sort(key=lambda item: item[0])
    for start, end, event in timed:
        day = _day_for(programme, start)
        assert day.date is not None
        base = datetime.combine(day.date, time(0), zone)
        offset = round((start.replace(tzinfo=None) - base.replace(tzinfo=None)).total_seconds())
        length = round((end.astimezone(timezone.utc) - start.astimezone(timezone.utc)).total_seconds())
        title = str(event.get("SUMMARY") or "")
        segment = DraftSegment(title=title, start=offset, duration=length, where=_where(data, event))
        segment.room = _room(event)
        segment.kind = kind_of(title)
        if segment.kind != "segment":
            segment.guesses["kind"] = tr("from the title")
        segment.notes = str(event.get("DESCRIPTION") or "")
        day.segments.append(segment)
    for day in programme.days:
        _moments(day)


def _moments(day: DraftDay) -> None:
    """An event of no length (RFC 5545: DTSTART alone) is a moment: kept as a minute, or up to the next."""
    for i, segment in enumerate(day.segments):
        if segment.duration:
            continue
        following = day.segments[i + 1].start if i + 1 < len(day.segments) else None
        room = MOMENT_SECONDS
        if following is not None and segment.start is not None and following > segment.start:
            room = min(room, following - segment.start)
        segment.duration = room
        segment.guesses["duration"] = tr("the calendar gives it no end (a moment); give its length")


def _room(event: Any) -> str:
    return " ".join(str(event.get("LOCATION") or "").split())


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


def _where(data: bytes, event: Any) -> str:
    """The file's line of the event's UID (the text was unfolded; the file's lines are counted)."""
    uid = str(event.get("UID") or "").encode("utf-8")
    at = data.find(b"UID:" + uid) if uid else -1
    return str(data.count(b"\n", 0, at) + 1) if at >= 0 else "1"

"""iCalendar (.ics): timed events of one or more days, in the zone the calendar names.

The zone is --timezone, else the calendar's X-WR-TIMEZONE, else its TZIDs: an IANA name, a
Windows name, one that ends a globally unique TZID ("/ics.py/2020.1/Europe/Stockholm") or that
its VTIMEZONE's X-LIC-LOCATION gives, or a custom TZID whose VTIMEZONE keeps the offsets of a
known zone over the year.
Lines are unfolded as bytes before they are decoded (RFC 5545 folds octets, so a fold may split
a UTF-8 character). Recurring events are expanded (recurring-ical-events: RRULE, RDATE, EXDATE and
moved occurrences) for --date, else for the dates the calendar holds: its single events, moved
occurrences, RDATEs and every date of a series that ends. An event with no DTEND or DURATION is a
moment (RFC 5545: zero length), kept as a minute marked as guessed; all-day and cancelled events
are reported and left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from itertools import islice
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import recurring_ical_events
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from runner.core.i18n import tr, trn
from runner.io.importers.ics_file import CalendarFile
from runner.io.importers.markup import plain_description
from runner.io.importers.model import (
    DraftDay,
    DraftSegment,
    ImportFailed,
    ImportOptions,
    Programme,
    SourceProblem,
    listed,
)
from runner.io.importers.timetext import DAY_SECONDS, kind_of
from runner.io.importers.zones import zone_matching

# An event that starts before this hour, close after the evening before, belongs to that day.
DAY_CHANGE_HOUR = 6
MAX_OCCURRENCES = 5_000
# What a moment (an event with no length) is kept as: the agenda holds no segment of zero length.
MOMENT_SECONDS = 60


def read_ics(data: bytes, source: str, options: ImportOptions) -> Programme:
    file = CalendarFile(data, source)
    calendar = file.calendar
    programme = Programme(days=[], title=str(calendar.get("X-WR-CALNAME") or ""), left_out=file.left_out)
    zone_name, guess = _zone(calendar, options, source)
    programme.timezone, zone = zone_name, ZoneInfo(zone_name)
    if guess:
        programme.guesses["timezone"] = guess
    if file.shared_uids:
        programme.guesses["uid"] = tr(
            "{n} events share a UID and a SEQUENCE: each is kept as an event of its own", n=file.shared_uids
        )
    occurrences = _occurrences(calendar, options, zone, source, programme)
    _days(occurrences, zone, file, options, programme)
    return programme


def _zone(calendar: Any, options: ImportOptions, source: str) -> tuple[str, str]:
    if options.timezone:
        return options.timezone, ""
    named = str(calendar.get("X-WR-TIMEZONE") or "")
    if named and _known(named):
        return named, ""
    for component in calendar.walk("VTIMEZONE"):
        tzid = str(component.get("TZID") or "")
        known = _named(tzid) or _known(str(component.get("X-LIC-LOCATION") or ""))  # libical's own name
        if known:
            return known, ""
        match = zone_matching(component.to_tz(), _year(calendar))
        if match:
            return match, tr("the calendar's zone '{tzid}' keeps the offsets of {zone}", tzid=tzid, zone=match)
    for event in calendar.walk("VEVENT"):
        start = event.get("DTSTART")
        tzid = str(start.params.get("TZID") or "") if start is not None else ""
        if tzid and _named(tzid):
            return _named(tzid), ""
    return "UTC", tr("the calendar gives UTC or floating times only; give --timezone")


def _named(tzid: str) -> str:
    """The IANA zone a TZID names: itself, a Windows zone's, or the one that ends a globally unique
    TZID (RFC 5545 3.2.19: a leading "/", as in "/mozilla.org/20050126_1/Europe/Berlin")."""
    if not tzid.startswith("/"):
        return _known(tzid) or _windows(tzid)
    parts = tzid.split("/")
    return next((zone for n in (3, 2) if (zone := _known("/".join(parts[-n:])))), "")


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
    occurrences: list[Any], zone: ZoneInfo, file: CalendarFile, options: ImportOptions, programme: Programme
) -> None:
    rooms_of = _rooms_of(occurrences)
    timed = _timed(occurrences, rooms_of, zone, file, options, programme)
    for start, end, event in sorted(timed, key=lambda item: item[0]):
        day = _day_for(programme, start)
        assert day.date is not None
        base = datetime.combine(day.date, time(0), zone)
        offset = round((start.replace(tzinfo=None) - base.replace(tzinfo=None)).total_seconds())
        length = round((end.astimezone(timezone.utc) - start.astimezone(timezone.utc)).total_seconds())
        title = str(event.get("SUMMARY") or "")
        segment = DraftSegment(title=title, start=offset, duration=length, where=file.where(event))
        segment.room = options.room or rooms_of.get(_room(event), ("",))[0]
        segment.kind = kind_of(title)
        if segment.kind != "segment":
            segment.guesses["kind"] = tr("from the title")
        segment.notes = plain_description(str(event.get("DESCRIPTION") or ""))
        day.segments.append(segment)
    for day in programme.days:
        _moments(day)


def _timed(
    occurrences: list[Any],
    rooms_of: dict[str, tuple[str, ...]],
    zone: ZoneInfo,
    file: CalendarFile,
    options: ImportOptions,
    programme: Programme,
) -> Iterator[tuple[datetime, datetime, Any]]:
    """The timed events of the room asked, in local time; the rest listed as left out, one line each
    (the other rooms' events counted on one)."""
    rooms = {room for names in rooms_of.values() for room in names}
    if options.room and options.room not in rooms:
        raise ImportFailed.at(
            file.source,
            1,
            tr("no room '{room}'; the rooms are: {rooms}", room=options.room, rooms=listed(sorted(rooms))),
        )
    elsewhere = 0
    for event in occurrences:
        title = str(event.get("SUMMARY") or "")
        start = event.decoded("DTSTART", None)
        why = ""
        if str(event.get("STATUS") or "").upper() == "CANCELLED":
            why = tr("'{title}': cancelled", title=title)
        elif not isinstance(start, datetime):
            why = tr("'{title}': an all-day event has no times", title=title)
        elif options.room and options.room not in rooms_of.get(_room(event), ()):
            elsewhere += 1
        elif (end := _end(event, start)) < start:
            why = tr("'{title}': ends before it starts", title=title)
        else:
            yield _local(start, zone), _local(end, zone), event
        if why:
            programme.left_out.append(SourceProblem(file.source, file.where(event), why))
    if elsewhere:
        said = trn("{count} event in other rooms", "{count} events in other rooms", elsewhere)
        programme.left_out.append(SourceProblem(file.source, "1", said))


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


def _rooms_of(occurrences: list[Any]) -> dict[str, tuple[str, ...]]:
    """Each LOCATION as the rooms it names: itself, or each room of a list of the calendar's other
    LOCATIONs ("Hall C, Ballroom A, Room 301": a break held in all of them at once, as PyCon's is)."""
    locations = {_room(event) for event in occurrences} - {""}
    rooms_of = {}
    for location in locations:
        parts = tuple(part.strip() for part in location.split(","))
        rooms_of[location] = parts if len(parts) > 1 and set(parts) <= locations else (location,)
    return rooms_of


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

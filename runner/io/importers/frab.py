"""A frab / pretalx schedule, `schedule.xml` or `schedule.json`: days of rooms of events.

The XML is parsed with defusedxml, which refuses entity declarations (billion laughs) and
external entities before expanding anything; the JSON (the same schedule, which pretalx links
first) is read into the same element tree, so both go through one reader. An event's own
`<date>` (ISO 8601 with its offset) decides its day and time, whatever `<day date>` it is listed
under (wafer lists events under other days); a talk in the small hours after an evening stays on
its conference day and is written as "24:30". Without a `<date>`, the day's date and `<start>`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from typing import Any
from xml.etree.ElementTree import ParseError
from zoneinfo import ZoneInfo

import defusedxml.ElementTree as safe_tree
from defusedxml import DefusedXmlException

from runner.core.i18n import tr
from runner.io.importers.clashes import length_over_a_day
from runner.io.importers.markup import without_markup
from runner.io.importers.model import DraftDay, DraftSegment, ImportFailed, ImportOptions, Programme, listed
from runner.io.importers.timetext import DAY_SECONDS, kind_of, table_duration
from runner.io.importers.zones import zone_for_offset, zone_matching

_EVENT_TAG_RE = re.compile(rb"<event[\s>/]")
# An event before this hour on the date after the day it is listed under belongs to that day.
DAY_CHANGE_HOUR = 6


def read_frab(data: bytes, source: str, options: ImportOptions) -> Programme:
    root = _parse(data, source)
    if root.tag != "schedule":
        raise ImportFailed.at(source, 1, tr("not a frab/pretalx schedule (its root is <{tag}>)", tag=root.tag))
    lines = [data.count(b"\n", 0, m.start()) + 1 for m in _EVENT_TAG_RE.finditer(data)]
    line_of = {id(event): str(line) for event, line in zip(root.iter("event"), lines)}
    return read_schedule_tree(root, line_of, source, options)


def read_schedule_tree(root: Any, line_of: dict[int, str], source: str, options: ImportOptions) -> Programme:
    """The programme of a schedule's element tree (from the XML, or built from the JSON)."""
    room = _room(root, options, source)
    conference = root.find("conference")
    programme = Programme(days=[], title=_text(conference, "title"))
    zone = _zone(root, conference, options, programme)
    days: dict[date, DraftDay] = {}
    for day in root.iter("day"):
        _day(day, room, zone, line_of, source, days)
    for draft in days.values():
        draft.segments.sort(key=lambda segment: segment.start or 0)
    programme.days = [days[when] for when in sorted(days)]
    return programme


def _parse(data: bytes, source: str) -> Any:
    try:
        return safe_tree.fromstring(data)
    except DefusedXmlException as exc:
        raise ImportFailed.at(
            source, 1, tr("refused: the XML declares entities or a DTD ({why})", why=type(exc).__name__)
        ) from None
    except ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else 1
        raise ImportFailed.at(source, line, tr("not well-formed XML: {why}", why=exc)) from None


def _text(element: Any, name: str) -> str:
    found = element.find(name) if element is not None else None
    return (found.text or "").strip() if found is not None else ""


def _room(root: Any, options: ImportOptions, source: str) -> str | None:
    rooms = sorted({name for day in root.iter("day") for name, _ in _room_events(day)} - {""})
    if options.room:
        if options.room not in rooms:
            raise ImportFailed.at(
                source, 1, tr("no room '{room}'; the rooms are: {rooms}", room=options.room, rooms=listed(rooms))
            )
        return options.room
    if len(rooms) > 1:
        raise ImportFailed.at(source, 1, tr("several rooms; choose one with --room: {rooms}", rooms=listed(rooms)))
    return rooms[0] if rooms else None


def _zone(root: Any, conference: Any, options: ImportOptions, programme: Programme) -> ZoneInfo | timezone:
    name = options.timezone or _text(conference, "time_zone_name")
    if name:
        try:
            programme.timezone = name
            return ZoneInfo(name)
        except (ValueError, OSError, KeyError):
            programme.timezone = ""
    stamp = next((_stamp(_text(event, "date")) for event in root.iter("event") if _text(event, "date")), None)
    if stamp is not None and stamp.utcoffset() is not None:
        offset = stamp.utcoffset()
        assert offset is not None
        exact = zone_for_offset(offset)
        programme.timezone = exact or zone_matching(timezone(offset), stamp.year)
        if programme.timezone:
            programme.guesses["timezone"] = tr(
                "the schedule gives only the UTC offset {offset}", offset=stamp.strftime("%z")
            )
            return ZoneInfo(programme.timezone)
    return ZoneInfo("UTC")


def _stamp(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def _day(
    day: Any,
    room: str | None,
    zone: ZoneInfo | timezone,
    line_of: dict[int, str],
    source: str,
    days: dict[date, DraftDay],
) -> None:
    listed = _date(day.get("date") or "")
    if listed is None:
        raise ImportFailed.at(source, 1, tr("a <day> without a date='YYYY-MM-DD'"))
    index = day.get("index")
    if listed not in days:
        days[listed] = DraftDay(date=listed, title=tr("Day {n}", n=index) if index else "")
    for name, event in _room_events(day):
        if room is not None and name != room:
            continue
        where = line_of.get(id(event), "1")
        when, start = _when(event, listed, zone, where, source)
        if when not in days:
            days[when] = DraftDay(date=when)
        days[when].segments.append(_event(event, start, where, source))


def _room_events(day: Any) -> Iterator[tuple[str, Any]]:
    """A day's events, each with its room: the <room name> it is listed in, else the room its own
    <room> names (Pentabarf's older export, FOSDEM 2010's, lists events straight under <day>)."""
    for child in day:
        if child.tag == "room":
            for event in child.iter("event"):
                yield child.get("name") or _text(event, "room"), event
        elif child.tag == "event":
            yield _text(child, "room"), child


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def _event(event: Any, start: int, where: str, source: str) -> DraftSegment:
    title = _text(event, "title")
    length = table_duration(_text(event, "duration"))
    if length is None:
        length = length_over_a_day(_text(event, "duration"))  # left out (and listed) on finishing
    if length is None:
        raise ImportFailed.at(
            source, where, tr("'{title}': '{value}' is not a duration", title=title, value=_text(event, "duration"))
        )
    segment = DraftSegment(title=title, start=start, duration=length or None, where=where)
    segment.kind = "break" if _text(event, "type").lower() in ("break", "pause") else kind_of(title)
    segment.group = _text(event, "track")
    segment.speakers = [(p.text or "").strip() for p in event.iter("person") if (p.text or "").strip()]
    parts = [_text(event, "subtitle"), without_markup(_text(event, "abstract") or _text(event, "description"))]
    segment.notes = "\n".join(part for part in parts if part)
    return segment


def _when(event: Any, listed: date, zone: ZoneInfo | timezone, where: str, source: str) -> tuple[date, int]:
    """The event's day and its seconds from that day's midnight: its own timestamp decides."""
    stamp = _stamp(_text(event, "date"))
    if stamp is not None:
        local = stamp.astimezone(zone) if stamp.tzinfo else stamp.replace(tzinfo=zone)
        when = local.date()
        seconds = local.hour * 3600 + local.minute * 60 + local.second
        if when == listed + timedelta(days=1) and local.hour < DAY_CHANGE_HOUR:
            return listed, seconds + DAY_SECONDS  # the night after the listed day stays on it: "24:30"
        return when, seconds
    match = re.fullmatch(r"(\d{1,2}):([0-5]\d)", _text(event, "start"))
    if not match:
        raise ImportFailed.at(source, where, tr("'{value}' is not a start time (HH:MM)", value=_text(event, "start")))
    return listed, int(match[1]) * 3600 + int(match[2]) * 60

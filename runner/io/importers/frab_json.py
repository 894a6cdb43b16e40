"""A frab / pretalx `schedule.json` (the export pretalx links first), read as its `schedule.xml`.

The JSON holds the same schedule as the XML (c3voc's schema: `schedule.conference.days[].rooms`
maps a room's name to its events; its version 2, the CCC hub's, lists `schedule.events` with
their own start, end and room instead); it is rebuilt as the XML's element tree and read by the
one frab reader, so both exports give the same agenda. An event's line is where its `guid` (else its
`id`) stands in the file, since json.loads keeps no positions.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from xml.etree.ElementTree import Element, SubElement

from runner.core.i18n import tr
from runner.io.importers.frab import read_schedule_tree
from runner.io.importers.model import ImportFailed, ImportOptions, Programme

_CONFERENCE_KEYS = ("acronym", "title", "start", "end", "time_zone_name", "timeslot_duration")
_EVENT_KEYS = ("date", "start", "duration", "room", "title", "subtitle", "track", "type", "abstract", "description")


def is_frab_json(project: object) -> bool:
    """Whether a loaded JSON document is a frab/pretalx schedule (not an Ontime project)."""
    schedule = project.get("schedule") if isinstance(project, dict) else None
    return isinstance(schedule, dict) and isinstance(schedule.get("conference"), dict)


def read_frab_json(project: dict[str, Any], text: str, source: str, options: ImportOptions) -> Programme:
    conference = project["schedule"]["conference"]
    root = Element("schedule")
    head = SubElement(root, "conference")
    for key in _CONFERENCE_KEYS:
        _leaf(head, key, conference.get(key))
    line_of: dict[int, str] = {}
    days = conference.get("days")
    if not isinstance(days, list):
        raise ImportFailed.at(source, 1, tr("a schedule.json without a list of 'days'"))
    listed = project["schedule"].get("events")
    for day in days:
        if not isinstance(day, dict):
            continue
        node = SubElement(root, "day", date=str(day.get("date") or ""), index=str(day.get("index") or ""))
        rooms = day.get("rooms")
        for name, events in rooms.items() if isinstance(rooms, dict) else ():
            room = SubElement(node, "room", name=str(name))
            for event in events if isinstance(events, list) else ():
                if isinstance(event, dict):
                    line_of[id(_event(room, event))] = _line(text, event)
        if isinstance(listed, list) and not rooms:
            for event in _on_day(listed, day):
                room = _room_node(node, event)
                line_of[id(_event(room, _as_version_1(event)))] = _line(text, event)
    return read_schedule_tree(root, line_of, source, options)


def _on_day(events: list[Any], day: dict[str, Any]) -> list[dict[str, Any]]:
    """Version 2's events that start within a day's own start and end (a night stays on its day)."""
    start, end = _moment(day.get("start")), _moment(day.get("end"))
    if start is None or end is None:
        return [e for e in events if isinstance(e, dict) and str(e.get("start") or "")[:10] == day.get("date")]
    return [e for e in events if isinstance(e, dict) and (at := _moment(e.get("start"))) and start <= at < end]


def _moment(value: object) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _room_node(day: Element, event: dict[str, Any]) -> Element:
    room = event.get("room")
    name = str(room.get("name") or "") if isinstance(room, dict) else str(room or "")
    found = next((node for node in day.iter("room") if node.get("name") == name), None)
    return found if found is not None else SubElement(day, "room", name=name)


def _as_version_1(event: dict[str, Any]) -> dict[str, Any]:
    """A version 2 event with version 1's keys: its start as `date`, its length as `duration`."""
    start, end = _moment(event.get("start")), _moment(event.get("end"))
    shaped = dict(event, date=event.get("start"), start=None)
    if start is not None and end is not None:
        minutes = round((end - start).total_seconds() / 60)
        shaped["duration"] = f"{minutes // 60}:{minutes % 60:02d}"
    track = event.get("track")
    shaped["track"] = (track.get("name") or track.get("slug")) if isinstance(track, dict) else track
    people = event.get("participants") or event.get("persons") or ()
    shaped["persons"] = [p for p in people if not isinstance(p, dict) or p.get("role", "SPEAKER") == "SPEAKER"]
    return shaped


def _event(room: Element, event: dict[str, Any]) -> Element:
    node = SubElement(room, "event")
    for key in _EVENT_KEYS:
        _leaf(node, key, event.get(key))
    persons = SubElement(node, "persons")
    for person in event.get("persons") or ():
        name = person.get("public_name") or person.get("name") if isinstance(person, dict) else person
        if isinstance(name, str):
            SubElement(persons, "person").text = name
    return node


def _leaf(parent: Element, key: str, value: object) -> None:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        SubElement(parent, key).text = str(value)


def _line(text: str, event: dict[str, Any]) -> str:
    for key in ("guid", "id"):
        value = event.get(key)
        if isinstance(value, (str, int)):
            found = re.search(rf'"{key}"\s*:\s*"?{re.escape(str(value))}"?\s*[,}}]', text)
            if found:
                return str(text.count("\n", 0, found.start()) + 1)
    return "1"

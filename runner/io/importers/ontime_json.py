"""An Ontime project file: the events of its rundown, with groups, skip flags and times in ms.

Ontime 4 keeps `rundowns` (each with `order`, `flatOrder` and `entries` by id; groups list their
children and events name their `parent`); Ontime 2 and 3 keep one `rundown` list, where a `block`
entry heads the events after it; Ontime 1 calls that list `events`. Times are milliseconds from
midnight, `dayOffset` counts days. Milestones and events with no time become notes of the next
item, and an event out of running order is left out (runner.io.importers.ontime_rules).
"""

from __future__ import annotations

import json
import re
from typing import Any

from runner.core.i18n import tr
from runner.io.importers.frab_json import is_frab_json, read_frab_json
from runner.io.importers.model import DraftDay, DraftSegment, ImportFailed, ImportOptions, Programme, SourceProblem
from runner.io.importers.ontime_rules import Cues, in_running_order
from runner.io.importers.timetext import DAY_SECONDS, kind_of


def read_ontime_json(text: str, source: str, options: ImportOptions) -> Programme:
    try:
        project = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFailed.at(source, exc.lineno, tr("not valid JSON: {why}", why=exc.msg)) from None
    except RecursionError:
        raise ImportFailed.at(source, 1, tr("nested too deeply to be an Ontime project")) from None
    if is_frab_json(project):
        return read_frab_json(project, text, source, options)
    if not isinstance(project, dict) or not ("rundowns" in project or "rundown" in project or _ontime_1(project)):
        raise ImportFailed.at(source, 1, tr("not an Ontime project file (it has no 'rundown' or 'rundowns')"))
    reader = _Reader(text, source, project)
    entries = reader.entries()
    day = DraftDay(date=None)
    programme = Programme(days=[day], title=_title(project))
    for entry, group in entries:
        segment = reader.segment(entry, group, programme)
        if segment is not None:
            reader.cues.give(segment)
            day.segments.append(segment)
    if reader.problems:
        raise ImportFailed(reader.problems)
    reader.cues.end_of(day)
    in_running_order(day, programme, source)
    return programme


def _ontime_1(project: dict[str, Any]) -> bool:
    """Ontime 1's project: its `events` list beside the `event` block that names it."""
    return isinstance(project.get("events"), list) and isinstance(project.get("event"), dict)


def _title(project: dict[str, Any]) -> str:
    """The project's title: Ontime 3 and 4 keep it in `project`, 2.0 in `eventData`, 1 in `event`."""
    for key in ("project", "eventData", "event"):
        block = project.get(key)
        if isinstance(block, dict) and isinstance(block.get("title"), str):
            return block["title"]
    return ""


class _Reader:
    def __init__(self, text: str, source: str, project: dict[str, Any]) -> None:
        self.text, self.source, self.project = text, source, project
        self.problems: list[SourceProblem] = []
        self.previous_start: int | None = None
        self.cues = Cues()
        fields = project.get("customFields")
        self.labels = (
            {k: v.get("label", k) for k, v in fields.items() if isinstance(v, dict)} if isinstance(fields, dict) else {}
        )

    def where(self, entry: dict[str, Any]) -> str:
        """The line of the entry's id in the file (json.loads keeps no positions)."""
        identity = entry.get("id")
        if not isinstance(identity, str):
            return "1"
        found = re.search(r'"id"\s*:\s*' + re.escape(json.dumps(identity)), self.text)
        return str(self.text.count("\n", 0, found.start()) + 1) if found else "1"

    def entries(self) -> list[tuple[dict[str, Any], str]]:
        """Every entry in running order, each with the title of the group it sits in."""
        rundowns = self.project.get("rundowns")
        if isinstance(rundowns, dict):
            rundown = next((r for r in rundowns.values() if isinstance(r, dict)), None)
            if rundown is None:
                raise ImportFailed.at(self.source, 1, tr("the project's 'rundowns' holds no rundown"))
            return self._ontime4(rundown)
        listed = self.project.get("rundown", self.project.get("events"))
        if not isinstance(listed, list):
            raise ImportFailed.at(self.source, 1, tr("the project's 'rundown' is not a list of events"))
        found, group = [], ""
        for entry in listed:
            if isinstance(entry, dict) and entry.get("type") == "block":
                group = str(entry.get("title") or "")
            elif isinstance(entry, dict):
                found.append((entry, group))
        return found

    def _ontime4(self, rundown: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
        listed = rundown.get("entries")
        entries: dict[str, Any] = listed if isinstance(listed, dict) else {}
        order = rundown.get("flatOrder") or rundown.get("order") or list(entries)
        found = []
        for identity in order if isinstance(order, list) else []:
            entry = entries.get(identity) if isinstance(identity, str) else None
            if not isinstance(entry, dict) or entry.get("type") == "group":
                continue
            parent_id = entry.get("parent")
            parent = entries.get(parent_id) if isinstance(parent_id, str) else None
            found.append((entry, str(parent.get("title") or "") if isinstance(parent, dict) else ""))
        return found

    def segment(self, entry: dict[str, Any], group: str, programme: Programme) -> DraftSegment | None:
        kind, where = entry.get("type", "event"), self.where(entry)
        title = str(entry.get("title") or "")
        if kind == "milestone":
            self.cues.hold(title, self._ms(entry, "timeStart", where), self._notes(entry))
            return None
        if kind != "event":
            message = tr("a delay is a live change") if kind == "delay" else tr("an entry of type '{kind}'", kind=kind)
            programme.left_out.append(SourceProblem(self.source, where, f"'{title}': {message}" if title else message))
            return None
        if entry.get("skip") is True:
            programme.left_out.append(
                SourceProblem(self.source, where, tr("'{title}': skipped in the source", title=title))
            )
            return None
        start, duration = self._ms(entry, "timeStart", where), self._ms(entry, "duration", where)
        end = self._ms(entry, "timeEnd", where) if not duration else None
        if start is None and (not duration or not programme.days[0].segments):
            self._untimed(entry, title, where, duration, programme)
            return None
        if start is not None and isinstance(entry.get("dayOffset"), int):
            start += DAY_SECONDS * entry["dayOffset"]
        segment = DraftSegment(title=title, start=start, duration=duration or None, end=end, where=where, group=group)
        if start is None:
            segment.guesses["duration"] = tr("no start in the source: it follows the item before")
        else:
            self._past_midnight(segment, "dayOffset" in entry)
        segment.kind = kind_of(title)
        if segment.kind != "segment":
            segment.guesses["kind"] = tr("from the title")
        segment.notes = self._notes(entry)
        if isinstance(entry.get("presenter"), str) and entry["presenter"].strip():
            segment.speakers = [entry["presenter"]]  # Ontime 2's presenter field
        return segment

    def _untimed(
        self, entry: dict[str, Any], title: str, where: str, duration: int | None, programme: Programme
    ) -> None:
        """An event with no start: a note of the next item, or (with a length but nothing to follow) left out."""
        if not duration:
            self.cues.hold(title, None, self._notes(entry))
            return
        programme.left_out.append(
            SourceProblem(self.source, where, tr("'{title}': no start, and no item before it to follow", title=title))
        )

    def _ms(self, entry: dict[str, Any], key: str, where: str) -> int | None:
        value = entry.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < 2 * DAY_SECONDS * 1000:
            self.problems.append(
                SourceProblem(self.source, where, tr("'{key}' is not a time in ms: {value}", key=key, value=value))
            )
            return None
        return round(value / 1000)

    def _past_midnight(self, segment: DraftSegment, has_offset: bool) -> None:
        assert segment.start is not None
        if not has_offset and self.previous_start is not None and segment.start + 12 * 3600 < self.previous_start:
            segment.start += DAY_SECONDS
            segment.guesses["start"] = tr("earlier than the event before: after midnight")
        if segment.end is not None:  # timeEnd is a time of day: on the start's date, or the one after
            segment.end += (segment.start // DAY_SECONDS) * DAY_SECONDS
            if segment.end <= segment.start:
                segment.end += DAY_SECONDS
        self.previous_start = segment.start

    def _notes(self, entry: dict[str, Any]) -> str:
        lines = [str(entry.get("note") or ""), str(entry.get("subtitle") or "")]
        custom = entry.get("custom")
        if isinstance(custom, dict):
            lines += [f"{self.labels.get(k, k)}: {v}" for k, v in custom.items() if v not in (None, "")]
        return "\n".join(line for line in lines if line)

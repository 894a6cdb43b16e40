"""Validation: a located node tree (from any reader) becomes an `Agenda`, or every problem is reported."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from runner.core.agenda import Agenda, Day, Segment, SegmentKind, Speaker
from runner.core.durations import NextDayTime, parse_agenda_clock, parse_duration
from runner.core.errors import AgendaError, Problem
from runner.core.source import Mapping, Node, Scalar, Sequence

COMMON_KEYS = {"auto_start", "alerts", "speaker_limit"}
TOP_KEYS = {"title", "timezone", "days", "notes", "room"} | COMMON_KEYS
DAY_KEYS = {"date", "title", "chair", "end", "segments", "notes"} | COMMON_KEYS
SINGLE_DAY_TOP_KEYS = TOP_KEYS | DAY_KEYS - {"days"}
SEGMENT_KEYS = {
    "start",
    "end",
    "duration",
    "title",
    "kind",
    "group",
    "notes",
    "speaker",
    "speakers",
    "alerts",
    "speaker_limit",
    "fixed",
}
SPEAKER_KEYS = {"name", "limit"}
MIN_YEAR, MAX_YEAR = 1900, 2999


@dataclass
class _Defaults:
    """What a day inherits from the top level, and a segment from its day."""

    auto_start: bool = False
    alerts: tuple[timedelta, ...] | None = None
    speaker_limit: timedelta | None = None


@dataclass
class _Draft:
    """A segment whose times are not yet resolved."""

    node: Mapping
    title: str
    kind: SegmentKind
    start: time | None
    end: time | None
    duration: timedelta | None
    fields: dict[str, object] = field(default_factory=dict)


class _Checker:
    """Collects problems while walking the tree, so the host sees all of them at once."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def report(self, node: Node | Scalar, message: str, hint: str = "") -> None:
        self.problems.append(Problem(self.path, node.line, node.column, message, hint))

    def keys(self, mapping: Mapping, allowed: set[str], where: str) -> None:
        seen: set[str] = set()
        for key in mapping.keys():  # noqa: SIM118 - a located Mapping, not a dict: keys() gives the Scalars
            name = str(key.value)
            if name in seen:
                self.report(key, f"'{name}' appears twice in {where}")
            seen.add(name)
            if name not in allowed:
                close = difflib.get_close_matches(name, sorted(allowed), n=1, cutoff=0.6)
                hint = f"did you mean '{close[0]}'?" if close else "allowed: " + ", ".join(sorted(allowed))
                self.report(key, f"unknown key '{name}' in {where}", hint)

    def text(self, mapping: Mapping, key: str, required: bool = False) -> str:
        node = mapping.get(key)
        if node is None:
            if required:
                self.report(mapping, f"'{key}' is missing")
            return ""
        if not isinstance(node, Scalar) or node.value is None:
            self.report(node, f"'{key}' must be text")
            return ""
        text = node.text.strip()
        if len(text) > MAX_TEXT:
            # One unbroken 60,000-character word froze the window for 9 s laying it out.
            self.report(node, f"'{key}' is {len(text)} characters long", f"keep it under {MAX_TEXT}")
            return text[:MAX_TEXT]
        return text

    def mappings(self, parent: Mapping, key: str, missing_hint: str, empty: str, not_mapping: str) -> list[Mapping]:
        """The mappings listed under `key` (days, segments); every other shape is reported."""
        node = parent.get(key)
        if node is None:
            self.report(parent, f"'{key}' is missing", missing_hint)
            return []
        if not isinstance(node, Sequence) or not node.items:
            self.report(node, empty)
            return []
        for item in node.items:
            if not isinstance(item, Mapping):
                self.report(item, not_mapping)
        return [item for item in node.items if isinstance(item, Mapping)]

    def scalar(self, node: Node | None, what: str) -> Scalar | None:
        if node is None:
            return None
        if not isinstance(node, Scalar) or node.value is None:
            self.report(node, f"{what} must be a single value")
            return None
        return node

    def clock(self, mapping: Mapping, key: str) -> time | None:
        node = self.scalar(mapping.get(key), f"'{key}'")
        if node is None:
            return None
        # Read the characters as written: YAML 1.1 turns unquoted 10:00 into the number 600.
        try:
            return parse_agenda_clock(node.text)
        except ValueError as exc:
            self.report(node, str(exc))
            return None

    def duration(self, node: Node | None, what: str) -> timedelta | None:
        scalar = self.scalar(node, what)
        if scalar is None:
            return None
        try:
            value = parse_duration(scalar.text)
        except ValueError as exc:
            self.report(scalar, f"{what}: {exc}")
            return None
        if value <= timedelta(0):
            self.report(scalar, f"{what} must be longer than zero")
            return None
        return value

    def durations(self, node: Node | None, what: str) -> tuple[timedelta, ...] | None:
        if node is None:
            return None
        items = node.items if isinstance(node, Sequence) else (node,)
        found = (self.duration(item, what) for item in items)
        return tuple(sorted((d for d in found if d is not None), reverse=True))

    def flag(self, mapping: Mapping, key: str, default: bool) -> bool:
        node = mapping.get(key)
        if node is None:
            return default
        if not isinstance(node, Scalar) or not isinstance(node.value, bool):
            self.report(node, f"'{key}' must be true or false")
            return default
        return node.value


def build_agenda(root: Node, path: str, text_hash: str = "", data: bytes = b"") -> Agenda:
    """Validate a whole file's tree; raise `AgendaError` listing every problem found."""
    check = _Checker(path)
    if not isinstance(root, Mapping):
        raise AgendaError.single(
            path, root.line, root.column, "an agenda must be a mapping of keys (title, timezone, days)"
        )
    single_day = root.get("days") is None and root.get("segments") is not None
    check.keys(root, SINGLE_DAY_TOP_KEYS if single_day else TOP_KEYS, "the agenda")
    zone_name, zone = _zone(check, root)
    title = check.text(root, "title", required=True)
    defaults = _defaults(check, root, _Defaults())
    day_nodes = _day_nodes(check, root, single_day)
    built = [(node, _day(check, node, zone_name, zone, defaults, single_day)) for node in day_nodes]
    days = [day for _, day in built if day]
    _unique_dates(check, built)
    if check.problems:
        raise AgendaError(check.problems)
    return Agenda(
        title=title or (days[0].title if days else ""),
        timezone=zone_name,
        days=tuple(days),
        room=check.text(root, "room"),
        source=path,
        text_hash=text_hash,
        data=data,
    )


NOT_ZONES = {"localtime", "posixrules", "factory"}
LOCAL_HINT = "write the zone of the event's times, such as America/New_York or Europe/Paris"
# The longest title, note or name `check` accepts (what the screens lay out stays far under it).
MAX_TEXT = 2000


def _zone(check: _Checker, root: Mapping) -> tuple[str, ZoneInfo | None]:
    node = check.scalar(root.get("timezone"), "'timezone'")
    if node is None:
        if root.get("timezone") is None:
            check.report(root, "'timezone' is missing", "an IANA zone such as America/New_York")
        return "", None
    name = node.text.strip()
    if name.lower() in NOT_ZONES or name.startswith(("posix/", "right/")):
        # The zone database's aliases for "whatever this computer says": an agenda's times would
        # move with the machine it is opened on.
        check.report(node, f"'{name}' is not a time zone an agenda can use", LOCAL_HINT)
        return name, None
    try:
        return name, ZoneInfo(name)
    # A name like "America" is a folder of the zone database (IsADirectoryError, an OSError).
    except (ZoneInfoNotFoundError, ValueError, OSError):
        from zoneinfo import available_timezones

        zones = sorted(z for z in available_timezones() if z.lower() not in NOT_ZONES)
        close = difflib.get_close_matches(name, zones, n=1, cutoff=0.6)
        hint = f"did you mean '{close[0]}'?" if close else "use an IANA zone such as America/New_York"
        if name.lower() in ("local", "system", "here"):
            hint = LOCAL_HINT
        check.report(node, f"unknown time zone '{name}'", hint)
        return name, None


def _defaults(check: _Checker, mapping: Mapping, parent: _Defaults) -> _Defaults:
    alerts = check.durations(mapping.get("alerts"), "an alert")
    limit = check.duration(mapping.get("speaker_limit"), "'speaker_limit'")
    return _Defaults(
        auto_start=check.flag(mapping, "auto_start", parent.auto_start),
        alerts=alerts if alerts is not None else parent.alerts,
        speaker_limit=limit or parent.speaker_limit,
    )


def _day_nodes(check: _Checker, root: Mapping, single_day: bool) -> list[Mapping]:
    if single_day:
        return [root]
    return check.mappings(
        root,
        "days",
        "a list of days, each with a date and segments",
        "'days' must be a non-empty list of days",
        "each day must be a mapping with a date and segments",
    )


def _date(check: _Checker, day: Mapping) -> date | None:
    node = check.scalar(day.get("date"), "'date'")
    if node is None:
        if day.get("date") is None:
            check.report(day, "'date' is missing", "write it as YYYY-MM-DD")
        return None
    if isinstance(node.value, date) and not isinstance(node.value, datetime):
        value = node.value
    else:
        try:
            value = date.fromisoformat(node.text.strip())
        except ValueError:
            check.report(node, f"'{node.text}' is not a date", "write it as YYYY-MM-DD")
            return None
    # Years near 1 or 9999 overflow once combined with a zone's offset.
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        check.report(node, f"'{node.text}' is not a plausible date", f"a year from {MIN_YEAR} to {MAX_YEAR}")
        return None
    return value


def _day(
    check: _Checker, node: Mapping, zone_name: str, zone: ZoneInfo | None, inherited: _Defaults, single_day: bool
) -> Day | None:
    if not single_day:
        check.keys(node, DAY_KEYS, "a day")
    before = len(check.problems)
    when = _date(check, node)
    defaults = inherited if single_day else _defaults(check, node, inherited)
    hard_stop = check.clock(node, "end")
    drafts = _drafts(check, node, defaults)
    if when is None or zone is None or len(check.problems) > before or not drafts:
        return None
    segments = _resolve(check, drafts, when, zone, hard_stop)
    if segments is None:
        return None
    return Day(
        date=when,
        title=check.text(node, "title") or str(when),
        segments=tuple(segments),
        timezone=zone_name,
        chair=check.text(node, "chair"),
        hard_stop=_at(when, hard_stop, zone) if hard_stop else None,
        auto_start=defaults.auto_start,
    )


def _drafts(check: _Checker, day: Mapping, defaults: _Defaults) -> list[_Draft]:
    items = check.mappings(
        day,
        "segments",
        "a list of segments, each with a title",
        "'segments' must be a non-empty list",
        "each segment must be a mapping with at least a title",
    )
    return [_draft(check, item, defaults) for item in items]


def _draft(check: _Checker, node: Mapping, defaults: _Defaults) -> _Draft:
    check.keys(node, SEGMENT_KEYS, "a segment")
    kind = _kind(check, node)
    alerts = check.durations(node.get("alerts"), "an alert")
    return _Draft(
        node=node,
        title=check.text(node, "title", required=True),
        kind=kind,
        start=check.clock(node, "start"),
        end=check.clock(node, "end"),
        duration=check.duration(node.get("duration"), "'duration'"),
        fields={
            "group": check.text(node, "group"),
            "notes": check.text(node, "notes"),
            "speakers": _speakers(check, node),
            "alerts": alerts if alerts is not None else (defaults.alerts or ()),
            "speaker_limit": check.duration(node.get("speaker_limit"), "'speaker_limit'") or defaults.speaker_limit,
            "fixed": check.flag(node, "fixed", False),
        },
    )


def _kind(check: _Checker, node: Mapping) -> SegmentKind:
    scalar = check.scalar(node.get("kind"), "'kind'")
    if scalar is None:
        return SegmentKind.SEGMENT
    try:
        return SegmentKind(scalar.text.strip().lower())
    except ValueError:
        names = [k.value for k in SegmentKind]
        close = difflib.get_close_matches(scalar.text.strip().lower(), names, n=1, cutoff=0.5)
        hint = f"did you mean '{close[0]}'?" if close else "one of " + ", ".join(names)
        check.report(scalar, f"unknown kind '{scalar.text}'", hint)
        return SegmentKind.SEGMENT


def _speakers(check: _Checker, node: Mapping) -> tuple[Speaker, ...]:
    one, many = node.get("speaker"), node.get("speakers")
    if one is not None and many is not None:
        check.report(many, "give either 'speaker' or 'speakers', not both")
    if one is not None:
        scalar = check.scalar(one, "'speaker'")
        return (Speaker(scalar.text.strip()),) if scalar else ()
    if many is None:
        return ()
    if not isinstance(many, Sequence):
        check.report(many, "'speakers' must be a list of names or of {name, limit}")
        return ()
    return tuple(s for s in (_speaker(check, item) for item in many.items) if s)


def _speaker(check: _Checker, item: Node) -> Speaker | None:
    if isinstance(item, Scalar) and item.value is not None:
        return Speaker(item.text.strip())
    if isinstance(item, Mapping):
        check.keys(item, SPEAKER_KEYS, "a speaker")
        name = check.text(item, "name", required=True)
        limit = check.duration(item.get("limit"), "a speaker's 'limit'")
        return Speaker(name, limit) if name else None
    check.report(item, "a speaker must be a name or a mapping with 'name' and 'limit'")
    return None


def _resolve(
    check: _Checker, drafts: list[_Draft], when: date, zone: ZoneInfo, hard_stop: time | None
) -> list[Segment] | None:
    """Give every segment a start and a length, following the contract's order of sources."""
    stop = _at(when, hard_stop, zone) if hard_stop else None
    if drafts[0].start is None:
        check.report(drafts[0].node, "the first segment of a day needs a 'start'")
        return None
    segments: list[Segment] = []
    previous_end: datetime | None = None
    for i, draft in enumerate(drafts):
        start = _at(when, draft.start, zone) if draft.start else previous_end
        if start is None:
            return None
        if previous_end is not None and _span(previous_end, start) < timedelta(0):
            check.report(
                draft.node.get("start") or draft.node,
                f"'{draft.title}' starts at {start:%H:%M:%S}, before '{segments[-1].title}' ends "
                f"at {previous_end:%H:%M:%S}",
                "segments may not overlap",
            )
            return None
        at = lambda t: _at(when, t, zone)
        end = _end_of(check, draft, start, drafts[i + 1] if i + 1 < len(drafts) else None, at, stop)
        if end is None:
            return None
        if stop is not None and _span(stop, end) > timedelta(0):
            check.report(draft.node, f"'{draft.title}' ends at {end:%H:%M:%S}, after the day's end {stop:%H:%M}")
            return None
        segments.append(
            Segment(
                index=i,
                title=draft.title,
                start=start,
                duration=_span(start, end),
                kind=draft.kind,
                line=draft.node.line,
                **draft.fields,  # type: ignore[arg-type]  # each key's value was checked by its own rule
            )
        )
        previous_end = end
    return segments


def _end_of(
    check: _Checker, draft: _Draft, start: datetime, following: _Draft | None, at, stop: datetime | None
) -> datetime | None:
    if draft.duration is not None:
        end = _plus(start, draft.duration)
        if draft.end is not None and at(draft.end) != end:
            check.report(
                draft.node.get("end") or draft.node,
                f"'{draft.title}': 'end' {draft.end:%H:%M} disagrees with 'duration' (ends {end:%H:%M:%S})",
            )
            return None
        return end
    if draft.end is not None:
        end = at(draft.end)
    elif following is not None and following.start is not None:
        end = at(following.start)
    elif following is None and stop is not None:
        end = stop
    else:
        check.report(
            draft.node,
            f"the length of '{draft.title}' cannot be known",
            "give it a 'duration' or an 'end', or give the next segment a 'start'",
        )
        return None
    # Compared as elapsed time: same-zone comparison ignores which side of a DST change a time is on.
    if _span(start, end) <= timedelta(0):
        check.report(draft.node, f"'{draft.title}' ends at {end:%H:%M:%S}, not after its start {start:%H:%M:%S}")
        return None
    return end


def _at(when: date, clock: time, zone: ZoneInfo) -> datetime:
    """The aware datetime of a wall-clock time; a time skipped by a DST change moves past the gap.

    A "24:15" (a `NextDayTime`) is the 00:15 of the next date: the day runs past midnight."""
    if isinstance(clock, NextDayTime):
        when += timedelta(days=clock.days)
    return datetime.combine(when, clock, zone).astimezone(timezone.utc).astimezone(zone)


def _plus(moment: datetime, span: timedelta) -> datetime:
    """Elapsed-time addition: aware datetimes in one zone add as wall clocks, wrong across DST."""
    return (moment.astimezone(timezone.utc) + span).astimezone(moment.tzinfo)


def _span(start: datetime, end: datetime) -> timedelta:
    """Elapsed time between two aware datetimes (same-zone subtraction ignores a DST change)."""
    return end.astimezone(timezone.utc) - start.astimezone(timezone.utc)


def _unique_dates(check: _Checker, built: list[tuple[Mapping, Day | None]]) -> None:
    seen: set[date] = set()
    for node, day in built:
        if day is None:
            continue
        if day.date in seen:
            check.report(node.get("date") or node, f"the date {day.date} appears twice")
        seen.add(day.date)

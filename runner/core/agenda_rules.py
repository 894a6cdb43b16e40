"""Validation: a located node tree (from any reader) becomes an `Agenda`, or every problem is reported."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from runner.core.agenda import Agenda, Day, Floor, SegmentKind, Speaker
from runner.core.agenda_times import Draft, moment, resolve_segments
from runner.core.delegations import MAX_REPLIES, MEMBER, close_codes, delegation_code, floor_label, resolved_code
from runner.core.durations import parse_agenda_clock, parse_duration
from runner.core.errors import AgendaError, Problem
from runner.core.floor_order import (
    GROUPS_FIRST,
    INSCRIPTION,
    ORDERS,
    PROTOCOL,
    RANKS,
    group_place,
    rank_key,
    speaking_order,
)
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
    "floor",
}
SPEAKER_KEYS = {"name", "limit"}
FLOOR_KEYS = {"limits", "replies", "list", "order", "draw", "groups"}
DELEGATION_KEYS = {"delegation", "category", "speaker", "rank"}
NAMED_DELEGATION_HINT = "a group or an observer without a code: give its 'category'"
MIN_YEAR, MAX_YEAR = 1900, 2999


@dataclass
class _Defaults:
    """What a day inherits from the top level, and a segment from its day."""

    auto_start: bool = False
    alerts: tuple[timedelta, ...] | None = None
    speaker_limit: timedelta | None = None


class _Checker:
    """Collects problems while walking the tree, so the host sees all of them at once."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def report(self, node: Node | Scalar, message: str, hint: str = "") -> None:
        self.problems.append(Problem(self.path, node.line, node.column, message, hint))

    def keys(self, mapping: Mapping, allowed: set[str], where: str) -> None:
        names = mapping.names()
        if len(names) == len(mapping.entries) and names <= allowed:  # the usual case, checked at once
            return
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
    segments = resolve_segments(check, drafts, when, zone, hard_stop)
    if segments is None:
        return None
    return Day(
        date=when,
        title=check.text(node, "title") or str(when),
        segments=tuple(segments),
        timezone=zone_name,
        chair=check.text(node, "chair"),
        hard_stop=moment(when, hard_stop, zone) if hard_stop else None,
        auto_start=defaults.auto_start,
    )


def _drafts(check: _Checker, day: Mapping, defaults: _Defaults) -> list[Draft]:
    items = check.mappings(
        day,
        "segments",
        "a list of segments, each with a title",
        "'segments' must be a non-empty list",
        "each segment must be a mapping with at least a title",
    )
    return [_draft(check, item, defaults) for item in items]


def _draft(check: _Checker, node: Mapping, defaults: _Defaults) -> Draft:
    check.keys(node, SEGMENT_KEYS, "a segment")
    kind = _kind(check, node)
    alerts = check.durations(node.get("alerts"), "an alert")
    floor, delegations = _floor(check, node.get("floor"))
    return Draft(
        node=node,
        title=check.text(node, "title", required=True),
        kind=kind,
        start=check.clock(node, "start"),
        end=check.clock(node, "end"),
        duration=check.duration(node.get("duration"), "'duration'"),
        fields={
            "group": check.text(node, "group"),
            "notes": check.text(node, "notes"),
            "speakers": _speakers(check, node) + delegations,
            "floor": floor,
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


def _floor(check: _Checker, node: Node | None) -> tuple[Floor | None, tuple[Speaker, ...]]:
    """A segment's `floor`: its limits by category, the replies' limits, and its list as speakers."""
    if node is None:
        return None, ()
    if not isinstance(node, Mapping):
        check.report(node, "'floor' must be a mapping with 'limits' and 'list'")
        return None, ()
    check.keys(node, FLOOR_KEYS, "a floor")
    limits = _floor_limits(check, node)
    replies_node = node.get("replies")
    items: tuple[Node, ...] | list[Node] = ()
    if replies_node is not None:
        items = replies_node.items if isinstance(replies_node, Sequence) else (replies_node,)
    # In order (the first reply's limit, then the second's): not sorted as alerts are.
    replies = tuple(d for d in (check.duration(item, "a reply's limit") for item in items) if d)
    if len(replies) > MAX_REPLIES:
        check.report(replies_node or node, f"at most {MAX_REPLIES} replies per delegation")
        replies = replies[:MAX_REPLIES]
    order = _floor_order(check, node)
    floor = Floor(
        tuple(limits.items()), replies, order, check.text(node, "draw") or None, _groups_first(check, node, order)
    )
    listed = node.get("list")
    if listed is None:
        return floor, ()
    if not isinstance(listed, Sequence):
        check.report(listed, "'list' must be a list of delegations, in order of inscription")
        return floor, ()
    found = (_delegation(check, item, floor) for item in listed.items)
    entries = [entry for entry in found if entry]
    # What runs is the list as protocol and the draw order it; File → Save writes it so.
    ranked = [(s.delegation, s.rank, s.category) for s in entries]
    speaking = speaking_order(ranked, by_rank=order == PROTOCOL, seed=floor.draw, groups_first=floor.groups_first)
    return floor, tuple(entries[i] for i in speaking)


def _floor_order(check: _Checker, node: Mapping) -> str:
    order = check.text(node, "order").lower() or INSCRIPTION
    if order not in ORDERS:
        check.report(node.get("order") or node, f"'order' is '{order}'", f"one of: {', '.join(ORDERS)}")
        return INSCRIPTION
    return order


def _groups_first(check: _Checker, node: Mapping, order: str) -> bool:
    """`groups: first`: groups of States speak before the members (some UN bodies' practice)."""
    written = check.text(node, "groups")
    if not written:
        return False
    place = group_place(written)
    if place is None:
        check.report(node.get("groups") or node, f"'groups' is '{written}'", "one of: first, with observers")
        return False
    if order != PROTOCOL:
        check.report(node.get("groups") or node, "'groups' orders a floor in protocol order", "add 'order: protocol'")
        return False
    return place == GROUPS_FIRST


def _floor_limits(check: _Checker, node: Mapping) -> dict[str, timedelta]:
    given = node.get("limits")
    if given is None:
        return {}
    if not isinstance(given, Mapping):
        check.report(given, "'limits' must map each category to its limit", "for example {member: 3m, observer: 2m}")
        return {}
    limits: dict[str, timedelta] = {}
    for key in given.keys():  # noqa: SIM118 - a located Mapping: keys() gives the Scalars
        limit = check.duration(given.get(str(key.value)), f"the '{key.value}' limit")
        if limit is not None:
            limits[str(key.value).strip().lower()] = limit
    return limits


def _delegation(check: _Checker, item: Node, floor: Floor) -> Speaker | None:
    where: Node = item
    if isinstance(item, Scalar) and item.value is not None:
        written, category, speaker, rank = item.text.strip(), "", "", ""
    elif isinstance(item, Mapping):
        check.keys(item, DELEGATION_KEYS, "a delegation")
        written, speaker = check.text(item, "delegation", required=True), check.text(item, "speaker")
        category, where = check.text(item, "category").lower(), item.get("delegation") or item
        rank = _rank(check, item)
        if not written:
            return None
    else:
        check.report(item, "a delegation must be a code, a name, or a mapping with 'delegation'")
        return None
    code = delegation_code(written)
    named = resolved_code(written) if code is None and category in ("", MEMBER) else None
    if named is not None:  # a country's name in one of the six languages ("Brésil", "Russian Federation")
        written = code = named
    if code is None and category in ("", MEMBER):
        close = close_codes(written)
        hint = f"did you mean {' or '.join(close)}?" if close else NAMED_DELEGATION_HINT
        check.report(where, f"'{written}' is not an ISO 3166 country code", hint)
        return None
    category = category or MEMBER
    if floor.limits and floor.limit(category) is None:
        known = ", ".join(name for name, _ in floor.limits)
        check.report(where, f"the category '{category}' has no limit in 'limits'", f"known: {known}")
        return None
    name = floor_label(written, speaker, "en")
    return Speaker(name, floor.limit(category), delegation=written, category=category, speaker=speaker, rank=rank)


def _rank(check: _Checker, item: Mapping) -> str:
    written = check.text(item, "rank")
    if not written:
        return ""
    rank = rank_key(written)
    if rank is None:
        check.report(item.get("rank") or item, f"'{written}' is not a rank", "one of: " + ", ".join(RANKS))
        return ""
    return rank


def _unique_dates(check: _Checker, built: list[tuple[Mapping, Day | None]]) -> None:
    seen: set[date] = set()
    for node, day in built:
        if day is None:
            continue
        if day.date in seen:
            check.report(node.get("date") or node, f"the date {day.date} appears twice")
        seen.add(day.date)

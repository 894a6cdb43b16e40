"""Giving each drafted segment of a day its start and its length, in the contract's order of sources.

The arithmetic is done in UTC, where elapsed time is plain subtraction even across a DST change
(aware datetimes of one zone subtract as wall clocks); each segment is converted to the day's
zone once, when it is built. A 60,000-segment agenda made six zone conversions per segment before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Protocol
from zoneinfo import ZoneInfo

from runner.core.agenda import Segment, SegmentKind
from runner.core.durations import NextDayTime
from runner.core.source import Mapping, Node, Scalar

ZERO = timedelta(0)


class Reporter(Protocol):
    def report(self, node: Node | Scalar, message: str, hint: str = "") -> None: ...


@dataclass(slots=True)
class Draft:
    """A segment whose times are not yet resolved."""

    node: Mapping
    title: str
    kind: SegmentKind
    start: time | None
    end: time | None
    duration: timedelta | None
    fields: dict[str, object] = field(default_factory=dict)


def resolve_segments(
    check: Reporter, drafts: list[Draft], when: date, zone: ZoneInfo, hard_stop: time | None
) -> list[Segment] | None:
    """The day's segments with their times, or None once a problem is reported."""
    if drafts[0].start is None:
        check.report(drafts[0].node, "the first segment of a day needs a 'start'")
        return None
    at = _Moments(when, zone)
    stop = at(hard_stop) if hard_stop else None
    segments: list[Segment] = []
    previous_end: datetime | None = None
    for i, draft in enumerate(drafts):
        start = at(draft.start) if draft.start else previous_end
        if start is None:
            return None
        if previous_end is not None and start < previous_end:
            check.report(
                draft.node.get("start") or draft.node,
                f"'{draft.title}' starts at {at.local(start):%H:%M:%S}, before '{segments[-1].title}' ends "
                f"at {at.local(previous_end):%H:%M:%S}",
                "segments may not overlap",
            )
            return None
        end = _end_of(check, draft, start, drafts[i + 1] if i + 1 < len(drafts) else None, at, stop)
        if end is None:
            return None
        if stop is not None and end > stop:
            check.report(
                draft.node,
                f"'{draft.title}' ends at {at.local(end):%H:%M:%S}, after the day's end {at.local(stop):%H:%M}",
            )
            return None
        segments.append(_segment(i, draft, at.local(start), end - start))
        previous_end = end
    return segments


def moment(when: date, clock: time, zone: ZoneInfo) -> datetime:
    """The aware datetime, in `zone`, of a wall-clock time of the day `when`."""
    at = _Moments(when, zone)
    return at.local(at(clock))


class _Moments:
    """Wall-clock times of one day in one zone, as UTC datetimes.

    A time skipped by a DST change moves past the gap; a "24:15" (a `NextDayTime`) is the 00:15 of
    the next date: the day runs past midnight."""

    def __init__(self, when: date, zone: ZoneInfo) -> None:
        self.when = when
        self.zone = zone

    def __call__(self, clock: time) -> datetime:
        when = self.when + timedelta(days=clock.days) if isinstance(clock, NextDayTime) else self.when
        return datetime.combine(when, clock, self.zone).astimezone(timezone.utc)

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)


def _segment(index: int, draft: Draft, start: datetime, duration: timedelta) -> Segment:
    return Segment(
        index=index,
        title=draft.title,
        start=start,
        duration=duration,
        kind=draft.kind,
        line=draft.node.line,
        **draft.fields,  # type: ignore[arg-type]  # each key's value was checked by its own rule
    )


def _end_of(
    check: Reporter,
    draft: Draft,
    start: datetime,
    following: Draft | None,
    at: _Moments,
    stop: datetime | None,
) -> datetime | None:
    if draft.duration is not None:
        return _end_by_duration(check, draft, start, at)
    end = _end_by_neighbours(draft, following, at, stop)
    if end is None:
        check.report(
            draft.node,
            f"the length of '{draft.title}' cannot be known",
            "give it a 'duration' or an 'end', or give the next segment a 'start'",
        )
        return None
    if end - start <= ZERO:
        check.report(
            draft.node,
            f"'{draft.title}' ends at {at.local(end):%H:%M:%S}, not after its start {at.local(start):%H:%M:%S}",
        )
        return None
    return end


def _end_by_duration(check: Reporter, draft: Draft, start: datetime, at: _Moments) -> datetime | None:
    assert draft.duration is not None
    end = start + draft.duration
    if draft.end is not None and at(draft.end) != end:
        check.report(
            draft.node.get("end") or draft.node,
            f"'{draft.title}': 'end' {draft.end:%H:%M} disagrees with 'duration' (ends {at.local(end):%H:%M:%S})",
        )
        return None
    return end


def _end_by_neighbours(draft: Draft, following: Draft | None, at: _Moments, stop: datetime | None) -> datetime | None:
    if draft.end is not None:
        return at(draft.end)
    if following is not None and following.start is not None:
        return at(following.start)
    if following is None and stop is not None:
        return stop
    return None

"""A recovery plan for a day projected past its hard stop: how much to recover, and where.

Pure arithmetic over the segments still ahead (no engine, no clock), so the host window, the
chair's status line and `rehearse --recover` all ask `plan_recovery` the same question.

The rule, as a chair would say it:
1. every speaker still to speak gives up the same few seconds ("each remaining speaker from 3:00
   to 2:30"), never below three quarters of their limit;
2. then the longest flexible segments are cut down towards one common length ("trim Digital
   human rights by 4 min"), none below half its planned length (nor below its speakers' time),
   intermissions and breaks no shorter than 5 min unless the host allows it.
Fixed segments, segments done and skipped ones are never touched (the caller leaves them out),
and nothing is cut where the cut cannot move the day's end (before a fixed segment that would
then only wait longer for its printed start).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from runner.core.agenda import SegmentKind
from runner.core.i18n import active_catalogue, tr


@dataclass(frozen=True)
class Ahead:
    """A segment still to run (or the one running) as the planner sees it.

    `length_s` is the time it takes from its start (for the running one: the time it has left);
    `not_before` is set when it waits for its printed start (a fixed segment, an auto-start day);
    `speaker_limits_s` are the limits of the speakers still waiting to speak.
    """

    index: int
    title: str
    length_s: float
    planned_s: float
    kind: SegmentKind = SegmentKind.SEGMENT
    fixed: bool = False
    not_before: datetime | None = None
    speaker_limits_s: tuple[float, ...] = ()
    running: bool = False

    @property
    def is_pause(self) -> bool:
        return self.kind is not SegmentKind.SEGMENT


@dataclass(frozen=True)
class Rules:
    """The floors and steps of the rule; the defaults are the ones the module docstring states."""

    segment_floor: float = 0.5
    speaker_floor: float = 0.75
    pause_floor_s: float = 300.0
    allow_short_pauses: bool = False
    speaker_step_s: float = 15.0
    segment_step_s: float = 60.0


@dataclass(frozen=True)
class Trim:
    """One segment's part of a plan: its length before and after, and its speakers' limits."""

    index: int
    title: str
    kind: SegmentKind
    before_s: float
    after_s: float
    speakers: tuple[tuple[float, float], ...] = ()  # (before, after): each waiting speaker's limit, in order
    running: bool = False

    @property
    def saved_s(self) -> float:
        return self.before_s - self.after_s

    @property
    def speakers_saved_s(self) -> float:
        return min(self.saved_s, sum(before - after for before, after in self.speakers))

    @property
    def cut_s(self) -> float:
        """What comes off the segment beyond its speakers' shorter turns."""
        return self.saved_s - self.speakers_saved_s


@dataclass(frozen=True)
class RecoveryPlan:
    """How far the day runs past its stop, the cuts proposed, and where the day ends with them."""

    hard_stop: datetime
    projected_end: datetime
    end_after: datetime
    trims: tuple[Trim, ...]
    number: int | None = None  # once offered: its number in the day (the log's `offer` records)

    @property
    def needed_s(self) -> float:
        """How much must be recovered to end at the stop."""
        return (self.projected_end - self.hard_stop).total_seconds()

    @property
    def saved_s(self) -> float:
        return (self.projected_end - self.end_after).total_seconds()

    @property
    def holds(self) -> bool:
        """With the cuts made, the day ends at or before its stop."""
        return self.end_after <= self.hard_stop

    def touched(self) -> frozenset[str]:
        """The titles of the segments the plan cuts (its speakers' limits or its length)."""
        return frozenset(t.title for t in self.trims)

    def to_record(self) -> dict[str, Any]:
        """The plan as an `offer` record holds it (JSON: times in ISO 8601, seconds as numbers)."""
        return {
            "hard_stop": self.hard_stop.isoformat(),
            "projected_end": self.projected_end.isoformat(),
            "end_after": self.end_after.isoformat(),
            "trims": [
                {
                    "index": t.index,
                    "title": t.title,
                    "kind": t.kind.value,
                    "before_s": t.before_s,
                    "after_s": t.after_s,
                    "speakers": [list(pair) for pair in t.speakers],
                    "running": t.running,
                }
                for t in self.trims
            ],
        }

    @classmethod
    def from_record(cls, data: dict[str, Any], number: int | None = None) -> RecoveryPlan:
        """The plan an `offer` record holds (`KeyError`/`ValueError` for a damaged one)."""
        trims = tuple(
            Trim(
                int(t["index"]),
                str(t["title"]),
                SegmentKind(t["kind"]),
                float(t["before_s"]),
                float(t["after_s"]),
                tuple((float(b), float(a)) for b, a in t["speakers"]),
                bool(t["running"]),
            )
            for t in data["trims"]
        )
        stop, end, end_after = (
            datetime.fromisoformat(str(data[k])) for k in ("hard_stop", "projected_end", "end_after")
        )
        return cls(stop, end, end_after, trims, number)

    def proposal(self) -> str:
        """The cuts in a chair's words: "trim X by 4 min and each remaining speaker from 3:00 to 2:30"."""
        return join_words(_speaker_words(self.trims) + _cut_words(self.trims))

    def summary(self) -> str:
        """The one line shown to the host and the chair."""
        stop, amount = clock_text(self.hard_stop), minutes_text(self.needed_s)
        if self.holds:
            return tr(
                "Recover {amount} to hold the {stop} stop: {proposal}.",
                amount=amount,
                stop=stop,
                proposal=self.proposal(),
            )
        late = minutes_text((self.end_after - self.hard_stop).total_seconds())
        if not self.trims:
            return tr(
                "The {stop} stop cannot be held: nothing left can be shortened; the day ends at {end}, {late} late.",
                stop=stop,
                end=clock_text(self.end_after),
                late=late,
            )
        return tr(
            "The {stop} stop cannot be held: even if we {proposal}, the day ends at {end}, {late} late.",
            stop=stop,
            proposal=self.proposal(),
            end=clock_text(self.end_after),
            late=late,
        )


def projected_end(start: datetime, ahead: Sequence[Ahead], lengths: Sequence[float] | None = None) -> datetime:
    """The day's end if the segments ahead run `lengths` (default: their own) one after another from
    `start`, each waiting for its `not_before`."""
    cursor = start.astimezone(timezone.utc)  # UTC: same-zone arithmetic would ignore DST changes
    for item, length in zip(ahead, lengths if lengths is not None else [a.length_s for a in ahead]):
        if item.not_before is not None and item.not_before > cursor:
            cursor = item.not_before.astimezone(timezone.utc)
        cursor += timedelta(seconds=length)
    return cursor.astimezone(start.tzinfo)


def plan_recovery(
    start: datetime, ahead: Sequence[Ahead], hard_stop: datetime, rules: Rules = Rules()
) -> RecoveryPlan | None:
    """The plan for a day whose segments `ahead` begin at `start`; None when it ends by `hard_stop`."""
    end = projected_end(start, ahead, None)
    if end <= hard_stop:
        return None
    usable = _after_last_wait(start, ahead, [a.length_s for a in ahead])
    best = _Cuts(ahead, rules, usable).weakest_holding(start, hard_stop)
    while True:  # a cut can make a later fixed segment wait: what comes before it was then cut for nothing
        narrower = _after_last_wait(start, ahead, best.lengths)
        if narrower <= usable:  # only ever later: a region once left is not come back to
            break
        tighter = _Cuts(ahead, rules, narrower).weakest_holding(start, hard_stop)
        if projected_end(start, ahead, tighter.lengths) > hard_stop:
            break
        usable, best = narrower, tighter
    trims = tuple(best.trim(i) for i in range(len(ahead)) if best.lengths[i] < ahead[i].length_s or best.changed(i))
    return RecoveryPlan(hard_stop, end, projected_end(start, ahead, best.lengths), trims)


def _after_last_wait(start: datetime, ahead: Sequence[Ahead], lengths: Sequence[float]) -> int:
    """The position from which a cut moves the day's end: just after the last segment that waits
    for its printed start with time to spare (cutting anything before it only lengthens the wait)."""
    cursor, first = start.astimezone(timezone.utc), 0
    for position, (item, length) in enumerate(zip(ahead, lengths)):
        if item.not_before is not None and item.not_before > cursor:
            cursor, first = item.not_before.astimezone(timezone.utc), position
        cursor += timedelta(seconds=length)
    return first


@dataclass(frozen=True)
class _Choice:
    """The lengths and speakers' limits of one strength of the rule."""

    ahead: Sequence[Ahead]
    lengths: list[float]
    limits: list[tuple[float, ...]]

    def changed(self, i: int) -> bool:
        return self.limits[i] != self.ahead[i].speaker_limits_s

    def trim(self, i: int) -> Trim:
        item = self.ahead[i]
        changed = self.changed(i)
        speakers = tuple(zip(item.speaker_limits_s, self.limits[i])) if changed else ()
        return Trim(item.index, item.title, item.kind, item.length_s, self.lengths[i], speakers, item.running)


class _Cuts:
    """The rule's proposals, weakest first: strength 1..A cut speakers by one more step each;
    A+1.. then lower the common length the longest segments are cut to, a minute at a time."""

    def __init__(self, ahead: Sequence[Ahead], rules: Rules, first: int) -> None:
        self.ahead, self.rules, self.first = ahead, rules, first
        cuts = [lim - self._speaker_floor(lim) for a in ahead[first:] if not a.fixed for lim in a.speaker_limits_s]
        self.speaker_steps = math.ceil(max(cuts, default=0.0) / rules.speaker_step_s)
        after_speakers = self.choice(self.speaker_steps)
        longest = max((after_speakers.lengths[i] for i in self._cuttable()), default=0.0)
        self.top = math.floor(longest / rules.segment_step_s) * rules.segment_step_s
        self.segment_steps = math.ceil(self.top / rules.segment_step_s) + 1  # the last: every one at its floor

    def weakest_holding(self, start: datetime, stop: datetime) -> _Choice:
        """The weakest proposal that ends the day by `stop`, else the strongest there is."""
        low, high = 1, self.speaker_steps + self.segment_steps
        if high < 1 or projected_end(start, self.ahead, self.choice(high).lengths) > stop:
            return self.choice(max(high, 0))
        while low < high:  # every proposal cuts at least as much as the one before: bisect
            middle = (low + high) // 2
            if projected_end(start, self.ahead, self.choice(middle).lengths) <= stop:
                high = middle
            else:
                low = middle + 1
        return self.choice(low)

    def choice(self, strength: int) -> _Choice:
        cut = min(strength, self.speaker_steps) * self.rules.speaker_step_s
        lengths = [a.length_s for a in self.ahead]
        limits = [a.speaker_limits_s for a in self.ahead]
        for i in range(self.first, len(self.ahead)):
            item = self.ahead[i]
            if item.fixed:
                continue
            limits[i] = tuple(max(lim - cut, self._speaker_floor(lim)) for lim in item.speaker_limits_s)
            saved = sum(item.speaker_limits_s) - sum(limits[i])
            lengths[i] = max(item.length_s - saved, min(item.length_s, sum(limits[i])))
        if strength > self.speaker_steps:
            level = self.top - (strength - self.speaker_steps - 1) * self.rules.segment_step_s
            for i in self._cuttable():
                lengths[i] = max(min(lengths[i], level), min(lengths[i], self._floor(i, limits[i])))
        return _Choice(self.ahead, lengths, limits)

    def _cuttable(self) -> list[int]:
        return [i for i in range(self.first, len(self.ahead)) if not self.ahead[i].fixed and not self.ahead[i].running]

    def _floor(self, i: int, limits: tuple[float, ...]) -> float:
        item, rules = self.ahead[i], self.rules
        floor = max(rules.segment_floor * item.planned_s, sum(limits))
        if item.is_pause and not rules.allow_short_pauses:
            floor = max(floor, rules.pause_floor_s)
        return math.ceil(floor / rules.speaker_step_s) * rules.speaker_step_s

    def _speaker_floor(self, limit: float) -> float:
        step = self.rules.speaker_step_s
        return min(limit, math.ceil(self.rules.speaker_floor * limit / step) * step)


# -- words -------------------------------------------------------------------------------------
def _speaker_words(trims: Sequence[Trim]) -> list[str]:
    with_speakers = [t for t in trims if t.speakers]
    pairs = {(before, after) for t in with_speakers for before, after in t.speakers if before != after}
    if len(pairs) == 1:
        ((before, after),) = pairs
        if len(with_speakers) == 1:
            return [
                tr(
                    "each remaining speaker in {title} from {before} to {after}",
                    title=_in_sentence(with_speakers[0].title),
                    before=limit_text(before),
                    after=limit_text(after),
                )
            ]
        return [
            tr("each remaining speaker from {before} to {after}", before=limit_text(before), after=limit_text(after))
        ]
    words = []
    for trim in with_speakers:
        cut = max(before - after for before, after in trim.speakers)
        words.append(
            tr("each remaining speaker in {title} by {cut}", title=_in_sentence(trim.title), cut=limit_text(cut))
        )
    return words


def _cut_words(trims: Sequence[Trim]) -> list[str]:
    cut = sorted((t for t in trims if t.cut_s >= 1), key=lambda t: -t.cut_s)
    return [tr("trim {title} by {amount}", title=_in_sentence(t.title), amount=minutes_text(t.cut_s)) for t in cut]


def _in_sentence(title: str) -> str:
    """A segment's title inside the plan's sentence: in a right-to-left language isolated (FSI ...
    PDI), so "Global connectivity" in an Arabic sentence is one unit, in its own direction, and does
    not carry the Arabic words or the figures around it out of their order."""
    return f"\u2068{title}\u2069" if active_catalogue().right_to_left else title


def join_words(parts: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c' (each language's catalogue has its own joiners)."""
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    head = tr(", ").join(parts[:-1])
    return tr("{first} and {last}", first=head, last=parts[-1])


def minutes_text(seconds: float) -> str:
    """An amount of time to recover, rounded up: '4 min', '1 h 5 min'; '45 s' under a minute."""
    whole = math.ceil(round(seconds, 3))
    if whole < 60:
        return tr("{seconds} s", seconds=max(whole, 0))
    minutes = math.ceil(whole / 60)
    if minutes < 60:
        return tr("{minutes} min", minutes=minutes)
    return tr("{hours} h {minutes} min", hours=minutes // 60, minutes=minutes % 60)


def limit_text(seconds: float) -> str:
    """A speaking limit as the chair's card shows it: '3:00', '2:30'."""
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def clock_text(when: datetime) -> str:
    """'12:00', or '09:00:30' off the minute."""
    return when.strftime("%H:%M" if when.second == 0 else "%H:%M:%S")

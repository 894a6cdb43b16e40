"""Writing a day as an agenda file (File → Save rundown as…): the day as live edits changed it,
re-timed as a new programme would print it, in a file `check` accepts.

Every segment gets its start and its duration, so the file says the plan in full; a gap stays a
gap (the segment after it waits for its start, as in the printed programme).
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from runner.core.agenda import Day, Floor, Segment, SegmentKind, Speaker
from runner.core.delegations import MEMBER
from runner.core.floor_order import INSCRIPTION

SAVED_LIVE = "the day as changed live (File → Save rundown as…)"


def agenda_text(title: str, day: Day, saved: str = SAVED_LIVE) -> str:
    """The YAML of an agenda of this one day; `saved` says what made it, in its first line."""
    document: dict[str, Any] = {"title": title or day.title, "timezone": day.timezone, "days": [_day(day)]}
    header = f"# Saved by Session Runner: {saved}.\n"
    if day.hard_stop is not None and day.end > day.hard_stop:
        # `check` refuses a segment past the day's end: the stop is left out, and said here.
        header += (
            f"# The plan as changed ends at {_clock(day, day.end)}, past the day's {_clock(day, day.hard_stop)} "
            "hard stop, so the stop (end:) is left out; put it back once the plan fits.\n"
        )
    return header + yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)


def save_agenda(path: str | Path, title: str, day: Day, saved: str = SAVED_LIVE) -> Path:
    """Write the file beside its target and rename it in, so no reader sees half of it."""
    out = Path(path)
    handle, temp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent if str(out.parent) else ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(agenda_text(title, day, saved))
        os.chmod(temp, 0o644)
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return out


def _day(day: Day) -> dict[str, Any]:
    node: dict[str, Any] = {"date": day.date.isoformat(), "title": day.title}
    if day.chair:
        node["chair"] = day.chair
    if day.hard_stop is not None and day.end <= day.hard_stop:
        node["end"] = _clock(day, day.hard_stop)
    if day.auto_start:
        node["auto_start"] = True
    node["segments"] = [_segment(day, s) for s in day.segments]
    return node


def _segment(day: Day, segment: Segment) -> dict[str, Any]:
    node: dict[str, Any] = {"start": _clock(day, segment.start), "title": segment.title}
    if segment.kind is not SegmentKind.SEGMENT:
        node["kind"] = segment.kind.value
    node["duration"] = _length(segment.duration)
    if segment.group:
        node["group"] = segment.group
    if segment.fixed:
        node["fixed"] = True
    speakers = [s for s in segment.speakers if not s.delegation]
    if speakers:
        node["speakers"] = [_speaker(s.name, s.limit) for s in speakers]
    if segment.floor is not None:
        node["floor"] = _floor(segment.floor, [s for s in segment.speakers if s.delegation])
    if segment.speaker_limit is not None:
        node["speaker_limit"] = _length(segment.speaker_limit)
    if segment.alerts:
        node["alerts"] = [_length(a) for a in segment.alerts]
    if segment.notes:
        node["notes"] = segment.notes
    return node


def _speaker(name: str, limit: timedelta | None) -> Any:
    return {"name": name, "limit": _length(limit)} if limit is not None else name


def _floor(floor: Floor, delegations: list[Speaker]) -> dict[str, Any]:
    node: dict[str, Any] = {"limits": {name: _length(limit) for name, limit in floor.limits}}
    if floor.replies:
        node["replies"] = [_length(limit) for limit in floor.replies]
    if floor.order != INSCRIPTION:
        node["order"] = floor.order
    if floor.draw is not None:
        node["draw"] = floor.draw
    if floor.groups_first:
        node["groups"] = "first"
    node["list"] = [_delegation(s) for s in delegations]
    return node


def _delegation(speaker: Speaker) -> Any:
    if speaker.category == MEMBER and not speaker.speaker and not speaker.rank:
        return speaker.delegation
    entry: dict[str, str] = {"delegation": speaker.delegation, "category": speaker.category}
    if speaker.speaker:
        entry["speaker"] = speaker.speaker
    if speaker.rank:
        entry["rank"] = speaker.rank
    return entry


def _clock(day: Day, when: datetime) -> str:
    """'HH:MM[:SS]' on the day's date; '24:15' and on for the next date (as the reader takes them)."""
    local = when.astimezone(ZoneInfo(day.timezone))
    hours = local.hour + 24 * (local.date() - day.date).days
    return f"{hours:02d}:{local.minute:02d}" + (f":{local.second:02d}" if local.second else "")


def _length(delta: timedelta) -> str:
    """'10m', '90s', '1h10m', '2m30s': a form the reader accepts."""
    whole = round(delta.total_seconds())
    hours, rest = divmod(whole, 3600)
    minutes, seconds = divmod(rest, 60)
    text = (f"{hours}h" if hours else "") + (f"{minutes}m" if minutes else "") + (f"{seconds}s" if seconds else "")
    return text or "0s"

"""Synthetic agendas of any size in the contract's YAML format, spread over several days."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

DAY_START_S = 6 * 3600
DAY_SPAN_S = 17 * 3600  # 4-second steps fit 15,300 segments in a day


def agenda_yaml(segments: int, days: int = 5, first: date = date(2021, 3, 1)) -> str:
    """An agenda of `segments` segments over `days` days: starts with seconds, speakers' lists,
    notes, groups and intermissions mixed in, the way a busy multi-track programme reads."""
    per_day = [segments // days + (1 if d < segments % days else 0) for d in range(days)]
    lines = ["title: Synthetic benchmark programme", "timezone: Europe/Zurich", "days:"]
    index = 0
    for d, count in enumerate(per_day):
        step = max(DAY_SPAN_S // max(count, 1), 4)
        lines += [
            f"  - date: {(first + timedelta(days=d)).isoformat()}",
            f"    title: Day {d + 1}",
            f'    end: "{_clock(DAY_START_S + step * count)}"',
            "    segments:",
        ]
        for k in range(count):
            lines += _segment(index, DAY_START_S + step * k)
            index += 1
    return "\n".join(lines) + "\n"


def _segment(index: int, start_s: int) -> list[str]:
    out = [f'      - start: "{_clock(start_s)}"', f"        title: Item {index + 1}"]
    if index % 10 == 3:
        out.append("        kind: intermission")
    elif index % 10 == 5:
        out.append(f"        speakers: [Speaker {index}a, {{name: Speaker {index}b, limit: 3m}}]")
    if index % 7 == 0:
        out.append(f"        group: Track {index % 3 + 1}")
    if index % 9 == 0:
        out.append("        notes: Remarks and questions")
    return out


def compact_agenda_yaml(segments: int, days: int = 10, first: date = date(2021, 3, 1)) -> str:
    """An agenda of `segments` one-line segments (a flow mapping each) over `days` days: 60,000
    of them fit the 2 MB an agenda file may have, which `agenda_yaml` cannot."""
    lines = ["title: Compact benchmark programme", "timezone: Europe/Zurich", "days:"]
    per_day = segments // days
    for d in range(days):
        lines += [f"- date: {(first + timedelta(days=d)).isoformat()}", "  segments:"]
        lines.append(f"  - {{title: S{d * per_day + 1}, start: '06:00', duration: 10s}}")
        lines += [f"  - {{title: S{d * per_day + k + 1}, duration: 10s}}" for k in range(1, per_day)]
    return "\n".join(lines) + "\n"


def _clock(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def write_agenda(folder: Path, segments: int, days: int = 5) -> Path:
    """Write the agenda to `folder` and return its path."""
    path = folder / f"agenda-{segments}.yaml"
    path.write_text(agenda_yaml(segments, days), encoding="utf-8")
    return path

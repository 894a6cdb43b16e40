"""A short factual account of the day in plain English, for the top of the chair's summary."""

from __future__ import annotations

from datetime import datetime

from runner.core.engine import RunStatus
from runner.core.report_data import DayReport, SegmentLine

_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def number(n: int) -> str:
    """Small numbers in words, as a written summary would have them."""
    return _WORDS[n] if 0 <= n < len(_WORDS) else str(n)


def span(seconds: float) -> str:
    """A length for prose: seconds under two minutes, whole minutes under an hour, then hours."""
    whole = round(abs(seconds))
    if whole < 120 and whole % 60:
        return f"{number(whole)} second{'s' * (whole != 1)}" if whole < 60 else f"one minute {whole - 60} seconds"
    minutes = round(whole / 60)
    if minutes < 60:
        return f"{number(minutes)} minute{'s' * (minutes != 1)}"
    hours, rest = divmod(minutes, 60)
    head = f"{number(hours)} hour{'s' * (hours != 1)}"
    return f"{head} {rest} minute{'s' * (rest != 1)}" if rest else head


def clock(when: datetime) -> str:
    return when.strftime("%H:%M")


def narrative(report: DayReport) -> list[str]:
    """Paragraphs in plain English: the day's span and overruns; intermissions, skips and pauses;
    the speakers. Empty of figures when nothing ran."""
    if report.opened_at is None:
        return ["The session has not started; the log holds no segment start."]
    first = [_span_of_day(report)] + ([_overruns(report)] if report.overruns() else [])
    second = [_intermission(line) for line in report.intermissions if line.actual_s is not None]
    second += _interruptions(report)
    paragraphs = [" ".join(first), " ".join(second), " ".join(_speakers(report))]
    return [p for p in paragraphs if p]


def _span_of_day(report: DayReport) -> str:
    first = min((s for s in report.segments if s.actual_start is not None), key=lambda s: s.actual_start)
    late = (first.actual_start - report.day.start).total_seconds()  # type: ignore[operator]
    opened = f"The session opened at {clock(first.actual_start)}, {_relative(late, 'late', 'early')}"  # type: ignore[arg-type]
    return f"{opened}, {_closing(report)}"


def _relative(delta: float, after: str, before: str) -> str:
    if abs(delta) < 60:
        return "on time"
    return f"{span(delta)} {after if delta > 0 else before}"


def _overruns(report: DayReport) -> str:
    parts = [
        f"{line.segment.title} ran {span(line.duration_delta_s or 0.0)} over "
        f"({_minutes(line.actual_s or 0.0)} against {_minutes(line.segment.duration.total_seconds())} planned"
        f"{_added(line)})"
        for line in report.overruns()
    ]
    return _join(parts) + "."


def _added(line: SegmentLine) -> str:
    if line.adjust_s > 0:
        return f"; the host added {span(line.adjust_s)}"
    if line.adjust_s < 0:
        return f"; the host took off {span(line.adjust_s)}"
    return ""


def _minutes(seconds: float) -> str:
    return f"{round(seconds / 60)} min"


def _intermission(line: SegmentLine) -> str:
    planned = line.segment.duration.total_seconds()
    title = line.segment.title
    name = f"The {title.lower()}" if title.lower() == line.segment.kind.value else title
    return f"{name} lasted {span(line.actual_s or 0.0)} ({_minutes(planned)} planned)."


def _interruptions(report: DayReport) -> list[str]:
    sentences = []
    skipped = [s.segment.title for s in report.segments if s.status is RunStatus.SKIPPED]
    if skipped:
        sentences.append(f"{_join(skipped)} {'was' if len(skipped) == 1 else 'were'} skipped.")
    if report.pause_count:
        times = "once" if report.pause_count == 1 else f"{number(report.pause_count)} times"
        where = _join(
            sorted(
                {
                    report.segments[e.segment].segment.title
                    for e in report.events
                    if e.type == "pause" and e.segment is not None
                }
            )
        )
        sentences.append(f"The clock was paused {times} (in {where}), for {span(report.paused_s)} in all.")
    if report.recoveries:
        times = "once" if len(report.recoveries) == 1 else f"{number(len(report.recoveries))} times"
        sentences.append(f"The app was restarted {times} after an interruption; the timings run on across it.")
    return sentences


def _speakers(report: DayReport) -> list[str]:
    sentences = []
    for line in report.segments:
        spoke = [s for s in line.speakers if s.spoken_s > 0]
        if not spoke or not any(s.limit_s is not None for s in spoke):
            continue  # untimed turns (a closing statement) say nothing a chair needs
        over = [f"{s.name} by {span(s.over_s)}" for s in spoke if s.over_s >= 1]
        text = f"In {line.segment.title}, {number(len(spoke))} speaker{'s' * (len(spoke) != 1)} took the floor"
        text += f"; over their limit: {_join(over)}." if over else ", all within their time."
        sentences.append(text)
    return sentences


def _closing(report: DayReport) -> str:
    """The second half of the first sentence: how the day ended against its hard stop or plan."""
    closed = report.closed_at
    if closed is None:
        running = next(s for s in report.segments if s.status is RunStatus.RUNNING)
        return f"and the log ends with {running.segment.title} still running."
    if report.day.hard_stop is not None:
        target, name = report.day.hard_stop, f"its {clock(report.day.hard_stop)} hard stop"
    else:
        target, name = report.day.end, f"its planned end at {clock(report.day.end)}"
    delta = (closed - target).total_seconds()
    if abs(delta) < 60:
        return f"and closed at {clock(closed)}, on time."
    side = "past" if delta > 0 else "before"
    return f"and closed at {clock(closed)}, {span(delta)} {side} {name}."


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]

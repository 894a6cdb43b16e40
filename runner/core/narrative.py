"""A short factual account of the day, for the top of the chair's summary, in the active language.

Each sentence is one catalogue entry with named fields, so a translation can order it as its
language does; plurals go through `trn` (Arabic's dual, Russian's three forms). English writes
numbers up to ten in words, as a written summary does; other languages write figures.
"""

from __future__ import annotations

from datetime import datetime

from runner.core import i18n
from runner.core.engine import RunStatus
from runner.core.i18n import tr, trn
from runner.core.plan_changes import summary_sentence
from runner.core.report_data import DayReport, SegmentLine

_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def number(n: int) -> str:
    """Small numbers in words in English ('two'); figures in the other languages."""
    if i18n.active_language() == i18n.SOURCE_LANGUAGE and 0 <= n < len(_WORDS):
        return _WORDS[n]
    return str(n)


def _seconds(n: int, words: bool = True) -> str:
    return trn("{count} second", "{count} seconds", n, count=number(n) if words else str(n))


def _minutes_said(n: int, words: bool = True) -> str:
    return trn("{count} minute", "{count} minutes", n, count=number(n) if words else str(n))


def span(seconds: float) -> str:
    """A length for prose: seconds under two minutes, whole minutes under an hour, then hours."""
    whole = round(abs(seconds))
    if whole < 120 and whole % 60:
        if whole < 60:
            return _seconds(whole)
        return tr("{larger} {smaller}", larger=_minutes_said(1), smaller=_seconds(whole - 60, words=False))
    minutes = round(whole / 60)
    if minutes < 60:
        return _minutes_said(minutes)
    hours, rest = divmod(minutes, 60)
    head = trn("{count} hour", "{count} hours", hours, count=number(hours))
    return tr("{larger} {smaller}", larger=head, smaller=_minutes_said(rest, words=False)) if rest else head


def clock(when: datetime) -> str:
    return when.strftime("%H:%M")


def narrative(report: DayReport) -> list[str]:
    """Paragraphs: the day's span and overruns; intermissions, skips and pauses; the speakers.
    Empty of figures when nothing ran."""
    if report.opened_at is None:
        return [tr("The session has not started; the log holds no segment start.")]
    first = [_span_of_day(report)] + ([_overruns(report)] if report.overruns() else [])
    changed = summary_sentence(report.kept_events, report.day.hard_stop, report.closed_at)
    first += [changed] if changed else []
    second = [_intermission(line) for line in report.intermissions if line.actual_s is not None]
    second += _interruptions(report)
    gap = i18n.active_catalogue().sentence_gap
    paragraphs = [gap.join(first), gap.join(second), gap.join(_speakers(report))]
    return [p for p in paragraphs if p]


def _span_of_day(report: DayReport) -> str:
    opened = min(s.actual_start for s in report.segments if s.actual_start is not None)
    late = (opened - report.day.start).total_seconds()
    if abs(late) < 60:
        lateness = tr("on time")
    elif late > 0:
        lateness = tr("{span} late", span=span(late))
    else:
        lateness = tr("{span} early", span=span(late))
    return tr(
        "The session opened at {time}, {lateness}, {closing}",
        time=clock(opened),
        lateness=lateness,
        closing=_closing(report),
    )


def _overruns(report: DayReport) -> str:
    return tr("{overruns}.", overruns=i18n.join([_overrun(line) for line in report.overruns()]))


def _overrun(line: SegmentLine) -> str:
    fields = {
        "title": line.segment.title,
        "span": span(line.duration_delta_s or 0.0),
        "actual": _minutes(line.actual_s or 0.0),
        "planned": _minutes(line.segment.duration.total_seconds()),
        "adjust": span(line.adjust_s),
    }
    if line.adjust_s > 0:
        return tr("{title} ran {span} over ({actual} against {planned} planned; the host added {adjust})", **fields)
    if line.adjust_s < 0:
        return tr("{title} ran {span} over ({actual} against {planned} planned; the host took off {adjust})", **fields)
    return tr("{title} ran {span} over ({actual} against {planned} planned)", **fields)


def _minutes(seconds: float) -> str:
    return tr("{count} min", count=round(seconds / 60))


def _intermission(line: SegmentLine) -> str:
    title, kind = line.segment.title, line.segment.kind.value
    if title.lower() == kind:  # 'Intermission' named after its kind reads 'The intermission'
        name = tr("The intermission") if kind == "intermission" else tr("The break")
    else:
        name = title
    planned = _minutes(line.segment.duration.total_seconds())
    return tr("{name} lasted {span} ({planned} planned).", name=name, span=span(line.actual_s or 0.0), planned=planned)


def _interruptions(report: DayReport) -> list[str]:
    sentences = []
    skipped = [s.segment.title for s in report.segments if s.status is RunStatus.SKIPPED]
    if skipped:
        titles = i18n.join(skipped)
        sentences.append(trn("{titles} was skipped.", "{titles} were skipped.", len(skipped), titles=titles))
    if report.pause_count:
        paused_in = {
            report.segments[where].segment.title
            for number, (e, where) in enumerate(zip(report.events, report.event_segments), 1)
            if e.type == "pause" and where is not None and report.kept(number)
        }
        sentences.append(
            trn(
                "The clock was paused once (in {where}), for {span} in all.",
                "The clock was paused {count} times (in {where}), for {span} in all.",
                report.pause_count,
                count=number(report.pause_count),
                where=i18n.join(sorted(paused_in)),
                span=span(report.paused_s),
            )
        )
    if report.recoveries:
        sentences.append(
            trn(
                "The app was restarted once after an interruption; the timings run on across it.",
                "The app was restarted {count} times after an interruption; the timings run on across it.",
                len(report.recoveries),
                count=number(len(report.recoveries)),
            )
        )
    return sentences


def _speakers(report: DayReport) -> list[str]:
    sentences = []
    for line in report.segments:
        spoke = [s for s in line.speakers if s.spoken_s > 0]
        if not spoke or not any(s.limit_s is not None for s in spoke):
            continue  # untimed turns (a closing statement) say nothing a chair needs
        over = [tr("{name} by {span}", name=s.name, span=span(s.over_s)) for s in spoke if s.over_s >= 1]
        fields = {"title": line.segment.title, "count": number(len(spoke))}
        if over:
            sentences.append(
                trn(
                    "In {title}, {count} speaker took the floor; over their limit: {over}.",
                    "In {title}, {count} speakers took the floor; over their limit: {over}.",
                    len(spoke),
                    over=i18n.join(over),
                    **fields,
                )
            )
        else:
            sentences.append(
                trn(
                    "In {title}, {count} speaker took the floor, within their time.",
                    "In {title}, {count} speakers took the floor, all within their time.",
                    len(spoke),
                    **fields,
                )
            )
    return sentences


def _closing(report: DayReport) -> str:
    """The second half of the first sentence: how the day ended against its hard stop or plan."""
    closed = report.closed_at
    if closed is None:
        running = next(s for s in report.segments if s.status is RunStatus.RUNNING)
        return tr("and the log ends with {title} still running.", title=running.segment.title)
    target = report.day.hard_stop if report.day.hard_stop is not None else report.day.end
    delta = (closed - target).total_seconds()
    fields = {"time": clock(closed), "span": span(delta), "target": clock(target)}
    if abs(delta) < 60:
        return tr("and closed at {time}, on time.", **fields)
    if report.day.hard_stop is not None:
        if delta > 0:
            return tr("and closed at {time}, {span} past its {target} hard stop.", **fields)
        return tr("and closed at {time}, {span} before its {target} hard stop.", **fields)
    if delta > 0:
        return tr("and closed at {time}, {span} past its planned end at {target}.", **fields)
    return tr("and closed at {time}, {span} before its planned end at {target}.", **fields)

"""Reports from logs of 1,000, 10,000 and 100,000 events: every format but PDF.

The logs are made by driving the real engine over a FakeClock through a day of many segments
(speakers' turns, pauses, adjustments, notes, alerts) and writing its events to a real timing log.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
import time
from pathlib import Path

from bench.agenda_gen import agenda_yaml
from bench.common import log, r

FORMATS = ("html", "md", "csv", "jsonl")


def _segment_events(engine, clock, k: int, budget: int) -> None:
    """One segment's worth of host actions, about `budget` events: speakers added from the floor
    and given the floor in turn, a pause now and then, an adjustment, notes and alerts."""
    engine.advance()
    clock.advance(20)
    used = 1
    while used < budget - 4:
        engine.add_speaker(f"Delegate {k}-{used}", 120)
        engine.next_speaker()
        clock.advance(45)
        used += 2
        if used % 12 == 1:
            engine.pause(); clock.advance(30); engine.resume()
            engine.add_note(f"Point of order in item {k}")
            used += 3
    engine.adjust(60 if k % 2 else -2)
    engine.record_alert("warning", "2 minutes left")
    clock.advance(40)


def make_log(folder: Path, events: int) -> Path:
    """A timing log holding about `events` events; returns its path."""
    from datetime import datetime, timezone

    from runner.core.clock import FakeClock
    from runner.core.engine import SessionEngine
    from runner.core.timing_log import TimingLog
    from runner.io.agenda_yaml import parse_agenda

    segments = events // 45 + 5  # about 50 events a segment: a long day, a busy floor
    text = agenda_yaml(segments, days=1).encode()
    agenda = parse_agenda(text, str(folder / f"agenda-{events}.yaml"))
    day = agenda.days[0]
    clock = FakeClock(start=day.start.astimezone(timezone.utc))
    engine = SessionEngine(day, clock)
    k = 0
    while len(engine.events) < events - 1 and engine.next_index() is not None:
        _segment_events(engine, clock, k, min(50, events - 1 - len(engine.events)))
        k += 1
    engine.end_day()
    path = folder / f"log-{events}.sqlite"
    timing = TimingLog.create(path, agenda, day, text, "bench-boot")
    # One transaction for the whole fixture: the app commits (and fsyncs) each event, which
    # would make a 100,000-event fixture take minutes and measure the disk, not the report.
    timing._db.execute("BEGIN")
    for event in engine.events:
        timing.append(event)
    timing._db.execute("COMMIT")
    timing.close()
    return path


def _time_formats(write_report, path: Path, folder: Path) -> dict[str, float]:
    times = {}
    for suffix in FORMATS:
        out = folder / f"{path.stem}.{suffix}"
        began = time.perf_counter()
        with contextlib.redirect_stdout(sys.stderr):  # stdout carries only the JSON
            code = write_report(str(path), str(out), None)
        times[suffix] = (time.perf_counter() - began) * 1000.0
        if code not in (0, None) or not out.exists():
            raise RuntimeError(f"report {suffix} failed with {code}")
    return times


def run(quick: bool) -> dict[str, object]:
    try:
        from runner.io.report_command import write_report
    except ImportError as exc:
        write_report, missing = None, f"runner.io.report_command.write_report: {exc}"
    out: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="bench-report-") as name:
        folder = Path(name)
        for n in (1000, 10000) if quick else (1000, 10000, 100000):
            began = time.perf_counter()
            path = make_log(folder, n)
            log(f"report: log of {n} events made in {time.perf_counter() - began:.1f} s")
            out[f"report_{n}_log_events"] = _count(path)
            out[f"report_{n}_data_ms"] = r(_data_ms(path), 1)
            if write_report is None:
                out[f"report_{n}_events_ms"] = None
                continue
            times = _time_formats(write_report, path, folder)
            out[f"report_{n}_events_ms"] = r(sum(times.values()), 1)
            out[f"report_{n}_events_ms_by_format"] = {k: r(v, 1) for k, v in times.items()}
            log(f"report {n} events: {sum(times.values()):.0f} ms")
    if quick:
        out["report_100000_events_ms"] = None
        out["report_100000_note"] = "100,000 events: full run only (it takes about a minute)"
    if write_report is None:
        out["report_missing"] = missing
    return out


def _count(path: Path) -> int:
    from runner.core.timing_log import TimingLog

    timing = TimingLog.read(path)
    try:
        return len(timing.events())
    finally:
        timing.close()


def _data_ms(path: Path) -> float:
    """Reading the log and building the report data (what every format shares)."""
    from runner.core.report_data import build_report, events_in_one_domain
    from runner.core.timing_log import TimingLog
    from runner.io.agenda_yaml import parse_agenda

    began = time.perf_counter()
    timing = TimingLog.read(path)
    name, data = timing.agenda_copy()
    day = parse_agenda(data, name).day(timing.day)
    build_report(day, events_in_one_domain(timing.events()))
    timing.close()
    return (time.perf_counter() - began) * 1000.0

"""The seal's cost (issue 30): write time added per event, and `verify` over a 20,000-event log.

Write: the same day's events committed one action a transaction, fsynced (synchronous=FULL, as
the app writes), by today's `TimingLog.write` (numbered and sealed) and by the writer as it was
before the seal (a six-column INSERT), in alternating rounds on the same disk in the same run.
The figure is the difference of the medians per event; the seal's CPU alone (Sealer.rows, no
disk) is reported beside it, since the fsync's own noise is larger than the seal.

Verify: `runner.io.verify_command.verify` over a 20,000-event log (bench.report.make_log: the real
engine driven through a long day), best of a few, beside reading the same events for a report
(`TimingLog.events`), the work every report already does.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import tempfile
import time
from datetime import timezone
from pathlib import Path

from bench.agenda_gen import agenda_yaml
from bench.common import best_ms, log, r

VERIFY_EVENTS = 20000


def _day_events(folder: Path, segments: int):
    """A generated day and the engine events of a run through it (speakers, pauses, notes)."""
    from bench.report import _segment_events
    from runner.core.clock import FakeClock
    from runner.core.engine import SessionEngine
    from runner.io.agenda_yaml import parse_agenda

    text = agenda_yaml(segments, days=1).encode()
    agenda = parse_agenda(text, str(folder / "agenda.yaml"))
    day = agenda.days[0]
    clock = FakeClock(start=day.start.astimezone(timezone.utc))
    engine = SessionEngine(day, clock)
    for k in range(segments):
        if engine.next_index() is None:
            break
        _segment_events(engine, clock, k, 12)
    return agenda, day, text, list(engine.events)


def _sealed_round(folder: Path, name: str, agenda, day, text: bytes, events) -> float:
    """ms per event, today's writer: one action (one event) a fsynced transaction."""
    from runner.core.timing_log import TimingLog

    path = folder / f"{name}.sqlite"
    timing = TimingLog.create(path, agenda, day, text, "bench-boot")
    began = time.perf_counter()
    for event in events:
        timing.write([event])
    elapsed = time.perf_counter() - began
    timing.close()
    return elapsed * 1000.0 / len(events)


def _unsealed_round(folder: Path, name: str, agenda, day, text: bytes, events) -> float:
    """ms per event, the writer as it was before the seal, on a log made the same way."""
    from runner.core.timing_log import TimingLog

    path = folder / f"{name}.sqlite"
    TimingLog.create(path, agenda, day, text, "bench-boot").close()
    db = sqlite3.connect(str(path), isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    insert = "INSERT INTO events (type, segment, wall, mono, boot, data) VALUES (?, ?, ?, ?, ?, ?)"
    ends = {"end", "day_end"}  # as the writer did, and does: the WAL copied to the file at each end
    began = time.perf_counter()
    for e in events:
        data = json.dumps(e.data, ensure_ascii=False)
        db.execute("BEGIN IMMEDIATE")
        db.executemany(insert, [(e.type.value, e.segment, e.wall.isoformat(), e.mono, "bench-boot", data)])
        db.execute("COMMIT")
        if e.type.value in ends:
            db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    elapsed = time.perf_counter() - began
    db.close()
    return elapsed * 1000.0 / len(events)


def _seal_cpu_us(events, repeat: int) -> float:
    """µs per event of the seal alone: numbering and hashing the rows, no disk."""
    from runner.core.log_seal import Sealer, as_stored

    rows = [
        (e.type.value, e.segment, e.wall.isoformat(), as_stored(e.mono), "b", json.dumps(e.data, ensure_ascii=False))
        for e in events
    ]

    def seal() -> None:
        sealer = Sealer(1, b"\0" * 32, True, True, {})
        for row in rows:
            sealer.rows([row])

    return best_ms(seal, repeat) * 1000.0 / len(rows)


def write_cost(quick: bool) -> dict[str, object]:
    rounds = 3 if quick else 5
    with tempfile.TemporaryDirectory(prefix="bench-record-") as name:
        folder = Path(name)
        agenda, day, text, events = _day_events(folder, 20 if quick else 40)
        sealed, unsealed = [], []
        for i in range(rounds):  # alternating, so a slow spell of the disk falls on both
            unsealed.append(_unsealed_round(folder, f"plain-{i}", agenda, day, text, events))
            sealed.append(_sealed_round(folder, f"sealed-{i}", agenda, day, text, events))
        seal_us = _seal_cpu_us(events, 3 if quick else 5)
    with_seal, without = statistics.median(sealed), statistics.median(unsealed)
    log(f"record: {len(events)} events a round, {with_seal:.3f} ms/event sealed, {without:.3f} unsealed")
    return {
        "record_write_events_per_round": len(events),
        "record_write_ms_per_event_sealed": r(with_seal, 3),
        "record_write_ms_per_event_unsealed": r(without, 3),
        "record_seal_added_ms_per_event": r(with_seal - without, 3),
        "record_write_sealed_vs_unsealed": r(with_seal / without, 3) if without else None,
        "record_seal_cpu_us_per_event": r(seal_us, 2),
    }


def verify_cost(quick: bool) -> dict[str, object]:
    from bench.report import make_log
    from runner.core.timing_log import TimingLog
    from runner.io.verify_command import verify

    with tempfile.TemporaryDirectory(prefix="bench-verify-") as name:
        path = make_log(Path(name), VERIFY_EVENTS)
        repeat = 2 if quick else 3
        line = verify(path)
        verify_ms = best_ms(lambda: verify(path), repeat)

        def read() -> None:
            timing = TimingLog.read(path)
            try:
                timing.events()
            finally:
                timing.close()

        read_ms = best_ms(read, repeat)
    events = int(line.split("sound: ")[1].split(" ")[0])
    log(f"record: verify {events} events in {verify_ms:.0f} ms (reading them: {read_ms:.0f} ms)")
    return {
        "record_verify_log_events": events,
        "record_verify_20000_events_ms": r(verify_ms, 1),
        "record_read_20000_events_ms": r(read_ms, 1),
        "record_verify_vs_read_events": r(verify_ms / read_ms, 3) if read_ms else None,
    }


def run(quick: bool) -> dict[str, object]:
    return {**write_cost(quick), **verify_cost(quick)}


def main(argv: list[str] | None = None) -> int:
    """The record benchmark alone, as JSON."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    print(json.dumps(run(args.quick), indent=2))
    return 0


if __name__ == "__main__":  # python -m bench.record [--quick]
    import sys

    sys.exit(main())

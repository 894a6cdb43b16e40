"""Run the benchmarks and print one JSON object on stdout (progress goes to stderr).

    python bench/run.py           # full: more flips, longer CPU run, more repeats
    python bench/run.py --quick   # under 40 s on a 2-core machine, plus the live views' ~70 s

Every figure that depends on machine speed is measured in this same run next to its baseline
(a bare PySide6 window, a naive countdown, plain PyYAML, a fixed Python workload) and reported
as a ratio or a difference to it as well as in absolute terms.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` and `runner` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import cpu, drift, flip, load, record, report, startup, views
from bench.common import log, r

TARGETS = {
    "flip_error_ms_p99": "<= 20 and < naive_flip_error_ms_p99",
    "drift_ms_per_hour": "abs <= 50",
    "startup_ratio_vs_bare_qt": "<= 2.0",
    "load_2000_segments_ms": "<= 300",
    "load_60000_compact_vs_csafe_load": "< 1.0 (validated, with locations, faster than PyYAML's plain load)",
    "report_10000_events_ms": "<= 2000",
    "report_10000_vs_calibration": "<= 10 (html, md, csv, jsonl from one report command, one pass over the log)",
    "report_growth_100000_vs_10000": "<= 11 (linear in the events; full run only)",
    "report_export_all_vs_slowest_format": "<= 1.1 (Export of every format against the slowest command)",
    "record_seal_added_ms_per_event": "<= 1 (the sealed writer against the one before the seal, same run)",
    "record_verify_20000_events_ms": "< 2000",
    "cpu_percent_running": "< 2",
    "rss_mb": "< 200",
    "views_browser_flip_ms_p99": "<= 30",
    "views_host_flip_p99_difference_ms": "<= 5 (500 viewers against none)",
    "views_app_cpu_percent_500_viewers": "< 5",
    "views_document_bytes_max": "< 2048",
}


def meets(result: dict[str, object]) -> dict[str, bool | None]:
    """Each target checked against the figures; None where the figure is missing."""

    def value(key: str) -> float | None:
        v = result.get(key)
        return float(v) if isinstance(v, (int, float)) else None

    checks = {
        "flip_error_ms_p99": lambda v: v <= 20 and (value("naive_flip_error_ms_p99") or 0) > v,
        "drift_ms_per_hour": lambda v: abs(v) <= 50,
        "startup_ratio_vs_bare_qt": lambda v: v <= 2.0,
        "load_2000_segments_ms": lambda v: v <= 300,
        "load_60000_compact_vs_csafe_load": lambda v: v < 1.0,
        "report_10000_events_ms": lambda v: v <= 2000,
        "report_10000_vs_calibration": lambda v: v <= 10,
        "report_growth_100000_vs_10000": lambda v: v <= 11,
        "report_export_all_vs_slowest_format": lambda v: v <= 1.1,
        "record_seal_added_ms_per_event": lambda v: v <= 1,
        "record_verify_20000_events_ms": lambda v: v < 2000,
        "cpu_percent_running": lambda v: v < 2,
        "rss_mb": lambda v: v < 200,
        "views_browser_flip_ms_p99": lambda v: v <= 30,
        "views_host_flip_p99_difference_ms": lambda v: v <= 5,
        "views_app_cpu_percent_500_viewers": lambda v: v < 5,
        "views_document_bytes_max": lambda v: v < 2048,
    }
    return {key: (None if value(key) is None else bool(check(value(key)))) for key, check in checks.items()}


def machine() -> dict[str, object]:
    try:
        import PySide6

        qt = PySide6.__version__
    except ImportError:
        qt = None
    import yaml

    return {
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "pyside6": qt,
        "pyyaml": yaml.__version__,
        "libyaml": bool(getattr(yaml, "__with_libyaml__", False)),
        "platform": platform.platform(),
        "display": os.environ.get("DISPLAY") or None,
        "load_average_at_start": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
    }


def guarded(result: dict[str, object], notes: dict[str, str], name: str, action) -> None:
    """Run one benchmark; a failure becomes a note (and missing keys), not a lost run."""
    began = time.perf_counter()
    try:
        result.update(action())
    except Exception as exc:
        notes[name] = f"failed: {type(exc).__name__}: {exc}"[:600]
        log(f"{name} failed: {exc}")
    log(f"{name}: {time.perf_counter() - began:.1f} s")
    for key in ("startup_missing", "cpu_missing", "report_missing", "report_100000_note"):
        if key in result and isinstance(result[key], str):
            notes[key.split("_")[0]] = result[key]


def collect(result: dict[str, object], notes: dict[str, str], flip_child, cpu_run) -> None:
    guarded(result, notes, "flip", lambda: flip.summarise(flip_child.result(timeout=200)))
    guarded(result, notes, "cpu", cpu_run.result)


def derived(result: dict[str, object]) -> None:
    """Ratios of CPU-bound figures to the in-run calibration workload, and growth factors."""

    def ratio(key: str, over: str, name: str, digits: int = 3) -> None:
        a, b = result.get(key), result.get(over)
        if isinstance(a, (int, float)) and isinstance(b, (int, float)) and b:
            result[name] = r(a / b, digits)

    ratio("load_2000_segments_ms", "baseline_calibration_ms", "load_2000_vs_calibration")
    ratio("load_20000_segments_ms", "load_2000_segments_ms", "load_growth_20000_vs_2000", 2)
    ratio("load_2000_segments_ms", "load_200_segments_ms", "load_growth_2000_vs_200", 2)
    ratio("load_60000_compact_segments_ms", "load_6000_compact_segments_ms", "load_growth_60000_vs_6000_compact", 2)
    ratio("report_10000_events_ms", "baseline_calibration_ms", "report_10000_vs_calibration")
    ratio("report_10000_events_ms", "report_1000_events_ms", "report_growth_10000_vs_1000", 2)
    ratio("report_100000_events_ms", "report_10000_events_ms", "report_growth_100000_vs_10000", 2)
    # The same four formats by a command each (four readings of the log): no target, a comparison.
    ratio("report_10000_four_commands_ms", "baseline_calibration_ms", "report_10000_four_commands_vs_calibration")
    ratio("report_100000_four_commands_ms", "report_10000_four_commands_ms", "report_growth_four_commands", 2)
    ratio("record_verify_20000_events_ms", "baseline_calibration_ms", "record_verify_20000_vs_calibration")
    # Export of every format: at 10,000 events in a full run, else at 1,000.
    for n in (10000, 1000):
        if isinstance(result.get(f"report_{n}_export_all_vs_slowest_format"), (int, float)):
            result["report_export_all_vs_slowest_format"] = result[f"report_{n}_export_all_vs_slowest_format"]
            result["report_export_all_events"] = n
            break


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats; under 40 s")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    result: dict[str, object] = {"mode": "quick" if args.quick else "full", "machine": machine()}
    notes: dict[str, str] = {}
    result["baseline_calibration_ms"] = r(load.calibration_ms(3 if args.quick else 5), 1)
    # Wall-clock-sensitive figures first, alone: loading the two smaller agendas, then startup.
    guarded(result, notes, "load", lambda: load.run(args.quick, (200, 2000) if args.quick else load.SIZES))
    guarded(result, notes, "load", lambda: load.run_compact(args.quick))
    guarded(result, notes, "startup", lambda: startup.run(args.quick))
    # The flip and CPU children mostly sleep. In --quick the rest runs meanwhile (two cores); in a
    # full run everything waits for them, so nothing else competes with their timers.
    flip_child, cpu_run = flip.start(args.quick), cpu.CpuRun(args.quick)
    if not args.quick:
        collect(result, notes, flip_child, cpu_run)
    else:
        guarded(result, notes, "load", lambda: load.run(args.quick, (20000,)))
    guarded(result, notes, "drift", lambda: drift.run(args.quick))
    guarded(result, notes, "report", lambda: report.run(args.quick))
    guarded(result, notes, "record", lambda: record.run(args.quick))
    if args.quick:
        collect(result, notes, flip_child, cpu_run)
    # Last and alone: its runs compare the host's flips with and without 500 viewers.
    guarded(result, notes, "views", lambda: views.run(args.quick))
    derived(result)
    result["targets"] = TARGETS
    result["meets_targets"] = meets(result)
    result["notes"] = notes
    result["wall_s"] = r(time.perf_counter() - began, 1)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Run the benchmarks and print one JSON object on stdout (progress goes to stderr).

    python bench/run.py           # full: more flips, longer CPU run, more repeats
    python bench/run.py --quick   # under 40 s on a 2-core machine

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

from bench import drift, load  # noqa: E402
from bench.common import log, r  # noqa: E402

TARGETS = {
    "flip_error_ms_p99": "<= 20 and < naive_flip_error_ms_p99",
    "drift_ms_per_hour": "abs <= 50",
    "startup_ratio_vs_bare_qt": "<= 2.0",
    "load_2000_segments_ms": "<= 300",
    "report_10000_events_ms": "<= 2000",
    "cpu_percent_running": "< 2",
    "rss_mb": "< 200",
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
        "report_10000_events_ms": lambda v: v <= 2000,
        "cpu_percent_running": lambda v: v < 2,
        "rss_mb": lambda v: v < 200,
    }
    return {key: (None if value(key) is None else bool(check(value(key))))
            for key, check in checks.items()}


def machine() -> dict[str, object]:
    try:
        import PySide6
        qt = PySide6.__version__
    except ImportError:
        qt = None
    import yaml
    return {"cpu_count": os.cpu_count(), "python": platform.python_version(), "pyside6": qt,
            "pyyaml": yaml.__version__, "libyaml": bool(getattr(yaml, "__with_libyaml__", False)),
            "platform": platform.platform(), "display": os.environ.get("DISPLAY") or None,
            "load_average_at_start": list(os.getloadavg()) if hasattr(os, "getloadavg") else None}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats; under 40 s")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    result: dict[str, object] = {"mode": "quick" if args.quick else "full", "machine": machine()}
    notes: dict[str, str] = {}
    result["baseline_calibration_ms"] = r(load.calibration_ms(3 if args.quick else 5), 1)
    result.update(load.run(args.quick))
    result["load_2000_vs_calibration"] = r(result["load_2000_segments_ms"] / result["baseline_calibration_ms"], 3)
    result.update(drift.run(args.quick))
    result["targets"] = TARGETS
    result["meets_targets"] = meets(result)
    result["notes"] = notes
    result["wall_s"] = r(time.perf_counter() - began, 1)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Helpers shared by the benchmarks: timing, percentiles, logging to stderr, the repo's paths."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
BUNDLED_AGENDA = ROOT / "agendas" / "roadmap-launch-june-2020.yaml"


def log(*parts: object) -> None:
    """Progress goes to stderr: stdout carries only the JSON object."""
    print("[bench]", *parts, file=sys.stderr, flush=True)


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100) by linear interpolation between closest ranks."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100.0
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def best_ms(action: Callable[[], object], repeat: int) -> float:
    """The fastest of `repeat` runs in ms: the least disturbed by other load on a shared machine."""
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000.0)
    return min(times)


def median(values: list[float]) -> float:
    return statistics.median(values)


def child_env(platform: str | None = "offscreen") -> dict[str, str]:
    """The environment for a child Python: the repo importable, Qt on the chosen platform."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    # Settings and default logs of the children stay out of the user's folders.
    scratch = Path(tempfile.gettempdir()) / "session-runner-bench"
    env["XDG_CONFIG_HOME"] = str(scratch / "config")
    env["XDG_DATA_HOME"] = str(scratch / "data")
    env["SESSION_RUNNER_CACHE"] = str(scratch / "agenda-cache")
    # A user's install has compiled bytecode (pip compiles on install); this environment sets
    # PYTHONDONTWRITEBYTECODE, which would make every child recompile our modules and measure the
    # compiler. The cache goes to a private prefix, so the working tree stays clean.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    else:
        env.pop("QT_QPA_PLATFORM", None)
    return env


def r(value: float | None, digits: int = 2) -> float | None:
    """Round for the JSON, keeping None."""
    return None if value is None else round(value, digits)

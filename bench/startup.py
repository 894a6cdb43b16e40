"""Startup: process spawn to the first paint of the host window with the bundled agenda, against
the same for a bare PySide6 QMainWindow; alternating runs, medians, reported as a ratio.

The headline figure is a start as a host makes it on the day: the agenda opened before (the
agenda cache holds it; a restart after a crash is this case). `startup_first_open_*` is the
first start with an agenda never opened (or just edited): read and validated from its YAML."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from bench import children
from bench.common import log, median, r


def _once(mode: str, folder: Path, k: int, platform: str, first_open: bool = False) -> float | dict:
    """One child's process start to first paint, in ms. `first_open`: the agenda has not been
    opened before (an empty agenda cache), as on the first start with a new or edited agenda."""
    log_path = folder / f"startup-{k}{'-first' if first_open else ''}.sqlite"
    env = {"SESSION_RUNNER_CACHE": str(folder / f"empty-cache-{k}")} if first_open else None
    began = time.monotonic()  # CLOCK_MONOTONIC: the same clock in the child on Linux
    child = children.start("startup_child.py", [mode, str(log_path)], platform, env=env)
    result = child.result(timeout=60)
    if "missing" in result:
        return result
    if first_open:
        return (result["painted"] - began) * 1000.0
    marks = [("python_and_qt", result["phases"]["qt_ready"])]
    if "imported" in result["phases"]:
        marks.append(("import_app", result["phases"]["imported"]))
    marks += [
        ("load_and_build", result["phases"]["built"]),
        ("show", result["phases"]["shown"]),
        ("first_paint", result["painted"]),
    ]
    phases, previous = {}, began
    for name, at in marks:
        phases[name], previous = (at - previous) * 1000.0, at
    _PHASES.setdefault(mode, []).append(phases)
    return (result["painted"] - began) * 1000.0


_PHASES: dict[str, list[dict[str, float]]] = {}


def _median_phases(mode: str) -> dict[str, float | None]:
    runs = _PHASES.get(mode, [])
    return {name: r(median([run[name] for run in runs]), 1) for name in (runs[0] if runs else {})}


def run(quick: bool) -> dict[str, object]:
    runs = 7 if quick else 15
    platform = "xcb" if os.environ.get("DISPLAY") else "offscreen"
    bare, labelled, ours, first_opens, missing = [], [], [], [], None
    _PHASES.clear()
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
        # Warm-ups, not counted: the file cache and the bytecode cache, for both kinds alike.
        _once("bare", Path(folder), -1, platform)
        _once("app", Path(folder), -1, platform)
        _PHASES.clear()
        for k in range(runs):
            bare.append(_once("bare", Path(folder), k, platform))
            labelled.append(_once("bare_label", Path(folder), k, platform))
            got = _once("app", Path(folder), k, platform)
            if isinstance(got, dict):
                missing = got["missing"]
                break
            ours.append(got)
            first_opens.append(_once("app", Path(folder), k, platform, first_open=True))
    out: dict[str, object] = {
        "startup_platform": platform,
        "startup_runs": runs,
        "startup_bare_qt_ms_median": r(median(bare), 1),
        "startup_bare_qt_ms_all": [r(v, 1) for v in bare],
    }
    if missing:
        out.update({"startup_ratio_vs_bare_qt": None, "startup_missing": missing})
        return out
    out.update(
        {
            "startup_ms_median": r(median(ours), 1),
            "startup_ms_all": [r(v, 1) for v in ours],
            "startup_ratio_vs_bare_qt": r(median(ours) / median(bare), 3),
            "startup_difference_vs_bare_qt_ms": r(median(ours) - median(bare), 1),
            "startup_first_open_ms_median": r(median(first_opens), 1),
            "startup_first_open_ratio_vs_bare_qt": r(median(first_opens) / median(bare), 3),
            "startup_bare_qt_label_ms_median": r(median(labelled), 1),
            "startup_ratio_vs_bare_qt_label": r(median(ours) / median(labelled), 3),
            "startup_phases_ms_median": _median_phases("app"),
            "startup_bare_qt_phases_ms_median": _median_phases("bare"),
        }
    )
    log(f"startup: ours {median(ours):.0f} ms, bare {median(bare):.0f} ms")
    return out

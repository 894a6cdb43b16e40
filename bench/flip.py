"""Flip error: how late or early the displayed second changes against the true boundary, for our
countdown and a naive 1000 ms QTimer countdown, side by side in one child process (offscreen)."""

from __future__ import annotations

import random

from bench import children
from bench.common import percentile, r


def start(quick: bool) -> children.Child:
    flips = 23 if quick else 65
    return children.start("flip_child.py", [str(flips), str(random.randrange(1 << 30))], "offscreen")


def _errors(raw: dict, key: str, stamp: int) -> tuple[list[float], list[float]]:
    """Error in ms of each change (stamp 1: text set, 2: painted) and when it happened (s)."""
    t0, length = raw["t0"], raw["segment_s"]
    times, errors = [], []
    for row in raw[key]:
        value, at = row[0], row[stamp]
        boundary = t0 + length - value
        times.append(at - t0)
        errors.append((at - boundary) * 1000.0)
    return times, errors


def _slope_per_hour(times: list[float], errors: list[float]) -> float:
    """Theil-Sen slope (median of pairwise slopes), per hour: one late wake-up on a busy machine
    moves a least-squares line over a minute a lot, and the median of slopes hardly at all."""
    slopes = [
        (errors[j] - errors[i]) / (times[j] - times[i])
        for i in range(len(times))
        for j in range(i + 1, len(times))
        if times[j] > times[i]
    ]
    return percentile(slopes, 50) * 3600.0 if slopes else 0.0


def summarise(raw: dict) -> dict[str, object]:
    out: dict[str, object] = {"flip_widget": raw["widget"], "flip_naive_phase_s": r(raw["naive_phase_s"], 3)}
    for key, name in (("ours", "flip"), ("naive", "naive_flip")):
        times, painted = _errors(raw, key, 2)
        _, changed = _errors(raw, key, 1)
        magnitudes = [abs(e) for e in painted]
        out[f"{name}_error_ms_p99"] = r(percentile(magnitudes, 99), 2)
        out[f"{name}_error_ms_p50"] = r(percentile(magnitudes, 50), 2)
        out[f"{name}_error_ms_mean_signed"] = r(sum(painted) / len(painted), 2)
        out[f"{name}_text_change_error_ms_p99"] = r(percentile([abs(e) for e in changed], 99), 2)
        out[f"{name}_count"] = len(painted)
        out[f"{name}_real_drift_ms_per_hour"] = r(_slope_per_hour(times, painted), 1)
    out["flip_error_vs_naive_ratio"] = r(out["flip_error_ms_p99"] / max(out["naive_flip_error_ms_p99"], 1e-9), 4)  # type: ignore[operator]
    return out

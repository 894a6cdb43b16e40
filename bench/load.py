"""Loading and validating agendas of 200, 2,000 and 20,000 segments over five days."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import yaml

from bench.agenda_gen import compact_agenda_yaml, write_agenda
from bench.common import best_ms, log, r


def calibration_ms(repeat: int = 5) -> float:
    """A fixed pure-Python workload (dicts, strings, arithmetic): the machine-speed baseline that
    CPU-bound figures are divided by, measured in the same run."""

    def work() -> int:
        total = 0
        table: dict[str, int] = {}
        for i in range(200_000):
            key = f"k{i % 997}"
            table[key] = table.get(key, 0) + i
            total += len(key)
        return total

    return best_ms(work, repeat)


SIZES = (200, 2000, 20000)


def run(quick: bool, sizes: tuple[int, ...] = SIZES) -> dict[str, object]:
    """Time `load_agenda` per size (best of several: least disturbed by the shared machine), and
    plain `yaml.safe_load` (pure-Python PyYAML) of the same 2,000-segment file as the in-run baseline."""
    from runner.io.agenda_yaml import load_agenda

    repeats = {200: 5 if quick else 9, 2000: 3 if quick else 7, 20000: 1 if quick else 3}
    out: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="bench-agenda-") as folder:
        for n in sizes:
            path = write_agenda(Path(folder), n)
            ms = best_ms(lambda p=path: load_agenda(p), repeats[n])
            days = load_agenda(path).days
            assert sum(len(d.segments) for d in days) == n and len(days) == 5
            out[f"load_{n}_segments_ms"] = r(ms, 1)
            log(f"load {n} segments: {ms:.1f} ms (best of {repeats[n]})")
            if n == 2000:
                text = path.read_text(encoding="utf-8")
                plain = best_ms(lambda text=text: yaml.load(text, Loader=yaml.SafeLoader), 1 if quick else 3)
                out["load_baseline_pyyaml_safe_load_2000_ms"] = r(plain, 1)
                out["load_2000_vs_pyyaml_safe_load"] = r(ms / plain, 3)
    return out


COMPACT_SIZES = (6000, 60000)


def run_compact(quick: bool) -> dict[str, object]:
    """`parse_agenda` of 6,000 and 60,000 one-line segments (the largest agenda the 2 MB limit
    lets in), and, as the in-run baseline, PyYAML with libyaml loading the 60,000 into plain
    Python data: no locations, no validation, the least any PyYAML-based reader does."""
    from runner.io.agenda_yaml import parse_agenda

    parse_agenda(compact_agenda_yaml(10).encode())  # imports and the zone database, not timed
    out: dict[str, object] = {}
    largest_ms, text = 0.0, ""
    for n in COMPACT_SIZES:
        data = compact_agenda_yaml(n).encode()
        largest_ms = best_ms(lambda data=data: parse_agenda(data, "compact.yaml"), 1 if quick else 3)
        assert sum(len(d.segments) for d in parse_agenda(data).days) == n
        out[f"load_{n}_compact_segments_ms"] = r(largest_ms, 1)
        log(f"load {n} one-line segments ({len(data) // 1024} KiB): {largest_ms:.1f} ms")
        text = data.decode()
    plain = best_ms(lambda: yaml.load(text, Loader=yaml.CSafeLoader), 1 if quick else 3)
    out["load_baseline_csafe_load_60000_compact_ms"] = r(plain, 1)
    out["load_60000_compact_vs_csafe_load"] = r(largest_ms / plain, 3)
    return out


if __name__ == "__main__":
    began = time.perf_counter()
    print(run(quick=True), time.perf_counter() - began)

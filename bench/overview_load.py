"""The organiser's overview under a flood: 5,000 rooms against 10, on one Mosquitto, in one run.

    python bench/overview_load.py [--quick] [--before TREE]

Starts Debian's mosquitto on a free loopback port and two real overviews (`main.py overview
URL`, Qt offscreen), one on a prefix where 5,000 fake rooms publish, one on a prefix where 10
do; every room publishes its state every 5 s, as a room's app does (1,000 messages a second
for the 5,000). The load runs for three minutes (`--quick`: 30 s), then the rooms stop and both
overviews are watched for a minute more. Each overview's memory (RSS) and CPU time are read from
/proc every 2 s: the figures are the 5,000 rooms' overview against the 10 rooms' in the same
run, on the same machine load. `--before TREE` adds a third overview, from another checkout
(the code before the bounds), on the 5,000 rooms. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import children
from bench.common import ROOT, child_env, log, r
from bench.views_fanout import cpu_seconds
from tests.broker import Broker

MANY, FEW = 5_000, 10
PERIOD_S = 5.0
SAMPLE_S = 2.0


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Watched:
    """One overview process and its samples: (seconds since start, RSS MB, CPU s)."""

    def __init__(self, name: str, url: str, tree: Path, folder: Path) -> None:
        self.name = name
        self.stderr = folder / f"{name}.stderr"
        env = child_env("offscreen")
        env["PYTHONPATH"] = str(tree)
        with self.stderr.open("w") as err:
            self.process = subprocess.Popen(
                [sys.executable, str(tree / "main.py"), "overview", url, "--lang", "en"],
                cwd=tree,
                stdout=subprocess.DEVNULL,
                stderr=err,
                env=env,
            )
        self.samples: list[tuple[float, float, float]] = []

    def sample(self, since: float) -> None:
        if self.process.poll() is None:
            self.samples.append((time.monotonic() - since, rss_mb(self.process.pid), cpu_seconds(self.process.pid)))

    def between(self, start: float, end: float) -> tuple[float, float, float, float]:
        """(CPU %, RSS at the start, RSS at the end, RSS's most) over [start, end] seconds."""
        inside = [s for s in self.samples if start <= s[0] <= end]
        if len(inside) < 2:
            return (0.0, 0.0, 0.0, 0.0)
        (t0, rss0, cpu0), (t1, rss1, cpu1) = inside[0], inside[-1]
        return (100 * (cpu1 - cpu0) / (t1 - t0), rss0, rss1, max(s[1] for s in inside))

    def stop(self) -> str:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        return self.stderr.read_text(errors="replace")


def watch(overviews: list[Watched], seconds: float, since: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for overview in overviews:
            overview.sample(since)
        time.sleep(SAMPLE_S)


def measure(quick: bool, before: Path | None) -> dict[str, object]:
    load_s, after_s, settle_s = (30.0, 20.0, 6.0) if quick else (180.0, 60.0, 10.0)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        broker = Broker(folder)
        broker.start()
        overviews: list[Watched] = []
        try:
            many = Watched("many", broker.url("many"), ROOT, folder)
            few = Watched("few", broker.url("few"), ROOT, folder)
            overviews = [many, few]
            if before is not None:
                overviews.append(Watched("before", broker.url("many"), before, folder))
            began = time.monotonic()
            watch(overviews, settle_s, began)  # started and connected, no rooms yet
            load_from = time.monotonic() - began
            rooms = [
                children.start("overview_load_child.py", [broker.url(prefix), str(count), str(PERIOD_S), str(load_s)])
                for prefix, count in (("many", MANY), ("few", FEW))
            ]
            watch(overviews, load_s, began)
            published = [room.result(timeout=60)["published"] for room in rooms]
            load_to = time.monotonic() - began
            watch(overviews, after_s, began)
            after_to = time.monotonic() - began
        finally:
            said = {overview.name: overview.stop() for overview in overviews}
            broker.stop()
    return summarise(overviews, said, published, (load_from, load_to, after_to))


def summarise(
    overviews: list[Watched], said: dict[str, str], published: list[int], phases: tuple[float, float, float]
) -> dict[str, object]:
    load_from, load_to, after_to = phases
    half = (load_from + load_to) / 2
    figures: dict[str, object] = {
        "load_average_1min": r(os.getloadavg()[0], 1),  # the machine's other work: this VM is shared
        "overview_load_seconds": r(load_to - load_from, 0),
        "overview_load_messages": published[0],
        "overview_load_messages_per_s": r(published[0] / (load_to - load_from), 0),
    }
    for overview in overviews:
        cpu, rss0, rss1, most = overview.between(load_from, load_to)
        _, late0, late1, _ = overview.between(half, load_to)
        after_cpu, _, after_rss, _ = overview.between(load_to + 5, after_to)
        minutes = max((load_to - half) / 60, 1e-9)
        figures.update(
            {
                f"overview_{overview.name}_cpu_percent": r(cpu, 1),
                f"overview_{overview.name}_rss_mb_start": r(rss0, 1),
                f"overview_{overview.name}_rss_mb_end": r(rss1, 1),
                f"overview_{overview.name}_rss_mb_most": r(most, 1),
                f"overview_{overview.name}_rss_growth_mb_per_min_second_half": r((late1 - late0) / minutes, 1),
                f"overview_{overview.name}_cpu_percent_after": r(after_cpu, 1),
                f"overview_{overview.name}_rss_mb_after": r(after_rss, 1),
            }
        )
    many_cpu = float(figures["overview_many_cpu_percent"] or 0)  # type: ignore[arg-type]
    few_cpu = float(figures["overview_few_cpu_percent"] or 0)  # type: ignore[arg-type]
    many_rss = float(figures["overview_many_rss_mb_end"] or 0)  # type: ignore[arg-type]
    few_rss = float(figures["overview_few_rss_mb_end"] or 0)  # type: ignore[arg-type]
    figures["overview_5000_vs_10_cpu_ratio"] = r(many_cpu / max(few_cpu, 0.1), 1)
    figures["overview_5000_vs_10_rss_ratio"] = r(many_rss / max(few_rss, 1e-9), 2)
    figures["overview_cap_said"] = [line for line in said.get("many", "").splitlines() if "Showing" in line]
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--before", type=Path, help="another checkout's tree: its overview on the 5,000 rooms too")
    args = parser.parse_args()
    log(f"overview load: {MANY} rooms against {FEW}, every room every {PERIOD_S:g} s")
    print(json.dumps(measure(args.quick, args.before), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

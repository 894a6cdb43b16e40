"""The soak: an 8-hour day at speed, its app killed with SIGKILL at random moments and restarted.

Every life of the app (bench/soak_child.py) prints each event it showed; when the day is over the
log is read back and compared: events shown but not logged (lost), events logged twice
(duplicated), alerts fired twice, and whether every restart resumed the day (a `recover` event).

    python -m bench.soak [--hours 8] [--speed 240] [--seed 13] [--kill-every 0.3 2.5]
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from runner.core.timing_log import TimingLog

ROOT = Path(__file__).resolve().parent.parent
ZONE = "America/New_York"
DAY = "2020-06-12"


def agenda_yaml(hours: float) -> str:
    """An auto-start day of `hours`: 30-minute sessions with speakers' lists, an intermission each hour."""
    lines = [f"title: Soak\ntimezone: {ZONE}\ndays:\n  - date: {DAY}\n    title: Soak day\n    auto_start: true"]
    lines.append("    alerts: [5m, 1m]\n    segments:")
    minutes, index = 0, 0
    while minutes < hours * 60:
        start = f"{9 + minutes // 60:02d}:{minutes % 60:02d}"
        if index % 3 == 2:
            lines.append(f'      - start: "{start}"\n        title: Intermission {index}\n        kind: intermission')
            lines.append("        duration: 10m")
            minutes += 10
        else:
            lines.append(f'      - start: "{start}"\n        title: Session {index}\n        duration: 25m')
            lines.append(f"        speakers: [{{name: A{index}, limit: 6m}}, {{name: B{index}, limit: 6m}}, C{index}]")
            minutes += 25
        index += 1
    return "\n".join(lines) + "\n"


def run_lives(folder: Path, kill_range: tuple[float, float], rng: random.Random, budget_s: float) -> dict:
    """Start lives until one reports the day over; kill each at a random moment."""
    shown: list[tuple[str, str, str]] = []
    kills, lives, refused = 0, 0, 0
    began = time.monotonic()
    while time.monotonic() - began < budget_s:
        child = subprocess.Popen(
            [sys.executable, "-m", "bench.soak_child", str(folder)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        lives += 1
        try:
            out, err = child.communicate(timeout=rng.uniform(*kill_range))
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
            out, err = child.communicate()
            kills += 1
        lines = out.splitlines()
        shown += [tuple(line.split()[1:4]) for line in lines if line.startswith("shown ")]  # type: ignore[misc]
        refused += sum(line.startswith("refused ") for line in lines)
        if child.returncode not in (0, -signal.SIGKILL):
            raise RuntimeError(f"a life failed ({child.returncode}): {err[-800:]}")
        if "day over" in lines:
            break
    return {"lives": lives, "kills": kills, "refused": refused, "shown": shown, "real_s": time.monotonic() - began}


def audit(log: Path, shown: list[tuple[str, str, str]]) -> dict:
    """Compare what the lives showed with what the log holds, and check the log's seal (issue 30:
    every event killed mid-write or not still matches its seal, and the chain runs unbroken)."""
    timing = TimingLog.read(log)
    try:
        events = [item.event for item in timing.events()]
        seal = timing.check_seal()
    finally:
        timing.close()
    logged = Counter((e.type.value, str(e.segment), f"{e.mono:.6f}") for e in events)
    lost = sum(1 for key in set(shown) if key not in logged)
    duplicated = sum(n - 1 for n in logged.values() if n > 1)
    alert_keys = Counter(
        (e.segment, e.data.get("key") or e.data.get("kind")) for e in events if e.type.value == "alert"
    )
    starts = Counter(e.segment for e in events if e.type.value == "start")
    backs = Counter(e.segment for e in events if e.type.value == "back")
    return {
        "events": len(events),
        "shown": len(set(shown)),
        "lost": lost,
        "duplicated": duplicated,
        "alerts": sum(alert_keys.values()),
        "alerts_doubled": sum(n - 1 for n in alert_keys.values() if n > 1),
        "segments_started_twice": sum(1 for s, n in starts.items() if n > 1 + backs[s]),
        "recovers": sum(1 for e in events if e.type.value == "recover"),
        "day_ended": any(e.type.value == "day_end" for e in events),
        "seal_sound": seal.sound and seal.events == len(events),
        "seal_finding": str(seal.finding) if seal.finding else None,
    }


def soak(hours: float, speed: float, seed: int, kill_range: tuple[float, float], folder: Path) -> dict:
    (folder / "soak.yaml").write_text(agenda_yaml(hours), encoding="utf-8")
    origin_wall = datetime.fromisoformat(f"{DAY}T08:59:00").replace(tzinfo=ZoneInfo(ZONE))
    setup = {"origin_real": time.clock_gettime(time.CLOCK_BOOTTIME), "origin_wall": origin_wall.isoformat()}
    setup["speed"] = speed
    (folder / "soak.json").write_text(json.dumps(setup), encoding="utf-8")
    day_real_s = (hours * 3600 + 120) / speed
    lives = run_lives(folder, kill_range, random.Random(seed), budget_s=day_real_s * 3 + 60)
    figures = audit(folder / "soak.sqlite", lives.pop("shown"))
    figures.update(lives, hours=hours, speed=speed, seed=seed, kill_every_s=list(kill_range))
    figures["simulated_end"] = str(origin_wall + timedelta(seconds=lives["real_s"] * speed))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hours", type=float, default=8.0)
    parser.add_argument("--speed", type=float, default=240.0)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--kill-every", type=float, nargs=2, default=(0.3, 2.5), metavar=("MIN_S", "MAX_S"))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="soak-") as folder:
        figures = soak(args.hours, args.speed, args.seed, tuple(args.kill_every), Path(folder))
    print(json.dumps(figures, indent=1))
    clean = not (figures["lost"] or figures["duplicated"] or figures["alerts_doubled"]) and figures["day_ended"]
    clean = clean and figures["seal_sound"]
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main())

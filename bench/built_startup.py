"""The built app's start (issue 28): `dist/session-runner/session-runner` as PyInstaller builds it,
from process spawn to the host window's first frame (the bundled agenda, its clock running),
against a bare PySide6 window built the same way (bench/built_bare_child.py through the same spec
and pruning), alternating, in the same run; medians, and their ratio (target <= 1.5). The same two
from source (`python main.py`, `python bench/built_bare_child.py`) for comparison, and the floor
built the same way (bench/built_floor_child.py: the day's clock alone, the real core under it),
to say how near the bare window any start that runs the day's clock can come (no target), and
the same floor with `--least` (the remaining time painted once by a plain widget, no Qt enum).

    python bench/built_startup.py [--quick] [--app DIST_FOLDER]

Builds the three into a temp folder (about two minutes), unless --app names a built app folder
(then only the bare window and the floor are built). The app is timed by its own probe
(runner.ui.app STARTUP_PROBE: it prints the time and its CPU so far once the first frame is out,
then quits), the bare window and the floor by the same mark; all three also by the CPU they used
until they exited.
Cold start here: a new process each run, after one uncounted warm-up (the file cache warm, as on
a host's second start; the agenda cache holds the agenda). Children get private HOME and XDG
folders. Prints one JSON object; progress on stderr."""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, log, median, r

TARGET = 1.5


def _build_module() -> ModuleType:
    sys.path.insert(0, str(ROOT / "packaging"))
    spec = importlib.util.spec_from_file_location("packaging_build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(folder: Path, app: Path | None) -> tuple[Path, Path, Path]:
    """The app's, the bare window's and the floor's executables, built with
    packaging/session-runner.spec."""
    builder = _build_module()
    work = folder / "work"
    builder.compile_catalogues(work / "catalogues")
    builder.gather_fonts(work / "fonts")
    if app is None:
        log("built startup: building the app")
        builder.run_pyinstaller(work, folder / "dist", work / "catalogues", work / "fonts")
        app = folder / "dist" / "session-runner"
    log("built startup: building the bare window the same way")
    bare = ROOT / "bench" / "built_bare_child.py"
    builder.run_pyinstaller(work, folder / "dist", work / "catalogues", work / "fonts", bare, "bare-window")
    log("built startup: building the floor (the day's clock alone) the same way")
    floor = ROOT / "bench" / "built_floor_child.py"
    builder.run_pyinstaller(work, folder / "dist", work / "catalogues", work / "fonts", floor, "floor-window")
    dist = folder / "dist"
    return app / "session-runner", dist / "bare-window" / "bare-window", dist / "floor-window" / "floor-window"


def _env(home: Path, platform: str) -> dict[str, str]:
    env = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "QT_QPA_PLATFORM": platform,
        "SESSION_RUNNER_STARTUP_PROBE": "1",
    }
    for name in ("DISPLAY", "XAUTHORITY"):
        if os.environ.get(name):
            env[name] = os.environ[name]
    return env


def once(command: list[str], env: dict[str, str]) -> float:
    """Spawn to first frame in ms (CLOCK_MONOTONIC is one clock for every process on Linux)."""
    return marked(command, env)[0]


def marked(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Spawn to first frame in ms, and the CPU in ms the child had used by its first frame (its
    own process_time at the mark)."""
    began = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = began + 60
    out, err = process.communicate(timeout=max(1.0, deadline - time.monotonic()))
    if process.returncode != 0:
        raise RuntimeError(f"{command[0]} exited {process.returncode}: {err[-600:]}")
    line = next(line for line in reversed(out.splitlines()) if line.startswith('{"first_frame"'))
    mark = json.loads(line)
    return (mark["first_frame"] - began) * 1000.0, mark["cpu"] * 1000.0


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """`marked`, and the CPU (user + system) the child used until it quit, from RUSAGE_CHILDREN.
    CPU is steadier than wall time on a shared machine, where a run can wait for a core; the CPU
    by the first frame is the start alone, the CPU until the exit also counts the quitting
    (closing the day's log, saving the window's place, Python's and Qt's teardown)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall, by_frame = marked(command, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000.0
    return wall, by_frame, cpu


def run(quick: bool, app: Path | None = None) -> dict[str, object]:
    runs = 7 if quick else 15
    platform = "xcb" if os.environ.get("DISPLAY") else "offscreen"
    with tempfile.TemporaryDirectory(prefix="bench-built-") as temp:
        folder = Path(temp)
        app_exe, bare_exe, floor_exe = build(folder, app)
        home = folder / "home"
        home.mkdir()
        env = _env(home, platform)
        log_path = str(folder / "startup.sqlite")
        source_env = {**env, "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(folder / "pycache")}
        kinds = {
            "built_app": ([str(app_exe), "--log", log_path], env),
            "built_bare": ([str(bare_exe)], env),
            "built_floor": ([str(floor_exe), "--log", str(folder / "floor.sqlite")], env),
            "built_least": ([str(floor_exe), "--log", str(folder / "least.sqlite"), "--least"], env),
            "source_app": ([sys.executable, str(ROOT / "main.py"), "--log", log_path], source_env),
            "source_bare": ([sys.executable, str(ROOT / "bench" / "built_bare_child.py")], source_env),
        }
        times: dict[str, list[float]] = {kind: [] for kind in kinds}
        cpu: dict[str, list[float]] = {kind: [] for kind in kinds}
        cpu_by_frame: dict[str, list[float]] = {kind: [] for kind in kinds}
        for command, kind_env in kinds.values():  # warm-ups, not counted
            once(command, kind_env)
        for k in range(runs):
            for kind, (command, kind_env) in kinds.items():
                wall, by_frame, used = timed(command, kind_env)
                times[kind].append(wall)
                cpu_by_frame[kind].append(by_frame)
                cpu[kind].append(used)
            log(f"built startup: run {k + 1}/{runs}")
        sizes = {
            "built_app_mb": r(_size(app_exe.parent) / 1e6, 1),
            "built_bare_mb": r(_size(bare_exe.parent) / 1e6, 1),
        }
    med = {kind: median(values) for kind, values in times.items()}
    med_cpu = {kind: median(values) for kind, values in cpu.items()}
    med_by_frame = {kind: median(values) for kind, values in cpu_by_frame.items()}
    ratio = med["built_app"] / med["built_bare"]
    return {
        "built_startup_platform": platform,
        "built_startup_runs": runs,
        **{f"{kind}_ms_median": r(value, 1) for kind, value in med.items()},
        **{f"{kind}_ms_all": [r(v, 1) for v in values] for kind, values in times.items()},
        **{f"{kind}_cpu_ms_median": r(value, 1) for kind, value in med_cpu.items()},
        **{f"{kind}_cpu_by_first_frame_ms_median": r(value, 1) for kind, value in med_by_frame.items()},
        "built_startup_ratio_vs_built_bare_qt": r(ratio, 3),
        "built_startup_cpu_ratio_vs_built_bare_qt": r(med_cpu["built_app"] / med_cpu["built_bare"], 3),
        "built_startup_cpu_by_first_frame_ratio_vs_built_bare_qt": r(
            med_by_frame["built_app"] / med_by_frame["built_bare"], 3
        ),
        # No target: how near the bare window a start that runs the day's clock can come at all.
        "built_floor_cpu_by_first_frame_ratio_vs_built_bare_qt": r(
            med_by_frame["built_floor"] / med_by_frame["built_bare"], 3
        ),
        "built_floor_ratio_vs_built_bare_qt": r(med["built_floor"] / med["built_bare"], 3),
        "built_least_cpu_by_first_frame_ratio_vs_built_bare_qt": r(
            med_by_frame["built_least"] / med_by_frame["built_bare"], 3
        ),
        "built_least_ratio_vs_built_bare_qt": r(med["built_least"] / med["built_bare"], 3),
        "built_startup_cpu_by_first_frame_ratio_vs_built_floor": r(
            med_by_frame["built_app"] / med_by_frame["built_floor"], 3
        ),
        "source_startup_ratio_vs_source_bare_qt": r(med["source_app"] / med["source_bare"], 3),
        "built_startup_target": f"<= {TARGET}",
        "built_startup_meets_target": ratio <= TARGET,
        **sizes,
    }


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="7 alternating runs instead of 15")
    parser.add_argument("--app", type=Path, help="an app folder already built (dist/session-runner)")
    args = parser.parse_args()
    print(json.dumps(run(args.quick, args.app.resolve() if args.app else None), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Start a built app as a host would, with no Python anywhere on its PATH and a clean environment
(`env -i`): `--version`, `check`, the window (a real one, on the X display this runs under),
a second start that finds the same log, and `report` in every language. Nothing may be written
beside the app. CI runs it on the unpacked archive and on the installed .deb (.ci/run):

    xvfb-run -a python packaging/smoke.py dist/session-runner/session-runner
    xvfb-run -a python packaging/smoke.py /usr/bin/session-runner

Exits 0 when every step did what it should; prints one line per step.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
AGENDA_STEM = "roadmap-launch-june-2020"  # the agenda the app opens with no arguments
FIRST_DAY = "2020-06-11"


class Failed(Exception):
    pass


def clean_env(home: Path, empty_bin: Path, display: bool) -> dict[str, str]:
    """What `env -i` leaves, plus a HOME and a PATH with nothing in it (no python, no tools)."""
    env = {"HOME": str(home), "PATH": str(empty_bin), "LANG": "C.UTF-8"}
    if display:
        for name in ("DISPLAY", "XAUTHORITY"):
            if os.environ.get(name):
                env[name] = os.environ[name]
    return env


def run(command: list[str], env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0:
        raise Failed(f"{' '.join(command[1:])} exited {done.returncode}: {done.stderr.strip()[-600:]}")
    return done


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}


def xdotool(*args: str) -> str:
    done = subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=20, check=False)
    return done.stdout.strip()


def wait_for_window(pid: int, timeout: float = 40) -> str:
    """The id of the app's first mapped window (xdotool), once it is on screen: the host window."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = xdotool("search", "--onlyvisible", "--pid", str(pid))
        if found:
            return found.splitlines()[0]
        time.sleep(0.3)
    raise Failed("no window appeared")


def open_window(app: str, env: dict[str, str], screenshot: Path | None, press_space: bool) -> None:
    """Start the app with no arguments (the bundled agenda, the default log), wait for its window,
    start the first segment (Space) if asked, let the clock run two seconds, then end it as a
    desktop does (SIGTERM)."""
    process = subprocess.Popen([app], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        window = wait_for_window(process.pid)
        if press_space:
            xdotool("windowactivate", "--sync", window)
            xdotool("key", "--window", window, "space")
        time.sleep(2.5)
        if screenshot is not None and shutil.which("xwd"):
            subprocess.run(["xwd", "-root", "-silent", "-out", str(screenshot)], check=False, timeout=20)
        if process.poll() is not None:
            raise Failed(f"the app ended by itself ({process.returncode}): {process.stderr.read()[-600:]}")
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        try:
            _out, err = process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            raise Failed("the app did not end on SIGTERM") from None
    if process.returncode not in (0, -signal.SIGTERM):
        raise Failed(f"the app exited {process.returncode}: {err[-600:]}")


def events(log: Path) -> list[str]:
    """The types of the events in a timing log, in order (runner/core/timing_log.py's schema)."""
    with sqlite3.connect(f"file:{log}?mode=ro", uri=True) as db:
        return [str(row[0]) for row in db.execute("select type from events order by seq")]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    app = str(Path(argv[0]).resolve()) if os.sep in argv[0] else (shutil.which(argv[0]) or argv[0])
    app_folder = Path(os.path.realpath(app)).parent
    with tempfile.TemporaryDirectory(prefix="session-runner-smoke-") as temp:
        home, empty_bin, out = Path(temp) / "home", Path(temp) / "bin", Path(temp) / "out"
        for folder in (home, empty_bin, out):
            folder.mkdir()
        headless = clean_env(home, empty_bin, display=False)
        assert shutil.which("python3", path=headless["PATH"]) is None
        before = snapshot(app_folder)
        steps: list[tuple[str, object]] = []
        try:
            version = run([app, "--version"], headless).stdout
            if "session-runner" not in version or "Qt 6" not in version or "Python 3" not in version:
                raise Failed(f"--version said {version!r}")
            steps.append(("--version", version.strip().replace("\n", "; ")))
            agendas = sorted(str(p) for p in (REPO / "agendas").glob("*.yaml"))
            checked = run([app, "check", *agendas], headless).stdout
            steps.append(("check", f"{len(checked.splitlines())} days in {len(agendas)} agendas"))
            if os.environ.get("DISPLAY"):
                windowed = clean_env(home, empty_bin, display=True)
                open_window(app, windowed, out / "first.xwd", press_space=True)
                logs = sorted((home / ".local" / "share" / "session-runner" / "logs").glob("*.sqlite"))
                if [log.name for log in logs] != [f"{AGENDA_STEM}-{FIRST_DAY}.sqlite"]:
                    raise Failed(f"the first start wrote these logs: {logs}")
                first = events(logs[0])
                steps.append(("window", f"shown, Space pressed; log {logs[0].name}: {', '.join(first)}"))
                open_window(app, windowed, out / "second.xwd", press_space=False)
                again = sorted((home / ".local" / "share" / "session-runner" / "logs").glob("*.sqlite"))
                second = events(again[0])
                if again != logs or len(second) <= len(first) or second[: len(first)] != first:
                    raise Failed(f"the second start did not go on in the same log ({first} then {second})")
                steps.append(("second start", f"the same log: {', '.join(second)}"))
                log = logs[0]
            else:
                steps.append(("window", "skipped: no DISPLAY (run under xvfb-run -a)"))
                log = REPO / "tests" / "data" / "smoke.sqlite"
                if not log.exists():
                    raise Failed("no display and no log to report on")
            for language in LANGUAGES:
                for suffix in ("pdf", "html", "md"):
                    target = out / f"report-{language}.{suffix}"
                    run([app, "report", str(log), "-o", str(target), "--lang", language], headless)
                    if target.stat().st_size == 0:
                        raise Failed(f"empty {target.name}")
            steps.append(("report", f"pdf, html, md in {', '.join(LANGUAGES)}"))
            written = {path for path, stat in snapshot(app_folder).items() if before.get(path) != stat}
            if written:
                raise Failed(f"wrote beside the app: {sorted(written)[:5]}")
            steps.append(("beside the app", "nothing written"))
        except (Failed, subprocess.TimeoutExpired, OSError, sqlite3.Error) as exc:
            for name, said in steps:
                print(f"smoke: {name}: {said}")
            print(f"smoke: FAILED: {exc}", file=sys.stderr)
            return 1
        for name, said in steps:
            print(f"smoke: {name}: {said}")
    print(f"smoke: {app} passed with env -i and PATH={empty_bin.name}/ (empty: no python)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The live views under load, in one run: the host's own countdown flips with no viewer and with
500 WebSocket viewers on loopback (p99 error against the true boundary, and the difference), the
app's CPU in both, the size of each document; and the second a real browser (Debian's chromium)
displays against the host's true boundary."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from bench.common import BENCH, child_env, log, percentile, r
from bench.flip_child import seconds_of

VIEWERS = 500
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
CHROMIUM_ARGS += ["--disable-component-update", "--disable-sync", "--no-first-run"]


def _start(script: str, args: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(BENCH / script), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env("offscreen"),
    )


def _line(process: subprocess.Popen, what: str) -> dict:
    line = process.stdout.readline()  # type: ignore[union-attr]
    if not line:
        raise RuntimeError(f"{what} ended early: {process.stderr.read()[-800:]}")  # type: ignore[union-attr]
    return json.loads(line)


def _host_errors(raw: dict) -> list[float]:
    """Each flip of the host's countdown (first paint) against its true boundary, in ms."""
    return [abs(at - (raw["t0"] + raw["segment_s"] - value)) * 1000.0 for value, _, at in raw["flips"]]


def host_run(seconds: float, viewers: int, browse=None) -> dict:
    """One run of the app serving its views; `viewers` WebSocket clients; `browse(links)` opens a
    browser on the chair's link and returns a function that reads its flips at the end."""
    app = _start("views_child.py", [str(seconds)])
    crowd = None
    try:
        links = _line(app, "the app")
        if viewers:
            crowd = _start("views_viewers.py", [links["websocket"], str(viewers)])
            _line(crowd, "the viewers")
        read_flips = browse(links) if browse else None
        app.stdin.write("go\n")  # type: ignore[union-attr]
        app.stdin.flush()  # type: ignore[union-attr]
        raw = _line(app, "the app")
        raw["browser_flips"] = read_flips() if read_flips else None
        if crowd is not None:
            crowd.stdin.close()  # type: ignore[union-attr]
            raw["crowd"] = _line(crowd, "the viewers")
        return raw
    finally:
        for process in (app, crowd):
            if process is not None and process.poll() is None:
                process.kill()


def browser_errors(raw: dict) -> list[float]:
    """The browser's displayed second against the host's true boundary (wall clock), in ms."""
    flips = raw["browser_flips"] or []
    errors = []
    for text, at_ms in flips[1:]:  # the first is the page's first value, not a flip
        if not text[:1].isdigit():
            continue
        boundary = raw["wall0"] + raw["segment_s"] - seconds_of(text)
        errors.append(at_ms - boundary * 1000.0)
    return errors


def _with_browser(seconds: float) -> dict | None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not shutil.which(CHROMIUM):
        return None
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()

        def browse(links: dict) -> object:
            page.goto(links["chair"])
            page.locator("#title").wait_for()
            return lambda: page.evaluate("window.__flips")

        try:
            return host_run(seconds, 0, browse)
        finally:
            browser.close()


def run(quick: bool) -> dict[str, object]:
    seconds = 20.0 if quick else 60.0
    log(f"views: host alone, {seconds:.0f} s")
    alone = host_run(seconds, 0)
    log(f"views: host with {VIEWERS} viewers, {seconds:.0f} s")
    crowded = host_run(seconds, VIEWERS)
    log("views: a browser on the chair's link")
    browsed = _with_browser(seconds)
    return summarise(alone, crowded, browsed)


def summarise(alone: dict, crowded: dict, browsed: dict | None) -> dict[str, object]:
    p99_alone, p99_crowded = percentile(_host_errors(alone), 99), percentile(_host_errors(crowded), 99)
    cpu_alone = 100.0 * alone["cpu_s"] / alone["wall_s"]
    cpu_crowded = 100.0 * crowded["cpu_s"] / crowded["wall_s"]
    out: dict[str, object] = {
        "views_host_flip_ms_p99_no_viewers": r(p99_alone, 2),
        f"views_host_flip_ms_p99_{VIEWERS}_viewers": r(p99_crowded, 2),
        "views_host_flip_p99_difference_ms": r(p99_crowded - p99_alone, 2),
        "views_host_flips": len(crowded["flips"]),
        "views_app_cpu_percent_no_viewers": r(cpu_alone, 2),
        f"views_app_cpu_percent_{VIEWERS}_viewers": r(cpu_crowded, 2),
        "views_viewers_connected": crowded.get("crowd", {}).get("connected"),
        "views_messages_received": crowded.get("crowd", {}).get("messages"),
        "views_document_bytes_max": max(crowded["document_bytes_max"], crowded.get("crowd", {}).get("bytes_max", 0)),
    }
    for key in ("publish_ms", "broadcast_ms"):
        durations = crowded.get(key) or [0.0]
        out[f"views_{key.removesuffix('_ms')}_ms_max_{VIEWERS}_viewers"] = r(max(durations), 3)
        out[f"views_{key.removesuffix('_ms')}_ms_p50_{VIEWERS}_viewers"] = r(percentile(durations, 50), 3)
    errors = browser_errors(browsed) if browsed else []
    if errors:
        magnitudes = [abs(e) for e in errors]
        out["views_browser_flip_ms_p99"] = r(percentile(magnitudes, 99), 2)
        out["views_browser_flip_ms_p50"] = r(percentile(magnitudes, 50), 2)
        out["views_browser_flip_ms_mean_signed"] = r(sum(errors) / len(errors), 2)
        out["views_browser_flips"] = len(errors)
        out["views_browser_vs_host_p99_ratio"] = r(out["views_browser_flip_ms_p99"] / max(p99_alone, 1e-9), 2)  # type: ignore[operator]
    else:
        out["views_browser_missing"] = "no playwright or no /usr/bin/chromium"
    return out


if __name__ == "__main__":
    print(json.dumps(run("--quick" in sys.argv), indent=2))

"""CPU and memory while a segment counts down with both windows shown (under Xvfb when there is
one), against a bare PySide6 window whose label a 1000 ms timer updates, run at the same time."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench import children
from bench.common import r


class CpuRun:
    """Both children started at once, so they share whatever else loads the machine."""

    def __init__(self, quick: bool) -> None:
        self.seconds = 10.0 if quick else 30.0
        self.folder = tempfile.TemporaryDirectory(prefix="bench-cpu-")
        prefix, platform, self.label = children.gui_platform()
        log_path = str(Path(self.folder.name) / "cpu.sqlite")
        self.app = children.start("cpu_child.py", ["app", str(self.seconds), log_path], platform, prefix)
        self.bare = children.start("cpu_child.py", ["bare", str(self.seconds)], platform, prefix)

    def result(self) -> dict[str, object]:
        try:
            bare = self.bare.result(timeout=self.seconds + 60)
            ours = self.app.result(timeout=self.seconds + 60)
        finally:
            self.folder.cleanup()
        out: dict[str, object] = {
            "cpu_platform": f"{self.label} ({bare['platform']})",
            "cpu_seconds_measured": r(bare["wall_s"], 1),
            "bare_qt_cpu_percent": r(100.0 * bare["cpu_s"] / bare["wall_s"], 3),
            "bare_qt_rss_mb": r(bare["VmHWM"] / 1024.0, 1),
        }
        if "missing" in ours:
            out.update({"cpu_percent_running": None, "rss_mb": None, "cpu_missing": ours["missing"]})
            return out
        cpu = 100.0 * ours["cpu_s"] / ours["wall_s"]
        out.update(
            {
                "cpu_percent_running": r(cpu, 3),
                "cpu_difference_vs_bare_qt_percent": r(cpu - out["bare_qt_cpu_percent"], 3),  # type: ignore[operator]
                "rss_mb": r(ours["VmHWM"] / 1024.0, 1),
                "rss_now_mb": r(ours["VmRSS"] / 1024.0, 1),
                "rss_difference_vs_bare_qt_mb": r((ours["VmHWM"] - bare["VmHWM"]) / 1024.0, 1),
                "cpu_windows": ours["windows"],
            }
        )
        return out

"""Starting benchmark children: the repo importable, Qt on a chosen platform, JSON on stdout."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass

from bench.common import BENCH, child_env


def gui_platform() -> tuple[list[str], str | None, str]:
    """How to show real windows: under `xvfb-run -a` when there is one, else the current DISPLAY,
    else Qt's offscreen platform. Returns (command prefix, QT_QPA_PLATFORM, label)."""
    xvfb = shutil.which("xvfb-run")
    if xvfb:
        return [xvfb, "-a", "-s", "-screen 0 1920x1080x24"], "xcb", "xvfb"
    if os.environ.get("DISPLAY"):
        return [], "xcb", "display"
    return [], "offscreen", "offscreen"


@dataclass
class Child:
    """A running child whose stdout is one JSON object."""

    process: subprocess.Popen
    name: str

    def result(self, timeout: float) -> dict:
        try:
            out, err = self.process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            out, err = self.process.communicate()
            raise RuntimeError(f"{self.name} timed out: {err[-500:]}") from None
        if self.process.returncode != 0:
            raise RuntimeError(f"{self.name} exited {self.process.returncode}: {err.strip()[-800:]}")
        return json.loads(out.strip().splitlines()[-1])


def start(
    script: str,
    args: list[str],
    platform: str | None = "offscreen",
    prefix: list[str] | None = None,
    env: dict[str, str] | None = None,
) -> Child:
    """Start `bench/<script>` with this interpreter; `env` adds to (or overrides) `child_env`."""
    command = [*(prefix or []), sys.executable, str(BENCH / script), *args]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**child_env(platform), **(env or {})}
    )
    return Child(process, script)

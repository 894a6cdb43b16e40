"""Running a module of tests/ui on a real X display: `xvfb-run` with the screen asked for."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_under_xvfb(module: str, *args: str, screen: str = "1920x1080x24") -> subprocess.CompletedProcess[str]:
    """`python -m MODULE ARGS` under xvfb-run on the xcb platform, from the repository's root."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["QT_QPA_PLATFORM"] = "xcb"
    return subprocess.run(
        ["xvfb-run", "-a", "-s", f"-screen 0 {screen}", sys.executable, "-m", module, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

"""A real process killed with SIGKILL once it has said its first line (the crash tests': the day
it ran is on disk, and nothing of it had the chance to close or clean up)."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def killed_after_first_line(code: str, *args: str) -> tuple[str, str]:
    """Run `code` (`python -c`, from the repository's folder) with `args`, read the first line it
    prints, then kill it; that line stripped, and what it wrote on stderr (for the caller's
    assertion on the line: a child that failed says why there)."""
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        line = child.stdout.readline()  # type: ignore[union-attr]
    finally:
        child.send_signal(signal.SIGKILL)
        _, err = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL, err
    return line.strip(), err

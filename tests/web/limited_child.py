"""Runs main.py with the open files limit set first (as `ulimit -n SOFT` would): `SOFT,HARD ARGS…`."""

from __future__ import annotations

import resource
import runpy
import sys

if __name__ == "__main__":
    soft, hard = (int(number) for number in sys.argv[1].split(","))
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    sys.argv = ["main.py", *sys.argv[2:]]
    runpy.run_path("main.py", run_name="__main__")

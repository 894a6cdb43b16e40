"""Child of the CPU benchmark: a segment counting down with both windows shown, for a while.

    cpu_child.py app SECONDS LOG   # the console on the bundled agenda, first segment started
    cpu_child.py bare SECONDS      # baseline: a QMainWindow whose label a 1000 ms QTimer updates

Prints CPU seconds (user+system) and wall seconds of the counting phase only, and the peak and
current resident memory of the process (VmHWM, VmRSS).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _memory_kb() -> dict[str, int]:
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmHWM", "VmRSS"):
            fields[key] = int(value.split()[0])
    return fields


def _bare(app):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLabel, QMainWindow

    window = QMainWindow()
    label = QLabel("60:00")
    window.setCentralWidget(label)
    window.resize(800, 600)
    window.show()
    state = {"left": 3600}
    timer = QTimer(window)

    def tick() -> None:
        state["left"] -= 1
        label.setText(f"{state['left'] // 60}:{state['left'] % 60:02d}")

    timer.timeout.connect(tick)
    timer.start(1000)
    return [window, timer]


def main(mode: str, seconds: float, log_path: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    if mode == "bare":
        keep = _bare(app)
        windows = keep[:1]
    else:
        from bench.console_adapter import open_console

        try:
            _console, windows, engine = open_console(Path(log_path))
        except ImportError as exc:
            print(json.dumps({"missing": f"runner.ui.app.build_console: {exc}"}))
            return
        for window in windows:
            window.show()
        engine.advance()  # the first segment counts down from here
    settle_until = time.monotonic() + 1.0  # let the first paints and layouts pass
    while time.monotonic() < settle_until:
        app.processEvents()
        time.sleep(0.01)
    cpu0, wall0 = _cpu_s(), time.monotonic()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    cpu, wall = _cpu_s() - cpu0, time.monotonic() - wall0
    print(
        json.dumps(
            {
                "cpu_s": cpu,
                "wall_s": wall,
                "windows": [type(w).__name__ for w in windows],
                "platform": app.platformName(),
                **_memory_kb(),
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "/tmp/bench-cpu.sqlite")

"""Child process of the flip benchmark: our countdown (EngineBridge tick, SystemClock) and a naive
one (a free-running 1000 ms QTimer that subtracts a second per tick, opened at an arbitrary phase)
run side by side in one event loop; each change of either display is timed on its first paint
after the change and compared with the true whole-second boundary. Prints one JSON object."""

from __future__ import annotations

import json
import math
import random
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from runner.core.agenda import Day, Segment
from runner.core.clock import SystemClock
from runner.core.engine import SessionEngine
from runner.ui.base.engine_bridge import EngineBridge

SEGMENT_S = 3600.0


class PaintStamps(QObject):
    """Records the monotonic time of the first paint after each text change of a label."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.label, self.pending, self.changes = label, None, []  # (value_s, changed_at, painted_at)
        label.installEventFilter(self)

    def changed(self, value_s: int) -> None:
        self.pending = (value_s, time.monotonic())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.pending is not None:
            self.changes.append((*self.pending, time.monotonic()))
            self.pending = None
        return False


def seconds_of(text: str) -> int:
    """'59:58' or '1:02:03' to seconds (the countdown shows whole seconds)."""
    total = 0
    for part in text.lstrip("+").split(":"):
        total = total * 60 + int(part)
    return total


def our_countdown(bridge: EngineBridge, parent: QWidget) -> tuple[QWidget, Callable[[], str]]:
    """The app's countdown widget, fed by the bridge's tick as the host window feeds it; returns
    the widget and a function reading the text it shows."""
    from runner.ui.widgets.countdown import CountdownWidget

    widget = CountdownWidget(parent)
    bridge.tick.connect(lambda snap: widget.set_value(snap.remaining_s, snap.allowed_s, snap.paused))
    return widget, lambda: widget.text


def main(flips: int, seed: int) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    start = datetime.now(timezone.utc)
    day = Day(date.today(), "Flip", (Segment(0, "Flip", start, timedelta(seconds=SEGMENT_S)),), "UTC")
    engine = SessionEngine(day, SystemClock())
    window = QWidget()
    layout = QVBoxLayout(window)
    bridge = EngineBridge(engine, window)
    ours, read_ours = our_countdown(bridge, window)
    naive = QLabel(window)
    layout.addWidget(ours), layout.addWidget(naive)
    ours_stamps, naive_stamps = PaintStamps(ours), PaintStamps(naive)
    window.show()
    app.processEvents()

    last = {"text": None}

    def on_tick(_snapshot: object) -> None:
        text = read_ours()
        if text != last["text"]:
            last["text"] = text
            ours_stamps.changed(seconds_of(text))

    bridge.tick.connect(on_tick)

    engine.advance()  # the segment starts now; the bridge ticks from here on
    t0 = engine.current_run.started
    phase = random.Random(seed).uniform(0.2, 0.8)
    naive_state = {"value": None}
    timer = QTimer(window)
    timer.setInterval(1000)  # a free-running timer, default (coarse) type, as a naive app has

    def naive_tick() -> None:
        naive_state["value"] -= 1
        naive.setText(str(naive_state["value"]))
        naive_stamps.changed(naive_state["value"])

    timer.timeout.connect(naive_tick)

    def naive_open() -> None:  # the naive window opens at an arbitrary moment in the second
        naive_state["value"] = math.ceil(SEGMENT_S - (time.monotonic() - t0))
        naive.setText(str(naive_state["value"]))
        timer.start()

    QTimer.singleShot(int(phase * 1000), naive_open)

    def done() -> bool:
        return len(ours_stamps.changes) >= flips + 1 and len(naive_stamps.changes) >= flips + 1

    guard = QTimer(window)
    guard.timeout.connect(lambda: app.quit() if done() else None)
    guard.start(100)
    QTimer.singleShot(int((flips + 5) * 1000 * 1.5), app.quit)
    app.exec()
    print(
        json.dumps(
            {
                "t0": t0,
                "segment_s": SEGMENT_S,
                "naive_phase_s": phase,
                "ours": ours_stamps.changes[1:],
                "naive": naive_stamps.changes[1:],
                "widget": type(ours).__module__ + "." + type(ours).__name__,
            }
        )
    )


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else int(time.time()))

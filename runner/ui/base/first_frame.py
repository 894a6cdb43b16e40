"""Work that can wait until the host window's first frame is on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject

from runner.ui.base.timers import QtTimers, Timers

# A window that is never shown (tests, a chair-only setup) still gets the work done this soon.
LATEST_MS = 800


def after_first_frame(
    widget: QObject,
    owner: QObject,
    action: Callable[[], None],
    latest_ms: int = LATEST_MS,
    timers: Timers | None = None,
) -> None:
    """Call `action` once: just after `widget`'s first paint, or `latest_ms` from now if that comes
    first. Tied to `owner`'s life (the object `action` belongs to): once it is destroyed, nothing is called."""
    done = False

    def run() -> None:
        nonlocal done
        if not done:
            done = True
            action()

    # After the frame is out, not inside its paint.
    timers = timers or QtTimers()
    _PaintWatcher(widget, lambda: timers.single_shot(0, owner, run))
    timers.single_shot(latest_ms, owner, run)


class _PaintWatcher(QObject):
    """Calls `on_paint` at `widget`'s first Paint event, then lets go. Holds no timer of its own:
    it dies with the widget, and a timer aimed at it could fire after that."""

    def __init__(self, widget: QObject, on_paint: Callable[[], None]) -> None:
        super().__init__(widget)
        self._on_paint = on_paint
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._on_paint()
            self.deleteLater()
        return False

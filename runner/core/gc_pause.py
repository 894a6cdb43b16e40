"""Holding Python's cyclic garbage collector while a large, acyclic structure is built."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector for the block, then restore it as it was.

    Reading a big agenda or log allocates millions of objects and no cycles; the collector's full
    passes over them made 10x the input cost 15x the time. Reference counting still frees
    everything, and the collector runs again as soon as the block ends.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_held_for_startup = False


def pause_for_startup() -> None:
    """Hold the collector while the app starts (`main.py`, before any import).

    Starting allocates a few hundred thousand long-lived objects (modules, classes, Qt's enums,
    the agenda, the widgets) and almost no garbage cycles; the collector's passes over them cost
    about 10 ms of a 0.2 s start. `end_startup_pause` lets it run again once the first frame is out.
    """
    global _held_for_startup
    if gc.isenabled():
        _held_for_startup = True
        gc.disable()


def end_startup_pause() -> None:
    """Let the collector run again if `pause_for_startup` held it; otherwise do nothing.

    What the start made is frozen first (moved where no collection looks): the ~45,000 objects
    made while the collector was held are all young, so its first pass after them examined every
    one, 15-22 ms of CPU on the first event after the first frame, to find ~500 unreachable ones
    (closures and tuples left by class creation), which now stay. `thaw_startup` hands them all
    back when the first day closes, so that day's own cycles are freed as any others."""
    global _held_for_startup
    if _held_for_startup:
        _held_for_startup = False
        gc.freeze()
        gc.enable()


def thaw_startup() -> None:
    """Let the collector see again what `end_startup_pause` froze (the first day's objects among
    them, once another day replaces it); a no-op when nothing is frozen."""
    gc.unfreeze()

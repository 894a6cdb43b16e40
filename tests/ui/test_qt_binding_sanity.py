"""Guard against a broken Qt binding: PySide6 6.12.0 wheels on Python 3.11 drop a reference to
None on every void call and to True on every `Signal.emit`, so any Qt app aborts after a few
thousand calls ("Fatal Python error: none_dealloc"). 6.11.3 is fine. This test fails fast with a
clear message instead of a crash minutes into a live event.
"""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont


class _Emitter(QObject):
    fired = Signal(object)


def test_binding_keeps_reference_counts_of_none_and_true(qapp):
    font, emitter = QFont(), _Emitter()
    emitter.fired.connect(lambda value: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(50):
        font.setBold(True)
        emitter.fired.emit(1)
    lost_none = none_before - sys.getrefcount(None)
    lost_true = true_before - sys.getrefcount(True)
    assert lost_none < 25 and lost_true < 25, (
        f"PySide6 {pyside_version} leaks references to None/True on this Python "
        f"({sys.version_info.major}.{sys.version_info.minor}); install PySide6 6.11.x"
    )

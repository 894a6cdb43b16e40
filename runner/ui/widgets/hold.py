"""H: hold the next segment back from starting by itself (auto-start days), or let it go again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from runner.ui.base.formatting import clock_text, fill

_MESSAGE_MS = 8000


def toggle_hold(console: Any, index: int) -> bool | None:
    """Hold segment `index` or release it (a `hold` / `release` event); True if now held, None if
    the day starts nothing by itself (H then does nothing, and the status bar says so)."""
    engine, bar = console.session.engine, console.host.statusBar()
    if not engine.day.auto_start:
        bar.showMessage(
            QCoreApplication.translate(
                "HostWindow",
                "H holds a segment back from starting by itself, which happens only on auto-start days; "
                "today every segment starts when you press Space",
            ),
            _MESSAGE_MS,
        )
        return None
    held = index not in engine.held
    if not console.bridge.perform(lambda: console.bridge.commands.hold(index, held)):
        return None
    title = engine.day.segments[index].title
    if held:
        text = QCoreApplication.translate(
            "HostWindow", "'%1' is held: it starts when you press Space (H lets it start by itself)"
        )
        bar.showMessage(fill(text, title), _MESSAGE_MS)
        return True
    when = clock_text(console.bridge.snapshot().segments[index].projected_start)
    text = QCoreApplication.translate("HostWindow", "'%1' is released: it starts by itself at %2")
    bar.showMessage(fill(text, title, when), _MESSAGE_MS)
    return False

"""Telling the host about a problem: one line on stderr, and a dialog too when nobody reads stderr.

Started from a desktop launcher, the app's stderr goes nowhere (not a terminal): a host who
double-clicked an agenda with a typo would see nothing at all. PySide6 is imported only when a
dialog is really shown, so a terminal user's error costs no Qt import.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

APP_TITLE = "Session Runner"
_HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc")


def tell(problems: Sequence[object]) -> None:
    """Print each problem as a line on stderr; without a terminal there, show them in a dialog as well."""
    lines = [str(problem) for problem in problems]
    for line in lines:
        print(line, file=sys.stderr)
    if lines and not stderr_is_terminal() and can_show_dialog():
        show_dialog(lines)


def stderr_is_terminal() -> bool:
    try:
        return sys.stderr is not None and sys.stderr.isatty()
    except (AttributeError, ValueError):  # replaced, or closed
        return False


def can_show_dialog() -> bool:
    """A screen someone looks at: not Qt's headless platforms, and on X11/Wayland a display to open."""
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in _HEADLESS_PLATFORMS:
        return False
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def show_dialog(lines: Sequence[str]) -> None:
    """A modal message box with the first line, the rest under its details; waits for OK."""
    try:  # lazy seam: this module stays Qt-free (the command line loads it) until a box is shown
        from PySide6 import QtCore, QtWidgets
    except ImportError:  # no Qt to show it with: the line on stderr is all there is
        return
    _app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])  # held while the box shows
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Critical, APP_TITLE, lines[0])
    box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    if len(lines) > 1:
        more = QtCore.QCoreApplication.translate("ErrorDialog", "and %1 more (see the details)")
        box.setInformativeText(more.replace("%1", str(len(lines) - 1)))  # this module loads no more of the UI
        box.setDetailedText("\n".join(lines))
    box.setObjectName("errorDialog")
    box.exec()

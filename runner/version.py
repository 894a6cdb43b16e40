"""`session-runner --version`: the app's version, then the Qt and the Python it runs on (a built
app carries both, and says so). Imported only when asked: it loads QtCore."""

from __future__ import annotations

import platform
import sys

import PySide6
from PySide6.QtCore import qVersion

from runner import __version__


def version_text() -> str:
    built = " (in this app)" if getattr(sys, "frozen", False) else ""
    qt = f"Qt {qVersion()} (PySide6 {PySide6.__version__}){built}"
    python = f"Python {platform.python_version()} ({platform.python_implementation()}){built}"
    return f"session-runner {__version__}\n{qt}\n{python}"

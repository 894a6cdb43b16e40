"""Named lazy seams: a module imported at the first use of one of its names, not when the module
that names it is loaded (the scientific Python ecosystem's SPEC 1, `lazy_loader`, is the model).

    if TYPE_CHECKING:
        from runner.io import report_command  # what the type checker and the import graph see
    else:
        report_command = deferred("runner.io.report_command")  # what runs: loaded at first use

The imports a module makes thus all stand at its top, the deferred ones named as such, instead
of hiding in function bodies; docs/architecture.md lists every seam and why it is one (most:
what the host window's first frame does not need). tests/import_graph.py counts the seams.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any


class Deferred:
    """Stands for the module `name`: each attribute read is the module's, imported on the first.

    No copy is kept: every read goes through `sys.modules` (what `importlib.import_module` looks
    at first), so a module replaced there, as a test does to play a missing library, is seen."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(importlib.import_module(self._name), attribute)

    def __repr__(self) -> str:
        state = "loaded" if self._name in sys.modules else "not loaded yet"
        return f"<deferred module {self._name!r}, {state}>"


def deferred(name: str) -> Any:
    """The module `name`, imported when one of its names is first read (typed by the caller's
    TYPE_CHECKING import of the same module)."""
    return Deferred(name)

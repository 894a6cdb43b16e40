"""Files that ship with the app: the agendas in `agendas/` and the chime in `resources/`.

In a checkout (and an editable install) they sit beside the package, at the top of the
repository; a wheel carries them inside it as `runner/agendas` and `runner/resources`
(pyproject.toml maps those two folders in).
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled_file(folder: str, name: str) -> Path:
    """`folder/name` beside the package if it is there, else inside it (an installed wheel)."""
    beside = _PACKAGE.parent / folder / name
    inside = _PACKAGE / folder / name
    return inside if not beside.exists() and inside.exists() else beside

"""Reading an agenda file's bytes, with every way that can fail turned into one located message."""

from __future__ import annotations

from pathlib import Path

from runner.core.errors import AgendaError

MAX_BYTES = 2 * 1024 * 1024


def read_agenda_bytes(path: str | Path) -> bytes:
    """The file's bytes, at most MAX_BYTES + 1 of them (the parser refuses a larger file by name)."""
    name = str(path)
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise AgendaError.single(name, 1, 1, "no such file") from None
    except IsADirectoryError:
        raise AgendaError.single(name, 1, 1, "is a folder, not an agenda file") from None
    except OSError as exc:
        raise AgendaError.single(name, 1, 1, f"cannot be read: {exc.strerror or exc}") from None

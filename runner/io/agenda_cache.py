"""The validated agenda kept between starts, so the app reopens a day without reading YAML again.

Why: importing PyYAML and the validation rules, then parsing, is 15-25 ms of a 0.2 s start to
the first frame (docs/performance.md), and a start matters most when it is a restart: the app
was closed by mistake or crashed in the middle of a session. The cache is a convenience, never a source of
truth: an entry is used only when the file's bytes are exactly those it was made from, and the
code that made it (the loader's and the model's modules, PyYAML, Python) is unchanged; anything
else, a missing, stale, corrupt or foreign entry included, falls back to reading the file.

Entries are pickles read by an unpickler that can build nothing but the agenda model and the
datetime values in it (the "restricting globals" recipe of the `pickle` documentation), so a
planted file cannot run code.
"""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import sys
import zlib
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from runner.core.agenda import Agenda, SegmentKind
from runner.core.deferred import deferred
from runner.core.places import cache_base
from runner.io.agenda_file import read_agenda_bytes

if TYPE_CHECKING:
    from runner.io import agenda_yaml
else:  # lazy seam: PyYAML and the validation rules load only on a miss
    agenda_yaml = deferred("runner.io.agenda_yaml")

FORMAT = 1
_RUNNER = Path(__file__).resolve().parent.parent
# The modules whose code decides what an agenda file becomes.
_MAKERS = (_RUNNER / "core", _RUNNER / "io")
_ALLOWED = {
    ("runner.core.agenda", "Agenda"),
    ("runner.core.agenda", "Day"),
    ("runner.core.agenda", "Segment"),
    ("runner.core.agenda", "Speaker"),
    ("runner.core.agenda", "SegmentKind"),
    ("datetime", "datetime"),
    ("datetime", "date"),
    ("datetime", "time"),
    ("datetime", "timedelta"),
    ("datetime", "timezone"),
    ("zoneinfo", "ZoneInfo"),
}


def cache_folder() -> Path:
    """Where entries live: $SESSION_RUNNER_CACHE, else the platform's per-user cache folder."""
    chosen = os.environ.get("SESSION_RUNNER_CACHE")
    if chosen:
        return Path(chosen)
    return cache_base() / "agendas"


def load_agenda_cached(path: str | Path, folder: Path | None = None) -> Agenda:
    """The agenda in `path`, from the cache when it holds this very file; else parsed (and cached).
    Raises AgendaError exactly as `runner.io.agenda_yaml.load_agenda` does."""
    return agenda_from_bytes(read_agenda_bytes(path), str(path), folder)


def agenda_from_bytes(data: bytes, name: str, folder: Path | None = None) -> Agenda:
    """The agenda `data` read from `name` makes (a log's copy of it, for a report), from the cache
    when it holds these very bytes; else parsed (and cached). Raises AgendaError as `parse_agenda` does."""
    entry = entry_path(name, folder)
    agenda = _read_entry(entry, name, data)
    if agenda is not None:
        return agenda
    agenda = agenda_yaml.parse_agenda(data, name)
    _write_entry(entry, agenda)
    return agenda


def entry_path(name: str, folder: Path | None = None) -> Path:
    """One entry per agenda file: its stem for the reader, a checksum of its full path against clashes."""
    absolute = os.path.abspath(name)
    stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in Path(absolute).stem)[:60]
    return (folder or cache_folder()) / f"{stem}-{zlib.crc32(absolute.encode()):08x}.pickle"


def _fingerprint() -> tuple:
    """What the code that turns a file into an Agenda looks like now: any edit, upgrade or
    reinstall changes a size or a modification time, and the entry no longer matches."""
    files: list[tuple[str, int, int]] = []
    if getattr(sys, "frozen", False):
        # A built app (packaging/build.py) carries its modules inside the executable's archive,
        # not as files: any rebuild or reinstall changes the executable's size or time.
        stat = os.stat(sys.executable)
        return (FORMAT, sys.version, (("app", stat.st_size, stat.st_mtime_ns),))
    for folder in _MAKERS:
        with os.scandir(folder) as entries:
            for item in entries:
                if item.name.endswith(".py"):
                    stat = item.stat()
                    files.append((item.name, stat.st_size, stat.st_mtime_ns))
    spec = find_spec("yaml")
    if spec is not None and spec.origin:
        stat = os.stat(spec.origin)
        files.append(("yaml", stat.st_size, stat.st_mtime_ns))
    return (FORMAT, sys.version, tuple(sorted(files)))


class _AgendaPickler(pickle.Pickler):
    def reducer_override(self, obj: object) -> Any:
        # Enum members and time zones pickle through getattr (SegmentKind.name, ZoneInfo._unpickle);
        # getattr cannot be allowed back in (it reaches any attribute, globals included), their
        # constructors can. ZoneInfo(key) is the shared instance, as unpickling would give.
        if isinstance(obj, SegmentKind):
            return SegmentKind, (obj.value,)
        if isinstance(obj, ZoneInfo):
            return ZoneInfo, (obj.key,)
        return NotImplemented


class _AgendaUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> object:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of an agenda")
        return super().find_class(module, name)


def _read_entry(entry: Path, name: str, data: bytes) -> Agenda | None:
    try:
        stored = entry.read_bytes()
    except OSError:
        return None
    try:
        fingerprint, agenda = _AgendaUnpickler(io.BytesIO(stored)).load()
    except Exception:
        return None
    if not isinstance(agenda, Agenda) or (agenda.source, agenda.data) != (name, data):
        return None
    return agenda if fingerprint == _fingerprint() else None


def _write_entry(entry: Path, agenda: Agenda) -> None:
    """Written whole to a neighbour file, then renamed over the entry; a cache that cannot be
    written (read-only home, full disk) only costs the next start its speed."""
    partial = entry.with_name(f"{entry.name}.{os.getpid()}.partial")
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        buffer = io.BytesIO()
        _AgendaPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump((_fingerprint(), agenda))
        partial.write_bytes(buffer.getvalue())
        os.replace(partial, entry)
    except (OSError, pickle.PicklingError):
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)

"""The timing log: every engine event committed to an SQLite file before the screen shows it.

One file per agenda and day. It holds the session's facts (which agenda, a copy of its bytes, the
day, the zone, the machine's boot) and an append-only list of events. A crashed app replays it;
the report reads it. A file that is not ours is refused and never written to.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import sqlite3
import struct
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from runner.core import events as ev
from runner.core.agenda import Agenda, Day, Speaker
from runner.core.engine import SessionEngine
from runner.core.errors import Problem, UserFileError
from runner.core.events import EngineEvent
from runner.core.gc_pause import collector_paused
from runner.core.log_checks import bad_fact, folder_is_read_only, not_a_regular_file, one_line
from runner.core.log_seal import SealCheck, Sealer, as_stored, read_check, rows_sql, seal_facts

# "SRlg" in the header: marks a file as a Session Runner log, so a foreign SQLite file is refused.
APPLICATION_ID = 0x53526C67
SCHEMA_VERSION = 1
_HEADER = b"SQLite format 3\x00"
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE agenda_copy (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL, data BLOB NOT NULL);
CREATE TABLE events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    type TEXT NOT NULL,
    segment INTEGER,
    wall TEXT NOT NULL,          -- ISO 8601 with offset
    mono REAL NOT NULL,          -- seconds on the monotonic clock of `boot`
    boot TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL DEFAULT '{}',
    chain TEXT                   -- the seal: runner.core.log_seal (NULL in logs of earlier versions)
);
"""
READ_ONLY = (
    "is in a read-only folder, so the app cannot add to it (the log itself is sound); "
    "'report' still reads it, or copy it to a folder you can write to"
)
_INSERT = "INSERT INTO events (seq, type, segment, wall, mono, boot, data, chain) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
_CHECKPOINT_AFTER = frozenset({ev.EventType.END, ev.EventType.DAY_END})
_REQUIRED_META = ("agenda_path", "text_hash", "day", "timezone", "day_hash")


@dataclass(frozen=True)
class LogProblem(Problem):
    """A problem with a whole log file: no line or column to point at."""

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class LogError(UserFileError):
    """A timing log that cannot be used: corrupt, foreign, or for another agenda or day."""

    def __init__(self, path: str | Path, message: str) -> None:
        super().__init__([LogProblem(str(path), 0, 0, message)])
        self.path, self.message = str(path), message


class LogWriteFailed(OSError):
    """An action's events could not be committed (a full disk, a vanished folder): none was written."""

    def __init__(self, path: Path, exc: sqlite3.Error) -> None:
        text = str(exc)
        code = errno.ENOSPC if "full" in text else errno.EIO
        super().__init__(code, "the disk is full" if code == errno.ENOSPC else text, str(path))


@dataclass(frozen=True, slots=True)
class LoggedEvent:
    """An event as stored: the engine's event plus the boot whose monotonic clock timed it."""

    seq: int
    event: EngineEvent
    boot: str


_EVENT_SLOTS, _LOGGED_SLOTS = ev.slot_setters(EngineEvent), ev.slot_setters(LoggedEvent)


# Marks times taken on CLOCK_BOOTTIME (SystemClock): a log of the same boot written on
# CLOCK_MONOTONIC, by an older version, is another clock's domain and maps through the wall clock.
BOOTTIME_DOMAIN = "+boottime"


def current_boot_id() -> str:
    """This boot's id on Linux; '' elsewhere (monotonic times then map through the wall clock)."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip() + BOOTTIME_DOMAIN
    except OSError:
        return ""


PLAN_SHIFT = "plan_shift_s"


def plan_shift(meta: dict[str, str]) -> timedelta:
    """How far the session moved the day's plan (a rehearsal on another date); logs before this key: none."""
    try:
        return timedelta(seconds=float(meta.get(PLAN_SHIFT, "0")))
    except (ValueError, OverflowError):  # refused when the log is opened (log_checks.bad_fact)
        return timedelta(0)


def day_fingerprint(day: Day) -> str:
    """A hash of what a replay depends on: the day's segments, their times and speakers' lists."""
    parts = [day.date.isoformat(), day.timezone]
    for s in day.segments:
        speakers = ";".join(_speaker_key(p) for p in s.speakers)
        parts.append(
            f"{s.index}|{s.title}|{s.kind.value}|{s.start.isoformat()}|{s.duration.total_seconds()}|{speakers}"
        )
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


class TimingLog:
    """An open log file. Create with `TimingLog.create`, `open_existing` (to append) or `read` (read-only)."""

    def __init__(
        self, path: Path, connection: sqlite3.Connection, meta: dict[str, str], boot: str, sealer: Sealer | None = None
    ) -> None:
        self.path, self._db, self.meta, self.boot = path, connection, meta, boot
        self._sealer = sealer  # None: opened read-only
        self._engine: SessionEngine | None = None
        self.set_aside: list[Path] = []  # an older log's leftovers that `create` moved out of the way

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: str | Path,
        agenda: Agenda,
        day: Day,
        agenda_bytes: bytes,
        boot: str,
        plan_shift: timedelta = timedelta(0),
    ) -> TimingLog:
        """Write a new log atomically: built under a temporary name, then renamed into place.

        `day` is the programme as written; `plan_shift` how far a rehearsal moved it (kept so a
        restart and the report move it the same way)."""
        path = Path(path)
        if path.exists():
            raise LogError(path, "already exists; open it instead of creating it")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temp = path.with_name(path.name + ".new")
            _remove_quietly(temp)
            _write_fresh(temp, agenda, day, agenda_bytes, boot, plan_shift)
            set_aside = _set_aside_leftovers(path)
            os.replace(temp, path)
        except (OSError, sqlite3.Error) as exc:
            raise LogError(path, f"cannot be created: {_reason(exc)}") from None
        log = cls._connect(path, boot)
        log.set_aside = set_aside
        return log

    @classmethod
    def open_existing(cls, path: str | Path, boot: str) -> TimingLog:
        """Open a log to append to it, after checking read-only that it is ours and whole."""
        path = Path(path)
        cls.inspect(path)
        return cls._connect(path, boot)

    @classmethod
    def read(cls, path: str | Path) -> TimingLog:
        """Open a log read-only (for reports): the file is never modified."""
        path = Path(path)
        connection, meta = _open_checked(path)
        return cls(path, connection, meta, "")

    @classmethod
    def inspect(cls, path: Path) -> dict[str, str]:
        """Check a file read-only and return its session facts; `LogError` if it is not a usable log."""
        connection, meta = _open_checked(path)
        connection.close()
        return meta

    @classmethod
    def _connect(cls, path: Path, boot: str) -> TimingLog:
        try:
            connection = sqlite3.connect(str(path), isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            # FULL: the WAL is fsynced at every commit, so an event the screen shows survives a
            # power cut or SIGKILL; NORMAL would only protect against an application crash.
            connection.execute("PRAGMA synchronous=FULL")
            meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
            copy = connection.execute("SELECT name, data FROM agenda_copy WHERE id = 1").fetchone()
            sealer = Sealer.resume(connection, meta, copy or (None, None))
        except sqlite3.Error as exc:
            if folder_is_read_only(path):
                raise LogError(path, READ_ONLY) from None
            raise LogError(path, f"cannot be opened for writing: {one_line(_reason(exc))}") from None
        return cls(path, connection, meta, boot, sealer)

    # -- facts -----------------------------------------------------------------------------------
    @property
    def day(self) -> date:
        return date.fromisoformat(self.meta["day"])

    def agenda_copy(self) -> tuple[str, bytes]:
        """The agenda file's name and bytes as they were when the log was created."""
        rows = self._rows("SELECT name, data FROM agenda_copy WHERE id = 1")
        row = rows[0] if rows else None
        if row is None:
            raise LogError(self.path, "holds no copy of its agenda")
        return str(row[0]), bytes(row[1])

    def events(self) -> list[LoggedEvent]:
        """Every event in the order it happened."""
        return self._events(
            self._rows("SELECT seq, type, segment, wall, mono, boot, data, NULL FROM events ORDER BY seq")
        )

    def events_and_seal(self) -> tuple[list[LoggedEvent], SealCheck]:
        """Every event, and every event against the log's seal, from one read of its rows (a
        report's: the check read them again, a third of reading a 10,000-event log)."""
        try:
            sql = rows_sql(self._db)
        except sqlite3.Error as exc:
            raise LogError(self.path, f"is damaged: {one_line(_reason(exc))}") from None
        rows = self._rows(sql)
        return self._events(rows), self.check_seal(rows=rows)

    def _events(self, rows: list[tuple[Any, ...]]) -> list[LoggedEvent]:
        """The events of `rows` (the seven stored columns and the seal, in order)."""
        with collector_paused():  # 100,000 events: 1.7 s -> 1.0 s
            details = self._details_at_once(rows)
            # Each distinct (type, details) is read once: a day repeats many of them (pauses, ends,
            # the same alert), and a payload is immutable, so its events can share it.
            payloads: dict[tuple[str, str], tuple[ev.EventType, ev.Payload]] = {}
            read = []
            # The event and its logged form are made as their generated __init__ would make them,
            # by their slots' setters (10,000 events: ~8 ms less than the frozen __init__s).
            new, when = object.__new__, datetime.fromisoformat
            set_type, set_segment, set_mono, set_wall, set_payload = _EVENT_SLOTS
            set_seq, set_event, set_boot = _LOGGED_SLOTS
            try:
                for number, (seq, kind, segment, wall, mono, boot, data, _) in enumerate(rows):
                    found = payloads.get((kind, data))
                    if found is None:
                        decoded = details[number] if details is not None else None if data == "{}" else json.loads(data)
                        found = payloads[kind, data] = ev.read_payload(kind, decoded)
                    event = new(EngineEvent)
                    set_type(event, found[0])
                    set_segment(event, segment)
                    set_mono(event, float(mono))
                    set_wall(event, when(wall))
                    set_payload(event, found[1])
                    logged = new(LoggedEvent)
                    set_seq(logged, seq)
                    set_event(logged, event)
                    set_boot(logged, boot)
                    read.append(logged)
            except (ValueError, TypeError, OverflowError) as exc:
                raise LogError(self.path, f"holds an unreadable event: {one_line(str(exc))}") from None
            return read

    def _details_at_once(self, rows: list[tuple[Any, ...]]) -> list[dict[str, Any]] | None:
        """Every row's details from one call of the JSON decoder instead of one a row (a fifth of
        reading a log), where SQLite vouches that each row holds exactly one JSON text, so the
        joined array lines up with the rows. None otherwise: each row is then decoded on its own,
        and the one that is wrong is named."""
        if not rows:
            return None
        try:
            (valid,) = self._db.execute("SELECT min(json_valid(data)) FROM events").fetchone()
            if valid != 1:
                return None
            details: list[dict[str, Any]] = json.loads("[" + ",".join(row[6] for row in rows) + "]")
        except (sqlite3.Error, ValueError, TypeError):  # an SQLite without JSON; a text Python refuses
            return None
        if len(details) != len(rows) or not all(type(item) is dict for item in details):
            return None
        return details

    @property
    def seal_starts_at(self) -> int | None:
        """The number of the event that will seal a log of an earlier version; None: sealed, or read-only."""
        sealer = self._sealer
        return None if sealer is None or sealer.sealed else sealer.next_seq

    def check_seal(self, at: int | None = None, rows: list[tuple[Any, ...]] | None = None) -> SealCheck:
        """Every event against the log's seal (runner.core.log_seal), with the head after event
        `at` if asked; `LogError` if unreadable. `rows`: the log's as `rows_sql` reads them, when
        read already."""
        copy = self._rows("SELECT name, data FROM agenda_copy WHERE id = 1")
        try:
            return read_check(self._db, self.meta, copy[0] if copy else (None, None), at, rows)
        except sqlite3.Error as exc:
            raise LogError(self.path, f"is damaged: {one_line(_reason(exc))}") from None

    # -- writing ---------------------------------------------------------------------------------
    def append(self, event: EngineEvent) -> None:
        """Commit one event (see `write`)."""
        self.write([event])

    def write(self, events: list[EngineEvent]) -> None:
        """Commit one action's events in one fsynced transaction, all or none; `LogWriteFailed` if not.

        A segment's end also copies the WAL into the main file (a passive checkpoint), so a backup
        tool that copies only the `.sqlite` after a crash still finds the day up to the last end.
        Each event is numbered and sealed here (runner.core.log_seal), in the same transaction."""
        sealer = self._sealer
        if sealer is None:
            raise LogError(self.path, "was opened read-only")
        rows, head = sealer.rows(
            (
                e.type.value,
                e.segment,
                e.wall.isoformat(),
                as_stored(e.mono),
                self.boot,
                json.dumps(e.data, ensure_ascii=False),
            )
            for e in events
        )
        try:
            self._db.execute("BEGIN IMMEDIATE")
            sealer.prepare(self._db)  # a log of an earlier version: sealed from this event on
            self._db.executemany(
                _INSERT,
                rows,
            )
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")  # SQLite may have rolled back already (a full disk)
            raise LogWriteFailed(self.path, exc) from None
        self.meta.update(sealer.committed(len(rows), head))
        if any(e.type in _CHECKPOINT_AFTER for e in events):
            self.checkpoint()

    def checkpoint(self) -> None:
        """Copy what the WAL holds into the main file, without waiting for readers (best effort)."""
        with contextlib.suppress(sqlite3.Error):
            self._db.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def attach(self, engine: SessionEngine) -> None:
        """Write every action of `engine` from now on, before the engine publishes it to anyone."""
        self.detach()
        engine.persist = self.write
        self._engine = engine

    def detach(self) -> None:
        engine, self._engine = self._engine, None
        if engine is not None and engine.persist == self.write:
            engine.persist = None

    def close(self) -> None:
        self.detach()
        self.checkpoint()  # closing the last connection checkpoints too; a reader may hold one
        self._db.close()

    def _rows(self, sql: str) -> list[tuple[Any, ...]]:
        """All rows of `sql`; a row SQLite cannot decode (invalid UTF-8) is one `LogError`."""
        try:
            return self._db.execute(sql).fetchall()
        except sqlite3.Error as exc:
            raise LogError(self.path, f"is damaged: {one_line(_reason(exc))}") from None

    def _query(self, sql: str) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql)
        except sqlite3.Error as exc:
            raise LogError(self.path, f"is damaged: {_reason(exc)}") from None


def _speaker_key(speaker: Speaker) -> str:
    """A name on a list as the replay depends on it; on a floor, its delegation and category too
    (lists without a floor give the same text as before, so older logs still match)."""
    key = f"{speaker.name}={speaker.limit.total_seconds() if speaker.limit else ''}"
    return key + (f"@{speaker.delegation}/{speaker.category}" if speaker.delegation else "")


def _write_fresh(temp: Path, agenda: Agenda, day: Day, agenda_bytes: bytes, boot: str, plan_shift: timedelta) -> None:
    meta = {
        "agenda_path": agenda.source,
        "agenda_title": agenda.title,
        "text_hash": agenda.text_hash or hashlib.sha256(agenda_bytes).hexdigest(),
        "day": day.date.isoformat(),
        "timezone": day.timezone,
        "boot_id": boot,
        "day_hash": day_fingerprint(day),
        PLAN_SHIFT: repr(plan_shift.total_seconds()),
    }
    meta.update(seal_facts(meta, 1, agenda.source, agenda_bytes))
    db = sqlite3.connect(str(temp), isolation_level=None)
    try:
        db.execute(f"PRAGMA application_id={APPLICATION_ID}")
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("BEGIN")
        for statement in _statements():
            db.execute(statement)
        db.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
        db.execute("INSERT INTO agenda_copy (id, name, data) VALUES (1, ?, ?)", (agenda.source, agenda_bytes))
        db.execute("COMMIT")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()


def _statements() -> list[str]:
    return [s.strip() for s in _SCHEMA.split(";") if s.strip()]


def _open_checked(path: Path) -> tuple[sqlite3.Connection, dict[str, str]]:
    """Read-only checks, from the header to the tables; any failure is one `LogError`."""
    _check_header(path)
    try:
        connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise LogError(path, f"cannot be opened: {one_line(_reason(exc))}") from None
    try:
        meta = _check_contents(path, connection)
    except LogError:
        connection.close()
        if not folder_is_read_only(path):
            raise
        # SQLite cannot make the `-shm` a WAL log needs to be read where nothing can be written;
        # a log closed cleanly has no WAL left, so reading it as immutable misses nothing.
        connection = sqlite3.connect(path.resolve().as_uri() + "?immutable=1", uri=True, isolation_level=None)
        try:
            meta = _check_contents(path, connection)
        except BaseException:
            connection.close()
            raise
    except BaseException:
        connection.close()
        raise
    return connection, meta


def _check_header(path: Path) -> None:
    odd = not_a_regular_file(path)
    if odd:
        raise LogError(path, odd)
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        raise LogError(path, "no such file") from None
    except IsADirectoryError:
        raise LogError(path, "is a folder, not a timing log") from None
    except OSError as exc:
        raise LogError(path, f"cannot be read: {exc.strerror or exc}") from None
    if len(header) < 100 or not header.startswith(_HEADER):
        raise LogError(path, "is not a Session Runner timing log (not an SQLite database)")
    user_version, application_id = struct.unpack(">I", header[60:64])[0], struct.unpack(">I", header[68:72])[0]
    if application_id != APPLICATION_ID:
        raise LogError(path, "is an SQLite database of another application, not a Session Runner timing log")
    if user_version > SCHEMA_VERSION:
        raise LogError(path, f"was written by a newer Session Runner (log version {user_version}); update the app")


def _check_contents(path: Path, connection: sqlite3.Connection) -> dict[str, str]:
    try:
        verdict = connection.execute("PRAGMA quick_check").fetchone()
        if verdict is None or verdict[0] != "ok":
            raise LogError(
                path,
                f"is damaged ({one_line(verdict[0]) if verdict else 'no answer'}); keep a copy and start a new log",
            )
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"meta", "events", "agenda_copy"} <= tables:
            raise LogError(path, "is missing its tables; not a Session Runner timing log")
        meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.Error as exc:
        raise LogError(path, f"is damaged: {one_line(_reason(exc))}") from None
    missing = [key for key in _REQUIRED_META if key not in meta]
    if missing:
        raise LogError(path, f"lacks its session facts ({', '.join(missing)})")
    wrong = bad_fact(meta, PLAN_SHIFT)
    if wrong:
        raise LogError(path, f"{wrong}; keep a copy and start a new log")
    return meta


def _reason(exc: BaseException) -> str:
    return str(exc.strerror if isinstance(exc, OSError) and exc.strerror else exc)


LEFTOVER_SUFFIXES = ("-wal", "-shm", "-journal")


def _set_aside_leftovers(path: Path) -> list[Path]:
    """Rename a deleted log's `-wal`, `-shm` or `-journal` so the new log cannot inherit them.

    Why: SQLite trusts a WAL beside a database it opens, whoever wrote it; a crashed log's WAL
    left behind when its `.sqlite` was deleted would bring the old day's events back into the new
    one. They are kept (renamed), not deleted: they may be all that is left of that day."""
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    moved = []
    for suffix in LEFTOVER_SUFFIXES:
        leftover = Path(str(path) + suffix)
        if leftover.exists() or leftover.is_symlink():
            target = leftover.with_name(f"{leftover.name}.orphaned-{stamp}")
            os.replace(leftover, target)
            moved.append(target)
    return moved


def _remove_quietly(path: Path) -> None:
    for each in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            each.unlink()


__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "LogError",
    "LogWriteFailed",
    "LoggedEvent",
    "TimingLog",
    "current_boot_id",
    "day_fingerprint",
]

"""The timing log's seal: a SHA-256 hash chain over its events, as transparency logs keep one.

Each event row carries `chain`, the SHA-256 of the row before it (its `chain`) and of its own
canonical form; the first row chains from the log's genesis, a hash of its session facts and
agenda copy. The writer (`TimingLog.write`) computes it in the same transaction as the event, so
a row moved, changed, removed or added afterwards no longer matches, and `check` names the first
one. What the chain cannot show alone, a log rewritten whole with fresh hashes, the head printed
in a summary (or signed) shows: `runner.io.verify_command` compares the two.

The format (docs/record.md has it for other implementations):

    field(v)     = tag + len(payload) as 4 bytes big-endian + payload, where tag/payload are
                   b"n" / b""  (NULL), b"i" / decimal ASCII (integer), b"f" / 8 bytes IEEE-754
                   binary64 big-endian (real), b"s" / UTF-8 (text), b"b" / the bytes (blob)
    canonical(e) = field(seq) field(type) field(segment) field(wall) field(mono) field(boot) field(data)
    genesis      = SHA-256(b"session-runner/chain/1\\n" + field(k) field(v) for each meta row but
                   chain_genesis, by key + field(agenda name) + field(agenda bytes))
    chain(e)     = SHA-256(chain(previous event), or genesis for the first + canonical(e)), as hex

A log of an earlier version has no seal; its first event written by this one seals it: the meta
rows `chain`, `chain_from` (the first event's number written with its seal) and `chain_genesis`
appear in that event's transaction, and the chain runs over the older events too, computed then.
They are reported as written before the seal: changed before it, nothing here could tell.
"""

from __future__ import annotations

import hashlib
import math
import re
import sqlite3
import struct
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from runner.core.i18n import tr

CHAIN_VERSION = "1"
CHAIN_KEY, FROM_KEY, GENESIS_KEY = "chain", "chain_from", "chain_genesis"
_PREFIX = b"session-runner/chain/1\n"
_LENGTH = struct.Struct(">I")
_REAL = struct.Struct(">d")

# A row as stored: seq, type, segment, wall, mono, boot, data.
Row = Sequence[Any]
ROW_COLUMNS = "seq, type, segment, wall, mono, boot, data"


def _field(value: object) -> bytes:
    if value is None:
        return b"n" + _LENGTH.pack(0)
    if isinstance(value, bool):  # never stored by us; SQLite would hand back an int
        value = int(value)
    if isinstance(value, int):
        payload, tag = str(value).encode("ascii"), b"i"
    elif isinstance(value, float):
        payload, tag = _REAL.pack(value), b"f"
    elif isinstance(value, str):
        payload, tag = value.encode("utf-8", "surrogatepass"), b"s"
    elif isinstance(value, bytes | bytearray | memoryview):
        payload, tag = bytes(value), b"b"
    else:
        raise TypeError(f"no canonical form for {type(value).__name__}")
    return tag + _LENGTH.pack(len(payload)) + payload


_REAL_TAG = b"f" + _LENGTH.pack(8)


def canonical(row: Row) -> bytes:
    """The bytes an event row is hashed as: its seven stored columns, each typed and sized."""
    if len(row) == 7:
        return next(canonical_forms((row,)))
    return _each_field(row)


def _each_field(row: Row) -> bytes:
    return b"".join(_field(value) for value in row)


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def canonical_forms(rows: Iterable[Row]) -> Iterator[bytes]:
    """`canonical` of each row's first seven columns, in turn: the check's (a report's every
    row). A day's rows repeat a few types, segments and one boot, so the fields of a (type,
    segment) and of a boot are made once; the rest in one join a row (10,000 rows: ~35 -> ~15
    ms of the check with the hashing). A row of other types than the app writes, field by field."""
    size, real, utf8 = _LENGTH.pack, _REAL.pack, _utf8
    heads: dict[tuple[str, int | None], bytes] = {}  # the type's and segment's fields
    boots: dict[str, bytes] = {}
    for row in rows:
        if len(row) < 7:
            yield _each_field(row)
            continue
        seq, kind, segment, wall, mono, boot, data = row[:7]
        if not (
            type(seq) is int
            and type(kind) is str
            and (segment is None or type(segment) is int)
            and type(wall) is str
            and type(mono) is float
            and type(boot) is str
            and type(data) is str
        ):
            yield _each_field(row[:7])
            continue
        head = heads.get((kind, segment))
        if head is None:
            head = heads[kind, segment] = _field(kind) + _field(segment)
        booted = boots.get(boot)
        if booted is None:
            booted = boots[boot] = _field(boot)
        number, w, d = b"%d" % seq, utf8(wall), utf8(data)
        yield b"".join(
            (
                b"i",
                size(len(number)),
                number,
                head,
                b"s",
                size(len(w)),
                w,
                _REAL_TAG,
                real(mono),
                booted,
                b"s",
                size(len(d)),
                d,
            )
        )


def genesis(meta: Mapping[str, object], agenda_name: object, agenda_data: object) -> bytes:
    """What the first event chains from: the session facts and the agenda copy as stored."""
    digest = hashlib.sha256(_PREFIX)
    for key in sorted(meta):
        if key != GENESIS_KEY:
            digest.update(_field(key) + _field(meta[key]))
    digest.update(_field(agenda_name) + _field(agenda_data))
    return digest.digest()


def link(previous: bytes, row: Row) -> bytes:
    """The chain value of `row` after `previous` (32 bytes)."""
    return hashlib.sha256(previous + canonical(row)).digest()


def as_stored(value: float) -> float | None:
    """A monotonic reading as SQLite hands it back: a REAL column keeps NaN as NULL."""
    return None if math.isnan(value) else float(value)


def seal_facts(meta: Mapping[str, str], first: int, agenda_name: object, agenda_data: object) -> dict[str, str]:
    """The meta rows that seal a log from event `first` on (all three written in one transaction)."""
    facts = {**meta, CHAIN_KEY: CHAIN_VERSION, FROM_KEY: str(first)}
    return {
        CHAIN_KEY: CHAIN_VERSION,
        FROM_KEY: str(first),
        GENESIS_KEY: genesis(facts, agenda_name, agenda_data).hex(),
    }


@dataclass(frozen=True)
class Finding:
    """The first thing in a log that does not match its seal, in one line (translated)."""

    seq: int | None  # the event's number; None: the session facts themselves
    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class SealCheck:
    """What `check` found: the events, the head, from where the log is sealed, and any finding."""

    events: int
    head: str  # hex; the genesis when the log holds no event; '' for a log with no seal
    sealed_from: int | None  # the first event written with its seal; None: the log has no seal
    finding: Finding | None = None
    head_at: str = ""  # the head after event `at`, when `check` was asked for one and got there

    @property
    def sealed(self) -> bool:
        return self.sealed_from is not None

    @property
    def sound(self) -> bool:
        """Sealed and matching from its genesis to its last event."""
        return self.sealed and self.finding is None

    @property
    def unsealed_before(self) -> int:
        """How many events were written before the seal (by an earlier version)."""
        return 0 if self.sealed_from is None else min(self.events, self.sealed_from - 1)

    def token(self) -> str:
        """The line a summary prints, and `verify --report` reads back: events and head."""
        return f"sr-chain:{CHAIN_VERSION}:{self.events}:{self.head}"


TOKEN = re.compile(r"sr-chain:1:(\d{1,12}):([0-9a-f]{64})")


def tokens_in(text: str) -> set[tuple[int, str]]:
    """The seals (events, head) a summary's text holds: `SealCheck.token`'s lines."""
    return {(int(count), head) for count, head in TOKEN.findall(text)}


def _describe(row: Row) -> str:
    return tr("event {number} ({type}, {time})", number=row[0], type=row[1], time=row[3])


def check(
    meta: Mapping[str, object],
    agenda_name: object,
    agenda_data: object,
    rows: Iterable[Sequence[Any]],
    last_given: int | None = None,
    at: int | None = None,
) -> SealCheck:
    """Check every row (the seven columns and `chain`, in seq order) against the seal.

    `last_given` is the highest number SQLite ever gave an event (`sqlite_sequence`): above the
    last row, the log's tail was cut. `at`: also give the head after that many events (a
    summary's, made before the log went on)."""
    rows = list(rows)
    if meta.get(CHAIN_KEY) is None:
        return SealCheck(len(rows), "", None)
    try:
        first = int(str(meta.get(FROM_KEY)))
    except ValueError:
        first = 0
    if first < 1 or meta.get(CHAIN_KEY) != CHAIN_VERSION:
        why = tr(
            "its seal's facts are unreadable (chain {version}, from event {first})",
            version=meta.get(CHAIN_KEY),
            first=meta.get(FROM_KEY),
        )
        return SealCheck(len(rows), "", 1, Finding(None, why))
    head = genesis(meta, agenda_name, agenda_data)
    if head.hex() != meta.get(GENESIS_KEY):
        changed = tr("its session facts or agenda copy were changed after it was sealed")
        return SealCheck(len(rows), head.hex(), first, Finding(None, changed))
    expected, previous = 1, None
    head_at = head.hex() if at == 0 else ""
    sha256 = hashlib.sha256
    for row, form in zip(rows, canonical_forms(rows)):
        seq = row[0]
        if not isinstance(seq, int) or seq < expected:  # not from SQLite's INTEGER PRIMARY KEY
            mismatch = Finding(None, tr("{event} does not match its seal", event=_describe(row)))
            return SealCheck(len(rows), head.hex(), first, mismatch)
        if seq > expected:
            gone = (
                tr(
                    "event {number} is missing (the log goes on from {before} to event {after})",
                    number=expected,
                    before=_describe(previous),
                    after=seq,
                )
                if previous is not None
                else tr("event {number} is missing (the log starts at event {after})", number=expected, after=seq)
            )
            return SealCheck(len(rows), head.hex(), first, Finding(expected, gone))
        head = sha256(head + form).digest()  # link(head, row[:7])
        stored = row[7]
        if seq >= first and stored != head.hex():
            event = _describe(row)
            what = (
                tr("{event} carries no seal", event=event)
                if stored is None
                else tr("{event} does not match its seal", event=event)
            )
            return SealCheck(len(rows), head.hex(), first, Finding(seq, what))
        expected, previous = seq + 1, row
        if seq == at:
            head_at = head.hex()
    if last_given is not None and last_given >= expected:
        cut = (
            tr("the log was cut short: its last event, {number}, is missing", number=expected)
            if last_given == expected
            else tr("the log was cut short: events {first} to {last} are missing", first=expected, last=last_given)
        )
        return SealCheck(len(rows), head.hex(), first, Finding(expected, cut), head_at)
    return SealCheck(len(rows), head.hex(), first, head_at=head_at)


def rows_sql(db: sqlite3.Connection) -> str:
    """The query of every event row with its seal (NULL in a log of an earlier version), in order."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(events)")}
    chain = "chain" if "chain" in columns else "NULL"
    return f"SELECT {ROW_COLUMNS}, {chain} FROM events ORDER BY seq"


def read_check(
    db: sqlite3.Connection,
    meta: Mapping[str, object],
    agenda: tuple[object, object],
    at: int | None = None,
    rows: Sequence[Row] | None = None,
) -> SealCheck:
    """`check` over an open log (its rows, in order; sqlite_sequence for a cut tail). `rows`: the
    rows of `rows_sql` when the caller has read them already (the report reads a log once)."""
    if rows is None:
        rows = db.execute(rows_sql(db)).fetchall()
    given = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'events'").fetchone()
    last_given = int(given[0]) if given and isinstance(given[0], int) else None
    return check(meta, agenda[0], agenda[1], rows, last_given, at)


@dataclass
class Sealer:
    """The writer's side: the next event's number and the chain's head, kept between writes."""

    next_seq: int
    head: bytes
    sealed: bool  # the meta rows are written; False: the next write seals the log
    has_column: bool
    pending: dict[str, str]  # the meta rows the next write adds (empty once sealed)

    @classmethod
    def resume(cls, db: sqlite3.Connection, meta: Mapping[str, str], agenda: tuple[object, object]) -> Sealer:
        """Where a log opened for writing stands: its last event's seal, or a new seal's start."""
        has_column = "chain" in {row[1] for row in db.execute("PRAGMA table_info(events)")}
        last = db.execute("SELECT max(seq) FROM events").fetchone()[0] or 0
        given = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'events'").fetchone()
        # Past the highest number ever given: a cut tail stays a gap that `check` names.
        next_seq = max(last, int(given[0]) if given and isinstance(given[0], int) else 0) + 1
        sealed = meta.get(CHAIN_KEY) is not None and has_column
        pending = {} if sealed else seal_facts(meta, next_seq, *agenda)
        start = bytes.fromhex(str(meta.get(GENESIS_KEY) if sealed else pending[GENESIS_KEY]))
        if sealed:
            stored = db.execute("SELECT chain FROM events WHERE seq = ?", (last,)).fetchone() if last else None
            if stored and isinstance(stored[0], str) and len(stored[0]) == 64:
                return cls(next_seq, bytes.fromhex(stored[0]), True, True, {})
        # An unsealed log (or one an older version appended to): the chain over what it holds.
        head = start
        chain = "chain" if has_column else "NULL"
        for row in db.execute(f"SELECT {ROW_COLUMNS}, {chain} FROM events ORDER BY seq"):
            head = link(head, row[:7])
        return cls(next_seq, head, sealed, has_column, pending)

    def rows(self, rows: Iterable[tuple[Any, ...]]) -> tuple[list[tuple[Any, ...]], bytes]:
        """Each row (six columns after seq) numbered and sealed; with the head after the last."""
        out, seq, head = [], self.next_seq, self.head
        for row in rows:
            full = (seq, *row)
            head = link(head, full)
            out.append((*full, head.hex()))
            seq += 1
        return out, head

    def prepare(self, db: sqlite3.Connection) -> None:
        """Inside the write's transaction: the column and meta rows a first sealed write adds."""
        if not self.has_column:
            db.execute("ALTER TABLE events ADD COLUMN chain TEXT")
        if not self.sealed:
            db.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", self.pending.items())

    def committed(self, written: int, head: bytes) -> dict[str, str]:
        """After the commit: move on; the meta rows this write added (to merge into the log's)."""
        added, self.pending = self.pending, {}
        self.next_seq += written
        self.head, self.sealed, self.has_column = head, True, True
        return added


__all__ = [
    "TOKEN",
    "Finding",
    "SealCheck",
    "Sealer",
    "canonical",
    "check",
    "genesis",
    "link",
    "read_check",
    "seal_facts",
    "tokens_in",
]

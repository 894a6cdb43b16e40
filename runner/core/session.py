"""Opening a day's session: the engine, wired to its timing log, recovered if the log has history.

When an existing log was written against another version of the agenda file, the session goes
on only if this day's programme (segments, times, speakers' lists) is unchanged, since replaying
events against different segments would misplace them; otherwise it refuses with `LogError`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from runner.core.agenda import Agenda, Day
from runner.core.clock import Clock
from runner.core.engine import SessionEngine
from runner.core.i18n import tr
from runner.core.log_checks import not_a_regular_file
from runner.core.log_lock import LogInUse, LogLock
from runner.core.places import data_folder
from runner.core.recovery import REPLAY_ERRORS, finish_recovery, replay_log
from runner.core.rehearsal import rehearsal_notice, rehearsal_shift
from runner.core.timing_log import LogError, TimingLog, current_boot_id, day_fingerprint, plan_shift


@dataclass
class OpenedSession:
    """An engine ready to run, and the one-line notice for the host (e.g. after recovery)."""

    engine: SessionEngine
    notice: str = ""
    log_path: Path | None = None
    log: TimingLog | None = None
    lock: LogLock | None = None

    def close(self) -> None:
        """Stop logging, close the file (every event is already on disk) and let another app open it."""
        if self.log is not None:
            self.log.close()
        if self.lock is not None:
            self.lock.release()


def default_log_path(agenda: Agenda, day: Day) -> Path:
    """One log per agenda file and day, under the user data folder (`runner.core.places`)."""
    stem = Path(agenda.source).stem or "agenda"
    return data_folder() / "logs" / f"{stem}-{day.date.isoformat()}.sqlite"


def open_session(
    agenda: Agenda,
    day: Day,
    clock: Clock,
    log_path: str | Path | None = None,
    *,
    boot_id: str | None = None,
    agenda_bytes: bytes | None = None,
) -> OpenedSession:
    """Create the engine for `day` with its log attached (None: `default_log_path`), recovering
    from the log when it already holds events. A log that cannot be used, or that another running
    app holds, raises `LogError`; the session holds the log's lock until `close` (or the process ends)."""
    path = Path(log_path) if log_path else default_log_path(agenda, day)
    odd = not_a_regular_file(path)
    if odd:  # before the lock: no `/dev/null.lock`, no FIFO opened
        raise LogError(path, odd)
    lock = _lock(path)
    try:
        opened = _open_locked(agenda, day, clock, path, current_boot_id() if boot_id is None else boot_id, agenda_bytes)
    except BaseException:
        lock.release()
        raise
    opened.lock = lock
    try:
        lock.acquire_inode()  # a log made just now has an inode to lock only now
    except LogInUse:
        opened.close()
        raise _in_use(path, "") from None
    if not lock.held:
        opened.notice = " ".join(filter(None, [opened.notice, UNLOCKED_NOTICE]))
    return opened


UNLOCKED_NOTICE = "This log's folder does not support file locks: make sure no other Session Runner opens it."


def _lock(path: Path) -> LogLock:
    """The log's lock; not held (and the session goes on) where the file system has no locks."""
    lock = LogLock(path)
    try:
        lock.acquire()
    except LogInUse as exc:
        raise _in_use(path, exc.holder) from None
    except OSError:
        pass  # a folder that cannot be written to fails next, with the log's own message
    return lock


def _in_use(path: Path, holder: str) -> LogError:
    named = f" ({holder})" if holder else ""
    return LogError(
        path,
        f"is in use by another Session Runner{named}; close that window first, or open this day with another --log",
    )


def _open_locked(
    agenda: Agenda, day: Day, clock: Clock, path: Path, boot: str, agenda_bytes: bytes | None
) -> OpenedSession:
    if not path.exists():
        shift = rehearsal_shift(day, clock.now())
        log = TimingLog.create(path, agenda, day, _agenda_bytes(agenda, agenda_bytes), boot, shift)
        engine = SessionEngine(day.shifted(shift), clock)
        log.attach(engine)  # before any window subscribes: the log hears every event first
        notice = " ".join(filter(None, [rehearsal_notice(day, engine.day), leftovers_notice(log.set_aside)]))
        return OpenedSession(engine, notice, path, log)
    meta = TimingLog.inspect(path)  # read-only: a log we refuse is never touched
    changed = _check_matches(path, meta, agenda, day)
    engine = SessionEngine(day.shifted(plan_shift(meta)), clock)
    log = TimingLog.open_existing(path, boot)
    logged = log.events()
    try:
        down = replay_log(engine, logged, boot)
    except REPLAY_ERRORS as exc:
        log.close()
        raise LogError(path, f"holds an event this day cannot replay ({type(exc).__name__}: {exc})") from None
    log.attach(engine)  # after the replay (those events are on disk), before the recover event
    sealing = unsealed_notice(log.seal_starts_at, len(logged))
    notice = finish_recovery(engine, down, len(logged)) if down is not None else ""
    if changed and notice:
        notice += " The agenda file has changed since; this day's programme has not."
    # A rehearsal's moved times are the log's: said at every opening, not only at the first.
    moved = rehearsal_notice(day, engine.printed_day)
    return OpenedSession(engine, " ".join(filter(None, [notice, moved, sealing])), path, log)


def unsealed_notice(first: int | None, events: int) -> str:
    """One line when a log of an earlier version is sealed from now on (runner.core.log_seal), or ''."""
    if first is None or events == 0:
        return ""
    return tr(
        "This log was written by an earlier version: it is sealed from event {first} on; "
        "its {count} earlier events are in the chain but were not sealed when written.",
        first=first,
        count=events,
    )


def leftovers_notice(moved: list[Path]) -> str:
    """One line naming what a new log moved aside (an older log's WAL), or ''."""
    if not moved:
        return ""
    names = ", ".join(p.name for p in moved)
    return tr("A new log was started; an older log's leftover files were moved aside ({names}).", names=names)


def _check_matches(path: Path, meta: dict[str, str], agenda: Agenda, day: Day) -> bool:
    """Refuse a log of another day or of a changed programme; True if only the file changed."""
    if meta["day"] != day.date.isoformat():
        raise LogError(path, f"is the log of {meta['day']}, not of {day.date.isoformat()}; choose another --log")
    if not agenda.text_hash or meta["text_hash"] == agenda.text_hash:
        return False
    if meta["day_hash"] == day_fingerprint(day):
        return True
    raise LogError(
        path,
        f"was recorded against another version of {meta['agenda_path']} and this day's "
        f"programme differs in {agenda.source or 'the agenda'}; restore the agenda or choose a new --log",
    )


def _agenda_bytes(agenda: Agenda, given: bytes | None) -> bytes:
    """The agenda's bytes for the log's copy; empty when the file changed or went since loading."""
    if given is not None:
        return given
    if agenda.data:
        return agenda.data
    try:
        data = Path(agenda.source).read_bytes()
    except OSError:
        return b""
    return data if not agenda.text_hash or hashlib.sha256(data).hexdigest() == agenda.text_hash else b""

"""The session engine: a state machine over an injectable clock that runs one day live.

Every host action and every decision of the live rules becomes an `EngineEvent`;
`runner.core.engine_fold.apply_event` folds it into the day's `DayState`. Live actions and
crash recovery go through the same fold, so a replayed log gives exactly the state it recorded.
The one way to change the engine is an action (its methods below, or `apply_edits` with what
runner.core.live_edits builds); its state is read-only from outside.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from runner.core import events as ev
from runner.core.agenda import Day, Speaker
from runner.core.clock import Clock
from runner.core.day_state import DayState
from runner.core.delegations import MAX_REPLIES, MEMBER, delegation_name, same_delegation
from runner.core.engine_fold import apply_event
from runner.core.events import AlertKind, AlertLevel, Command, EndReason, EngineEvent, SpeakerAction
from runner.core.floor_entry import FloorEntryError, floor_entry
from runner.core.floor_order import DEFAULT_RANK, PROTOCOL, fresh_seed, protocol_place, rank_key, speaking_order
from runner.core.i18n import active_language, tr, trn
from runner.core.reversal import REVERSALS, plan_redo, plan_undo, refold
from runner.core.runs import RunStatus, SegmentRun
from runner.core.speakers import SpeakerQueue, SpeakerSlot, Turn

Listener = Callable[[EngineEvent], None]
# A moment by both clocks: (monotonic seconds, aware wall-clock time).
Instant = tuple[float, datetime]
# Writes one action's events to disk, all or none; raises OSError when it cannot (a full disk).
Persist = Callable[[list[EngineEvent]], None]
_Method = TypeVar("_Method", bound=Callable[..., Any])
WAITING = "nothing new is applied until the waiting action is on disk (retried every few seconds)"


class EngineError(Exception):
    """An action that makes no sense now (pause with nothing running, back at the first segment)."""


class LogWriteError(EngineError):
    """The log could not take an action: nothing of it shows; it waits in `unwritten` to be retried."""


def _action(queue_when_blocked: bool = False) -> Callable[[_Method], _Method]:
    """One action = one batch of events, on disk (through `persist`) before anyone sees it.

    The events are folded into the state as they are made (an action's later events depend on its
    earlier ones), but listeners hear of them, and `events` holds them, only once `persist` wrote
    them all; if it fails, the state is rebuilt from what is on disk, so no screen shows what the
    log lacks. While a failed batch waits, actions that change what others depend on are refused
    (they would be decided on a state the host does not see); alerts and notes queue behind it
    (`queue_when_blocked`).
    """

    def decorate(method: _Method) -> _Method:
        @functools.wraps(method)
        def wrapper(self: SessionEngine, *args: Any, **kwargs: Any) -> Any:
            if self._batch is not None:  # called by another action (advance -> start): its batch
                return method(self, *args, **kwargs)
            if self.unwritten and not queue_when_blocked:
                raise LogWriteError(f"the timing log cannot be written ({self.write_failure}); {WAITING}")
            self._batch, self._deferring = [], bool(self.unwritten)
            # The command is this batch's alone: what listeners set off as it is published is not.
            self._batch_command, self._command = self._command, None
            try:
                result = method(self, *args, **kwargs)
                batch = self._batch
            except BaseException:
                if self._batch and not self._deferring:
                    self._rebuild()
                raise
            finally:
                self._batch, self._deferring, self._batch_command = None, False, None
            if self.unwritten:
                self.unwritten.extend(batch)
                self.retry_unwritten()
            else:
                self._commit(batch)
            return result

        return wrapper  # type: ignore[return-value]

    return decorate


class SessionEngine:
    """Runs one `Day`: start, next, back, pause, adjust, skip, jump, speakers, notes, end of day."""

    def __init__(self, day: Day, clock: Clock) -> None:
        self.clock = clock
        # The one state of the day; only `_apply` (the fold) changes it, the readers below show it.
        self.state = DayState.before_any_event(day)
        self.events: list[EngineEvent] = []
        self._listeners: list[Listener] = []
        # The timing log's writer (TimingLog.attach sets it); None: events are kept in memory only.
        self.persist: Persist | None = None
        self.unwritten: list[EngineEvent] = []  # an action the log refused, oldest first, not applied
        self.write_failure = ""
        self._batch: list[EngineEvent] | None = None
        self._deferring = False
        self._command: Command | None = None  # the host command the next action is
        self._batch_command: Command | None = None  # the host command whose events are being made

    # -- observation: the state, read-only ---------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` after every event; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    @property
    def day(self) -> Day:
        """The day as live edits changed it."""
        return self.state.day

    @property
    def printed_day(self) -> Day:
        """The day as printed."""
        return self.state.printed_day

    @property
    def zone(self) -> ZoneInfo:
        return self.state.zone

    @property
    def runs(self) -> list[SegmentRun]:
        return self.state.runs

    @property
    def current(self) -> int | None:
        return self.state.current

    @property
    def finished(self) -> bool:
        return self.state.finished

    @property
    def day_notes(self) -> list[str]:
        return self.state.day_notes

    @property
    def held(self) -> set[int]:
        """Segments that will not start by themselves (H)."""
        return self.state.held

    @property
    def chair_message(self) -> str:
        return self.state.chair_message

    @property
    def day_alerted(self) -> set[str]:
        return self.state.day_alerted

    @property
    def day_alerted_kinds(self) -> dict[AlertKind, datetime]:
        return self.state.day_alerted_kinds

    @property
    def origins(self) -> list[int | None]:
        """Each segment's printed index; None: inserted live."""
        return self.state.origins

    @property
    def offers(self) -> list[EngineEvent]:
        """The recovery plans offered (`offer` events), oldest first."""
        return self.state.offers

    @property
    def dismissed(self) -> set[int]:
        """Numbers of the plans the host set aside."""
        return self.state.dismissed

    @property
    def undone(self) -> set[int]:
        """Numbers (1-based positions in `events`, the log's seq) of the events undone."""
        return self.state.undone

    @property
    def placed(self) -> dict[int, int | None]:
        """Notes, messages and recoveries an undo moved to another segment: number -> segment
        (runner.core.reversal)."""
        return self.state.placed

    @property
    def current_run(self) -> SegmentRun | None:
        return self.state.current_run

    @property
    def started(self) -> bool:
        return self.state.started

    @property
    def paused(self) -> bool:
        return self.state.paused

    def next_index(self) -> int | None:
        """The segment Space would start: the first not started after the current one."""
        return self.state.next_index()

    # -- host actions --------------------------------------------------------------------------
    @contextmanager
    def commanded(self, command: Command) -> Iterator[None]:
        """The events made meanwhile are `command`'s (runner.core.commands, the one route for them)."""
        outer, self._command = self._command, command
        try:
            yield
        finally:
            self._command = outer

    @_action()
    def undo(self) -> None:
        """Ctrl+Z: take the last host command still standing out of the day (runner.core.reversal)."""
        planned = plan_undo(self.events, self.state)
        if planned is None:
            raise EngineError(tr("nothing to undo"))
        self._emit(*planned)

    @_action()
    def redo(self) -> None:
        """Ctrl+Shift+Z: the last undo no longer holds."""
        planned = plan_redo(self.events, self.state)
        if planned is None:
            raise EngineError(tr("nothing to redo"))
        self._emit(*planned)

    @_action()
    def advance(self) -> None:
        """Space: start the first segment, or end the current one and start the next."""
        target = self.next_index()
        if target is None:
            if self.current is None:
                raise EngineError("the day is over" if self.finished else "nothing left to start")
            self.end_day()
            return
        self.start(target)

    @_action()
    def start(self, index: int, *, auto: bool = False, late_s: float | None = None, at: Instant | None = None) -> None:
        """Start a segment now (ending the running one): also how the host jumps.

        The live rules start a segment by the wall clock with `auto`; `late_s` says how long after
        its planned start, and `at` backdates the start (and the running segment's end) to the
        moment the room moved on while the app was down.
        """
        run = self._run(index)
        if run.status is RunStatus.RUNNING:
            raise EngineError(f"'{run.segment.title}' is already running")
        if run.status is RunStatus.DONE:
            raise EngineError(f"'{run.segment.title}' is over; use Back to reopen the last one")
        self._end_current(EndReason.NEXT, at)
        floor = run.segment.floor
        if floor is not None and floor.draw is not None and not run.draws:
            # The agenda's draw ordered the list already; its record makes the seed part of the log.
            self._emit(draw_record(run, floor.draw, "agenda"), index, at)
        late = None if late_s is None else round(late_s, 3)
        self._emit(ev.Start(auto=True if auto else None, late_s=late), index, at)
        turn = run.speakers.current
        if turn is not None:
            # The first turn opens with the segment; its own record makes the log list every turn.
            self._emit(_turn(0, turn.slot), index, at)

    @_action()
    def back(self) -> None:
        """Undo the last Space: the running segment goes back to waiting, the previous one resumes."""
        done = [r for r in self.runs if r.status is RunStatus.DONE]
        if not done:
            raise EngineError("there is no earlier segment to go back to")
        previous = max(done, key=lambda r: r.ended or 0.0)
        self._emit(ev.Back(self.current), previous.segment.index)

    def toggle_pause(self) -> None:
        if self.paused:
            self.resume()
        else:
            self.pause()

    @_action()
    def pause(self) -> None:
        run = self._require_running()
        if run.paused_since is not None:
            raise EngineError("already paused")
        self._emit(ev.Pause(), run.segment.index)

    @_action()
    def resume(self) -> None:
        run = self._require_running()
        if run.paused_since is None:
            raise EngineError("not paused")
        self._emit(ev.Resume(), run.segment.index)

    @_action()
    def adjust(self, seconds: float) -> None:
        """Add (positive) or remove (negative) time from the running segment."""
        run = self._require_running()
        if run.allowed + seconds <= 0:
            raise EngineError("cannot remove more time than the segment has")
        self._emit(ev.Adjust(float(seconds)), run.segment.index)

    @_action()
    def skip(self, index: int | None = None) -> None:
        """Mark an upcoming segment as skipped, or bring a skipped one back."""
        target = self.next_index() if index is None else index
        if target is None:
            raise EngineError("no upcoming segment to skip")
        run = self._run(target)
        if run.status not in (RunStatus.NOT_STARTED, RunStatus.SKIPPED):
            raise EngineError(f"'{run.segment.title}' has already run")
        self._emit(ev.Skip(run.status is RunStatus.NOT_STARTED), target)

    @_action()
    def end_day(self) -> None:
        """End the running segment and close the day; what never ran stays not started."""
        if self.finished:
            raise EngineError("the day is already over")
        self._end_current(EndReason.END_DAY)
        self._emit(ev.DayEnd(), None)

    @_action(queue_when_blocked=True)
    def add_note(self, text: str) -> None:
        """A host's note against the running segment (or the day when none runs)."""
        if text.strip():
            self._emit(ev.Note(text.strip()), self.current)

    @_action(queue_when_blocked=True)
    def record_alert(
        self,
        kind: AlertKind | str,
        message: str,
        segment: int | None = None,
        *,
        level: AlertLevel | None = None,
        key: str | None = None,
    ) -> None:
        """Alerts are part of the record, so the report can say who was warned and when."""
        payload = ev.Alert(AlertKind(kind), message, level, key)
        self._emit(payload, self.current if segment is None else segment)

    @_action()
    def hold(self, index: int, held: bool = True) -> None:
        """H on an auto-start day: the segment waits for Space instead of starting by itself (or no longer)."""
        run = self._run(index)
        if run.status is not RunStatus.NOT_STARTED:
            raise EngineError(f"'{run.segment.title}' is not waiting to start")
        if held == (index in self.held):
            return
        self._emit(ev.Hold() if held else ev.Release(), index)

    @_action()
    def send_message(self, text: str) -> None:
        """The text on the chair's screen; an empty text clears it."""
        text = text.strip()
        if text != self.chair_message:
            self._emit(ev.Message(text), self.current)

    # -- speakers ------------------------------------------------------------------------------
    @_action()
    def next_speaker(self) -> None:
        """Right: give the floor to the next waiting speaker (or close the last turn)."""
        run = self._require_running()
        upcoming = run.speakers.upcoming()
        if not upcoming and run.speakers.current is None:
            raise EngineError("no speaker is waiting")
        if upcoming:
            change = _turn(upcoming[0], run.speakers.slots[upcoming[0]])
            if run.point_of_order:
                # The floor moves on: the point of order ends with the turn it interrupted.
                self._emit(ev.PointOfOrderEnd(), run.segment.index)
            self._emit(change, run.segment.index)
        else:
            self._emit(ev.SpeakerChange(SpeakerAction.DONE), run.segment.index)

    @_action()
    def previous_speaker(self) -> None:
        run = self._require_running()
        if not run.speakers.turns:
            raise EngineError("no earlier speaker")
        self._emit(ev.SpeakerChange(SpeakerAction.BACK), run.segment.index)

    @_action()
    def skip_speaker(self, position: int | None = None) -> None:
        """Skip the next waiting speaker (absent), or bring a skipped one back."""
        run = self._require_running()
        upcoming = run.speakers.upcoming()
        target = position if position is not None else (upcoming[0] if upcoming else None)
        if target is None or not 0 <= target < len(run.speakers.slots):
            raise EngineError("no speaker to skip")
        skipped = not run.speakers.slots[target].skipped
        self._emit(ev.SpeakerChange(SpeakerAction.SKIP, position=target, skipped=skipped), run.segment.index)

    @_action()
    def add_speaker(self, name: str, limit: float | None = None) -> None:
        """Audience statements are not known in advance: add a name at the end of the queue."""
        run = self._require_running()
        if not name.strip():
            raise EngineError("a speaker needs a name")
        default = run.segment.speaker_limit.total_seconds() if run.segment.speaker_limit else None
        change = ev.SpeakerChange(SpeakerAction.ADD, name=name.strip(), limit_s=limit if limit is not None else default)
        self._emit(change, run.segment.index)

    @_action()
    def move_speaker(self, source: int, target: int) -> None:
        run = self._require_running()
        try:
            SpeakerQueue(list(run.speakers.slots), run.speakers.position, list(run.speakers.turns)).move(source, target)
        except ValueError as exc:
            raise EngineError(str(exc)) from None
        self._emit(ev.SpeakerChange(SpeakerAction.MOVE, source=source, target=target), run.segment.index)

    # -- the floor (UN practice) -----------------------------------------------------------------
    @_action()
    def point_of_order(self) -> None:
        """A point of order starts, or the one being heard ends: the speaker's clock stands still
        meanwhile, and the time is never charged to the delegation."""
        run = self._require_running()
        if run.point_of_order:
            self._emit(ev.PointOfOrderEnd(), run.segment.index)
            return
        turn = run.speakers.current
        interrupted = turn.slot.delegation or turn.slot.name if turn is not None else None
        self._emit(ev.PointOfOrder(interrupted or None), run.segment.index)

    @_action()
    def request_reply(self, delegation: str) -> None:
        """A delegation asks for the right of reply: heard after the list, in the order asked."""
        run = self._require_running()
        floor, written = run.segment.floor, delegation.strip()
        if floor is None:
            raise EngineError(tr("this segment has no floor: no right of reply"))
        if not written:
            raise EngineError(tr("a reply needs a delegation"))
        known = next((s.delegation for s in run.speakers.slots if same_delegation(s.delegation, written)), written)
        number, limits = run.speakers.replies_of(known) + 1, floor.replies or (None,) * MAX_REPLIES
        if number > len(limits):
            name = delegation_name(known, active_language())
            had = trn("{name} has had its reply", "{name} has had its {count} replies", len(limits), name=name)
            raise EngineError(had)
        given = limits[number - 1]
        limit, name = given.total_seconds() if given else None, delegation_name(known, "en")
        self._emit(ev.Reply(known, name, number, limit), run.segment.index)

    @_action()
    def add_delegation(self, written: str, category: str = "", speaker: str = "", rank: str = "") -> None:
        """A delegation inscribed live on the floor (a code, or a country's name in one of the UN's
        six languages; a group or an observer by name with its category), with its category's limit."""
        run = self._require_running()
        floor = run.segment.floor
        if floor is None:
            raise EngineError(tr("this segment has no floor: add a speaker by name"))
        try:
            entry = floor_entry(floor, written, category, speaker, rank)
        except FloorEntryError as exc:
            raise EngineError(str(exc)) from None
        self.inscribe([entry])

    @_action()
    def inscribe(self, entries: Sequence[Speaker]) -> None:
        """Delegations put on the running floor at once (an imported list), in order; each logged."""
        run = self._require_running()
        floor = run.segment.floor
        if floor is None:
            raise EngineError(tr("this segment has no floor: add a speaker by name"))
        for entry in entries:
            # In protocol order it is placed by rank; the record holds the place, so replay agrees.
            place = _protocol_place(self._require_running(), entry) if floor.order == PROTOCOL else None
            change = ev.SpeakerChange(
                SpeakerAction.ADD,
                position=place,
                name=entry.name,
                limit_s=entry.limit.total_seconds() if entry.limit else None,
                delegation=entry.delegation,
                category=entry.category,
                rank=entry.rank or None,
                speaker=entry.speaker or None,
            )
            self._emit(change, run.segment.index)

    @_action()
    def strike(self, position: int) -> None:
        """A delegation (or a speaker) still waiting is struck from the list: it will not speak."""
        run = self._require_running()
        if position not in run.speakers.strikable():
            raise EngineError(tr("only a delegation still waiting can be struck from the list"))
        self._emit(ev.SpeakerChange(SpeakerAction.STRIKE, position=position), run.segment.index)

    def waiting_position(self, delegation: str) -> int:
        """Where `delegation` waits on the running floor (its inscription before its replies)."""
        run = self._require_running()
        waiting = [*run.speakers.upcoming(), *run.speakers.strikable()]
        for position in waiting:
            slot = run.speakers.slots[position]
            if same_delegation(slot.delegation or slot.name, delegation):
                return position
        raise EngineError(tr("{delegation} is not waiting on the list", delegation=delegation.strip()))

    @_action()
    def draw_lots(self, seed: str | None = None) -> str:
        """Draw lots among the delegations still waiting (among equals in rank, in protocol order):
        the seed is logged with the order it gives, so the draw can be re-derived. Returns the seed."""
        run = self._require_running()
        if run.segment.floor is None:
            raise EngineError(tr("this segment has no floor: no lots to draw"))
        if len(run.speakers.drawable()) < 2:
            raise EngineError(tr("fewer than two delegations are waiting: no lots to draw"))
        chosen = (seed or "").strip() or fresh_seed()
        self._emit(draw_record(run, chosen, "live"), run.segment.index)
        return chosen

    @_action()
    def apply_edits(self, edits: Iterable[tuple[ev.Payload, int | None]]) -> None:
        """Live changes to the rundown as one action (runner.core.live_edits builds and checks them)."""
        for payload, segment in edits:
            self._emit(payload, segment)

    @_action(queue_when_blocked=True)
    def record_offer(self, payload: ev.Offer | ev.Dismiss) -> None:
        """A recovery plan offered (a live rule's decision), or set aside by the host; day-wide."""
        self._emit(payload, None)

    # -- replay --------------------------------------------------------------------------------
    def replay(self, events: Iterable[EngineEvent]) -> None:
        """Rebuild state from recorded events (their `mono` already in this clock's domain)."""
        state, kept, rest = self.state, self.events, iter(events)
        undo, redo = ev.EventType.UNDO, ev.EventType.REDO  # looked up once, not at every event
        for event in rest:
            kind = event.type
            if kind is undo or kind is redo:
                # Folded once without what the undos took out, not again at every undo.
                kept.append(event)
                kept.extend(rest)
                self.state = refold(self.printed_day, kept)
                return
            state = apply_event(state, event)
            kept.append(event)
        self.state = state

    @_action()
    def mark_recovered(self, down_s: float | None = None, replayed: int | None = None) -> None:
        self._emit(ev.Recover(down_s, replayed), self.current)

    # -- internals -----------------------------------------------------------------------------
    def _run(self, index: int) -> SegmentRun:
        if not 0 <= index < len(self.runs):
            raise EngineError(f"there is no segment {index + 1}")
        return self.runs[index]

    def _require_running(self) -> SegmentRun:
        run = self.current_run
        if run is None:
            raise EngineError("no segment is running")
        return run

    def _end_current(self, reason: EndReason, at: Instant | None = None) -> None:
        if self.current is not None:
            self._emit(ev.End(reason), self.current, at)

    def _emit(self, payload: ev.Payload, segment: int | None, at: Instant | None = None) -> None:
        mono, wall = at if at is not None else (self.clock.monotonic(), self.clock.now())
        if self._batch_command is not None and self._batch is not None:
            part = len(self._batch) + 1 if self._batch else None
            payload = replace(payload, command=self._batch_command.value, part=part)
        # Records read in the agenda's zone: a chair compares them with the printed programme.
        event = EngineEvent.of(payload, segment, mono, wall.astimezone(self.zone))
        if self._batch is None:  # an internal caller outside any action: a batch of its own
            self._apply(event)
            self._commit([event])
            return
        # A queued alert is folded at once (so it is not fired again while it waits; folding it
        # twice changes nothing); a queued note only once written.
        if not self._deferring or event.type is ev.EventType.ALERT:
            self._apply(event)
        self._batch.append(event)

    def _commit(self, batch: list[EngineEvent]) -> None:
        """Write `batch` (already folded in), then publish it; if the write fails, undo the fold."""
        if not batch:
            return
        if self.persist is not None:
            try:
                self.persist(batch)
            except OSError as exc:
                self.unwritten, self.write_failure = list(batch), exc.strerror or str(exc)
                self._rebuild()
                raise LogWriteError(
                    f"the timing log cannot be written ({self.write_failure}); this action is not applied "
                    "and is retried every few seconds"
                ) from None
        self._publish(batch)

    def _publish(self, batch: list[EngineEvent]) -> None:
        self.events.extend(batch)
        for event in batch:
            for listener in list(self._listeners):
                listener(event)

    def retry_unwritten(self) -> bool:
        """Write what a failed write left waiting, then apply it at its own times; True once none waits."""
        if not self.unwritten:
            return True
        if self.persist is not None:
            try:
                self.persist(self.unwritten)
            except OSError as exc:
                self.write_failure = exc.strerror or str(exc)
                return False
        batch, self.unwritten, self.write_failure = self.unwritten, [], ""
        if any(event.type in REVERSALS for event in batch):
            self.state = refold(self.printed_day, [*self.events, *batch])
        else:
            for event in batch:
                self._apply(event)
        self._publish(batch)
        return True

    def _rebuild(self) -> None:
        """The state as the events on disk make it (after a fold the log refused)."""
        self.state = refold(self.printed_day, self.events)

    def _apply(self, event: EngineEvent) -> None:
        if event.type in REVERSALS:  # the day folded again, without what is now taken out
            self.state = refold(self.printed_day, [*self.events, *(self._batch or ()), event])
        else:
            self.state = apply_event(self.state, event)


__all__ = ["EngineError", "LogWriteError", "RunStatus", "SegmentRun", "SessionEngine", "Turn"]


def draw_record(run: SegmentRun, seed: str, source: str) -> ev.Draw:
    """The draw of `seed` over the run's waiting delegations: who speaks in which place now."""
    floor, slots, waiting = run.segment.floor, run.speakers.slots, run.speakers.drawable()
    by_rank = floor is not None and floor.order == PROTOCOL
    groups_first = by_rank and floor is not None and floor.groups_first
    entries = [(slots[i].delegation or slots[i].name, slots[i].rank, slots[i].category) for i in waiting]
    drawn = [waiting[i] for i in speaking_order(entries, by_rank=by_rank, seed=seed, groups_first=groups_first)]
    delegations = tuple(slots[i].delegation or slots[i].name for i in drawn)
    ranks = tuple(rank_key(slots[i].rank) or DEFAULT_RANK for i in drawn) if by_rank else ("",) * len(drawn)
    # In protocol order members come first: the record says who is one, so the order re-derives.
    categories = tuple(slots[i].category or MEMBER for i in drawn) if by_rank else ()
    return ev.Draw(seed, tuple(drawn), delegations, ranks, by_rank, source, categories, groups_first or None)


def _protocol_place(run: SegmentRun, entry: Speaker) -> int | None:
    """Where a delegation inscribed late takes its place by rank among those waiting (None: after them)."""
    slots = run.speakers.slots
    waiting = [(i, slots[i].rank, slots[i].category) for i in run.speakers.drawable()]
    groups_first = run.segment.floor is not None and run.segment.floor.groups_first
    return protocol_place(waiting, entry.rank, entry.category, groups_first=groups_first)


def _turn(position: int, slot: SpeakerSlot) -> ev.SpeakerChange:
    """A turn's record: who has the floor, with what limit; on a floor, for which delegation."""
    return ev.SpeakerChange(
        SpeakerAction.TURN,
        position=position,
        name=slot.name,
        limit_s=slot.limit,
        delegation=slot.delegation or None,
        category=slot.category or None,
    )

"""Every host action, one route: the console's keys and menus, the control API, the speakers'
panel and the rundown's editing all call `HostCommands`, so each event they make names its
command (the `command` key of the log) and Ctrl+Z knows every action whatever its origin.

The live rules (alerts, automatic starts, offers) do not come here: they are not the host's, and
an undo takes back with a command the automatic decisions made after it (runner.core.reversal).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from runner.core import events as ev
from runner.core.agenda import Speaker
from runner.core.engine import SessionEngine
from runner.core.events import Command, EngineEvent, EventType
from runner.core.i18n import tr
from runner.core.reversal import undo_of

_T = TypeVar("_T")


class HostCommands:
    """The host's actions on one engine; each is one engine action, its events marked as its own."""

    def __init__(self, engine: SessionEngine) -> None:
        self.engine = engine

    def run(self, command: Command, call: Callable[[], _T]) -> _T:
        """Run `call` (one engine action) as `command`; an `EngineError` says why it cannot be."""
        with self.engine.commanded(command):
            return call()

    # -- the day ---------------------------------------------------------------------------------
    def start_next(self) -> None:
        self.run(Command.START_NEXT, self.engine.advance)

    def jump(self, index: int) -> None:
        self.run(Command.JUMP, lambda: self.engine.start(index))

    def back(self) -> None:
        self.run(Command.BACK, self.engine.back)

    def toggle_pause(self) -> None:
        self.run(Command.PAUSE, self.engine.toggle_pause)

    def adjust(self, seconds: float) -> None:
        command = Command.ADD_MINUTE if seconds > 0 else Command.REMOVE_MINUTE
        self.run(command, lambda: self.engine.adjust(seconds))

    def skip_next(self) -> None:
        self.run(Command.SKIP_NEXT, self.engine.skip)

    def hold(self, index: int, held: bool) -> None:
        self.run(Command.HOLD, lambda: self.engine.hold(index, held))

    def end_day(self) -> None:
        self.run(Command.END_DAY, self.engine.end_day)

    # -- the floor -------------------------------------------------------------------------------
    def next_speaker(self) -> None:
        self.run(Command.NEXT_SPEAKER, self.engine.next_speaker)

    def previous_speaker(self) -> None:
        self.run(Command.PREVIOUS_SPEAKER, self.engine.previous_speaker)

    def skip_speaker(self, position: int | None) -> None:
        self.run(Command.SKIP_SPEAKER, lambda: self.engine.skip_speaker(position))

    def add_speaker(self, name: str, limit: float | None) -> None:
        self.run(Command.ADD_SPEAKER, lambda: self.engine.add_speaker(name, limit))

    def move_speaker(self, source: int, target: int) -> None:
        self.run(Command.MOVE_SPEAKER, lambda: self.engine.move_speaker(source, target))

    def point_of_order(self) -> None:
        self.run(Command.POINT_OF_ORDER, self.engine.point_of_order)

    def reply(self, delegation: str) -> None:
        self.run(Command.REPLY, lambda: self.engine.request_reply(delegation))

    def add_delegation(self, written: str, category: str = "", speaker: str = "", rank: str = "") -> None:
        self.run(Command.ADD_DELEGATION, lambda: self.engine.add_delegation(written, category, speaker, rank))

    def strike(self, position: int) -> None:
        self.run(Command.STRIKE, lambda: self.engine.strike(position))

    def draw_lots(self, seed: str | None = None) -> str:
        return self.run(Command.DRAW_LOTS, lambda: self.engine.draw_lots(seed))

    def inscribe(self, entries: Sequence[Speaker]) -> None:
        self.run(Command.INSCRIBE, lambda: self.engine.inscribe(entries))

    # -- words -----------------------------------------------------------------------------------
    def note(self, text: str) -> None:
        self.run(Command.NOTE, lambda: self.engine.add_note(text))

    def message(self, text: str) -> None:
        self.run(Command.MESSAGE, lambda: self.engine.send_message(text))

    # -- undo ------------------------------------------------------------------------------------
    def undo(self) -> str:
        """Ctrl+Z; returns the line for the host: "Undone: Skip 'Opening remarks'"."""
        self.engine.undo()
        return tr("Undone: {what}", what=describe(self.engine, self.engine.events[-1]))

    def redo(self) -> str:
        """Ctrl+Shift+Z; returns the line for the host: "Redone: Skip 'Opening remarks'"."""
        self.engine.redo()
        return tr("Redone: {what}", what=describe(self.engine, self.engine.events[-1]))


def describe(engine: SessionEngine, reversal: EngineEvent) -> str:
    """What an undo (or a redo, through its undo) took back, in the host's words."""
    events, payload = engine.events, reversal.payload
    if isinstance(payload, ev.Redo):
        undo = undo_of(events, payload)
        if undo is None:
            return ""
        payload = undo.payload
    assert isinstance(payload, ev.Undo)
    own = [events[n - 1] for n in payload.withdraws or () if 0 < n <= len(events) and events[n - 1].payload.command]
    if not own:
        return ""
    try:
        command = Command(payload.undone_command)
    except ValueError:
        return payload.undone_command
    return _words(command, own, _title(engine, own))


def _title(engine: SessionEngine, own: Sequence[EngineEvent]) -> str:
    """The segment the command was about: the one it started, else the one it acted on."""
    starts = [e for e in own if e.type is EventType.START]
    head = starts[0] if starts else own[0]
    edit = head.payload
    if isinstance(edit, ev.Edit):
        for values in (edit.before, edit.after):
            if values and "title" in values:
                return str(values["title"])
    runs = engine.runs
    return runs[head.segment].segment.title if head.segment is not None and 0 <= head.segment < len(runs) else ""


def _words(command: Command, own: Sequence[EngineEvent], title: str) -> str:
    head = own[0].payload
    if command is Command.PAUSE:
        resumed = own[0].type is EventType.RESUME
        return tr("Resume of '{title}'", title=title) if resumed else tr("Pause of '{title}'", title=title)
    if command is Command.SKIP_NEXT and isinstance(head, ev.Skip) and not head.skipped:
        return tr("Bringing back '{title}'", title=title)
    if command is Command.HOLD and own[0].type is EventType.RELEASE:
        return tr("Release of '{title}'", title=title)
    if command is Command.ACCEPT_PLAN and isinstance(head, ev.Edit):
        return tr("Accepting recovery plan {number}", number=head.plan or "")
    if command in (Command.ADD_SPEAKER, Command.ADD_DELEGATION) and isinstance(head, ev.SpeakerChange):
        return tr("Adding {name} to '{title}'", name=head.name or "", title=title)
    words = _WORDS.get(command)
    return words(title) if words is not None else tr("Change to '{title}'", title=title)


_WORDS: dict[Command, Callable[[str], str]] = {
    Command.START_NEXT: lambda title: tr("Start of '{title}'", title=title),
    Command.JUMP: lambda title: tr("Jump to '{title}'", title=title),
    Command.BACK: lambda title: tr("Back to '{title}'", title=title),
    Command.ADD_MINUTE: lambda title: tr("+1 min on '{title}'", title=title),
    Command.REMOVE_MINUTE: lambda title: tr("−1 min on '{title}'", title=title),
    Command.SKIP_NEXT: lambda title: tr("Skip '{title}'", title=title),
    Command.HOLD: lambda title: tr("Hold on '{title}'", title=title),
    Command.END_DAY: lambda title: tr("End of the day"),
    Command.NEXT_SPEAKER: lambda title: tr("Next speaker in '{title}'", title=title),
    Command.PREVIOUS_SPEAKER: lambda title: tr("Previous speaker in '{title}'", title=title),
    Command.SKIP_SPEAKER: lambda title: tr("Skipping a speaker in '{title}'", title=title),
    Command.MOVE_SPEAKER: lambda title: tr("Moving a speaker in '{title}'", title=title),
    Command.POINT_OF_ORDER: lambda title: tr("Point of order in '{title}'", title=title),
    Command.REPLY: lambda title: tr("Right of reply in '{title}'", title=title),
    Command.STRIKE: lambda title: tr("Striking a delegation from '{title}'", title=title),
    Command.DRAW_LOTS: lambda title: tr("Drawing lots in '{title}'", title=title),
    Command.INSCRIBE: lambda title: tr("The list of delegations added to '{title}'", title=title),
}

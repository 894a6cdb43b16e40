"""Engine events: every action the host takes and every decision the live rules make, as an
append-only record.

The engine's state is a fold over these events, so the timing log can replay them after a crash
and reports can be rebuilt from them alone. Each type has one payload dataclass; the log and the
JSON-lines report keep the contract's flat shape (`at`, `type`, `segment`, then the payload's keys),
which is also how logs written before the types existed read back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import Enum
from typing import Any, ClassVar, TypeVar


class EventType(str, Enum):
    """What happened. The values are the `type` of the log's rows and the contract's records."""

    START = "start"
    END = "end"
    PAUSE = "pause"
    RESUME = "resume"
    ADJUST = "adjust"
    SKIP = "skip"
    SPEAKER = "speaker"
    ALERT = "alert"
    NOTE = "note"
    RECOVER = "recover"
    BACK = "back"
    DAY_END = "day_end"
    HOLD = "hold"
    RELEASE = "release"
    MESSAGE = "message"
    EDIT = "edit"
    OFFER = "offer"
    DISMISS = "dismiss"
    POINT_OF_ORDER = "point_of_order"
    POINT_OF_ORDER_END = "point_of_order_end"
    REPLY = "reply"
    DRAW = "draw"
    UNDO = "undo"
    REDO = "redo"

    def __str__(self) -> str:
        return self.value


class Command(str, Enum):
    """A host command (runner.core.commands): the `command` of the events it wrote. The control
    API's action names are these where they are the same action."""

    START_NEXT = "start_next"
    JUMP = "jump"
    BACK = "back"
    PAUSE = "pause"
    ADD_MINUTE = "add_minute"
    REMOVE_MINUTE = "remove_minute"
    SKIP_NEXT = "skip_next"
    HOLD = "hold"
    END_DAY = "end_day"
    NEXT_SPEAKER = "next_speaker"
    PREVIOUS_SPEAKER = "previous_speaker"
    SKIP_SPEAKER = "skip_speaker"
    ADD_SPEAKER = "add_speaker"
    MOVE_SPEAKER = "move_speaker"
    POINT_OF_ORDER = "point_of_order"
    REPLY = "reply"
    ADD_DELEGATION = "add_delegation"
    STRIKE = "strike"
    DRAW_LOTS = "draw_lots"
    INSCRIBE = "inscribe"
    EDIT = "edit"
    ACCEPT_PLAN = "accept_plan"
    DISMISS_PLAN = "dismiss_plan"
    NOTE = "note"
    MESSAGE = "message"

    def __str__(self) -> str:
        return self.value

    @property
    def undoable(self) -> bool:
        """Ctrl+Z takes it back. Notes and the chair's messages are words said, not the day's
        timing (a box's own Ctrl+Z takes back typing); setting a plan aside is advice declined."""
        return self not in (Command.NOTE, Command.MESSAGE, Command.DISMISS_PLAN)


class AlertKind(str, Enum):
    """What an alert is about; the `kind` of `alert` records."""

    WARNING = "warning"
    OVERTIME = "overtime"
    INTERMISSION_ENDING = "intermission_ending"
    INTERMISSION_OVER = "intermission_over"
    HARD_STOP = "hard_stop"
    SPEAKER_WARNING = "speaker_warning"
    SPEAKER_OVERTIME = "speaker_overtime"
    START_REMINDER = "start_reminder"
    # Not an alert a host sees: the live rules' job that starts a segment by the wall clock.
    AUTO_START = "auto_start"

    def __str__(self) -> str:
        return self.value

    @property
    def chimes(self) -> bool:
        """A speaker's discreet cue and an automatic start make no sound; every other alert does."""
        return self not in (AlertKind.SPEAKER_WARNING, AlertKind.AUTO_START)


class AlertLevel(str, Enum):
    """How loud an alert looks: the banner's colour."""

    INFO = "info"
    WARNING = "warning"
    DANGER = "danger"

    def __str__(self) -> str:
        return self.value


class EndReason(str, Enum):
    NEXT = "next"
    END_DAY = "end_day"

    def __str__(self) -> str:
        return self.value


class SpeakerAction(str, Enum):
    TURN = "turn"
    DONE = "done"
    BACK = "back"
    SKIP = "skip"
    ADD = "add"
    MOVE = "move"
    STRIKE = "strike"

    def __str__(self) -> str:
        return self.value


# Every payload is a frozen dataclass whose ==, hash() and repr() are Payload's, by its fields as
# a dataclass's own would be (eq=False, repr=False): Python 3.11 compiles each method it makes for
# a dataclass on its own, and making all six for each payload cost ~10 ms of every start.
@dataclass(frozen=True, eq=False, repr=False)
class Payload:
    """The details of one event. Fields map to record keys one to one (`KEYS` renames a few);
    None fields are left out, so a record holds what applies to it.

    Every event a host command wrote (runner.core.commands) names it in `command` ("skip_next"),
    and the second and later events of that one command carry `part` (2, 3, …): the log alone
    says which events one keypress made, so Ctrl+Z finds them again after a crash. Keyword-only,
    and last in a record."""

    KEYS: ClassVar[dict[str, str]] = {}
    command: str | None = field(default=None, kw_only=True)
    part: int | None = field(default=None, kw_only=True)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._compared() == other._compared()

    def __hash__(self) -> int:
        return hash(self._compared())

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{item.name}={getattr(self, item.name)!r}"
            for item in sorted(fields(self), key=lambda item: item.name in _MARKS)
            if item.repr and (item.name not in _MARKS or getattr(self, item.name) is not None)
        )
        return f"{type(self).__qualname__}({shown})"

    def _compared(self) -> tuple[Any, ...]:
        return tuple(getattr(self, item.name) for item in fields(self) if item.compare)

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        pairs = _FIELD_KEYS.get(type(self))
        for name, key in _field_keys(type(self)) if pairs is None else pairs:
            value = getattr(self, name)
            if value is not None:
                data[key] = value.value if isinstance(value, Enum) else value
        if self.command is not None:  # the marks last, and looked at directly: most events have none
            data["command"] = self.command
            if self.part is not None:
                data["part"] = self.part
        return data

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Payload:
        """Read a record's details; keys this version does not know are ignored."""
        names = _RECORD_NAMES.get(cls)
        names = _record_names(cls) if names is None else names
        # Made as the generated __init__ would make it, without its cost (a log is mostly speakers'
        # records of seven fields; 100,000 of them: ~0.2 s less): every field has a default, so it
        # is that or the record's value, then __post_init__ checks and converts as it always does.
        made = object.__new__(cls)
        values = made.__dict__
        values.update(_DEFAULTS[cls])
        if data.keys() <= _PLAIN_KEYS[cls]:  # every key is its field's name: one update (most records)
            values.update(data)
        else:
            for key, value in data.items():
                name = names.get(key)
                if name is not None:
                    values[name] = value
        check = getattr(made, "__post_init__", None)
        if check is not None:
            check()
        return made


# Each payload class's (field name, record key) pairs and record key -> field name, made once per
# class: reading and writing a log of 100,000 events asked `fields()` for them 100,000 times each.
_FIELD_KEYS: dict[type[Payload], tuple[tuple[str, str], ...]] = {}
_RECORD_NAMES: dict[type[Payload], dict[str, str]] = {}


_MARKS = ("command", "part")  # Payload's own fields: after the payload's in a record


def _field_keys(cls: type[Payload]) -> tuple[tuple[str, str], ...]:
    """The payload's own (field, key) pairs; `to_data` adds the marks after them."""
    own = [item for item in fields(cls) if item.name not in _MARKS]
    pairs = _FIELD_KEYS[cls] = tuple((item.name, cls.KEYS.get(item.name, item.name)) for item in own)
    return pairs


def _record_names(cls: type[Payload]) -> dict[str, str]:
    names = _RECORD_NAMES[cls] = {key: name for name, key in (*_field_keys(cls), *((m, m) for m in _MARKS))}
    _DEFAULTS[cls] = {item.name: item.default for item in fields(cls)}
    _PLAIN_KEYS[cls] = frozenset(key for key, name in names.items() if key == name)
    return names


_DEFAULTS: dict[type[Payload], dict[str, Any]] = {}
_E = TypeVar("_E", bound=Enum)


def _member(kind: type[_E], value: object) -> _E:
    """`kind(value)` by its table of values first (a log's every speaker's record converts one;
    the Enum call costs five times the look-up), the call itself for anything else."""
    try:
        return kind._value2member_map_[value]  # type: ignore[return-value]
    except (KeyError, TypeError):
        return kind(value)


_PLAIN_KEYS: dict[type[Payload], frozenset[str]] = {}  # the record keys that are their field's name


@dataclass(frozen=True, eq=False, repr=False)
class Start(Payload):
    """A segment starts: by the host, or by the wall clock (`auto`) `late_s` after its planned start."""

    auto: bool | None = None
    late_s: float | None = None


@dataclass(frozen=True, eq=False, repr=False)
class End(Payload):
    """The running segment ends: the host moved on (`next`) or ended the day."""

    reason: EndReason = EndReason.NEXT

    def __post_init__(self) -> None:
        object.__setattr__(self, "reason", _member(EndReason, self.reason))


@dataclass(frozen=True, eq=False, repr=False)
class Pause(Payload):
    """The running segment is paused."""


@dataclass(frozen=True, eq=False, repr=False)
class Resume(Payload):
    """The paused segment runs again."""


@dataclass(frozen=True, eq=False, repr=False)
class Adjust(Payload):
    """Seconds added to (positive) or removed from the running segment."""

    seconds: float = 0.0

    def __post_init__(self) -> None:
        object.__setattr__(self, "seconds", float(self.seconds))


@dataclass(frozen=True, eq=False, repr=False)
class Skip(Payload):
    """True: the segment is skipped; False: it is brought back."""

    skipped: bool = True


@dataclass(frozen=True, eq=False, repr=False)
class SpeakerChange(Payload):
    """A change to the running segment's speakers' list; which fields apply depends on `action`."""

    KEYS: ClassVar[dict[str, str]] = {"source": "from", "target": "to"}
    # A turn's record names its limit even when there is none (null), as logs always have.
    _ALWAYS: ClassVar[dict[SpeakerAction, tuple[str, ...]]] = {
        SpeakerAction.TURN: ("limit_s",),
        SpeakerAction.ADD: ("limit_s",),
    }

    action: SpeakerAction = SpeakerAction.TURN
    position: int | None = None
    name: str | None = None
    limit_s: float | None = None
    skipped: bool | None = None
    source: int | None = None
    target: int | None = None
    # On a floor: the delegation the turn (or the name added) speaks for, as written, and its category.
    delegation: str | None = None
    category: str | None = None
    rank: str | None = None
    speaker: str | None = None  # an added delegation's person speaking for it

    def __post_init__(self) -> None:
        object.__setattr__(self, "action", _member(SpeakerAction, self.action))

    def to_data(self) -> dict[str, Any]:
        data = super().to_data()
        for name in self._ALWAYS.get(self.action, ()):
            data.setdefault(name, None)
        return data


@dataclass(frozen=True, eq=False, repr=False)
class Alert(Payload):
    """An alert that fired. `key` names the planned alert, so it never fires twice (older logs: none)."""

    kind: AlertKind = AlertKind.WARNING
    message: str = ""
    level: AlertLevel | None = None
    key: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", _member(AlertKind, self.kind))
        if self.level is not None:
            object.__setattr__(self, "level", AlertLevel(self.level))


@dataclass(frozen=True, eq=False, repr=False)
class Note(Payload):
    """The host's note on the running segment."""

    text: str = ""


@dataclass(frozen=True, eq=False, repr=False)
class Recover(Payload):
    """The app came back after a crash: how long it was away, and how many events it replayed."""

    down_s: float | None = None
    replayed: int | None = None


@dataclass(frozen=True, eq=False, repr=False)
class Back(Payload):
    """Back: the previous segment runs again; `from_segment` is the one that goes back to waiting."""

    KEYS: ClassVar[dict[str, str]] = {"from_segment": "from"}

    from_segment: int | None = None


@dataclass(frozen=True, eq=False, repr=False)
class DayEnd(Payload):
    """The day is closed: what has not run stays not started."""


@dataclass(frozen=True, eq=False, repr=False)
class Hold(Payload):
    """H: the segment will not start by itself (auto-start days); it waits for Space."""


@dataclass(frozen=True, eq=False, repr=False)
class Release(Payload):
    """H again: a held segment starts by itself again at its time."""


@dataclass(frozen=True, eq=False, repr=False)
class Message(Payload):
    """The text on the chair's screen; empty clears it."""

    text: str = ""


class EditChange(str, Enum):
    """What a live change to the rundown does (runner.core.live_edits)."""

    INSERT = "insert"
    LENGTH = "length"
    RENAME = "rename"
    MOVE = "move"
    REMOVE = "remove"
    SPEAKER_LIMIT = "speaker_limit"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, eq=False, repr=False)
class Edit(Payload):
    """A live change to the rundown, with what it was and what it became (`before`, `after`: the
    changed fields: `title`, `duration_s`, `kind`, `index`, `limit_s`). `segment` is its index
    before the change (an inserted one's: where it now is); `position` names a speaker; `plan` is
    the number of the recovery plan it accepts."""

    change: EditChange = EditChange.LENGTH
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    by: str = "host"
    position: int | None = None
    plan: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "change", EditChange(self.change))


@dataclass(frozen=True, eq=False, repr=False)
class Offer(Payload):
    """A recovery plan offered to the host, because the live rules had something new to say
    (runner.core.offer_timing): its number in the day, the plan as offered
    (`RecoveryPlan.to_record`), its one line as shown, and whether the day's end was still moving
    (an overrun going on) when it was offered."""

    number: int = 0
    plan: dict[str, Any] | None = None
    summary: str = ""
    moving: bool = False


@dataclass(frozen=True, eq=False, repr=False)
class Dismiss(Payload):
    """The host set recovery plan `number` aside: it is not offered again unless the plan changes."""

    number: int = 0


@dataclass(frozen=True, eq=False, repr=False)
class PointOfOrder(Payload):
    """A point of order: the speaker's clock stops (the time is never charged to the delegation)."""

    delegation: str | None = None  # the delegation whose turn it interrupted


@dataclass(frozen=True, eq=False, repr=False)
class PointOfOrderEnd(Payload):
    """The point of order is settled: the speaker's clock goes on."""


@dataclass(frozen=True, eq=False, repr=False)
class Reply(Payload):
    """A delegation asks for the right of reply: its `number`th (1 or 2), heard after the list."""

    delegation: str = ""
    name: str = ""
    number: int = 1
    limit_s: float | None = None


@dataclass(frozen=True, eq=False, repr=False)
class Draw(Payload):
    """A draw of lots ordered a floor's waiting delegations (runner.core.floor_order): the `seed`,
    and the `positions` drawn in the order they now speak, with their `delegations` and `ranks`,
    (and, in protocol order, `categories`), so the order can be re-derived from the seed.
    `source`: "agenda" (its `draw`) or "live"."""

    seed: str = ""
    positions: tuple[int, ...] = ()
    delegations: tuple[str, ...] = ()
    ranks: tuple[str, ...] = ()
    by_rank: bool = False
    source: str = "live"
    categories: tuple[str, ...] = ()  # in protocol order (members first): each drawn one's category
    groups_first: bool | None = None  # true when the floor hears groups of States first (`groups: first`)

    def __post_init__(self) -> None:
        for name in ("positions", "delegations", "ranks", "categories"):
            object.__setattr__(self, name, tuple(getattr(self, name)))


@dataclass(frozen=True, eq=False, repr=False)
class Undo(Payload):
    """Ctrl+Z: the host command whose first event is number `undoes` (1-based, the log's `seq`) of
    type `undone_type`, made by `undone_command`, is taken out of the day, as if it had not
    happened. `withdraws` lists every event it takes out: the command's own and the automatic
    decisions made after it (alerts, automatic starts), which the live rules make again on the
    corrected day. The log keeps them all."""

    undoes: int = 0
    undone_type: str = ""
    undone_command: str = ""
    withdraws: list[int] | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "withdraws", [int(n) for n in self.withdraws or ()])

    def _compared(self) -> tuple[Any, ...]:
        return tuple(tuple(v) if isinstance(v, list) else v for v in super()._compared())


@dataclass(frozen=True, eq=False, repr=False)
class Redo(Payload):
    """Ctrl+Shift+Z: the undo numbered `redoes` no longer holds (what it took out is back);
    `withdraws` lists the automatic decisions made since that undo, taken out in their turn."""

    redoes: int = 0
    withdraws: list[int] | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "withdraws", [int(n) for n in self.withdraws or ()])

    def _compared(self) -> tuple[Any, ...]:
        return tuple(tuple(v) if isinstance(v, list) else v for v in super()._compared())


PAYLOADS: dict[EventType, type[Payload]] = {
    EventType.START: Start,
    EventType.END: End,
    EventType.PAUSE: Pause,
    EventType.RESUME: Resume,
    EventType.ADJUST: Adjust,
    EventType.SKIP: Skip,
    EventType.SPEAKER: SpeakerChange,
    EventType.ALERT: Alert,
    EventType.NOTE: Note,
    EventType.RECOVER: Recover,
    EventType.BACK: Back,
    EventType.DAY_END: DayEnd,
    EventType.HOLD: Hold,
    EventType.RELEASE: Release,
    EventType.MESSAGE: Message,
    EventType.EDIT: Edit,
    EventType.OFFER: Offer,
    EventType.DISMISS: Dismiss,
    EventType.POINT_OF_ORDER: PointOfOrder,
    EventType.POINT_OF_ORDER_END: PointOfOrderEnd,
    EventType.REPLY: Reply,
    EventType.DRAW: Draw,
    EventType.UNDO: Undo,
    EventType.REDO: Redo,
}
_TYPE_OF = {payload: kind for kind, payload in PAYLOADS.items()}
_EMPTY = {kind: payload() for kind, payload in PAYLOADS.items()}


_EVENT_TYPES = {kind.value: kind for kind in EventType}


def read_payload(kind: str, data: dict[str, Any] | None) -> tuple[EventType, Payload]:
    """A record's type and details read back: `ValueError` for what this version cannot read."""
    event_type = _EVENT_TYPES.get(kind) or EventType(kind)  # the lookup: 10x faster than the call
    return event_type, PAYLOADS[event_type].from_data(data) if data else _EMPTY[event_type]


def slot_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...]:
    """Each field's slot setter of a frozen, slotted dataclass, in field order: a reader making
    thousands of them sets each field at a third of the cost of the generated __init__'s
    object.__setattr__ (a slot keeps reading the field as fast as the __init__'s would)."""
    return tuple(getattr(cls, item.name).__set__ for item in fields(cls))


# Slots: a day's report reads each event's fields in every pass (the replay, the figures, each writer).
@dataclass(frozen=True, slots=True)
class EngineEvent:
    """One thing that happened: when by both clocks, to which segment, with what details."""

    type: EventType
    segment: int | None
    mono: float
    wall: datetime
    payload: Payload

    @classmethod
    def of(cls, payload: Payload, segment: int | None, mono: float, wall: datetime) -> EngineEvent:
        """The event a payload stands for (its type follows from the payload's class)."""
        return cls(_TYPE_OF[type(payload)], segment, mono, wall, payload)

    @classmethod
    def from_record(
        cls, kind: str, segment: int | None, mono: float, wall: datetime, data: dict[str, Any] | None = None
    ) -> EngineEvent:
        """An event read back from the log: `ValueError` for a type or detail this version cannot read."""
        event_type, payload = read_payload(kind, data)
        return cls(event_type, segment, mono, wall, payload)

    @property
    def data(self) -> dict[str, Any]:
        """The payload as the record's flat details."""
        return self.payload.to_data()

    def to_record(self) -> dict[str, Any]:
        """The contract's JSON-lines shape: `at`, `type`, `segment`, then the details."""
        record: dict[str, Any] = {"at": self.wall.isoformat(), "type": self.type.value}
        if self.segment is not None:
            record["segment"] = self.segment
        record.update(self.payload.to_data())
        return record

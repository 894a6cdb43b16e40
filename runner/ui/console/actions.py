"""Every user action of the host window, defined once: text, shortcut, tooltip; menus, toolbar
buttons and keys all trigger these same `QAction`s."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from runner.ui.base.translations import QT_TRANSLATE_NOOP


class ActionSpec(NamedTuple):
    """What the host reads of an action: its text, its keys, its tooltip; `checkable` for a toggle."""

    text: str
    keys: tuple[str, ...]
    tip: str
    checkable: bool = False


class ActionId(Enum):
    """A family of actions declared once as an enum; each member's `id` names its QAction."""

    @property
    def id(self) -> str:
        """The QAction's objectName (for Qt's introspection and accessibility tools): 'start_next'."""
        return self.name.lower()


class Action(ActionId):
    """Every action of the host window, declared once (as Picard's `MainAction`): menus, toolbar
    buttons, keys and the help panel name them by member, never by a string. Back is Backspace
    (and Ctrl+Left): one key, far from Space."""

    START_NEXT = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Start / Next"),
        ("Space",),
        QT_TRANSLATE_NOOP("HostActions", "Start the first segment, or end this one and start the next"),
    )
    PAUSE = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Pause / Resume"),
        ("P",),
        QT_TRANSLATE_NOOP("HostActions", "Pause or resume the running segment"),
    )
    NEXT_SPEAKER = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Next speaker"),
        ("Right",),
        QT_TRANSLATE_NOOP("HostActions", "Give the floor to the next speaker"),
    )
    PREVIOUS_SPEAKER = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Previous speaker"),
        ("Left",),
        QT_TRANSLATE_NOOP("HostActions", "Undo the last move of the floor"),
    )
    BACK = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Back"),
        ("Backspace", "Ctrl+Left"),
        QT_TRANSLATE_NOOP("HostActions", "Reopen the previous segment (Space was pressed too early)"),
    )
    ADD_MINUTE = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "+1 min"),
        ("+", "="),
        QT_TRANSLATE_NOOP("HostActions", "Add a minute to the running segment"),
    )
    REMOVE_MINUTE = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "−1 min"),
        ("-",),
        QT_TRANSLATE_NOOP("HostActions", "Remove a minute from the running segment"),
    )
    HOLD_NEXT = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Hold next"),
        ("H",),
        QT_TRANSLATE_NOOP(
            "HostActions", "On an auto-start day, keep the next segment from starting by itself (again to release it)"
        ),
    )
    SKIP_NEXT = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Skip next"),
        ("S",),
        QT_TRANSLATE_NOOP("HostActions", "Skip the next segment (again to bring it back)"),
    )
    JUMP = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Jump to selected"),
        ("Ctrl+J",),
        QT_TRANSLATE_NOOP("HostActions", "Start the segment selected in the rundown (or Enter on it)"),
    )
    END_DAY = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "End day"),
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("HostActions", "End the running segment and close the day"),
    )
    OPEN = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Open agenda…"),
        ("Ctrl+O",),
        QT_TRANSLATE_NOOP("HostActions", "Open another agenda file (YAML); a file dropped on the window opens too"),
    )
    EXPORT = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Export report…"),
        ("Ctrl+Shift+E",),
        QT_TRANSLATE_NOOP(
            "HostActions", "Write the chair's summary (HTML, PDF, Markdown, CSV, JSON lines) to a folder"
        ),
    )
    IMPORT = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Import…"),
        ("Ctrl+I",),
        QT_TRANSLATE_NOOP(
            "HostActions",
            "Import a programme (spreadsheet, calendar, schedule.xml, pasted text) as an agenda, and open it",
        ),
    )
    SPEAKERS_FILE = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Add speakers' list from a file…"),
        (),
        QT_TRANSLATE_NOOP(
            "HostActions", "Add a list of speakers (CSV: delegation, category, speaker) to the running floor"
        ),
    )
    SPEAKERS_PASTE = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Paste speakers' list…"),
        (),
        QT_TRANSLATE_NOOP("HostActions", "Paste a list of speakers, a delegation a line, onto the running floor"),
    )
    ADD_SPEAKER = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Add speaker"),
        ("A",),
        QT_TRANSLATE_NOOP(
            "HostActions", "Type speakers' names: Enter adds each and keeps the box; Escape gives the keys back"
        ),
    )
    POINT_OF_ORDER = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Point of order"),
        ("O",),
        QT_TRANSLATE_NOOP(
            "HostActions",
            "A point of order: the speaker's clock stops, never charged to the delegation (again to end it)",
        ),
    )
    REPLY = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Right of reply"),
        ("R",),
        QT_TRANSLATE_NOOP(
            "HostActions",
            "The selected delegation (or the one speaking) asks for the right of reply: heard after the list",
        ),
    )
    STRIKE = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Strike from the list"),
        ("Shift+Del",),
        QT_TRANSLATE_NOOP(
            "HostActions", "Strike the selected delegation (or speaker) still waiting from the list: it will not speak"
        ),
    )
    DRAW_LOTS = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Draw lots"),
        ("L",),
        QT_TRANSLATE_NOOP(
            "HostActions",
            "Order the delegations still waiting by drawing lots (among equals in rank); the seed is logged",
        ),
    )
    NOTE = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Note"),
        ("N",),
        QT_TRANSLATE_NOOP("HostActions", "Write a note against the running segment"),
    )
    MESSAGE = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Message chair"),
        ("M",),
        QT_TRANSLATE_NOOP("HostActions", "Send a message to the chair's screen"),
    )
    MUTE = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Mute alerts"),
        ("Ctrl+M",),
        QT_TRANSLATE_NOOP("HostActions", "Silence alert sounds (banners still show)"),
        checkable=True,
    )
    TOGGLE_CHAIR = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Chair view"),
        ("C",),
        QT_TRANSLATE_NOOP("HostActions", "Show or hide the chair's window"),
    )
    CHAIR_FULLSCREEN = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Chair full screen"),
        ("F11",),
        QT_TRANSLATE_NOOP("HostActions", "Put the chair's window full screen on the chosen screen"),
    )
    SHARE_VIEWS = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Share live views…"),
        ("Ctrl+Shift+L",),
        QT_TRANSLATE_NOOP(
            "HostActions", "Serve the chair's, speakers' and stage views to browsers elsewhere: links, QR codes"
        ),
    )
    DARK = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Dark theme"),
        ("Ctrl+Shift+D",),
        QT_TRANSLATE_NOOP("HostActions", "Switch between the light and the dark palette (for dim control rooms)"),
        checkable=True,
    )
    HIGH_CONTRAST = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "High contrast"),
        ("Ctrl+Shift+H",),
        QT_TRANSLATE_NOOP(
            "HostActions", "White on black, yellow for the selection: for low vision or a washed-out screen"
        ),
        checkable=True,
    )
    HELP = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Shortcuts"),
        ("F1",),
        QT_TRANSLATE_NOOP("HostActions", "List every shortcut"),
    )
    UNDO = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Undo"),
        ("Ctrl+Z",),
        QT_TRANSLATE_NOOP(
            "HostActions", "Take back the last action on the day (a stray Space, a skip…); again for the one before"
        ),
    )
    REDO = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Redo"),
        ("Ctrl+Shift+Z",),
        QT_TRANSLATE_NOOP("HostActions", "Do again what Undo took back"),
    )
    QUIT = ActionSpec(
        QT_TRANSLATE_NOOP("HostActions", "Quit"),
        ("Ctrl+Q",),
        QT_TRANSLATE_NOOP("HostActions", "Quit (the timing log is already safe on disk)"),
    )


# Actions that also work while the chair's window has the focus.
SESSION_ACTIONS = (
    Action.START_NEXT,
    Action.PAUSE,
    Action.NEXT_SPEAKER,
    Action.PREVIOUS_SPEAKER,
    Action.POINT_OF_ORDER,
    Action.BACK,
    Action.ADD_MINUTE,
    Action.REMOVE_MINUTE,
    Action.SKIP_NEXT,
    Action.HOLD_NEXT,
    Action.END_DAY,
    Action.UNDO,
    Action.REDO,
    Action.TOGGLE_CHAIR,
    Action.CHAIR_FULLSCREEN,
    Action.QUIT,
)

# The control API's action names (the contract's, in its URLs) and the actions they trigger.
CONTROL_API = {
    "start_next": Action.START_NEXT,
    "pause": Action.PAUSE,
    "add_minute": Action.ADD_MINUTE,
    "remove_minute": Action.REMOVE_MINUTE,
    "next_speaker": Action.NEXT_SPEAKER,
    "point_of_order": Action.POINT_OF_ORDER,
    "undo": Action.UNDO,
    "redo": Action.REDO,
}
# The floor's control API actions with parameters of their own (runner.web.server passes them as a query).
FLOOR_CONTROL = ("add_delegation", "strike", "move", "draw")


@dataclass
class HostActions:
    """The host window's `QAction`s, one per `Action`."""

    actions: dict[Action, QAction]

    @classmethod
    def create(cls, parent: QObject) -> HostActions:
        made: dict[Action, QAction] = {}
        for action_id in Action:
            spec = action_id.value
            text, tip = _translated(spec.text), _translated(spec.tip)
            action = QAction(text, parent)
            action.setObjectName(action_id.id)
            action.setShortcuts([QKeySequence(k) for k in spec.keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            shown = " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in spec.keys)
            action.setToolTip(f"{tip} ({shown})")
            action.setStatusTip(tip)
            action.setCheckable(spec.checkable)
            made[action_id] = action
        return cls(made)

    def console_keys(self, on: bool) -> None:
        """Single keys (Space, S, N, +, Left…) act only when the console has the keyboard: off while
        the host types in a box, they cannot turn a typed letter into an action."""
        for action_id in Action:
            keys = action_id.value.keys
            kept = keys if on else tuple(k for k in keys if not _single_key(k))
            self.actions[action_id].setShortcuts([QKeySequence(k) for k in kept])

    def __getitem__(self, action: Action) -> QAction:
        return self.actions[action]

    def all(self) -> list[QAction]:
        return list(self.actions.values())

    def session(self) -> list[QAction]:
        return [self.actions[each] for each in SESSION_ACTIONS]

    def help_rows(self) -> list[tuple[str, str, str]]:
        """(keys, action, what it does) for the help panel."""
        rows = []
        said_or = QCoreApplication.translate("HostActions", " or ")
        for action_id in Action:
            text, keys, tip, _ = action_id.value
            shown = said_or.join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            rows.append((shown, _translated(text), _translated(tip)))
        rows.append(
            (
                QCoreApplication.translate("HostActions", "Enter (in the rundown)"),
                _translated(Action.JUMP.value.text),
                QCoreApplication.translate("HostActions", "Start the selected segment"),
            )
        )
        return rows


def _single_key(key: str) -> bool:
    """A key without Ctrl, Alt or Meta that is not a function key: one a person types as text."""
    sequence = QKeySequence(key)
    combined = sequence[0]  # type: ignore[index]  # QKeySequence.__getitem__ is missing from the stubs
    modifiers = combined.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
    function = Qt.Key.Key_F1.value <= combined.key().value <= Qt.Key.Key_F35.value
    return not function and modifiers & ~Qt.KeyboardModifier.ShiftModifier == Qt.KeyboardModifier.NoModifier


def _translated(text: str) -> str:
    """A text of `Action` (marked for the catalogues there) in the app's language."""
    return QCoreApplication.translate("HostActions", text)

"""Every user action of the host window, defined once: text, shortcut, tooltip; menus, toolbar
buttons and keys all trigger these same `QAction`s."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from runner.ui.base.translations import QT_TRANSLATE_NOOP

# name: (text, shortcuts, tooltip). Back is Backspace (and Ctrl+Left): one key, far from Space.
SPECS: dict[str, tuple[str, tuple[str, ...], str]] = {
    "start_next": (
        QT_TRANSLATE_NOOP("HostActions", "Start / Next"),
        ("Space",),
        QT_TRANSLATE_NOOP("HostActions", "Start the first segment, or end this one and start the next"),
    ),
    "pause": (
        QT_TRANSLATE_NOOP("HostActions", "Pause / Resume"),
        ("P",),
        QT_TRANSLATE_NOOP("HostActions", "Pause or resume the running segment"),
    ),
    "next_speaker": (
        QT_TRANSLATE_NOOP("HostActions", "Next speaker"),
        ("Right",),
        QT_TRANSLATE_NOOP("HostActions", "Give the floor to the next speaker"),
    ),
    "previous_speaker": (
        QT_TRANSLATE_NOOP("HostActions", "Previous speaker"),
        ("Left",),
        QT_TRANSLATE_NOOP("HostActions", "Undo the last move of the floor"),
    ),
    "back": (
        QT_TRANSLATE_NOOP("HostActions", "Back"),
        ("Backspace", "Ctrl+Left"),
        QT_TRANSLATE_NOOP("HostActions", "Reopen the previous segment (Space was pressed too early)"),
    ),
    "add_minute": (
        QT_TRANSLATE_NOOP("HostActions", "+1 min"),
        ("+", "="),
        QT_TRANSLATE_NOOP("HostActions", "Add a minute to the running segment"),
    ),
    "remove_minute": (
        QT_TRANSLATE_NOOP("HostActions", "−1 min"),
        ("-",),
        QT_TRANSLATE_NOOP("HostActions", "Remove a minute from the running segment"),
    ),
    "hold_next": (
        QT_TRANSLATE_NOOP("HostActions", "Hold next"),
        ("H",),
        QT_TRANSLATE_NOOP(
            "HostActions", "On an auto-start day, keep the next segment from starting by itself (again to release it)"
        ),
    ),
    "skip_next": (
        QT_TRANSLATE_NOOP("HostActions", "Skip next"),
        ("S",),
        QT_TRANSLATE_NOOP("HostActions", "Skip the next segment (again to bring it back)"),
    ),
    "jump": (
        QT_TRANSLATE_NOOP("HostActions", "Jump to selected"),
        ("Ctrl+J",),
        QT_TRANSLATE_NOOP("HostActions", "Start the segment selected in the rundown (or Enter on it)"),
    ),
    "end_day": (
        QT_TRANSLATE_NOOP("HostActions", "End day"),
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("HostActions", "End the running segment and close the day"),
    ),
    "open": (
        QT_TRANSLATE_NOOP("HostActions", "Open agenda…"),
        ("Ctrl+O",),
        QT_TRANSLATE_NOOP("HostActions", "Open another agenda file (YAML); a file dropped on the window opens too"),
    ),
    "export": (
        QT_TRANSLATE_NOOP("HostActions", "Export report…"),
        ("Ctrl+Shift+E",),
        QT_TRANSLATE_NOOP(
            "HostActions", "Write the chair's summary (HTML, PDF, Markdown, CSV, JSON lines) to a folder"
        ),
    ),
    "import": (
        QT_TRANSLATE_NOOP("HostActions", "Import…"),
        ("Ctrl+I",),
        QT_TRANSLATE_NOOP(
            "HostActions",
            "Import a programme (spreadsheet, calendar, schedule.xml, pasted text) as an agenda, and open it",
        ),
    ),
    "note": (
        QT_TRANSLATE_NOOP("HostActions", "Note"),
        ("N",),
        QT_TRANSLATE_NOOP("HostActions", "Write a note against the running segment"),
    ),
    "message": (
        QT_TRANSLATE_NOOP("HostActions", "Message chair"),
        ("M",),
        QT_TRANSLATE_NOOP("HostActions", "Send a message to the chair's screen"),
    ),
    "mute": (
        QT_TRANSLATE_NOOP("HostActions", "Mute alerts"),
        ("Ctrl+M",),
        QT_TRANSLATE_NOOP("HostActions", "Silence alert sounds (banners still show)"),
    ),
    "toggle_chair": (
        QT_TRANSLATE_NOOP("HostActions", "Chair view"),
        ("C",),
        QT_TRANSLATE_NOOP("HostActions", "Show or hide the chair's window"),
    ),
    "chair_fullscreen": (
        QT_TRANSLATE_NOOP("HostActions", "Chair full screen"),
        ("F11",),
        QT_TRANSLATE_NOOP("HostActions", "Put the chair's window full screen on the chosen screen"),
    ),
    "share_views": (
        QT_TRANSLATE_NOOP("HostActions", "Share live views…"),
        ("Ctrl+Shift+L",),
        QT_TRANSLATE_NOOP(
            "HostActions", "Serve the chair's, speakers' and stage views to browsers elsewhere: links, QR codes"
        ),
    ),
    "dark": (
        QT_TRANSLATE_NOOP("HostActions", "Dark theme"),
        ("Ctrl+Shift+D",),
        QT_TRANSLATE_NOOP("HostActions", "Switch between the light and the dark palette (for dim control rooms)"),
    ),
    "high_contrast": (
        QT_TRANSLATE_NOOP("HostActions", "High contrast"),
        ("Ctrl+Shift+H",),
        QT_TRANSLATE_NOOP(
            "HostActions", "White on black, yellow for the selection: for low vision or a washed-out screen"
        ),
    ),
    "help": (
        QT_TRANSLATE_NOOP("HostActions", "Shortcuts"),
        ("F1",),
        QT_TRANSLATE_NOOP("HostActions", "List every shortcut"),
    ),
    "quit": (
        QT_TRANSLATE_NOOP("HostActions", "Quit"),
        ("Ctrl+Q",),
        QT_TRANSLATE_NOOP("HostActions", "Quit (the timing log is already safe on disk)"),
    ),
}
# Actions that also work while the chair's window has the focus.
SESSION_ACTIONS = (
    "start_next",
    "pause",
    "next_speaker",
    "previous_speaker",
    "back",
    "add_minute",
    "remove_minute",
    "skip_next",
    "hold_next",
    "end_day",
    "toggle_chair",
    "chair_fullscreen",
    "quit",
)


@dataclass
class HostActions:
    """The host window's actions, by name."""

    actions: dict[str, QAction]

    @classmethod
    def create(cls, parent: QObject) -> HostActions:
        made: dict[str, QAction] = {}
        for name, (source_text, keys, source_tip) in SPECS.items():
            text, tip = _translated(source_text), _translated(source_tip)
            action = QAction(text, parent)
            action.setObjectName(name)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            shown = " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            action.setToolTip(f"{tip} ({shown})")
            action.setStatusTip(tip)
            made[name] = action
        made["mute"].setCheckable(True)
        made["dark"].setCheckable(True)
        made["high_contrast"].setCheckable(True)
        return cls(made)

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def all(self) -> list[QAction]:
        return list(self.actions.values())

    def session(self) -> list[QAction]:
        return [self.actions[n] for n in SESSION_ACTIONS]

    def help_rows(self) -> list[tuple[str, str, str]]:
        """(keys, action, what it does) for the help panel."""
        rows = []
        said_or = QCoreApplication.translate("HostActions", " or ")
        for text, keys, tip in SPECS.values():
            shown = said_or.join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            rows.append((shown, _translated(text), _translated(tip)))
        rows.append(
            (
                QCoreApplication.translate("HostActions", "Enter (in the rundown)"),
                _translated("Jump to selected"),
                QCoreApplication.translate("HostActions", "Start the selected segment"),
            )
        )
        return rows


def _translated(text: str) -> str:
    """A text of SPECS (marked for the catalogues there) in the app's language."""
    return QCoreApplication.translate("HostActions", text)

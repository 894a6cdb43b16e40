"""Every user action of the host window, defined once: text, shortcut, tooltip; menus, toolbar
buttons and keys all trigger these same `QAction`s."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

# name: (text, shortcuts, tooltip). Back is Backspace (and Ctrl+Left): one key, far from Space.
SPECS: dict[str, tuple[str, tuple[str, ...], str]] = {
    "start_next": ("Start / Next", ("Space",), "Start the first segment, or end this one and start the next"),
    "pause": ("Pause / Resume", ("P",), "Pause or resume the running segment"),
    "next_speaker": ("Next speaker", ("Right",), "Give the floor to the next speaker"),
    "previous_speaker": ("Previous speaker", ("Left",), "Undo the last move of the floor"),
    "back": ("Back", ("Backspace", "Ctrl+Left"), "Reopen the previous segment (Space was pressed too early)"),
    "add_minute": ("+1 min", ("+", "="), "Add a minute to the running segment"),
    "remove_minute": ("−1 min", ("-",), "Remove a minute from the running segment"),
    "hold_next": (
        "Hold next",
        ("H",),
        "On an auto-start day, keep the next segment from starting by itself (again to release it)",
    ),
    "skip_next": ("Skip next", ("S",), "Skip the next segment (again to bring it back)"),
    "jump": ("Jump to selected", ("Ctrl+J",), "Start the segment selected in the rundown (or Enter on it)"),
    "end_day": ("End day", ("Ctrl+E",), "End the running segment and close the day"),
    "open": ("Open agenda…", ("Ctrl+O",), "Open another agenda file (YAML); a file dropped on the window opens too"),
    "export": (
        "Export report…",
        ("Ctrl+Shift+E",),
        "Write the chair's summary (HTML, PDF, Markdown, CSV, JSON lines) to a folder",
    ),
    "import": (
        "Import…",
        ("Ctrl+I",),
        "Import a programme (spreadsheet, calendar, schedule.xml, pasted text) as an agenda, and open it",
    ),
    "note": ("Note", ("N",), "Write a note against the running segment"),
    "message": ("Message chair", ("M",), "Send a message to the chair's screen"),
    "mute": ("Mute alerts", ("Ctrl+M",), "Silence alert sounds (banners still show)"),
    "toggle_chair": ("Chair view", ("C",), "Show or hide the chair's window"),
    "chair_fullscreen": ("Chair full screen", ("F11",), "Put the chair's window full screen on the chosen screen"),
    "share_views": (
        "Share live views…",
        ("Ctrl+Shift+L",),
        "Serve the chair's, speakers' and stage views to browsers elsewhere: links, QR codes",
    ),
    "dark": ("Dark theme", ("Ctrl+Shift+D",), "Switch between the light and the dark palette (for dim control rooms)"),
    "high_contrast": (
        "High contrast",
        ("Ctrl+Shift+H",),
        "White on black, yellow for the selection: for low vision or a washed-out screen",
    ),
    "help": ("Shortcuts", ("F1",), "List every shortcut"),
    "quit": ("Quit", ("Ctrl+Q",), "Quit (the timing log is already safe on disk)"),
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
        for name, (text, keys, tip) in SPECS.items():
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
        for text, keys, tip in SPECS.values():
            shown = " or ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            rows.append((shown, text, tip))
        rows.append(("Enter (in the rundown)", "Jump to selected", "Start the selected segment"))
        return rows

"""The host window's toolbar and menus, built from its actions (one `QAction` per user action).

The File menu holds what is done with files: Open (and recent agendas), Export, Quit; other file
entries (an Import) go beside Open in `FILE_MENU`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from runner.ui.actions import HostActions
from runner.ui.translations import QT_TRANSLATE_NOOP

RECENT = "recent"  # in a menu's list: the "Open recent" submenu
TOOLBAR = (
    ("start_next", "pause", "back", "skip_next", "jump"),
    ("remove_minute", "add_minute"),
    ("next_speaker",),
    ("message", "toggle_chair", "mute"),
    ("help",),
)
# The toolbar's own, shorter words (the menus keep the full text): all of it fits 800 px.
TOOLBAR_TEXT = {
    "pause": QT_TRANSLATE_NOOP("HostMenus", "Pause"),
    "skip_next": QT_TRANSLATE_NOOP("HostMenus", "Skip"),
    "jump": QT_TRANSLATE_NOOP("HostMenus", "Jump"),
    "next_speaker": QT_TRANSLATE_NOOP("HostMenus", "Next speaker"),
    "message": QT_TRANSLATE_NOOP("HostMenus", "Message"),
    "toggle_chair": QT_TRANSLATE_NOOP("HostMenus", "Chair"),
    "mute": QT_TRANSLATE_NOOP("HostMenus", "Mute"),
    "help": QT_TRANSLATE_NOOP("HostMenus", "Help"),
}
FILE_MENU = ("open", "import", RECENT, None, "export", None, "quit")
SESSION_MENU = (
    "start_next",
    "pause",
    "back",
    "skip_next",
    "hold_next",
    "jump",
    None,
    "add_minute",
    "remove_minute",
    None,
    "note",
    "end_day",
)


@dataclass
class HostMenus:
    """The menus other parts fill or extend."""

    file: QMenu
    recent: QMenu
    chair: QMenu
    screens: QMenu
    view: QMenu


def build_menus(window: QMainWindow, actions: HostActions) -> HostMenus:
    """The toolbar and the menu bar of the host window."""
    window.addToolBar(_toolbar(actions))
    bar = window.menuBar()
    file = bar.addMenu(QCoreApplication.translate("HostMenus", "&File"))
    recent = QMenu(QCoreApplication.translate("HostMenus", "Open &recent"), file)
    for name in FILE_MENU:
        if name == RECENT:
            file.addMenu(recent)
        else:
            add_entries(file, actions, (name,))
    add_entries(bar.addMenu(QCoreApplication.translate("HostMenus", "&Session")), actions, SESSION_MENU)
    add_entries(
        bar.addMenu(QCoreApplication.translate("HostMenus", "S&peakers")), actions, ("next_speaker", "previous_speaker")
    )
    chair = bar.addMenu(QCoreApplication.translate("HostMenus", "&Chair"))
    add_entries(chair, actions, ("toggle_chair", "chair_fullscreen", "message", "share_views"))
    screens = chair.addMenu(QCoreApplication.translate("HostMenus", "Chair screen"))
    add_entries(bar.addMenu(QCoreApplication.translate("HostMenus", "&Alerts")), actions, ("mute",))
    view = bar.addMenu(QCoreApplication.translate("HostMenus", "&View"))
    add_entries(view, actions, ("dark", "high_contrast"))
    add_entries(bar.addMenu(QCoreApplication.translate("HostMenus", "&Help")), actions, ("help",))
    return HostMenus(file, recent, chair, screens, view)


def add_entries(menu: QMenu, actions: HostActions, names: tuple[str | None, ...]) -> None:
    """Add the named actions in order; None is a separator."""
    for name in names:
        menu.addSeparator() if name is None else menu.addAction(actions[name])


def _toolbar(actions: HostActions) -> QToolBar:
    toolbar = QToolBar(QCoreApplication.translate("HostMenus", "Session"))
    toolbar.setMovable(False)
    toolbar.setObjectName("sessionToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for i, group in enumerate(TOOLBAR):
        if i:
            toolbar.addSeparator()
        for name in group:
            if name in TOOLBAR_TEXT:
                actions[name].setIconText(
                    QCoreApplication.translate("HostMenus", TOOLBAR_TEXT[name])
                )  # what a text-only tool button shows
            toolbar.addAction(actions[name])
    return toolbar


def fill_screen_menu(menu: QMenu, chosen: QScreen | None) -> list[tuple[QScreen, QAction]]:
    """One checkable entry per screen; returns (screen, action) pairs for the caller to connect."""
    menu.clear()
    entries = []
    for screen in QGuiApplication.screens():
        size = screen.geometry()
        action = menu.addAction(f"{screen.name()} ({size.width()}×{size.height()})")
        action.setCheckable(True)
        action.setChecked(screen is chosen)
        entries.append((screen, action))
    return entries

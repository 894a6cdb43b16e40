"""The host window's toolbar and menus, built from its actions (one `QAction` per user action).

The File menu holds what is done with files: Open (and recent agendas), Export, Quit; other file
entries (an Import) go beside Open in `FILE_MENU`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton, QWidget

from runner.ui.base.translations import QT_TRANSLATE_NOOP
from runner.ui.console.actions import Action, HostActions

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyle, QStyleOption

RECENT = "recent"  # in a menu's list: the "Open recent" submenu
TOOLBAR = (
    (Action.START_NEXT, Action.PAUSE, Action.BACK, Action.SKIP_NEXT, Action.JUMP),
    (Action.REMOVE_MINUTE, Action.ADD_MINUTE),
    (Action.NEXT_SPEAKER,),
    (Action.MESSAGE, Action.TOGGLE_CHAIR, Action.MUTE),
    (Action.HELP,),
)
# The toolbar's own, shorter words (the menus keep the full text): all of it fits 800 px. They
# are also what the speakers panel's buttons show.
TOOLBAR_TEXT = {
    Action.PREVIOUS_SPEAKER: QT_TRANSLATE_NOOP("HostMenus", "Previous speaker"),
    Action.PAUSE: QT_TRANSLATE_NOOP("HostMenus", "Pause"),
    Action.SKIP_NEXT: QT_TRANSLATE_NOOP("HostMenus", "Skip"),
    Action.JUMP: QT_TRANSLATE_NOOP("HostMenus", "Jump"),
    Action.NEXT_SPEAKER: QT_TRANSLATE_NOOP("HostMenus", "Next speaker"),
    Action.MESSAGE: QT_TRANSLATE_NOOP("HostMenus", "Message"),
    Action.TOGGLE_CHAIR: QT_TRANSLATE_NOOP("HostMenus", "Chair"),
    Action.MUTE: QT_TRANSLATE_NOOP("HostMenus", "Mute"),
    Action.HELP: QT_TRANSLATE_NOOP("HostMenus", "Help"),
}
SMALL_SCREEN_WIDTH = 800  # the host window's least width (800x560 under a title bar)
FILE_MENU = (
    Action.OPEN,
    Action.IMPORT,
    RECENT,
    None,
    Action.SPEAKERS_FILE,
    Action.SPEAKERS_PASTE,
    None,
    Action.EXPORT,
    None,
    Action.QUIT,
)
SESSION_MENU = (
    Action.UNDO,
    Action.REDO,
    None,
    Action.START_NEXT,
    Action.PAUSE,
    Action.BACK,
    Action.SKIP_NEXT,
    Action.HOLD_NEXT,
    Action.JUMP,
    None,
    Action.ADD_MINUTE,
    Action.REMOVE_MINUTE,
    None,
    Action.NOTE,
    Action.END_DAY,
)


@dataclass
class HostMenus:
    """The menus other parts fill or extend, each by its own field (never found by title or by
    an action it holds)."""

    file: QMenu
    recent: QMenu
    session: QMenu
    speakers: QMenu
    chair: QMenu
    screens: QMenu
    view: QMenu


def build_menus(window: QMainWindow, actions: HostActions) -> HostMenus:
    """The toolbar and the menu bar of the host window."""
    _toolbars(window, actions)
    bar = window.menuBar()
    file = bar.addMenu(QCoreApplication.translate("HostMenus", "&File"))
    recent = QMenu(QCoreApplication.translate("HostMenus", "Open &recent"), file)
    for entry in FILE_MENU:
        if isinstance(entry, str):  # RECENT
            file.addMenu(recent)
        else:
            add_entries(file, actions, (entry,))
    session = bar.addMenu(QCoreApplication.translate("HostMenus", "&Session"))
    add_entries(session, actions, SESSION_MENU)
    speakers = bar.addMenu(QCoreApplication.translate("HostMenus", "S&peakers"))
    floor = (Action.POINT_OF_ORDER, Action.REPLY, Action.STRIKE, Action.DRAW_LOTS)
    add_entries(speakers, actions, (Action.NEXT_SPEAKER, Action.PREVIOUS_SPEAKER, Action.ADD_SPEAKER, None, *floor))
    chair = bar.addMenu(QCoreApplication.translate("HostMenus", "&Chair"))
    add_entries(chair, actions, (Action.TOGGLE_CHAIR, Action.CHAIR_FULLSCREEN, Action.MESSAGE, Action.SHARE_VIEWS))
    screens = chair.addMenu(QCoreApplication.translate("HostMenus", "Chair screen"))
    add_entries(bar.addMenu(QCoreApplication.translate("HostMenus", "&Alerts")), actions, (Action.MUTE,))
    view = bar.addMenu(QCoreApplication.translate("HostMenus", "&View"))
    add_entries(view, actions, (Action.DARK, Action.HIGH_CONTRAST))
    add_entries(bar.addMenu(QCoreApplication.translate("HostMenus", "&Help")), actions, (Action.HELP,))
    return HostMenus(file, recent, session, speakers, chair, screens, view)


def add_entries(menu: QMenu, actions: HostActions, entries: tuple[Action | None, ...]) -> None:
    """Add the actions in order; None is a separator."""
    for entry in entries:
        menu.addSeparator() if entry is None else menu.addAction(actions[entry])


def _toolbars(window: QMainWindow, actions: HostActions) -> None:
    """One row of buttons that fits 800 px, so none hides behind the toolbar's '»' on a small
    screen: when a language's words are too long for it (Spanish, Russian) the buttons are set a
    little tighter, and if that is not enough either, in two rows."""
    for action_id, text in TOOLBAR_TEXT.items():
        actions[action_id].setIconText(QCoreApplication.translate("HostMenus", text))  # what a text-only button shows
    session = QCoreApplication.translate("HostMenus", "Session")
    whole = _toolbar(actions, TOOLBAR, "sessionToolbar", session)
    if whole.sizeHint().width() > SMALL_SCREEN_WIDTH:
        _tighten(whole)
    if whole.sizeHint().width() <= SMALL_SCREEN_WIDTH:
        window.addToolBar(whole)
        return
    whole.deleteLater()
    window.addToolBar(_tighten(_toolbar(actions, TOOLBAR[:2], "sessionToolbar", session)))
    window.addToolBarBreak()
    title = QCoreApplication.translate("HostMenus", "Speakers and chair")
    window.addToolBar(_tighten(_toolbar(actions, TOOLBAR[2:], "speakersToolbar", title)))


@cache
def _tight_buttons() -> type[QtWidgets.QProxyStyle]:
    """The style's tool buttons, `TRIM_PX` narrower (its text-only buttons keep 15 px beside the
    text). Made when a toolbar is first tightened: PySide makes QStyle's enums (14 types, ~5 ms)
    when the class is first read, which a toolbar that fits never needs before the first frame."""
    content = QtWidgets.QStyle.ContentsType

    class TightButtons(QtWidgets.QProxyStyle):
        TRIM_PX = 8

        # PySide6's stubs type the widget of QProxyStyle's override as required; Qt may pass none.
        def sizeFromContents(
            self, kind: QStyle.ContentsType, option: QStyleOption, size: QSize, widget: QWidget | None = None
        ) -> QSize:
            result = super().sizeFromContents(kind, option, size, widget)  # type: ignore[arg-type]
            if kind is content.CT_ToolButton:
                result.setWidth(max(result.width() - self.TRIM_PX, size.width()))
            return result

    return TightButtons


def _tighten(toolbar: QToolBar) -> QToolBar:
    style = _tight_buttons()()
    style.setParent(toolbar)  # lives as long as the buttons that use it
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setStyle(style)
    layout = toolbar.layout()
    if layout is not None:
        layout.invalidate()  # the row's width is measured again with the narrower buttons
    return toolbar


def _toolbar(actions: HostActions, groups: tuple[tuple[Action, ...], ...], name: str, title: str) -> QToolBar:
    toolbar = QToolBar(title)
    toolbar.setMovable(False)
    toolbar.setObjectName(name)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for i, group in enumerate(groups):
        if i:
            toolbar.addSeparator()
        for each in group:
            toolbar.addAction(actions[each])
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

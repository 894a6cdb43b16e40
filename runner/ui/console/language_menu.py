"""The language menus (View → Language, Chair → Language): one checkable action per language,
each named in its own language, so a host who cannot read the current one still finds theirs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from runner.core.i18n import LANGUAGES, NATIVE_NAMES


def add_language_menu(parent: QMenu, title: str, default_text: str, chosen: Callable[[str], None]) -> QMenu:
    """A submenu of `parent`: `default_text` (code '') then the six languages; `chosen(code)` on a pick."""
    menu = parent.addMenu(title)
    group = QActionGroup(menu)
    group.setExclusive(True)
    for code in ("", *LANGUAGES):
        action = QAction(NATIVE_NAMES[code] if code else default_text, menu)
        action.setCheckable(True)
        action.setData(code)
        action.setObjectName(f"language_{code or 'default'}")
        group.addAction(action)
        menu.addAction(action)
        action.triggered.connect(lambda checked=False, code=code: chosen(code))
    return menu


def mark_language(menu: QMenu, code: str) -> None:
    """Check the entry of `code` ('' for the default)."""
    for action in menu.actions():
        action.setChecked(action.data() == code)

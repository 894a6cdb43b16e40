"""The app's settings in one place: QSettings behind a small typed wrapper."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings


class Settings:
    """Mute, the chair's screen, and window geometry; every read has a default."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    @property
    def muted(self) -> bool:
        return _as_bool(self._store.value("alerts/muted", False))

    @muted.setter
    def muted(self, value: bool) -> None:
        self._store.setValue("alerts/muted", bool(value))

    @property
    def dark(self) -> bool:
        """The dark palette, for dim control rooms."""
        return _as_bool(self._store.value("view/dark", False))

    @dark.setter
    def dark(self, value: bool) -> None:
        self._store.setValue("view/dark", bool(value))

    @property
    def chair_screen(self) -> str:
        """The name of the screen the chair's window goes full screen on ('' for automatic)."""
        return str(self._store.value("chair/screen", "") or "")

    @chair_screen.setter
    def chair_screen(self, name: str) -> None:
        self._store.setValue("chair/screen", name)

    def geometry(self, window: str) -> QByteArray | None:
        value = self._store.value(f"{window}/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, window: str, value: QByteArray) -> None:
        self._store.setValue(f"{window}/geometry", value)

    def sync(self) -> None:
        self._store.sync()


def _as_bool(value: object) -> bool:
    # INI files hand back strings: "true"/"false".
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value)

"""The app's settings in one place: QSettings behind a small typed wrapper."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

RECENT_KEPT = 8


class Settings:
    """Mute, theme, languages, the chair's window, folders and recent files, window geometry; every
    read has a default."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()
        # The broker this run publishes to, password included: kept in memory only (never in the
        # file), so a day opened later in the same run (File > Open) publishes on (publish_menu).
        self.broker_this_run: object | None = None

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
    def language(self) -> str:
        """The host's chosen language code ('' follows the system's locale)."""
        return str(self._store.value("view/language", "") or "")

    @language.setter
    def language(self, code: str) -> None:
        self._store.setValue("view/language", code)

    @property
    def chair_language(self) -> str:
        """The chair's window's language ('' is the host's)."""
        return str(self._store.value("chair/language", "") or "")

    @chair_language.setter
    def chair_language(self, code: str) -> None:
        self._store.setValue("chair/language", code)

    @property
    def high_contrast(self) -> bool:
        """The high-contrast theme (black, white and yellow; for low vision and glare)."""
        return _as_bool(self._store.value("view/high_contrast", False))

    @high_contrast.setter
    def high_contrast(self, value: bool) -> None:
        self._store.setValue("view/high_contrast", bool(value))

    @property
    def chair_screen(self) -> str:
        """The name of the screen the chair's window goes full screen on ('' for automatic)."""
        return str(self._store.value("chair/screen", "") or "")

    @chair_screen.setter
    def chair_screen(self, name: str) -> None:
        self._store.setValue("chair/screen", name)

    @property
    def chair_open(self) -> bool:
        """The chair's window was showing (it comes back on the next start, a crash's included)."""
        return _as_bool(self._store.value("chair/open", False))

    @chair_open.setter
    def chair_open(self, value: bool) -> None:
        self._store.setValue("chair/open", bool(value))

    @property
    def chair_remembered(self) -> bool:
        """Whether the chair's window was ever recorded as open or closed."""
        return self._store.contains("chair/open")

    def remember_chair(self, shown: bool, fullscreen: bool) -> None:
        """Kept at once (synced): after a crash the chair's window comes back as it was."""
        self.chair_open, self.chair_fullscreen = shown, shown and fullscreen
        self._store.sync()

    @property
    def chair_fullscreen(self) -> bool:
        return _as_bool(self._store.value("chair/fullscreen", False))

    @chair_fullscreen.setter
    def chair_fullscreen(self, value: bool) -> None:
        self._store.setValue("chair/fullscreen", bool(value))

    @property
    def export_folder(self) -> str:
        """The folder the chair's summary was last exported to ('' before the first export)."""
        return str(self._store.value("files/export_folder", "") or "")

    @export_folder.setter
    def export_folder(self, folder: str) -> None:
        self._store.setValue("files/export_folder", folder)

    @property
    def recent_agendas(self) -> list[str]:
        """Agenda files opened lately, the latest first."""
        value = self._store.value("files/recent_agendas", [])
        # INI files hand a one-item list back as a plain string.
        items = [value] if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else []
        return [str(item) for item in items if item]

    def add_recent_agenda(self, path: str, keep: int = RECENT_KEPT) -> None:
        items = [path, *(p for p in self.recent_agendas if p != path)][:keep]
        self._store.setValue("files/recent_agendas", items)

    @property
    def publish_url(self) -> str:
        """The broker the room publishes to, without its password ('' for none): see runner.ui.rooms.publish_menu."""
        return str(self._store.value("broker/url", "") or "")

    @publish_url.setter
    def publish_url(self, url: str) -> None:
        self._store.setValue("broker/url", url)

    @property
    def publish_room(self) -> str:
        return str(self._store.value("broker/room", "") or "")

    @publish_room.setter
    def publish_room(self, room: str) -> None:
        self._store.setValue("broker/room", room)

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

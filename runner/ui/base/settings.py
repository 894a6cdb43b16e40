"""The app's settings in one place: QSettings behind a small typed wrapper."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

RECENT_KEPT = 8


_T = TypeVar("_T")


class _Option(Generic[_T]):
    """One setting, declared once: its key in the settings file, its type and its default. Read on
    a `Settings` it is the stored value (the default when none is stored); assigned, it is stored."""

    def __init__(self, key: str, default: _T, doc: str = "") -> None:
        self.key, self.default, self.__doc__ = key, default, doc

    @overload
    def __get__(self, settings: None, owner: type[Settings]) -> _Option[_T]: ...
    @overload
    def __get__(self, settings: Settings, owner: type[Settings]) -> _T: ...
    def __get__(self, settings: Settings | None, owner: type[Settings]) -> _T | _Option[_T]:
        if settings is None:
            return self
        return self.read(settings._store.value(self.key, self.default))

    def __set__(self, settings: Settings, value: _T) -> None:
        settings._store.setValue(self.key, value)

    def read(self, stored: object) -> _T:
        raise NotImplementedError


class Flag(_Option[bool]):
    """A yes or no (INI files hand it back as the string 'true' or 'false')."""

    def __init__(self, key: str, doc: str = "") -> None:
        super().__init__(key, False, doc)

    def read(self, stored: object) -> bool:
        return _as_bool(stored)

    def __set__(self, settings: Settings, value: bool) -> None:
        super().__set__(settings, bool(value))


class Text(_Option[str]):
    """A text ('' when none is stored)."""

    def __init__(self, key: str, doc: str = "") -> None:
        super().__init__(key, "", doc)

    def read(self, stored: object) -> str:
        return str(stored or "")


class Settings:
    """Mute, theme, languages, the chair's window, folders and recent files, window geometry; every
    option declared once below (key, type, default), every read with its default."""

    muted = Flag("alerts/muted", "Alert sounds are silenced (banners still show).")
    dark = Flag("view/dark", "The dark palette, for dim control rooms.")
    language = Text("view/language", "The host's chosen language code ('' follows the system's locale).")
    chair_language = Text("chair/language", "The chair's window's language ('' is the host's).")
    high_contrast = Flag(
        "view/high_contrast", "The high-contrast theme (black, white and yellow; for low vision and glare)."
    )
    chair_screen = Text("chair/screen", "The screen the chair's window goes full screen on ('' for automatic).")
    chair_open = Flag(
        "chair/open", "The chair's window was showing (it comes back on the next start, a crash's included)."
    )
    chair_fullscreen = Flag("chair/fullscreen", "The chair's window was full screen.")
    export_folder = Text(
        "files/export_folder", "The folder the chair's summary was last exported to ('' before the first)."
    )
    publish_url = Text(
        "broker/url",
        "The broker last chosen, without its password ('' for none): it fills in Session > Publish to a "
        "broker… for an agenda that has none of its own, and is never published to by itself.",
    )
    publish_room = Text("broker/room", "The room name last published as (the dialog's, likewise).")

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()
        # The broker this run publishes to, password included: kept in memory only (never in the
        # file), so a day opened later in the same run (File > Open) publishes on (publish_menu).
        self.broker_this_run: object | None = None

    @property
    def chair_remembered(self) -> bool:
        """Whether the chair's window was ever recorded as open or closed."""
        return self._store.contains(Settings.chair_open.key)

    def remember_chair(self, shown: bool, fullscreen: bool) -> None:
        """Kept at once (synced): after a crash the chair's window comes back as it was."""
        self.chair_open, self.chair_fullscreen = shown, shown and fullscreen
        self._store.sync()

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

    def remembered_broker(self, agenda: str) -> RememberedBroker | None:
        """The broker a room was published to from `agenda` (its file), with the log it was for."""
        group = _broker_group(agenda)
        url = str(self._store.value(f"{group}/url", "") or "")
        if not url or str(self._store.value(f"{group}/agenda", "")) != agenda:
            return None
        room, log = (str(self._store.value(f"{group}/{key}", "") or "") for key in ("room", "log"))
        return RememberedBroker(url, room, log, _as_bool(self._store.value(f"{group}/own_log", False)))

    def remember_broker(self, agenda: str, broker: RememberedBroker) -> None:
        group = _broker_group(agenda)
        values = {"agenda": agenda, "url": broker.url, "room": broker.room, "log": broker.log}
        for key, value in {**values, "own_log": broker.own_log}.items():
            self._store.setValue(f"{group}/{key}", value)

    def forget_broker(self, agenda: str) -> None:
        self._store.remove(_broker_group(agenda))

    def geometry(self, window: str) -> QByteArray | None:
        value = self._store.value(f"{window}/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, window: str, value: QByteArray) -> None:
        self._store.setValue(f"{window}/geometry", value)

    def sync(self) -> None:
        self._store.sync()


@dataclass(frozen=True)
class RememberedBroker:
    """Where an agenda's room was published: the broker (never its password), the room, and the
    timing log it was published from (another log of the same agenda, a rehearsal's, never
    publishes as that room by itself). `own_log`: that log was the agenda's own for its day (the
    default one), so the agenda's other days, in their own logs, publish there too."""

    url: str
    room: str
    log: str
    own_log: bool = False


def _broker_group(agenda: str) -> str:
    # An agenda is named by its file's path, which a settings key cannot hold: a digest of it.
    return "brokers/" + hashlib.sha256(agenda.encode("utf-8")).hexdigest()[:16]


def _as_bool(value: object) -> bool:
    # INI files hand back strings: "true"/"false".
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value)

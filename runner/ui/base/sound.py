"""The alert chime: QtMultimedia's QSoundEffect, silent and harmless wherever sound cannot work."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Slot

from runner.bundled import bundled_file

# resources/chime.wav: written by resources/make_chime.py; see runner.bundled for where it is found.
CHIME_PATH = bundled_file("resources", "chime.wav")
VOLUME = 0.6

log = logging.getLogger(__name__)


def _qt_multimedia() -> Any:
    """Lazy seam: the QtMultimedia module, imported when the chime is first made (with the alerts,
    after the first frame); it can fail on machines without its libraries."""
    from PySide6 import QtMultimedia

    return QtMultimedia


class Chime(QObject):
    """Plays the chime unless muted; a missing device, module or file just means no sound.

    Nothing here raises: an alert must show even when its sound cannot play.
    """

    def __init__(
        self,
        path: Path = CHIME_PATH,
        muted: bool = False,
        parent: QObject | None = None,
        multimedia: Callable[[], Any] = _qt_multimedia,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.muted = muted
        self.plays = 0  # how many times the chime was asked to sound (diagnostics and tests)
        self._multimedia = multimedia
        self._effect: Any = None
        self._broken = False

    @Slot(bool)
    def set_muted(self, muted: bool) -> None:
        """Follow the host's mute action."""
        self.muted = bool(muted)

    @property
    def available(self) -> bool:
        """Whether a sound effect is loaded and not in error (False before the first play)."""
        return self._effect is not None and not self._in_error()

    def preload(self) -> bool:
        """Load the sound ahead of the first alert, so the first chime is not late; False if none."""
        if self._broken:
            return False
        return (self._effect or self._load()) is not None

    def play(self) -> bool:
        """Sound the chime now; False when muted or when there is no way to play it."""
        if self.muted or self._broken:
            return False
        effect = self._effect or self._load()
        if effect is None or self._in_error():
            return False
        try:
            effect.play()
        except RuntimeError as exc:  # a backend torn down under us (device unplugged)
            log.info("alert chime stopped working: %s", exc)
            self._broken = True
            return False
        self.plays += 1
        return True

    def _load(self) -> Any:
        """Create the effect once a device exists; None (and retry later) when none does."""
        if not self.path.is_file():
            log.info("no alert chime at %s; alerts stay silent", self.path)
            self._broken = True
            return None
        try:
            multimedia = self._multimedia()
            if not multimedia.QMediaDevices.audioOutputs():
                return None  # no device now; one may be plugged in before the next alert
            effect = multimedia.QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(self.path)))
            effect.setVolume(VOLUME)
        except (ImportError, OSError, RuntimeError, AttributeError) as exc:
            log.info("alert sounds unavailable: %s", exc)
            self._broken = True
            return None
        self._effect = effect
        return effect

    def _in_error(self) -> bool:
        effect = self._effect
        try:
            return effect is not None and effect.status() == type(effect).Status.Error
        except (RuntimeError, AttributeError):
            return True

"""Qt's translation system for the windows: the app's `.qm` catalogues, Qt's own `qtbase`
catalogue (standard dialogs: Yes/No, the file dialog), and the layout direction.

The `.ts` catalogues live in the repository (`runner/translations/session_runner_<lang>.ts`,
refreshed with `pyside6-lupdate`, edited with Qt Linguist). Their `.qm` are compiled with
`pyside6-lrelease`: a wheel carries them compiled beside the `.ts` (the build runs lrelease); a
checkout compiles each on first use into the user's cache folder, keyed by the `.ts` content, so
an edited catalogue is rebuilt and a start never waits for lrelease twice (it takes ~0.3 s).
"""

from __future__ import annotations

import hashlib  # these two: loaded by the core and platformdirs before the first frame anyway
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import PySide6
import shiboken6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from runner.core.i18n import CATALOGUE_FOLDER, RIGHT_TO_LEFT, SOURCE_LANGUAGE
from runner.io.agenda_cache import cache_folder
from runner.io.bundled_fonts import register_fonts

# (context, source text, n) -> text: QCoreApplication.translate, or one window's own language.
Translate = Callable[..., str]
# What `install_language` installed last, which the next call replaces (one app a process).
_installed: list[QTranslator] = []
# Qt names its Chinese catalogue by script and region.
_QT_NAMES = {"zh": "zh_CN"}


def ts_path(language: str) -> Path:
    return CATALOGUE_FOLDER / f"session_runner_{language}.ts"


def lrelease() -> str | None:
    """The lrelease that ships with PySide6 (its package folder), else one on PATH."""
    bundled = Path(PySide6.__file__).parent / "lrelease"
    if bundled.exists():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_catalogue(language: str) -> Path | None:
    """The `.qm` of `language`: shipped beside its `.ts`, else from the cache (built if needed)."""
    ts = ts_path(language)
    shipped = ts.with_suffix(".qm")
    if not ts.exists():
        return shipped if shipped.exists() else None
    if shipped.exists() and shipped.stat().st_mtime >= ts.stat().st_mtime:
        return shipped
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    cached = cache_folder().parent / "translations" / f"session_runner_{language}-{digest}.qm"
    if cached.exists():
        return cached
    return _build(ts, cached)


def _build(ts: Path, target: Path) -> Path | None:
    tool = lrelease()
    if tool is None:
        return None
    import subprocess  # lazy seam: only a checkout's first start compiles a catalogue (~5 ms to import)

    temp = target.with_suffix(f".{os.getpid()}.qm")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([tool, "-silent", str(ts), "-qm", str(temp)], capture_output=True, check=False)
        if done.returncode != 0 or not temp.exists():
            return None
        temp.replace(target)  # atomic: two apps starting at once never read half a file
    except OSError:  # no cache folder to write (read-only home): the windows stay in English
        return None
    return target


def load_translator(language: str, parent: QCoreApplication | None = None) -> QTranslator | None:
    """A translator holding the app's catalogue of `language` (English's holds its plurals)."""
    path = compiled_catalogue(language)
    translator = QTranslator(parent)
    if path is None or not translator.load(str(path)):
        return None
    return translator


def install_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Translate the whole app into `language`: ours, Qt's own dialogs, the locale and the
    layout direction (mirrored for Arabic). Replaces what an earlier call installed; returns the
    installed translators (children of `app`, which keeps them alive)."""
    for old in _installed:
        if shiboken6.isValid(old):  # gone with an earlier app (tests make one per session)
            app.removeTranslator(old)
            old.deleteLater()
    _installed.clear()
    QLocale.setDefault(QLocale(_QT_NAMES.get(language, language)))
    installed = []
    ours = load_translator(language, app)
    if ours is not None:
        installed.append(ours)
    qt_own = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != SOURCE_LANGUAGE and qt_own.load(f"qtbase_{_QT_NAMES.get(language, language)}", folder):
        installed.append(qt_own)
    for translator in installed:
        app.installTranslator(translator)
    _installed.extend(installed)
    if isinstance(app, QGuiApplication):
        direction = Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
        app.setLayoutDirection(direction)
        _use_script_fonts(app, language)
    return installed


# Noto first for the scripts that need it (fonts-noto-core, fonts-noto-cjk); the platform's font
# stays behind them for Latin text. Without this, fontconfig hands Arabic to DejaVu Sans, whose
# Arabic lacks the joining forms a reader expects. For Arabic the UI cut comes first
# (fonts-noto-ui-core): the same letters within Latin line metrics (17 px a line at 9 pt, where
# Noto Sans Arabic takes 25), so the console fits 800x560 as in English.
SCRIPT_FONTS = {
    "ar": ("Noto Sans Arabic UI", "Noto Sans Arabic", "Noto Naskh Arabic"),
    "zh": ("Noto Sans CJK SC", "Noto Sans SC"),
}


def _use_script_fonts(app: QGuiApplication, language: str) -> None:
    register_fonts(language)  # a built app's own (none in a checkout): Latin, and this script's
    families = SCRIPT_FONTS.get(language)
    if not families:
        return
    font = app.font()
    font.setFamilies([*families, font.family()])
    app.setFont(font)


def qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The app's language (whatever `install_language` installed)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


class WindowLanguage:
    """One window's own language (the chair's may differ from the host's): its own translator,
    or the app's when it follows the app."""

    def __init__(self, language: str | None = None) -> None:
        self.language = language
        self._translator = load_translator(language) if language else None
        if language:
            register_fonts(language)

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        if self.language is None:
            return QCoreApplication.translate(context, text, disambiguation, n)
        found = self._translator.translate(context, text, disambiguation, n) if self._translator else ""
        return (found or text).replace("%n", str(n)) if n >= 0 else (found or text)

    @property
    def direction(self) -> Qt.LayoutDirection | None:
        if self.language is None:
            return None
        rtl = self.language in RIGHT_TO_LEFT
        return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for `context`'s catalogue (pyside6-lupdate finds the call by this name) and
    returns it: Qt's own marker is typed as returning `object`, which every use would have to cast."""
    return text

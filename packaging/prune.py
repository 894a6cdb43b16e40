"""What the built app leaves out of what PyInstaller collects: the Qt it does not use.

PyInstaller's PySide6 hooks bring every plugin of every Qt module imported, and each plugin's
libraries (the GTK theme brings GTK, the PDF image plugin brings QtPdf, the virtual keyboard
brings QML and Quick). The app uses QtCore, QtGui, QtWidgets, QtSvg and QtMultimedia (the chime)
on xcb or Wayland, offscreen for headless reports; everything else goes. Names are matched on
the path inside the app folder (`_internal/...`), with forward slashes.
"""

from __future__ import annotations

import re

# Python modules never imported by the app (test tools, and what their hooks would drag in).
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "hypothesis",
    "playwright",
    "mypy",
    "ruff",
    "importlinter",
    "pytestqt",
    # Build tools that cffi (behind cryptography, pyHanko's) and Babel's message extractor name:
    # bundled, PyInstaller's runtime hooks import setuptools and pkg_resources before the app's
    # first line (~0.5 s of a start, measured in the built app); nothing the app runs uses them.
    "setuptools",
    "pkg_resources",
    "_distutils_hack",
    "distutils",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtPdf",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtPrintSupport",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtTest",
]

# The languages the app ships (runner/core/i18n.py LANGUAGES); Qt names Chinese zh_CN.
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
_QT_LANGUAGES = ("ar", "es", "fr", "ru", "zh_CN")
# Babel's locales for them with their CLDR parents: English is written as en_GB (i18n.Language.locale).
BABEL_LOCALES = (*LANGUAGES, "en_GB", "en_001", "zh_Hans", "root")

# libQt6Qml.so.6 (Linux), Qt6Qml.dll (Windows), QtQml.framework/... (macOS).
_DROPPED_QT_LIBRARIES = re.compile(
    r"^(lib)?Qt6?(Qml\w*|Quick\w*|VirtualKeyboard\w*|Pdf\w*|EglFS\w*|EglFs\w*|MultimediaWidgets|"
    r"OpenGLWidgets)(\.so|\.dll|\.framework|\.dylib|$)"
)
_KEPT_PLUGINS = {
    # xcb and Wayland on a Linux desktop, Windows' and macOS's own; offscreen and minimal for
    # reports with no display. Names without "lib" and suffix (.so, .dll, .dylib).
    "platforms": ("qxcb", "qwayland", "qwindows", "qcocoa", "qoffscreen", "qminimal"),
    "platformthemes": ("qxdgdesktopportal",),  # GTK's theme would bring GTK 3 and Cairo
    "platforminputcontexts": None,  # ibus (CJK input) and compose (dead keys)
    "styles": None,  # Windows' and macOS's native looks
    "imageformats": ("qsvg", "qico", "qgif", "qjpeg"),
    "iconengines": None,
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
    "multimedia": None,  # the chime's audio goes through QtMultimedia's media backend
}
# Libraries that only the dropped plugins need (the GTK theme's stack).
_DROPPED_SYSTEM = re.compile(
    r"^(libgtk-3|libgdk-3|libgdk_pixbuf|libatk|libatspi|libcairo|libpango|libepoxy|libpixman|"
    r"libthai|libdatrie|libfribidi|libXcomposite|libXdamage|libXinerama|libXi\.|libXcursor|"
    r"libXrandr)"
)


def _parts(name: str) -> list[str]:
    return name.replace("\\", "/").split("/")


def _plugin_name(base: str) -> str:
    """'libqxcb.so' -> 'qxcb'; 'qwindows.dll' -> 'qwindows'; 'libqcocoa.dylib' -> 'qcocoa'."""
    stem = re.sub(r"\.(so|dll|dylib)$", "", base)
    return stem.removeprefix("lib")


def keep_binary(name: str) -> bool:
    """Whether a collected library or plugin stays in the app."""
    parts = _parts(name)
    base = parts[-1]
    if any(_DROPPED_QT_LIBRARIES.match(part) for part in parts):
        return False
    if "plugins" in parts:
        folder = parts[parts.index("plugins") + 1]
        if folder not in _KEPT_PLUGINS:
            return False
        kept = _KEPT_PLUGINS[folder]
        return kept is None or _plugin_name(base) in kept
    return not (len(parts) == 1 and _DROPPED_SYSTEM.match(base))


def keep_data(name: str) -> bool:
    """Whether a collected data file stays: Qt's catalogues and Babel's locales for our languages only."""
    parts = _parts(name)
    base = parts[-1]
    if "translations" in parts and base.endswith(".qm") and parts[0] == "PySide6":
        return any(base == f"qtbase_{code}.qm" for code in _QT_LANGUAGES)
    if parts[:2] == ["babel", "locale-data"]:
        return base.removesuffix(".dat") in BABEL_LOCALES
    if "plugins" in parts:
        return keep_binary(name)
    return True


# PyInstaller's runtime hooks run before the app's first line, on every start. These three serve
# what the app never does, and cost its start (measured in the built app with -X importtime):
# `inspect` frozen-path lookups for tracebacks' source (imports inspect and zipfile and lists
# base_library.zip), `pkgutil.iter_modules` over the archive, multiprocessing's frozen children
# (the app starts no process pool). PySide6's own hook (Qt's paths) stays.
DROPPED_RUNTIME_HOOKS = ("pyi_rth_inspect", "pyi_rth_pkgutil", "pyi_rth_multiprocessing")


def keep_runtime_hook(name: str) -> bool:
    import os

    return os.environ.get("SESSION_RUNNER_ALL_RUNTIME_HOOKS") == "1" or name not in DROPPED_RUNTIME_HOOKS

"""The fonts a built app carries (packaging/build.py puts Debian's Noto fonts in
`runner/resources/fonts`), registered with Qt so that a host with no Arabic, Chinese or even
Latin font installed still reads every window and report. A checkout carries none: there the
system's fonts serve, as before.

Registered where a language needs them: Latin and Cyrillic (Noto Sans, with DejaVu Sans for the
symbols the windows draw: ⚠ ✓ ✕) on every start, the Arabic UI cut for Arabic, Noto Sans CJK
(19 MB, the slow one to read) for Chinese; the app registers the rest after its first frame."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

from runner.bundled import bundled_file

FOLDER = bundled_file("resources", "fonts")
_COMMON = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
_BY_LANGUAGE = {
    "ar": ("NotoSansArabicUI-Regular.ttf", "NotoSansArabicUI-Bold.ttf"),
    "zh": ("NotoSansCJK-Regular.ttc",),
}
_registered: set[str] = set()


def register_fonts(*languages: str | None, folder: Path = FOLDER) -> list[str]:
    """Register the bundled fonts for `languages` (once each; a QGuiApplication must exist).
    Returns the files registered by this call."""
    if not folder.is_dir():
        return []
    names = [*_COMMON, *(name for language in languages for name in _BY_LANGUAGE.get(language or "", ()))]
    done = []
    for name in names:
        path = folder / name
        if name in _registered or not path.is_file():
            continue
        _registered.add(name)
        if QFontDatabase.addApplicationFont(str(path)) >= 0:
            done.append(name)
    return done

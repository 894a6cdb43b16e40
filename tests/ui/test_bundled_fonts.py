"""A built app's own fonts (runner/io/bundled_fonts.py): registered once, only where a language needs them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from runner.io import bundled_fonts

NOTO = Path("/usr/share/fonts/truetype/noto")


def test_a_checkout_has_none_and_registers_nothing(tmp_path: Path, qapp: QApplication) -> None:
    assert bundled_fonts.register_fonts("ar", "zh", folder=tmp_path / "none") == []


@pytest.mark.skipif(not (NOTO / "NotoSansArabicUI-Regular.ttf").exists(), reason="needs fonts-noto-ui-core")
def test_fonts_for_the_language_asked_once_each(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundled_fonts, "_registered", set())
    for name in ("NotoSans-Regular.ttf", "NotoSansArabicUI-Regular.ttf"):
        shutil.copyfile(NOTO / name, tmp_path / name)
    assert bundled_fonts.register_fonts("en", folder=tmp_path) == ["NotoSans-Regular.ttf"]
    assert bundled_fonts.register_fonts("ar", folder=tmp_path) == ["NotoSansArabicUI-Regular.ttf"]
    assert bundled_fonts.register_fonts("ar", "zh", folder=tmp_path) == []  # no CJK file there: skipped
    assert "Noto Sans Arabic UI" in QFontDatabase.families()

"""The app's icon (packaging/linux/session-runner.svg) drawn as a PNG, for the .deb's icon theme
and for PyInstaller, which turns a PNG into Windows' .ico and macOS's .icns (with Pillow)."""

from __future__ import annotations

from pathlib import Path

SVG = Path(__file__).resolve().parent / "linux" / "session-runner.svg"


def render_png(svg: Path, target: Path, size: int = 256) -> None:
    """The SVG icon drawn as a PNG with QtSvg (offscreen), for the icon themes that want pixels."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(["deb"])  # noqa: F841 - alive while drawing
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):
        raise SystemExit(f"build: could not write {target}")

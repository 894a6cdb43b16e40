"""Render the three live views in Debian's chromium at a representative moment of the 12 June 2020
dialogue (the same moment as render_screenshots: 'Global connectivity' running 4 minutes late,
Mr Cerf speaking, the chair asked to wrap up); the stage view is captured over a picture.

    python -m tests.ui.render_live_views OUTDIR

Makes docs/screenshot-view-chair.png, -speaker.png and -stage.png, and the chair's page in Arabic,
Chinese and French (`?lang=`): screenshot-view-chair-ar.png, -zh.png, -fr.png.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from runner.core.clock import FakeClock
from runner.io.agenda_yaml import load_agenda
from runner.ui.app import build_console
from runner.ui.base.settings import Settings
from runner.ui.rooms.share_views import serve_console
from runner.web.address import ListenAddress
from tests.ui.render_screenshots import AGENDA, NEW_YORK, stage
from tests.ui.test_live_views_browser import CHROMIUM, CHROMIUM_ARGS

SIZE = (1280, 720)
LANGUAGES = ("ar", "zh", "fr")  # the chair's page in other languages, as a viewer's ?lang= asks
CALL = ("Fabrizio Hochschild", "Vinton Cerf", "أمينة محمد", "王毅")


def call_picture(width: int, height: int) -> QImage:
    """A stand-in for a video call's frame: four participants' tiles."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#0f172a"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    tile_w, tile_h = (width - 36) / 2, (height - 36) / 2
    for i, name in enumerate(CALL):
        x, y = 12 + (i % 2) * (tile_w + 12), 12 + (i // 2) * (tile_h + 12)
        gradient = QLinearGradient(QPointF(x, y), QPointF(x + tile_w, y + tile_h))
        gradient.setColorAt(0, QColor.fromHsv((40 + i * 70) % 360, 90, 150))
        gradient.setColorAt(1, QColor.fromHsv((80 + i * 70) % 360, 120, 70))
        painter.setBrush(gradient)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(QRectF(x, y, tile_w, tile_h), 14, 14)
        painter.setBrush(QColor(255, 255, 255, 60))
        painter.drawEllipse(QPointF(x + tile_w / 2, y + tile_h * 0.42), tile_h * 0.2, tile_h * 0.2)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(QFont("Noto Sans", 16))
        painter.drawText(QRectF(x + 14, y + tile_h - 44, tile_w - 28, 34), Qt.AlignmentFlag.AlignLeft, name)
    painter.end()
    return image


def over_picture(overlay: Path, out: Path) -> None:
    picture = call_picture(*SIZE)
    painter = QPainter(picture)
    painter.drawImage(0, 0, QImage(str(overlay)))
    painter.end()
    picture.save(str(out))


def render(out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    QApplication.instance() or QApplication(sys.argv[:1])
    agenda = load_agenda(AGENDA)
    day = agenda.day(date(2020, 6, 12))
    clock = FakeClock(datetime(2020, 6, 12, 9, 0, tzinfo=NEW_YORK))
    out.mkdir(parents=True, exist_ok=True)
    saved = [out / f"screenshot-view-{name}.png" for name in ("chair", "speaker", "stage")]
    with tempfile.TemporaryDirectory() as scratch:
        settings = Settings(QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat))
        console = build_console(agenda, day, clock, Path(scratch) / "log.sqlite", settings)
        views = serve_console(console, ListenAddress("127.0.0.1", 0), control=False)
        stage(console, clock, overtime=False)
        console.host.show()  # the live rules come after the first frame, and offer the recovery plan
        waited = 0
        while not console.bridge.snapshot().recovery and waited < 10_000:
            QTest.qWait(50)
            waited += 50
        links = {link.name: link.url for link in views.server.links()}
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": SIZE[0], "height": SIZE[1]})
            # The browser's clock set to the host's (fake) one, as a synced viewer's would be.
            page.clock.install(time=clock.now())
            page.clock.resume()
            for name, path in zip(("chair", "speaker"), saved):
                views.feed.publish()  # fresh: the fake clock stands still while the browser starts
                page.goto(links[name])
                page.locator("#countdown").filter(has_text=":").wait_for()
                page.screenshot(path=str(path))
            for language in LANGUAGES:
                views.feed.publish()
                page.goto(f"{links['chair']}&lang={language}")
                page.locator("#countdown").filter(has_text=":").wait_for()
                saved.append(out / f"screenshot-view-chair-{language}.png")
                page.screenshot(path=str(saved[-1]))
            page.goto(links["stage"])
            page.locator("#title").filter(has_text="Global").wait_for()
            page.screenshot(path=str(Path(scratch) / "stage.png"), omit_background=True)
            browser.close()
        over_picture(Path(scratch) / "stage.png", saved[2])
        views.stop()
        console.host.close()
    return saved


if __name__ == "__main__":
    for path in render(Path(sys.argv[1])):
        print(path)

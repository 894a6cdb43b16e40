"""The host's export action writes the chair's summary; the dark palette is a remembered choice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from runner.ui.console.actions import Action

REPO = Path(__file__).resolve().parents[2]


def test_export_action_writes_every_format(console, clock, qtbot, tmp_path, monkeypatch):
    qtbot.keyClick(console.host.table, Qt.Key.Key_Space)
    clock.advance(310)
    qtbot.keyClick(console.host.table, Qt.Key.Key_Space)
    folder = tmp_path / "summary"
    folder.mkdir()
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *a, **k: str(folder))
    console.host.actions_[Action.EXPORT].trigger()
    suffixes = sorted(p.suffix for p in folder.iterdir())
    assert {".html", ".pdf", ".md", ".csv", ".jsonl"} <= set(suffixes)
    assert "Chair's summary written" in console.host.statusBar().currentMessage()
    csv = next(p for p in folder.glob("*.csv") if "speakers" not in p.name).read_text(encoding="utf-8")
    assert "Opening" in csv and ",done," in csv


def test_dark_theme_toggles_the_palette_and_is_remembered(console, settings):
    app = QApplication.instance()
    light = app.palette().color(QPalette.ColorRole.Window).lightness()
    console.host.actions_[Action.DARK].trigger()
    assert settings.dark is True
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < light
    console.host.actions_[Action.DARK].trigger()
    assert settings.dark is False
    assert app.palette().color(QPalette.ColorRole.Window).lightness() > 128


def test_a_corrupt_log_ends_in_one_line_not_a_traceback(tmp_path):
    log = tmp_path / "garbage.sqlite"
    log.write_bytes(b"this is not a timing log\x00" * 40)
    before = log.read_bytes()
    result = subprocess.run(
        [sys.executable, "main.py", "agendas/rehearsal.yaml", "--log", str(log)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "XDG_CONFIG_HOME": str(tmp_path),
        },
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert str(log) in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert log.read_bytes() == before


def test_export_writes_the_summary_in_the_hosts_language(console, clock, qtbot, tmp_path):
    from runner.core import i18n
    from runner.ui.app import export_to

    qtbot.keyClick(console.host.table, Qt.Key.Key_Space)
    clock.advance(310)
    before = i18n.active_catalogue()
    try:
        i18n.use(i18n.load_catalogue("fr"))  # as run_gui does for a host working in French
        written = export_to(console, tmp_path)
    finally:
        i18n.use(before)
    page = next(p for p in written if p.suffix == ".html").read_text(encoding="utf-8")
    assert '<html lang="fr">' in page and "Résumé de la présidence" in page and "Minutage" in page

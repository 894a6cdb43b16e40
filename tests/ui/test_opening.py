"""File → Open, recent agendas, a dropped YAML, the day picker; the chair's window coming back
after a crash; the export dialog's folder (issue 14, items 7, 10, 13)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QInputDialog

from runner.ui.console.actions import Action
from runner.ui.opening import AppShell, restore_chair

TWO_DAYS = """\
title: Two-day Forum
timezone: America/New_York
days:
  - date: 2020-06-12
    title: First day
    segments:
      - {start: "09:00", title: Welcome, duration: 10m}
  - date: 2020-06-13
    title: Second day
    segments:
      - {start: "09:00", title: Wrap-up, duration: 10m}
      - {title: Farewell, duration: 5m}
"""
ONE_DAY = """\
title: Rehearsal
timezone: America/New_York
date: 2020-06-12
segments:
  - {start: "09:00", title: Sound check, duration: 2m}
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def choose_in_next_dialog(answer: str, seen: list[str]) -> None:
    """As the host would: read the day picker's choices, pick one, press OK."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(10, act)
            return
        seen.extend(dialog.comboBoxItems())
        dialog.setTextValue(next(item for item in dialog.comboBoxItems() if answer in item))
        dialog.accept()

    QTimer.singleShot(0, act)


def test_file_open_with_several_days_asks_which_and_opens_it(shell, tmp_path, monkeypatch, qtbot):
    path = write(tmp_path, "forum.yaml", TWO_DAYS)
    asked = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (asked.append(a[2]), (str(path), ""))[1]
    )
    old = shell.console
    seen: list[str] = []
    choose_in_next_dialog("Second day", seen)
    old.host.actions_[Action.OPEN].trigger()
    assert seen == ["First day — Fri 12 June 2020", "Second day — Sat 13 June 2020"]
    new = shell.console
    assert new is not old and new.host.isVisible() and not old.host.isVisible()
    assert new.bridge.engine.day.title == "Second day"
    assert new.host.windowTitle() == "Second day — Sat 13 June 2020"
    qtbot.waitUntil(new.host.isActiveWindow, timeout=2000)
    qtbot.keyClick(new.host.table, Qt.Key.Key_Space)
    assert new.bridge.engine.current == 0
    assert old.bridge.closed  # the old day's clock and log are closed
    assert shell._settings.recent_agendas[0] == str(path.resolve())


def test_an_agenda_that_cannot_be_opened_says_one_line_and_keeps_the_day(shell, tmp_path, monkeypatch):
    path = write(tmp_path, "broken.yaml", "title: x\ndays: [\n")
    old = shell.console
    old.host.openRequested.emit(str(path))
    assert shell.console is old and old.host.isVisible()
    assert len(shell.told) == 1 and shell.told[0].startswith(str(path))


def test_a_dropped_yaml_opens_and_shows_in_recent_agendas(shell, tmp_path, qtbot):
    path = write(tmp_path, "rehearsal.yaml", ONE_DAY)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    host = shell.console.host
    enter = QDragEnterEvent(
        host.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(host, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(host.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(host, drop)
    new = shell.console
    assert new.bridge.engine.day.segments[0].title == "Sound check"
    new.host.menus.recent.aboutToShow.emit()
    entries = [a.text() for a in new.host.menus.recent.actions()]
    assert entries[0] == str(path.resolve())


def test_a_recent_agenda_opens_from_the_menu(shell, tmp_path):
    path = write(tmp_path, "rehearsal.yaml", ONE_DAY)
    shell._settings.add_recent_agenda(str(path))
    menu = shell.console.host.menus.recent
    menu.aboutToShow.emit()
    next(a for a in menu.actions() if a.text() == str(path)).trigger()
    assert shell.console.bridge.engine.day.segments[0].title == "Sound check"


def test_a_file_that_is_not_yaml_is_not_taken_by_a_drop(shell, tmp_path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(write(tmp_path, "notes.txt", "hello")))])
    host = shell.console.host
    enter = QDragEnterEvent(
        host.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    enter.ignore()
    QApplication.sendEvent(host, enter)
    assert not enter.isAccepted()


def test_the_chair_comes_back_full_screen_after_a_crash(shell, qtbot, agenda, day, tmp_path):
    console = shell.console
    qtbot.keyClick(console.host.table, Qt.Key.Key_C)
    assert console.chair.isVisible()
    qtbot.keyClick(console.host.table, Qt.Key.Key_F11)
    assert console.chair.isFullScreen()
    # The crash: the process dies with both windows up; nothing is closed, the log's lock goes with it.
    console.session.close()
    again = AppShell(shell._clock, shell._settings)
    restarted = again.open(agenda, day, tmp_path / "first.sqlite")
    assert restarted.chair.isVisible() and restarted.chair.isFullScreen()
    restarted.host.close()


def test_a_chair_closed_by_the_host_stays_closed_next_time(shell, qtbot, agenda, day, tmp_path):
    console = shell.console
    qtbot.keyClick(console.host.table, Qt.Key.Key_C)
    qtbot.keyClick(console.host.table, Qt.Key.Key_C)
    assert not console.chair.isVisible()
    console.host.close()
    again = AppShell(shell._clock, shell._settings)
    restarted = again.open(agenda, day, tmp_path / "first.sqlite")
    restore_chair(restarted)
    assert not restarted.chair.isVisible()
    restarted.host.close()


def test_export_starts_in_documents_then_in_the_last_folder(console, monkeypatch, tmp_path):
    from runner.ui.console.file_actions import documents_folder

    starts: list[str] = []
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *a, **k: (starts.append(a[2]), str(folder))[1]
    )
    console.host.actions_[Action.EXPORT].trigger()
    console.host.actions_[Action.EXPORT].trigger()
    assert starts == [documents_folder(), str(folder)]  # not the folder the app was started from

"""Started without a terminal (a desktop launcher), the host sees the one-line error in a dialog too."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from runner import cli
from runner.ui.base import error_dialog

BAD_YAML = "title: Broken\ntimezone: America/New_York\ndays: [\n"


class NotATerminal:
    """stderr as a launcher leaves it: writable, read by nobody."""

    def __init__(self) -> None:
        self.written: list[str] = []

    def write(self, text: str) -> int:
        self.written.append(text)
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


@pytest.fixture
def no_terminal(monkeypatch, qapp):
    """Fake a launcher's stderr and a visible screen; collect what each dialog said, then close it."""
    stderr = NotATerminal()
    monkeypatch.setattr(error_dialog, "can_show_dialog", lambda: True)
    shown: list[str] = []

    def close_when_shown() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(10, close_when_shown)

    QTimer.singleShot(0, close_when_shown)
    return stderr, shown


def run(argv: list[str], stderr: NotATerminal | None = None) -> int:
    """The app's command line, with stderr replaced here (pytest sets its own after the fixtures)."""
    saved = sys.stderr
    if stderr is not None:
        sys.stderr = stderr
    try:
        return cli.main(argv)
    finally:
        sys.stderr = saved


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda tmp: tmp / "missing.yaml", "missing.yaml"),
        (lambda tmp: tmp, "folder"),
        (lambda tmp: (tmp / "broken.yaml", (tmp / "broken.yaml").write_text(BAD_YAML))[0], "broken.yaml:"),
    ],
    ids=["missing", "a folder", "YAML error"],
)
def test_an_agenda_the_app_cannot_open_is_shown_in_a_dialog(no_terminal, tmp_path, make, expected):
    stderr, shown = no_terminal
    assert run([str(make(tmp_path))], stderr) == 1
    line = "".join(stderr.written).strip()
    assert "\n" not in line and "Traceback" not in line
    assert shown == [line]
    assert expected in line or expected in line.lower()


def test_a_day_the_agenda_lacks_is_shown_in_a_dialog(no_terminal, tmp_path):
    stderr, shown = no_terminal
    agenda = cli.DEFAULT_AGENDA
    assert run([str(agenda), "--day", "2020-06-13", "--log", str(tmp_path / "x.sqlite")], stderr) == 1
    assert shown == ["".join(stderr.written).strip()]
    assert "no day 2020-06-13" in shown[0]


def test_a_log_in_use_is_shown_in_a_dialog(no_terminal, monkeypatch, settings, tmp_path):
    from runner.core.clock import SystemClock
    from runner.core.session import open_session
    from runner.io.agenda_yaml import load_agenda
    from runner.ui import app

    monkeypatch.setattr(app, "Settings", lambda: settings)  # not the user's own settings
    log = tmp_path / "day.sqlite"
    agenda = load_agenda(cli.DEFAULT_AGENDA)
    holder = open_session(agenda, agenda.days[0], SystemClock(), log)
    try:
        stderr, shown = no_terminal
        assert run([str(cli.DEFAULT_AGENDA), "--log", str(log)], stderr) == 1
        assert shown == ["".join(stderr.written).splitlines()[0]]  # then Qt's own notes (offscreen)
        assert "in use by another Session Runner" in shown[0]
    finally:
        holder.close()


def test_with_a_terminal_no_dialog_is_made(monkeypatch, capsys, tmp_path):
    made = []
    monkeypatch.setattr(error_dialog, "stderr_is_terminal", lambda: True)
    monkeypatch.setattr(error_dialog, "show_dialog", made.append)
    assert run([str(tmp_path / "missing.yaml")]) == 1
    assert made == [] and capsys.readouterr().err.count("\n") == 1


def test_headless_qt_never_shows_a_dialog(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert not error_dialog.can_show_dialog()

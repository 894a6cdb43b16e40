"""Qt's translation system: a .ts compiled on first use, Qt's own dialogs, the layout direction,
and a window (the chair's) in a language of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from runner.ui.base import translations
from runner.ui.base.translations import WindowLanguage, compiled_catalogue, install_language

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{code}">
<context><name>ChairView</name>
<message><source>The day is over</source><translation>{text}</translation></message>
<message><source>Coming up: %1</source><translation>{text}: %1</translation></message>
<message numerus="yes"><source>%n min</source><translation>{forms}</translation></message>
</context>
</TS>
"""


@pytest.fixture
def catalogues(tmp_path, monkeypatch) -> Path:
    """A French and a Russian catalogue of two messages, where the app looks for its own."""
    (tmp_path / "session_runner_fr.ts").write_text(
        TS.format(code="fr", text="La journée est terminée", forms="<numerusform>%n min</numerusform>" * 2),
        encoding="utf-8",
    )
    russian = "".join(f"<numerusform>%n {w}</numerusform>" for w in ("минута", "минуты", "минут"))
    (tmp_path / "session_runner_ru.ts").write_text(
        TS.format(code="ru", text="День окончен", forms=russian), encoding="utf-8"
    )
    monkeypatch.setattr(translations, "ts_path", lambda code: tmp_path / f"session_runner_{code}.ts")
    return tmp_path


@pytest.fixture
def app_language(qapp: QApplication):
    """Whatever a test installs, English (as the tests run) comes back after it, and its font."""
    font = qapp.font()
    yield
    install_language(qapp, "en")
    qapp.setFont(font)
    translations.QLocale.setDefault(translations.QLocale("en_US"))


def test_a_catalogue_is_compiled_once_and_then_read_from_the_cache(catalogues) -> None:
    first = compiled_catalogue("fr")
    assert first is not None and first.suffix == ".qm" and first.stat().st_size > 0
    assert compiled_catalogue("fr") == first  # the same file: no second lrelease
    (catalogues / "session_runner_fr.ts").write_text(
        TS.format(code="fr", text="Fin de la journée", forms=""), encoding="utf-8"
    )
    assert compiled_catalogue("fr") != first  # an edited catalogue is compiled afresh


def test_arabic_mirrors_the_app_and_qt_translates_its_own_dialogs(qapp, app_language) -> None:
    install_language(qapp, "ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"  # qtbase_ar: the dialogs' buttons
    install_language(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_apps_catalogue_translates_and_chooses_the_plural_form(qapp, app_language, catalogues) -> None:
    install_language(qapp, "ru")
    assert QCoreApplication.translate("ChairView", "The day is over") == "День окончен"
    assert [QCoreApplication.translate("ChairView", "%n min", "", n) for n in (1, 3, 5)] == [
        "1 минута",
        "3 минуты",
        "5 минут",
    ]


def test_a_window_can_speak_another_language_than_the_app(qapp, catalogues) -> None:
    chair = WindowLanguage("ru")
    assert chair.translate("ChairView", "The day is over") == "День окончен"
    assert chair.translate("ChairView", "%n min", "", 22) == "22 минуты"
    assert chair.direction == Qt.LayoutDirection.LeftToRight
    english = WindowLanguage("en")
    assert english.translate("ChairView", "The day is over") == "The day is over"
    assert english.translate("ChairView", "%n min", "", 2) == "2 min"
    assert WindowLanguage("ar").direction == Qt.LayoutDirection.RightToLeft


def _pick(menu, code: str) -> None:
    next(a for a in menu.actions() if a.data() == code).trigger()


def test_view_language_is_remembered_for_the_next_start(console) -> None:
    _pick(console.host.language_menu, "fr")
    assert console.settings.language == "fr"
    assert [a.data() for a in console.host.language_menu.actions() if a.isChecked()] == ["fr"]
    assert "Français" in console.host.statusBar().currentMessage()
    _pick(console.host.language_menu, "")
    assert console.settings.language == ""


def test_chair_language_switches_the_chairs_window_at_once(console, catalogues) -> None:
    console.chair.show()
    _pick(console.host.chair_language_menu, "ru")
    assert console.settings.chair_language == "ru"
    assert console.chair.labels["title"].text() == "День окончен: Opening"
    assert console.host.title_label.text() == "Next: Opening"  # the host's window keeps its language
    _pick(console.host.chair_language_menu, "ar")
    assert console.chair.layoutDirection() == Qt.LayoutDirection.RightToLeft
    _pick(console.host.chair_language_menu, "")
    assert console.chair.labels["title"].text() == "Coming up: Opening"
    assert console.chair.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_chair_in_a_language_of_its_own_reads_the_recovery_plan_in_it(qtbot, console, timers, catalogues):
    """The plan is what the chair agrees to before the host presses Ctrl+R: a chair's window in
    French gives it in French, while the host's window keeps the host's language."""
    console.chair.show()
    _pick(console.host.chair_language_menu, "fr")
    qtbot.keyClick(console.host.table, Qt.Key.Key_Space)
    timers.jump(15 * 60)  # the 5-minute opening ten minutes over: the live rules offer a plan
    console.bridge.perform(lambda: console.session.engine.add_note("running over"))  # a new snapshot
    assert "Rattraper 10 min pour tenir la fin de 10:00" in console.chair.labels["next"].text()
    assert "Recover 10 min" not in console.chair.labels["next"].text()
    assert console.bridge.snapshot().recovery.startswith("Recover 10 min to hold the 10:00 stop")
    _pick(console.host.chair_language_menu, "")  # back to the app's language
    console.bridge.perform(lambda: console.session.engine.add_note("still over"))
    assert "Recover 10 min to hold the 10:00 stop" in console.chair.labels["next"].text()


def test_the_chair_in_a_language_of_its_own_reads_a_ready_made_message_in_it(qtbot, console, catalogues):
    """The host picks "Please wrap up" from the list; the chair's window in French shows
    "Veuillez conclure". A message the host typed stays as typed."""
    console.chair.show()
    box = console.host.message_box
    assert box.itemText(0) == "Please wrap up"  # the host's list, in the host's language
    box.setCurrentIndex(0)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert console.chair.message == "Please wrap up"
    _pick(console.host.chair_language_menu, "fr")
    assert console.chair.message == "Veuillez conclure"
    assert console.bridge.engine.chair_message == "Please wrap up"  # the log keeps what was sent
    box.lineEdit().clear()
    qtbot.keyClicks(box.lineEdit(), "The minister joins at 10:15")
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    assert console.chair.message == "The minister joins at 10:15"

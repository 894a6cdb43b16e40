"""File → Import…: the preview shows the days and segments with guesses marked; Save writes and opens."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from runner.io.agenda_yaml import load_agenda
from runner.ui.console.actions import Action
from runner.ui.console.import_dialog import GUESSED, ImportDialog

SEED = Path(__file__).parents[1] / "io" / "fixtures" / "import" / "programme-roadmap-launch-june-2020.txt"


@pytest.fixture
def dialog(qtbot):  # type: ignore[no-untyped-def]
    shown = ImportDialog(str(SEED))
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: shown.result_ is not None)
    return shown


def test_the_preview_lists_every_day_and_segment_with_guesses_marked(dialog) -> None:  # type: ignore[no-untyped-def]
    tree = dialog.tree
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == [
        "2020-06-11", "2020-06-12", "2020-06-15", "2020-06-16", "2020-06-17",
    ]  # fmt: skip
    second = tree.topLevelItem(1)
    assert [second.child(i).text(0) for i in range(second.childCount())] == [
        "09:00", "09:30", "09:50", "10:20", "10:40", "10:50", "11:10", "11:58",
    ]  # fmt: skip
    closing = second.child(7)
    assert (closing.text(1), closing.text(4)) == ("Closing", f"{GUESSED} Mr. Hochschild")
    assert closing.text(5).startswith(GUESSED) and closing.toolTip(4) == "from 'by ...' in the title"
    assert second.child(4).text(2) == "intermission"
    assert "guessed" in dialog.summary.text()
    assert "the source names no zone; give the Time zone above" in dialog.summary.text()
    assert dialog.save_button.isEnabled()


def test_a_zone_typed_in_is_used_on_enter(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.zone_edit.setFocus()
    qtbot.keyClicks(dialog.zone_edit, "America/New_York")
    with qtbot.waitSignal(dialog.previewed):
        qtbot.keyClick(dialog.zone_edit, Qt.Key.Key_Return)
    assert "America/New_York" in dialog.summary.text() and "names no zone" not in dialog.summary.text()


def test_save_writes_an_agenda_check_accepts(dialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "roadmap.yaml"
    assert dialog.save_to(out)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.saved_path == out
    assert len(load_agenda(out).days) == 5


def test_a_broken_source_shows_its_located_lines_and_cannot_be_saved(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "bad.txt"
    source.write_text("Welcome\n9:00 Opening\n9:30 Talk\n", encoding="utf-8")
    shown = ImportDialog(str(source))
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: shown.result_ is not None)
    assert shown.summary.text().startswith(f"{source}:3: the length of 'Talk' is not known")
    assert not shown.save_button.isEnabled() and shown.tree.topLevelItemCount() == 0
    assert not shown.save_to(tmp_path / "out.yaml") and not (tmp_path / "out.yaml").exists()


def test_a_date_that_is_not_one_is_said_and_not_imported(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.date_edit, "June 12")
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert dialog.summary.text() == "'June 12' is not a date; write YYYY-MM-DD"


def test_file_import_sits_beside_open_and_opens_what_it_saved(qtbot, console, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import runner.ui.console.import_dialog as import_dialog

    actions = console.host.menus.file.actions()
    names = [action.objectName() for action in actions]
    assert names.index("import") == names.index("open") + 1
    asked: list[str] = []
    monkeypatch.setattr(import_dialog, "ask_for_source", lambda parent, folder="": asked.append(folder) or "")
    console.host.actions_[Action.IMPORT].trigger()
    assert len(asked) == 1  # the host was asked for a source, and cancelled: nothing else happens
    out = tmp_path / "roadmap.yaml"

    def preview_and_save(dialog: ImportDialog) -> bool:
        qtbot.waitUntil(lambda: dialog.result_ is not None)
        return dialog.save_to(out)

    monkeypatch.setattr(import_dialog, "ask_for_source", lambda parent, folder="": str(SEED))
    monkeypatch.setattr(ImportDialog, "exec", preview_and_save)
    with qtbot.waitSignal(console.host.openRequested) as opened:
        console.host.actions_[Action.IMPORT].trigger()
    assert opened.args == [str(out)] and len(load_agenda(out).days) == 5


def _calendar(tmp_path: Path, *events: str) -> Path:
    source = tmp_path / "calendar.ics"
    body = "".join(f"BEGIN:VEVENT\r\nUID:{n}\r\n{event}END:VEVENT\r\n" for n, event in enumerate(events))
    source.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-TIMEZONE:Europe/Vienna\r\n{body}END:VCALENDAR\r\n")
    return source


def _opened(qtbot, source: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    shown = ImportDialog(str(source))
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: shown.result_ is not None)
    return shown


def test_the_preview_lists_what_was_left_out_cut_and_guessed_one_line_each(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = _calendar(
        tmp_path,
        "SUMMARY:Registration\r\nDTSTART;VALUE=DATE:20260310\r\n",
        "SUMMARY:Opening\r\nDTSTART;TZID=Europe/Vienna:20260310T090000\r\nDURATION:PT1H\r\n"
        f"DESCRIPTION:{'word ' * 500}\r\n",
        "SUMMARY:Photo\r\nDTSTART;TZID=Europe/Vienna:20260310T120000\r\n",
        "SUMMARY:Fair\r\nDTSTART;TZID=Europe/Vienna:20260310T090000\r\nDURATION:P2D\r\n",
    )
    shown = _opened(qtbot, source)
    line = {text[4:]: str(n) for n, text in enumerate(source.read_text().splitlines(), 1) if text.startswith("UID:")}
    groups = {shown.changes.topLevelItem(i).text(0): shown.changes.topLevelItem(i)
              for i in range(shown.changes.topLevelItemCount())}  # fmt: skip
    assert list(groups) == ["Left out: 2", "Cut to fit: 1", "Guessed: 2"]
    lines = {name: [group.child(i).text(0) for i in range(group.childCount())] for name, group in groups.items()}
    assert lines["Left out: 2"] == [
        f"{line['0']}: 'Registration': an all-day event has no times",
        f"{line['3']}: 'Fair': longer than a day (48h)",
    ]
    assert lines["Cut to fit: 1"][0].startswith(f"{line['1']}: 'Opening': notes cut: ")
    assert lines["Guessed: 2"] == [
        "title: the source gives no title",
        f"{line['2']}: 'Photo' duration: the calendar gives it no end (a moment); give its length",
    ]
    day = shown.tree.topLevelItem(0)
    opening, photo = day.child(0), day.child(1)
    assert opening.text(5).startswith("✂ notes: ") and photo.text(5).startswith(f"{GUESSED} duration: ")


def test_a_refusal_names_the_dialogs_field_not_the_commands_flag(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = _calendar(
        tmp_path,
        "SUMMARY:Plenary\r\nLOCATION:Hall A\r\nDTSTART;TZID=Europe/Vienna:20260310T090000\r\nDURATION:PT2H\r\n",
        "SUMMARY:Side event\r\nLOCATION:Room 3\r\nDTSTART;TZID=Europe/Vienna:20260310T100000\r\nDURATION:PT1H\r\n",
    )
    shown = _opened(qtbot, source)
    assert shown.summary.text().endswith("choose one with the Room above: Hall A, Room 3")
    assert not shown.save_button.isEnabled() and shown.changes.isHidden()
    qtbot.keyClicks(shown.room_edit, "Hall A")
    with qtbot.waitSignal(shown.previewed):
        qtbot.keyClick(shown.room_edit, Qt.Key.Key_Return)
    assert shown.save_button.isEnabled() and shown.tree.topLevelItem(0).child(0).text(1) == "Plenary"
    assert not shown.changes.isHidden()
    assert shown.changes.topLevelItem(0).child(0).text(0) == "1: 1 event in other rooms"

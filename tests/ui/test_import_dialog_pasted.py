"""File → Import… of a programme pasted in French and of Ontime's own template, as a user sees
the preview: the heading's date, the breaks, the people of each item, Ontime's cues as guesses."""

from __future__ import annotations

from pathlib import Path

from runner.ui.console.import_dialog import GUESSED, ImportDialog

DATA = Path(__file__).parents[1] / "data"


def _opened(qtbot, source: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    shown = ImportDialog(str(source))
    qtbot.addWidget(shown)
    qtbot.waitUntil(lambda: shown.result_ is not None)
    return shown


def test_a_french_programme_previews_its_date_breaks_and_people(qtbot) -> None:  # type: ignore[no-untyped-def]
    shown = _opened(qtbot, DATA / "pasted" / "fr-cea-forum-regional.txt")
    day = shown.tree.topLevelItem(0)
    assert day.text(0) == "2024-11-14"  # "Jeudi 14 novembre 2024", not today
    rows = [(day.child(i).text(0), day.child(i).text(1), day.child(i).text(2)) for i in range(day.childCount())]
    assert rows == [
        ("09:00", "Ouverture de la session", ""),
        ("09:30", "Table ronde 1 : Énergies renouvelables", ""),
        ("11:00", "Pause-café", "break"),
        ("11:15", "Table ronde 2 : Villes durables", ""),
        ("12:30", "Déjeuner", "break"),
        ("14:00", "Séance plénière", ""),
    ]
    assert day.child(1).text(4) == "Mme Claire Martin, M. Paul Bernard, Mme Aïcha Traoré, M. Luc Girard"
    assert shown.save_button.isEnabled()


def test_ontimes_template_previews_its_groups_and_lists_its_cues(qtbot) -> None:  # type: ignore[no-untyped-def]
    shown = _opened(qtbot, DATA / "real" / "tune" / "ontime-rundown-template-v4.xlsx")
    day = shown.tree.topLevelItem(0)
    assert [day.child(i).text(3) for i in range(day.childCount())] == [
        "Morning Sessions", "Morning Sessions", "Morning Sessions", "Lunch", "Afternoon Sessions", "Afternoon Sessions",
    ]  # fmt: skip
    assert day.child(1).text(5).startswith(f"{GUESSED} notes: Ontime's cues before this item")
    groups = {shown.changes.topLevelItem(i).text(0): shown.changes.topLevelItem(i)
              for i in range(shown.changes.topLevelItemCount())}  # fmt: skip
    (left_out,) = [group for name, group in groups.items() if name.startswith("Left out")]
    assert left_out.child(0).text(0) == "Event schedule!A2: 9 rows above the table: Ontime reads only the table"

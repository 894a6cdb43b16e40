"""Operable by anyone: every control and view named and described for a screen reader, the
countdown announced at minute marks only, and no state told by colour alone."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)

from runner.ui.base.theme import FOCUS_RING, show_focus
from runner.ui.widgets.banner import AlertBanner
from runner.ui.widgets.countdown import CountdownWidget

# What a screen reader user operates or reads: controls, views, and our own painted faces.
CONTROLS = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, CountdownWidget, AlertBanner)


def _accessible(widget: QWidget) -> tuple[str, str]:
    face = QAccessible.queryAccessibleInterface(widget)
    if face is None:
        return "", ""
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def _qt_own_part(widget: QWidget) -> bool:
    """Parts Qt builds inside its own widgets and exposes through them: a table's headers (read
    as the table's column names), its corner button, the overflow arrows of bars, a combo box's
    popup list."""
    inside_combo = isinstance(widget.parent(), QWidget) and isinstance(widget.parent().parent(), QComboBox)
    return isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_") or inside_combo


def _nameless(window: QWidget) -> list[str]:
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or isinstance(widget, QLabel) or _qt_own_part(widget):
            continue
        name, description = _accessible(widget)
        if not name.strip() or not description.strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}: name={name!r} description={description!r}")
    return found


def test_every_control_and_view_of_both_windows_has_a_name_and_a_description(console) -> None:
    console.chair.show()
    console.host.help_panel.show()
    missing = _nameless(console.host) + _nameless(console.chair) + _nameless(console.host.help_panel)
    assert not missing, "\n".join(missing)


def test_the_countdown_is_announced_at_minute_marks_not_every_second(qtbot) -> None:
    face = CountdownWidget()
    qtbot.addWidget(face)
    said: list[str] = []
    face.announced.connect(said.append)
    for tenth in range(3 * 600 + 1):  # 3:00 down to 0:00, ten values a second
        face.set_value(180 - tenth / 10, 1200)
    assert said[0] == "3 minutes left"
    assert said[1:3] == ["2 minutes left", "1 minute left"]
    assert said[3] == "30 seconds left"  # the last 30 s: once, as the level changes
    assert len(said) <= 6, said
    face.set_value(-61, 1200)
    assert said[-1] == "Over time by 1 minute"
    assert face.accessibleDescription() == "Over time by 1 minute"
    face.set_value(100, 1200, paused=True)
    assert said[-1] == "Paused, 2 minutes left"


def test_every_level_is_said_in_words_not_only_in_colour(qtbot) -> None:
    face = CountdownWidget()
    qtbot.addWidget(face)
    captions = {}
    for remaining, paused in ((600, False), (100, False), (20, False), (-5, False), (300, True)):
        face.set_value(remaining, 1200, paused)
        captions[face.level] = face.caption
    assert captions["warning"] == "ENDING SOON"
    assert captions["danger"] == "FINAL SECONDS"
    assert captions["overtime"] == "OVERTIME"
    assert captions["paused"].startswith("PAUSED")
    assert captions["normal"] == ""


def test_the_keyboard_focus_is_always_visible(console, qtbot, timers) -> None:
    host = console.host
    speakers = host.speakers
    others = (host.notes_edit, host.message_box, speakers.table, speakers.name_edit, speakers.limit_edit)
    assert FOCUS_RING in host.table.styleSheet()  # the rundown has the keyboard in the first frame
    # The others' rings come just after the first frame (the window's timers are fake here).
    qtbot.waitUntil(lambda: (timers.run_due(), all(FOCUS_RING in w.styleSheet() for w in others))[1])
    for widget in (host.table, host.notes_edit, host.message_box, host.speakers.name_edit, host.speakers.table):
        host.table.setFocus() if widget is not host.table else host.notes_edit.setFocus()
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())
        before = widget.grab().toImage()
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        assert widget.grab().toImage() != before, f"{type(widget).__name__} looks the same with the focus"


def test_the_rings_that_come_after_the_first_frame_do_not_change_it(console, qtbot) -> None:
    host, speakers = console.host, console.host.speakers
    assert host.table.hasFocus()
    first_frame = host.grab().toImage()  # the deferred rings are not applied yet: fake timers
    show_focus(host.notes_edit, host.message_box, speakers.table, speakers.name_edit, speakers.limit_edit)
    assert host.grab().toImage() == first_frame  # a ring shows only on what has the keyboard


def test_a_screen_reader_is_told_what_is_on_screen(qtbot, console, monkeypatch) -> None:
    from runner.ui.widgets import accessibility

    told: list[str] = []

    class Reader:
        @staticmethod
        def updateAccessibility(event) -> None:
            told.append(event.message())

    monkeypatch.setattr(accessibility, "_announcer", lambda: Reader)
    face = CountdownWidget()
    qtbot.addWidget(face)
    face.set_value(180, 1200)  # not on screen: described, not said
    assert face.accessibleDescription() == "3 minutes left" and told == []
    face.show()
    qtbot.waitExposed(face)
    face.set_value(100, 1200)
    assert told == ["2 minutes left"]
    console.host.show_alert("Two minutes left for this segment", "warning")  # the banner was hidden
    assert told[-1].endswith(": Two minutes left for this segment")

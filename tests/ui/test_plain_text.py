"""Agenda text is text on both screens: tags in titles, notes and names are shown, never rendered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from runner.io.agenda_yaml import parse_agenda
from runner.ui.console.rundown_model import TITLE

HOSTILE = '<img src="/etc/hosts"><b>Opening</b>'
AGENDA = f"""\
title: Hostile text
timezone: America/New_York
days:
  - date: 2020-06-12
    title: "<h1>Day</h1>"
    segments:
      - start: "09:00"
        title: '{HOSTILE}'
        notes: '<a href="file:///">notes</a>'
        group: "<i>group</i>"
        speakers: ['<font color=red>Ms A</font>', "B"]
        duration: 5m
      - title: "<u>Next</u>"
        duration: 5m
"""


def labels_of(*windows) -> list[QLabel]:
    return [label for window in windows for label in window.findChildren(QLabel)]


def test_every_label_of_both_windows_is_plain_text(qtbot, tmp_path, clock, settings):
    from runner.ui.app import build_console

    agenda = parse_agenda(AGENDA.encode("utf-8"), "hostile.yaml")
    console = build_console(agenda, agenda.days[0], clock, tmp_path / "log.sqlite", settings)
    qtbot.addWidget(console.host)
    qtbot.addWidget(console.chair)
    console.host.show()
    console.chair.show()
    qtbot.keyClick(console.host.table, Qt.Key.Key_Space)
    console.host.show_alert(HOSTILE, "warning")
    console.chair.show_alert(HOSTILE, "warning")
    console.bridge.refresh()
    labels = labels_of(console.host, console.chair)
    assert len(labels) > 15
    # Plain text, or rich text the app marks up itself around escaped names (the speakers' panel).
    guessing = [label.text() for label in labels if label.textFormat() == Qt.TextFormat.AutoText]
    assert guessing == []
    rich = [label for label in labels if label.textFormat() == Qt.TextFormat.RichText]
    assert rich == [console.host.speakers.now_label]
    assert any(label.text() == HOSTILE for label in labels)  # shown as written, tags and all
    model = console.host.model
    tip = model.data(model.index(0, TITLE), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;a href" in tip and "<a href" not in tip  # the tooltip's rich text escapes it
    console.bridge.close()

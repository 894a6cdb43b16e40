"""The rundown model answers from snapshots and signals only the cells that change."""

from __future__ import annotations

from PySide6.QtCore import Qt

from runner.ui.base import palette
from runner.ui.base.engine_bridge import EngineBridge
from runner.ui.console.rundown_model import ACTUAL_START, LENGTH, STATUS, TITLE, RundownModel


def _text(model, row, column):
    return model.data(model.index(row, column))


def test_model_passes_the_model_tester(qtbot, qtmodeltester, engine, clock):
    bridge = EngineBridge(engine)
    model = RundownModel(bridge)
    qtmodeltester.check(model)
    engine.advance()
    clock.advance(400)
    bridge.refresh()
    engine.skip()
    qtmodeltester.check(model)
    bridge.close()


def test_running_row_is_highlighted_and_its_length_is_live(qtbot, engine, clock):
    bridge = EngineBridge(engine)
    model = RundownModel(bridge)
    engine.advance()
    assert model.data(model.index(0, TITLE), Qt.ItemDataRole.BackgroundRole) == palette.CURRENT_ROW
    assert _text(model, 0, STATUS) == "running"
    clock.advance(65)
    bridge.refresh()
    assert _text(model, 0, LENGTH) == "1:05"
    bridge.close()


def test_a_tick_changes_only_the_running_length_cell(qtbot, engine, clock):
    bridge = EngineBridge(engine)
    model = RundownModel(bridge)
    engine.advance()
    changed = []
    model.dataChanged.connect(lambda a, b, roles: changed.append((a.row(), a.column(), b.row(), b.column())))
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    clock.advance(1)
    bridge.refresh()
    assert changed == [(0, LENGTH, 0, LENGTH)]
    assert resets == []
    bridge.close()


def test_done_rows_show_actual_start_and_length_and_overtime_is_red(qtbot, engine, clock):
    bridge = EngineBridge(engine)
    model = RundownModel(bridge)
    clock.advance(120)  # started two minutes late
    engine.advance()
    clock.advance(6 * 60)  # a 5-minute opening ran 6 minutes
    engine.advance()
    assert _text(model, 0, ACTUAL_START) == "09:02"
    assert _text(model, 0, LENGTH) == "6:00 ⚠"  # the overrun said by a sign, not only by the colour
    assert _text(model, 0, STATUS) == "done"
    assert model.data(model.index(0, LENGTH), Qt.ItemDataRole.ForegroundRole) == palette.DANGER
    assert _text(model, 2, ACTUAL_START) == "≈ 09:28"  # projected after the panel
    bridge.close()


def test_skipped_rows_are_struck_and_grey(qtbot, engine):
    bridge = EngineBridge(engine)
    model = RundownModel(bridge)
    engine.advance()
    engine.skip()
    assert _text(model, 1, STATUS) == "skipped"
    assert model.data(model.index(1, TITLE), Qt.ItemDataRole.FontRole).strikeOut()
    assert model.data(model.index(1, TITLE), Qt.ItemDataRole.ForegroundRole) == palette.MUTED
    bridge.close()

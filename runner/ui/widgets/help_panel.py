"""The shortcuts panel (F1): every action with its keys, read from the actions themselves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from runner.ui.widgets.accessibility import Accessibility


class HelpPanel(QDialog):
    """A non-modal list of shortcuts; F1 shows and hides it."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shortcuts"))  # the window system adds the app's name
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels((self.tr("Keys"), self.tr("Action"), self.tr("What it does")))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        Accessibility().describe_help(self)
        self.resize(720, 560)

    def toggle(self) -> None:
        self.setVisible(not self.isVisible())

    def keys_listed(self) -> list[str]:
        items = (self.table.item(row, 0) for row in range(self.table.rowCount()))
        return [item.text() for item in items if item is not None]

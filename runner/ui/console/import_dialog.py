"""File → Import…: a preview of the days and segments a programme imports to, before it is saved
as an agenda file: what was guessed is marked ⚑ and what was cut ✂ on its row, and below the
rows every item left out, cut or guessed is listed, one line each. The import runs on a worker
thread, never on the GUI's."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from runner.core.agenda import Segment
from runner.io.importers import Imported, ImportFailed, ImportOptions, import_to_file
from runner.io.importers.model import DraftSegment, Programme
from runner.io.importers.writer import write_atomically

SOURCE_PATTERNS = "*.xlsx *.csv *.json *.ics *.xml *.txt"
GUESSED = "⚑"
CUT = "✂"
_GUESS_BRUSH = QBrush(QColor(255, 214, 102, 120))
# Pixels at most per column, so the guesses (the last columns) stay in view; full text in tooltips.
_WIDEST = (150, 330, 95, 190, 190, 600)
# The row's column that shows an agenda key; the others are said in the last column.
_COLUMN_OF = {"start": 0, "title": 1, "kind": 2, "group": 3, "speaker": 4, "speakers": 4}


class _ImportJob(QThread):
    """Reads and checks the programme off the GUI thread.

    Signals:
        done(object): an `Imported`, or the `ImportFailed` that says why not.
    """

    done = Signal(object)

    def __init__(self, source: str, options: ImportOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source, self.options = source, options

    def run(self) -> None:
        try:
            result: Imported | ImportFailed = import_to_file(self.source, None, self.options)
        except ImportFailed as exc:
            result = exc
        self.done.emit(result)


class ImportDialog(QDialog):
    """The preview: what the source holds as days and segments; Save writes the agenda file.

    Signals:
        previewed(): a preview (or its problems) is on screen.
    """

    previewed = Signal()

    def __init__(self, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.result_: Imported | ImportFailed | None = None
        self.saved_path: Path | None = None
        self._job: _ImportJob | None = None
        self.setWindowTitle(self.tr("Import a programme — %1").replace("%1", Path(source).name))
        self.resize(980, 640)
        self._build()
        self.preview()

    def _build(self) -> None:
        self.date_edit = QLineEdit(placeholderText=self.tr("YYYY-MM-DD: the date, or the one day to keep"))
        self.zone_edit = QLineEdit(placeholderText=self.tr("e.g. America/New_York, where the source names none"))
        self.room_edit = QLineEdit(placeholderText=self.tr("the room to keep, where there are several"))
        self.title_edit = QLineEdit(placeholderText=self.tr("the agenda's title (default: the source's)"))
        form = QFormLayout()
        source_label = QLabel(self.source)
        source_label.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Source"), source_label)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Time zone"), self.zone_edit)
        form.addRow(self.tr("Room"), self.room_edit)
        form.addRow(self.tr("Title"), self.title_edit)
        self.preview_button = QPushButton(self.tr("Preview again"))
        self.preview_button.clicked.connect(self.preview)
        for edit in (self.date_edit, self.zone_edit, self.room_edit, self.title_edit):
            edit.returnPressed.connect(self.preview)
        self.summary = QLabel(wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("Start"), self.tr("Title"), self.tr("Kind"), self.tr("Group"), self.tr("Speakers"),
             self.tr("Guessed or cut")]
        )  # fmt: skip
        self.tree.setUniformRowHeights(True)
        # What the agenda does not hold as the source had it: left out, cut, guessed; a line each.
        self.changes = QTreeWidget()
        self.changes.setHeaderHidden(True)
        self.changes.setUniformRowHeights(True)
        self.changes.setAccessibleName(self.tr("Left out, cut and guessed"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save and open…"))
        self.buttons.accepted.connect(self._ask_where_to_save)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        panes = QSplitter(Qt.Orientation.Vertical)
        panes.addWidget(self.tree)
        panes.addWidget(self.changes)
        panes.setStretchFactor(0, 3)
        panes.setStretchFactor(1, 1)
        layout.addWidget(panes, 1)
        layout.addWidget(self.buttons)

    def options(self) -> ImportOptions | None:
        """The options the fields hold; None (and a line saying why) when the date is not one."""
        text = self.date_edit.text().strip()
        try:
            when = date.fromisoformat(text) if text else None
        except ValueError:
            self.summary.setText(self.tr("'%1' is not a date; write YYYY-MM-DD").replace("%1", text))
            return None
        field = lambda edit: edit.text().strip() or None
        return ImportOptions(when, field(self.zone_edit), field(self.room_edit), field(self.title_edit))

    def preview(self) -> None:
        """Import again with the fields' options; the result arrives through the job's signal."""
        options = self.options()
        if options is None or self._job is not None:
            return
        self.save_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        self.summary.setText(self.tr("Reading %1…").replace("%1", Path(self.source).name))
        self._job = _ImportJob(self.source, options, self)
        self._job.done.connect(self._show)
        self._job.start()

    def _show(self, result: Imported | ImportFailed) -> None:
        if self._job is not None:
            self._job.wait()
            self._job.deleteLater()
            self._job = None
        self.result_ = result
        self.preview_button.setEnabled(True)
        self.tree.clear()
        self.changes.clear()
        if isinstance(result, ImportFailed):
            self.summary.setText("\n".join(self._for_the_dialog(str(p)) for p in result.problems))
            self.changes.hide()
            self.save_button.setEnabled(False)
        else:
            self._fill(result)
            self.save_button.setEnabled(True)
        self.previewed.emit()

    def _for_the_dialog(self, text: str) -> str:
        """A message that names the command's flags, naming this dialog's fields instead."""
        fields = {
            "--timezone": self.tr("the Time zone above"),
            "--date": self.tr("the Date above"),
            "--room": self.tr("the Room above"),
        }
        for flag, field in fields.items():
            text = text.replace(flag, field)
        return text

    def _fill(self, imported: Imported) -> None:
        programme, agenda = imported.programme, imported.agenda
        guesses = sum(1 for line in imported.text.splitlines() if "# guessed:" in line)
        said = [
            self.tr("%1: %2 days, %3 segments, in %4")
            .replace("%1", agenda.title)
            .replace("%2", str(len(agenda.days)))
            .replace("%3", str(sum(len(d.segments) for d in agenda.days)))
            .replace("%4", agenda.timezone)
        ]
        if guesses:
            said.append(
                self.tr("%1 %2 guessed: check them before the meeting")
                .replace("%1", GUESSED)
                .replace("%2", str(guesses))
            )
        said += [f"{GUESSED} {key}: {self._for_the_dialog(why)}" for key, why in programme.guesses.items() if why]
        self.summary.setText("\n".join(said))
        for day, draft in zip(agenda.days, programme.days):
            head = QTreeWidgetItem([day.date.isoformat(), day.title, "", "", "", ""])
            font = QFont(head.font(0))
            font.setBold(True)
            head.setFont(0, font)
            head.setFont(1, font)
            marks = [f"{GUESSED} {key}: {self._for_the_dialog(why)}" for key, why in draft.guesses.items()]
            marks += [f"{CUT} {key}: {what}" for key, what in draft.cuts.items()]
            if draft.guesses:
                head.setText(0, f"{GUESSED} {head.text(0)}")
                head.setBackground(0, _GUESS_BRUSH)
            head.setText(5, "; ".join(marks))
            for segment, source in zip(day.segments, draft.segments):
                head.addChild(self._row(day.date, segment, source))
            self.tree.addTopLevelItem(head)
            head.setExpanded(True)
        for column, widest in enumerate(_WIDEST):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), widest))
        self._list_changes(programme)

    def _list_changes(self, programme: Programme) -> None:
        """Every item left out, cut or guessed, one line each under its heading (none: no heading)."""
        left_out = [f"{p.where}: {p.message}" for p in programme.left_out if not p.cut]
        cut = [f"{p.where}: {p.message}" for p in programme.left_out if p.cut]
        guessed = [f"{key}: {self._for_the_dialog(why)}" for key, why in programme.guesses.items() if why]
        for day in programme.days:
            guessed += [f"{day.date}: {key}: {self._for_the_dialog(why)}" for key, why in day.guesses.items()]
            guessed += [
                f"{segment.where}: '{segment.title}' {key}: {self._for_the_dialog(why)}"
                for segment in day.segments
                for key, why in segment.guesses.items()
            ]
        headings = (
            (self.tr("Left out: %n", "", len(left_out)), left_out),
            (self.tr("Cut to fit: %n", "", len(cut)), cut),
            (self.tr("Guessed: %n", "", len(guessed)), guessed),
        )
        for heading, lines in headings:
            if not lines:
                continue
            group = QTreeWidgetItem([heading])
            for line in lines:
                child = QTreeWidgetItem([line])
                child.setToolTip(0, line)
                group.addChild(child)
            self.changes.addTopLevelItem(group)
            group.setExpanded(True)
        self.changes.setVisible(self.changes.topLevelItemCount() > 0)

    def _row(self, when: date, segment: Segment, draft: DraftSegment) -> QTreeWidgetItem:
        start = f"{segment.start:%H:%M}" + (" +1" if segment.start.date() > when else "")
        kind = segment.kind.value if segment.kind.value != "segment" else ""
        item = QTreeWidgetItem([start, segment.title, kind, segment.group, segment.speaker_label, ""])
        for column in range(1, 5):
            item.setToolTip(column, item.text(column))
        marks: list[str] = []
        for key, why in draft.guesses.items():
            why = self._for_the_dialog(why)
            column = _COLUMN_OF.get(key, 5)
            item.setBackground(column, _GUESS_BRUSH)
            item.setToolTip(column, why)
            if column < 5:
                item.setText(column, f"{GUESSED} {item.text(column)}")
            marks.append(f"{GUESSED} {key}: {why}")
        for key, what in draft.cuts.items():
            column = _COLUMN_OF.get(key, 5)
            if column < 5:
                item.setText(column, f"{CUT} {item.text(column)}")
            marks.append(f"{CUT} {key}: {what}")
        item.setText(5, "; ".join(marks))
        item.setToolTip(5, "\n".join(marks))
        return item

    def _ask_where_to_save(self) -> None:
        suggested = str(Path(self.source).with_suffix(".yaml"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the agenda as"), suggested, self.tr("Agenda (%1)").replace("%1", "*.yaml")
        )
        if path:
            self.save_to(path)

    def save_to(self, path: str | Path) -> bool:
        """Write the previewed agenda to `path` and close the dialog as accepted; False if it cannot be."""
        if not isinstance(self.result_, Imported):
            return False
        try:
            write_atomically(self.result_.text, path)
        except OSError as exc:
            self.summary.setText(
                self.tr("%1: cannot be written: %2").replace("%1", str(path)).replace("%2", exc.strerror or str(exc))
            )
            return False
        self.saved_path = Path(path)
        self.accept()
        return True


def ask_for_source(parent: QWidget, folder: str = "") -> str:
    """The programme file the host picks, or '' when they cancel."""
    translate = QCoreApplication.translate
    kinds = (
        translate("ImportDialog", "Programmes (%1)").replace("%1", SOURCE_PATTERNS)
        + ";;"
        + translate("ImportDialog", "All files (%1)").replace("%1", "*")
    )
    path, _ = QFileDialog.getOpenFileName(parent, translate("ImportDialog", "Import a programme"), folder, kinds)
    return path

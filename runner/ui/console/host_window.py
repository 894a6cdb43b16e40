"""The host's window: the rundown, the live countdown, speakers, notes and the chair's message."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qs

from PySide6 import QtWidgets  # its dialogs' classes (and their enums) are made at first use
from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QDragEnterEvent, QDropEvent, QScreen
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from runner.core import i18n
from runner.core.chair_messages import READY_MADE
from runner.core.deferred import deferred
from runner.core.delegations import names_joined
from runner.core.engine import EngineError
from runner.core.events import EngineEvent
from runner.core.floor_order import fresh_seed
from runner.core.i18n import active_language
from runner.core.snapshot import Snapshot
from runner.core.speakers import SlotStatus
from runner.io.speakers_list import SpeakersListError, floor_additions, read_list_file
from runner.ui.base import palette
from runner.ui.base.banner_subject import BannerSubject
from runner.ui.base.engine_bridge import EngineBridge
from runner.ui.base.formatting import ON_TIME_S, clock_text, day_title, fill, header_texts, zone_label
from runner.ui.console.actions import CONTROL_API, FLOOR_CONTROL, Action, HostActions
from runner.ui.console.host_menus import build_menus, fill_screen_menu
from runner.ui.console.keyboard import KeyboardHome
from runner.ui.console.language_menu import add_language_menu, mark_language
from runner.ui.console.rundown_editor import RundownEditor
from runner.ui.console.rundown_model import RundownModel
from runner.ui.console.rundown_view import RundownView
from runner.ui.console.speakers_panel import SpeakersPanel
from runner.ui.widgets.accessibility import Accessibility
from runner.ui.widgets.banner import AlertBanner
from runner.ui.widgets.countdown import CountdownWidget
from runner.ui.widgets.elided_label import ElidedLabel, ShrinkingLabel
from runner.ui.widgets.log_trouble import LogTroubleBar
from runner.ui.widgets.notice_strip import NoticeStrip
from runner.ui.widgets.steady import set_style, set_text, set_ticking_text

if TYPE_CHECKING:
    from runner.ui.widgets import help_panel
    from runner.ui.widgets.help_panel import HelpPanel
else:  # lazy seam: the shortcuts panel (F1) and its table load when it is first opened
    help_panel = deferred("runner.ui.widgets.help_panel")

# Small enough for an 800x600 screen under a title bar (the window at most 800x560), large enough
# to read the countdown from arm's length.
COUNTDOWN_AT_LEAST = 90


AGENDA_SUFFIXES = (".yaml", ".yml")


def dropped_agendas(mime: QMimeData) -> list[str]:
    """The local YAML files among what is being dragged onto the window."""
    files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    return [f for f in files if Path(f).suffix.lower() in AGENDA_SUFFIXES]


class HostWindow(QMainWindow):
    """The host's console. Renders the bridge's snapshots; every action forwards to the engine.

    Signals:
        muteToggled(bool): the host muted or unmuted alert sounds.
        messageSent(str): a message for the chair's screen ('' clears it).
        chairToggleRequested(): show or hide the chair's window.
        chairFullScreenRequested(object): full screen on this QScreen (or None: leave full screen).
        exportRequested(str): write the chair's summary into this folder.
        openRequested(str): open this agenda file (File → Open, a recent agenda, a dropped file).
        holdRequested(int): keep this segment from starting by itself (or release it).
        darkToggled(bool): the host switched the dark palette on or off.
        highContrastToggled(bool): the host switched the high-contrast theme on or off.
        languageChosen(str): View → Language: a language code ('' for the system's).
        chairLanguageChosen(str): Chair → Language: a code ('' for the host's).
        closed(): the window closed (quit).
    """

    muteToggled = Signal(bool)
    messageSent = Signal(str)
    chairToggleRequested = Signal()
    chairFullScreenRequested = Signal(object)
    exportRequested = Signal(str)
    openRequested = Signal(str)
    holdRequested = Signal(int)
    darkToggled = Signal(bool)
    highContrastToggled = Signal(bool)
    languageChosen = Signal(str)
    chairLanguageChosen = Signal(str)
    closed = Signal()

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge, self.engine = bridge, bridge.engine
        day = self.engine.day
        # Only the day: the window system adds the application's name (QGuiApplication's display name).
        self.setWindowTitle(day_title(day.title, day.date))
        self.setAcceptDrops(True)  # an agenda file dropped on the window opens it
        self.actions_ = HostActions.create(self)
        self.addActions(self.actions_.all())
        self.model = RundownModel(bridge, self)
        self.table = RundownView(self.model)
        self.countdown = CountdownWidget()
        self.banner = AlertBanner(self, point_size=13, timers=bridge.timers)  # one line of a long alert at 800 px
        self.banner.flashToggled.connect(self._flash)
        self.log_trouble = LogTroubleBar(bridge, self)
        self.notices = NoticeStrip(self)  # the lasting notices in the window, not only in the status bar
        self.speakers = SpeakersPanel(
            bridge, self.actions_[Action.NEXT_SPEAKER], self.actions_[Action.PREVIOUS_SPEAKER]
        )
        self.notes_edit = QLineEdit(placeholderText=self.tr("Note on the running segment (N, Enter to save)…"))
        self.message_box = _message_box()
        self._help_panel: HelpPanel | None = None  # built on first F1: the first frame does not need it
        self.chair_screen: QScreen | None = None
        self._labels()
        self._layout()
        self._menus()
        self._connect()
        self.keyboard = KeyboardHome(self.table, self, bridge.timers)
        self.keyboard.watch_messages(self.notes_edit, self.message_box)
        self.keyboard.watch_entries(self.speakers.name_edit, self.speakers.limit_edit)
        self.keyboard.typingChanged.connect(self._show_keyboard)
        self._show_keyboard(False)
        Accessibility().describe_host(self)
        self.editor = RundownEditor(self)  # Insert, the rundown's context menu, Ctrl+R, Save rundown as…
        self.show_snapshot(bridge.snapshot())

    # -- construction ------------------------------------------------------------------------------
    def _labels(self) -> None:
        # The end's line gives way first when a language's words are too long for 800 px.
        self.clock_label, self.offset_label, self.end_label = QLabel(), QLabel(), ShrinkingLabel()
        # One line each, cut with '…' when long: the window fits 800x560 (the tooltip has it all).
        self.group_label, self.title_label, self.speaker_label = ElidedLabel(), QLabel(), ElidedLabel()
        self.next_label, self.chair_message_label = QLabel(), ShrinkingLabel()
        self.notice_label = QLabel()
        # Who has the keyboard, in words (not only a focus ring): the console's keys, or a box.
        self.keys_label = QLabel()
        self.keys_label.setObjectName("keys")
        self._plain_labels()  # agenda text is shown as written, never as HTML (issue 13)
        for label, size, bold in (
            (self.clock_label, 14, True),
            (self.offset_label, 14, True),
            (self.end_label, 12, False),
            (self.group_label, 11, False),
            (self.title_label, 20, True),
            (self.speaker_label, 14, False),
            (self.next_label, 12, False),
        ):
            font = label.font()
            font.setPointSize(size)
            font.setBold(bold)
            label.setFont(font)
        for label in (self.title_label, self.next_label):
            label.setWordWrap(True)
        self.offset_label.setObjectName("offset")
        self.statusBar().addPermanentWidget(self.notice_label)

    def _plain_labels(self) -> None:
        for label in (self.clock_label, self.offset_label, self.end_label, self.group_label, self.title_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        plain = (self.speaker_label, self.next_label, self.chair_message_label, self.notice_label, self.keys_label)
        for label in plain:
            label.setTextFormat(Qt.TextFormat.PlainText)

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.clock_label)
        header.addSpacing(12)
        header.addWidget(self.keys_label)
        header.addStretch(1)
        header.addWidget(self.offset_label)
        header.addSpacing(18)
        header.addWidget(self.end_label)
        right = QVBoxLayout()
        right.setContentsMargins(6, 0, 0, 0)
        right.setSpacing(2)  # tight: on 800x560 every pixel goes to the countdown and the list
        for widget in (self.group_label, self.title_label, self.speaker_label):
            right.addWidget(widget)
        self.countdown.setMinimumHeight(COUNTDOWN_AT_LEAST)
        right.addWidget(self.countdown, 1)  # a large window shares its height between the two
        right.addWidget(self.next_label)
        right.addWidget(_rule())
        right.addWidget(self.speakers, 2)
        panel = QWidget()
        panel.setLayout(right)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.table, 1)
        left.addWidget(self.notes_edit)
        message_row = QHBoxLayout()
        message_row.addWidget(QLabel(self.tr("Chair:"), textFormat=Qt.TextFormat.PlainText))
        message_row.addWidget(self.message_box, 1)
        message_row.addWidget(self.chair_message_label)
        left.addLayout(message_row)
        rundown = QWidget()
        rundown.setLayout(left)
        splitter = QSplitter()
        splitter.addWidget(rundown)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 520])
        central = QWidget()
        column = QVBoxLayout(central)
        column.addLayout(header)
        column.addWidget(self.notices)
        column.addWidget(self.log_trouble)
        column.addWidget(self.banner)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)

    def _menus(self) -> None:
        self.menus = build_menus(self, self.actions_)
        self.menus.screens.aboutToShow.connect(self._fill_screen_menu)
        self.chair_language_menu = add_language_menu(
            self.menus.chair, self.tr("Chair's language"), self.tr("Same as the host's"), self.chairLanguageChosen.emit
        )
        self.language_menu = add_language_menu(
            self.menus.view, self.tr("Language"), self.tr("The system's language"), self.languageChosen.emit
        )

    def _connect(self) -> None:
        a, bridge, commands = self.actions_, self.bridge, self.bridge.commands
        simple = {
            Action.START_NEXT: commands.start_next,
            Action.PAUSE: commands.toggle_pause,
            Action.BACK: commands.back,
            Action.NEXT_SPEAKER: commands.next_speaker,
            Action.PREVIOUS_SPEAKER: commands.previous_speaker,
            Action.POINT_OF_ORDER: commands.point_of_order,
            Action.SKIP_NEXT: commands.skip_next,
            Action.ADD_MINUTE: lambda: commands.adjust(60),
            Action.REMOVE_MINUTE: lambda: commands.adjust(-60),
        }
        for action_id, call in simple.items():
            a[action_id].triggered.connect(lambda checked=False, call=call: bridge.perform(call))
        a[Action.JUMP].triggered.connect(self.jump_to_selected)
        a[Action.UNDO].triggered.connect(lambda: self.reverse(commands.undo))
        a[Action.REDO].triggered.connect(lambda: self.reverse(commands.redo))
        a[Action.END_DAY].triggered.connect(self.end_day)
        a[Action.NOTE].triggered.connect(lambda: self.notes_edit.setFocus())
        a[Action.ADD_SPEAKER].triggered.connect(self._focus_speakers)
        a[Action.REPLY].triggered.connect(self.request_reply)
        a[Action.STRIKE].triggered.connect(self.speakers.strike_selected)
        a[Action.DRAW_LOTS].triggered.connect(self.draw_lots)
        a[Action.SPEAKERS_FILE].triggered.connect(self._speakers_from_file)
        a[Action.SPEAKERS_PASTE].triggered.connect(self._speakers_pasted)
        a[Action.MESSAGE].triggered.connect(self._focus_message)
        a[Action.MUTE].toggled.connect(self.muteToggled)
        a[Action.DARK].toggled.connect(self.darkToggled)
        a[Action.HIGH_CONTRAST].toggled.connect(self.highContrastToggled)
        a[Action.HOLD_NEXT].triggered.connect(self._request_hold)
        a[Action.TOGGLE_CHAIR].triggered.connect(self.chairToggleRequested)
        a[Action.CHAIR_FULLSCREEN].triggered.connect(lambda: self.chairFullScreenRequested.emit(self.chair_screen))
        a[Action.HELP].triggered.connect(lambda: self.help_panel.toggle())
        a[Action.QUIT].triggered.connect(self.close)
        self.table.activated.connect(lambda index: self.jump_to_selected())
        self.notes_edit.returnPressed.connect(self.submit_note)
        _line_edit(self.message_box).returnPressed.connect(self.send_message)
        self.speakers.typingFinished.connect(self.table.setFocus)
        bridge.tick.connect(self.show_snapshot)
        bridge.eventApplied.connect(self._after_event)
        bridge.refused.connect(lambda text: self.statusBar().showMessage(text, 6000))
        bridge.wokeUp.connect(self.tell_woke_up)

    @property
    def help_panel(self) -> HelpPanel:
        """The shortcuts panel (F1), made the first time it is wanted."""
        if self._help_panel is None:
            self._help_panel = help_panel.HelpPanel(self.actions_.help_rows(), self)
        return self._help_panel

    # -- user intent -------------------------------------------------------------------------------
    def jump_to_selected(self) -> None:
        """Start the segment selected in the rundown."""
        index = self.table.currentIndex()
        if not index.isValid():
            self.statusBar().showMessage(self.tr("Select a segment in the rundown first"), 6000)
            return
        self.bridge.perform(lambda: self.bridge.commands.jump(index.row()))

    def reverse(self, undo_or_redo: Callable[[], str]) -> bool:
        """Ctrl+Z or Ctrl+Shift+Z; the status bar and the notice strip say what was taken back
        ("Undone: Skip 'Opening'"); the strip's line stays until the host's next action."""
        said: list[str] = []
        if not self.bridge.perform(lambda: said.append(undo_or_redo())):
            return False
        self.statusBar().showMessage(said[0], 10000)
        self.show_notice("undo", said[0])
        return True

    def _after_event(self, event: EngineEvent) -> None:
        self.banner.follow(self.engine)
        if event.payload.command is not None:  # the host moved on: what was undone is old news
            self.show_notice("undo", "")

    def request_reply(self) -> None:
        """R: the delegation selected in the speakers' list (else the one speaking) asks to reply."""
        delegation = self.speakers.selected_delegation()
        if not delegation:
            self.statusBar().showMessage(self.tr("Select a delegation in the speakers' list first"), 6000)
            return
        self.bridge.perform(lambda: self.bridge.commands.reply(delegation))

    def draw_lots(self, seed: str = "") -> None:
        """L: lots drawn among the delegations still waiting; the room is told the seed (logged)."""
        if not seed and not self.confirm(self.tr("Draw lots for the order of the delegations still waiting?")):
            return
        drawn: list[str] = []
        if self.bridge.perform(lambda: drawn.append(self.bridge.commands.draw_lots(seed or None))):
            text = fill(self.tr("Lots drawn: seed %1 (in the log; the same seed gives the same order)"), drawn[0])
            self.statusBar().showMessage(text, 15000)

    def _speakers_from_file(self) -> None:
        path = self.ask_speakers_file()
        if path:
            try:
                text = read_list_file(path)
            except SpeakersListError as exc:
                self.tell_problems(exc.lines)
                return
            self.add_speakers_list(text, Path(path).name)

    def _speakers_pasted(self) -> None:
        text = self.ask_pasted_speakers()
        if text is not None and text.strip():
            self.add_speakers_list(text, self.tr("pasted list"))

    def add_speakers_list(self, text: str, source: str) -> bool:
        """A list of speakers (CSV or pasted) onto the running floor, all or nothing: each bad row one line."""
        run = self.engine.current_run
        floor = run.segment.floor if run is not None else None
        if floor is None:
            self.statusBar().showMessage(self.tr("Start a segment with a floor first: the list is added to it"), 6000)
            return False
        try:
            entries = floor_additions(floor, text, source)
        except SpeakersListError as exc:
            self.tell_problems(exc.lines)
            return False
        if self.bridge.perform(lambda: self.bridge.commands.inscribe(entries)):
            said = self.tr("%n delegation(s) added to the floor", "", len(entries))
            self.statusBar().showMessage(said, 6000)
            return True
        return False

    def ask_speakers_file(self) -> str:
        """The list's file, or '' (tests replace this)."""
        title, kinds = self.tr("Add speakers' list"), self.tr("Lists of speakers (*.csv *.txt)")
        return QtWidgets.QFileDialog.getOpenFileName(self, title, "", kinds)[0]

    def ask_pasted_speakers(self) -> str | None:
        """The pasted list, or None (tests replace this)."""
        hint = self.tr("A delegation a line (a code or a name), or CSV: delegation, category, speaker")
        text, accepted = QtWidgets.QInputDialog.getMultiLineText(self, self.tr("Paste speakers' list"), hint)
        return text if accepted else None

    def tell_problems(self, lines: list[str]) -> None:
        """The rows a list could not add, one line each (tests replace this)."""
        QtWidgets.QMessageBox.warning(self, "Session Runner", "\n".join(lines))

    def end_day(self) -> None:
        if self.confirm(self.tr("End the day? What has not run stays not started.")):
            self.bridge.perform(self.bridge.commands.end_day)

    def confirm(self, question: str) -> bool:
        """Ask before an action that cannot be undone (tests replace this)."""
        boxes = QtWidgets.QMessageBox  # a dialog's class (and its enums) is made when first read
        return boxes.question(self, "Session Runner", question) == boxes.StandardButton.Yes

    def submit_note(self) -> None:
        text = self.notes_edit.text()
        if text.strip() and self.bridge.perform(lambda: self.bridge.commands.note(text)):
            self.notes_edit.clear()
            self.statusBar().showMessage(self.tr("Note saved"), 3000)
        # The box keeps the keyboard for a moment (runner.ui.console.keyboard): typing goes on.

    def control(self, action: str, text: str = "") -> None:
        """A control API request (runner.web), run as the host's own action: same QAction, same refusals."""
        if action == "message":
            self.message_box.setEditText(text)
            self.send_message()
        elif action == "reply":
            self.bridge.perform(lambda: self.bridge.commands.reply(text))
        elif action in FLOOR_CONTROL:
            self._floor_control(action, text)
        elif action in CONTROL_API:
            self.actions_[CONTROL_API[action]].trigger()

    def _floor_control(self, action: str, text: str) -> None:
        """The floor's control API actions; their parameters come as the request gave them (a query)."""
        given = {key: values[0] for key, values in parse_qs(text, keep_blank_values=True).items()}
        engine, commands, delegation = self.engine, self.bridge.commands, given.get("delegation", "")
        if action == "add_delegation":
            category, speaker, rank = (given.get(key, "") for key in ("category", "speaker", "rank"))
            self.bridge.perform(lambda: commands.add_delegation(delegation, category, speaker, rank))
        elif action == "strike":
            self.bridge.perform(lambda: commands.strike(engine.waiting_position(delegation)))
        elif action == "move":
            self.bridge.perform(lambda: commands.move_speaker(engine.waiting_position(delegation), _place(given)))
        elif action == "draw":
            self.draw_lots(given.get("seed", "").strip() or fresh_seed())

    def send_message(self) -> None:
        text = self.message_box.currentText().strip()
        # The text stays in the box (selected) so the host sees what the chair sees; an editable
        # combo can report Return twice, and re-sending the same text is harmless.
        self.messageSent.emit(text)
        self.chair_message_label.setText(self.tr("✓ on the chair's screen") if text else "")
        _line_edit(self.message_box).selectAll()

    def set_notice(self, text: str) -> None:
        """A lasting one-line notice (e.g. 'Recovered after a crash at 10:02'), in the status bar and
        in the window's notice strip."""
        self.notice_label.setText(text)
        self.notices.show_notice("session", text)

    def show_notice(self, kind: str, text: str) -> None:
        """A lasting notice of its kind ('broker', 'late_start'…) in the strip; '' takes it away."""
        self.notices.show_notice(kind, text)

    def mark_languages(self, host: str, chair: str) -> None:
        """Tick the chosen languages in View → Language and Chair → Language."""
        mark_language(self.language_menu, host)
        mark_language(self.chair_language_menu, chair)

    def _request_hold(self) -> None:
        upcoming = self.engine.next_index()
        if upcoming is None:
            self.statusBar().showMessage(self.tr("No upcoming segment to hold"), 6000)
            return
        self.holdRequested.emit(upcoming)

    def _focus_speakers(self) -> None:
        self.speakers.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.speakers.name_edit.selectAll()

    def _show_keyboard(self, typing: bool) -> None:
        """Say who has the keyboard; the single-key shortcuts act only when the console has it."""
        self.actions_.console_keys(not typing)
        if typing:
            set_text(self.keys_label, self.tr("⌨ Typing · Esc gives the keys back"))
            colour = palette.text_colour("warning").name()
            frame = f"border: 1px solid {colour}; padding: 0 4px;"
            set_style(self.keys_label, f"color: {colour}; font-weight: bold; {frame}")
        else:
            set_text(self.keys_label, self.tr("Keys: console"))
            set_style(self.keys_label, "border: 1px solid palette(mid); padding: 0 4px;")
        if typing:
            tip = self.tr(
                "Letters you type go into the box; Escape or a click on the rundown gives them back to the console"
            )
        else:
            tip = self.tr(
                "Single keys act on the day: Space, S, N, M, A, P, +, −…; a text box takes them once you type in it"
            )
        self.keys_label.setToolTip(tip)

    def _focus_message(self) -> None:
        self.message_box.setFocus()
        _line_edit(self.message_box).selectAll()

    def _fill_screen_menu(self) -> None:
        for screen, action in fill_screen_menu(self.menus.screens, self.chair_screen):
            action.triggered.connect(lambda checked=False, s=screen: self._choose_screen(s))

    def _choose_screen(self, screen: QScreen) -> None:
        self.chair_screen = screen
        self.chairFullScreenRequested.emit(screen)

    # -- alerts (the alerts module calls these) ------------------------------------------------------
    def tell_woke_up(self, seconds: float) -> None:
        """The machine slept: the countdown counted through it; say so, since the screen jumped."""
        minutes, rest = divmod(round(seconds), 60)
        span = fill(self.tr("%1 min %2 s"), str(minutes), str(rest)) if minutes else f"{rest} s"
        self.show_alert(fill(self.tr("This computer slept for %1; the clocks counted through it."), span), "warning")

    def show_alert(self, text: str, level: str = "info", subject: BannerSubject | None = None) -> None:
        """Show a banner and flash the countdown for about 3 s; level is info, warning or danger.
        With a subject, the banner goes when that segment or speaker's turn ends."""
        self.banner.show_alert(text, level, subject)

    def clear_alert(self) -> None:
        self.banner.clear_alert()

    def _flash(self, on: bool) -> None:
        self.countdown.set_flash(on)

    # -- rendering ---------------------------------------------------------------------------------
    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Show one snapshot: header, now panel and countdown (the models follow on their own)."""
        self._render_header(snapshot)
        running = snapshot.view(snapshot.current)
        if running is None:
            waiting = self.tr("Day over") if snapshot.finished else self.tr("Ready · Space starts")
            self.countdown.set_value(None, caption=waiting)
            upcoming = snapshot.view(snapshot.next)
            set_text(self.group_label, upcoming.segment.group if upcoming else "")
            said = fill(self.tr("Next: %1"), upcoming.segment.title) if upcoming else self.tr("The day is over")
            set_text(self.title_label, said)
            set_text(self.speaker_label, upcoming.segment.speaker_label if upcoming else "")
        else:
            segment = running.segment
            self.countdown.set_value(
                snapshot.remaining_s, snapshot.allowed_s, snapshot.paused, warning_from_s=snapshot.warning_from_s
            )
            set_text(self.group_label, segment.group)
            set_text(self.title_label, segment.title)
            # A planned list is shown as it now stands; a list made up on the floor only in the panel below.
            set_text(self.speaker_label, _live_speakers(snapshot) if segment.speakers else "")
        self.speaker_label.setVisible(bool(self.speaker_label.text()))
        self.group_label.setVisible(bool(self.group_label.text()))
        self._render_next(snapshot)

    def _render_header(self, snapshot: Snapshot) -> None:
        set_ticking_text(self.clock_label, _clock_line(snapshot.now))
        offset, projection = header_texts(snapshot)
        set_text(self.offset_label, offset)
        set_text(self.end_label, projection)
        colour = _offset_colour(snapshot)
        set_style(self.offset_label, f"color: {colour.name()};" if colour else "")
        at_risk = snapshot.hard_stop_at_risk and not snapshot.finished
        set_style(
            self.end_label, f"color: {palette.text_colour('danger').name()}; font-weight: bold;" if at_risk else ""
        )

    def _render_next(self, snapshot: Snapshot) -> None:
        upcoming = snapshot.view(snapshot.next) if snapshot.current is not None else None
        if upcoming is None:
            set_text(self.next_label, "")
            return
        when, seg = clock_text(upcoming.projected_start), upcoming.segment
        if seg.speaker_label:
            set_text(self.next_label, fill(self.tr("Next ≈ %1: %2 — %3"), when, seg.title, seg.speaker_label))
        else:
            set_text(self.next_label, fill(self.tr("Next ≈ %1: %2"), when, seg.title))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_agendas(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        agendas = dropped_agendas(event.mimeData())
        if agendas:
            event.acceptProposedAction()
            self.openRequested.emit(agendas[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._help_panel is not None:
            self._help_panel.close()
        self.closed.emit()
        super().closeEvent(event)


def _offset_colour(snapshot: Snapshot) -> QColor | None:
    """Red when behind (or at risk of the hard stop), green when well ahead; none once the day is over."""
    if snapshot.finished:
        return None
    if snapshot.offset_s >= ON_TIME_S or (snapshot.hard_stop_at_risk and snapshot.offset_s > 0):
        return palette.text_colour("danger")
    return palette.text_colour("ok") if snapshot.offset_s <= -ON_TIME_S else None


def _live_speakers(snapshot: Snapshot) -> str:
    """The running segment's list as it stands (moved, added, skipped), not as planned."""
    language = active_language()
    return names_joined([s.label(language) for s in snapshot.speakers if s.status is not SlotStatus.SKIPPED], language)


def _clock_line(now: datetime) -> str:
    """The agenda's time, and the host's own when the host is elsewhere."""
    text = f"{clock_text(now, seconds=True)} {zone_label(now)}"
    local = now.astimezone()
    if local.utcoffset() != now.utcoffset():
        text += "  ·  " + fill(
            QCoreApplication.translate("HostWindow", "%1 %2 here"), clock_text(local), zone_label(local)
        )
    return text


def _line_edit(box: QComboBox) -> QLineEdit:
    """An editable combo's line edit (it always has one)."""
    edit = box.lineEdit()
    assert edit is not None
    return edit


def _message_box() -> QComboBox:
    box = QComboBox(editable=True)
    # The core's (runner.core.chair_messages): known in every language, so each page shows its own.
    box.addItems([i18n.tr(text) for text in READY_MADE])
    box.setEditText("")
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    # As narrow as a dozen letters, not as the longest preset: "Пожалуйста, завершайте" kept
    # the Russian console wider than 800 px. The row's stretch gives it the room there is.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    _line_edit(box).setPlaceholderText(
        QCoreApplication.translate("HostWindow", "Message to the chair (M, Enter sends; empty clears)")
    )
    box.setToolTip(QCoreApplication.translate("HostWindow", "Shown in large type on the chair's screen"))
    return box


def _place(given: dict[str, str]) -> int:
    """The control API's `to`: a place in the list as the host's table numbers it (1 is the first)."""
    try:
        return int(given.get("to", "")) - 1
    except ValueError:
        raise EngineError(
            QCoreApplication.translate("HostWindow", "'to' must be a place in the list: 1, 2, …")
        ) from None


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line

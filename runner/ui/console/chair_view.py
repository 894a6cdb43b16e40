"""The chair's screen: what runs now, time left, who speaks next, and the host's message, readable
across a room. It follows the bridge's snapshots and takes no action of its own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from runner.core.agenda import Segment
from runner.core.chair_messages import in_language
from runner.core.delegations import names_joined
from runner.core.i18n import active_language
from runner.core.snapshot import Snapshot
from runner.ui.base import palette
from runner.ui.base.banner_subject import BannerSubject
from runner.ui.base.engine_bridge import EngineBridge
from runner.ui.base.formatting import ON_TIME_S, clock_text, fill, header_texts, kept_whole
from runner.ui.base.translations import WindowLanguage
from runner.ui.console.speakers_panel import speaker_line
from runner.ui.widgets.accessibility import Accessibility
from runner.ui.widgets.banner import AlertBanner
from runner.ui.widgets.countdown import CountdownWidget
from runner.ui.widgets.steady import set_style, set_text

# Label name: (share of the window's height as pixel size, bold).
_SIZES = {
    "group": (0.032, False),
    "title": (0.075, True),
    "speaker": (0.05, False),
    "speakers": (0.05, True),
    "message": (0.07, True),
    "next": (0.036, False),
    "day": (0.036, True),
    "clock": (0.05, True),
}
_STYLE = """
ChairView {{ background: {background}; }}
QLabel {{ color: {text}; }}
QLabel#group, QLabel#next {{ color: {soft}; }}
QLabel#message {{ color: {message_text}; background: {message}; border-radius: 12px; padding: 8px 18px; }}
""".format(**{name: colour.name() for name, colour in palette.CHAIR.items()})


class ChairView(QWidget):
    """A second, resizable window for the chair (or a projector).

    Its contents are built the first time they are needed (shown, a message, an alert, or read):
    with one screen it stays hidden until the host asks for it, and the host's first frame need
    not wait for it.

    Signals:
        shownChanged(bool, bool): the window was shown or hidden, or went in or out of full screen.
    """

    shownChanged = Signal(bool, bool)

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("chairView")
        self._bridge = bridge
        self.language = WindowLanguage()  # the host's, until Chair → Language picks another
        self._retitle()
        self._parts: tuple[dict[str, QLabel], CountdownWidget, AlertBanner] | None = None
        self._sent: str | None = ""  # the host's message as the log holds it (None: to be shown again)
        self.resize(1280, 720)

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """The chair's own language: its texts are looked up in the chair's catalogue."""
        return self.language.translate("ChairView", text, disambiguation, n)

    def set_language(self, code: str | None) -> None:
        """Show the chair's window in `code` (None: the host's language), mirrored for Arabic."""
        self.language = WindowLanguage(code)
        self._sent = None  # shown again in the new language with the next snapshot
        direction = self.language.direction
        if direction is None:
            self.unsetLayoutDirection()
        else:
            self.setLayoutDirection(direction)
        self._retitle()
        if self._parts is not None:
            self._parts[1].translate = self.language.translate
            self.show_snapshot(self._bridge.snapshot())

    def _retitle(self) -> None:
        # Not the app's name: the window system adds it (QGuiApplication's display name).
        self.setWindowTitle(fill(self.tr("Chair — %1"), self._bridge.engine.day.title))
        self.setAccessibleName(self.tr("Chair's screen"))
        self.setAccessibleDescription(self.tr("What runs now, the time left, and who speaks next"))

    @property
    def labels(self) -> dict[str, QLabel]:
        return self._built()[0]

    @property
    def countdown(self) -> CountdownWidget:
        return self._built()[1]

    @property
    def banner(self) -> AlertBanner:
        return self._built()[2]

    def _built(self) -> tuple[dict[str, QLabel], CountdownWidget, AlertBanner]:
        if self._parts is None:
            self.setStyleSheet(_STYLE)
            labels = {name: self._label(name) for name in _SIZES}
            labels["message"].hide()
            countdown = CountdownWidget()
            countdown.translate = self.language.translate
            banner = AlertBanner(self, point_size=24, timers=self._bridge.timers)
            banner.flashToggled.connect(countdown.set_flash)
            self._parts = (labels, countdown, banner)
            Accessibility().describe_chair(self)
            self._layout()
            self._fit_fonts(self.height())
            self._bridge.tick.connect(self.show_snapshot)
            self._bridge.eventApplied.connect(lambda event: banner.follow(self._bridge.engine))
            self.show_snapshot(self._bridge.snapshot())
        return self._parts

    def setVisible(self, visible: bool) -> None:
        if visible:
            self._built()  # show(), showNormal() and showFullScreen() all come through here
        super().setVisible(visible)
        self.shownChanged.emit(visible, self.isFullScreen())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.isVisible():
            self.shownChanged.emit(True, self.isFullScreen())

    def _label(self, name: str) -> QLabel:
        label = QLabel(wordWrap=True)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # titles, names, messages: shown, never rendered
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _layout(self) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 24, 16)
        column.addWidget(self.banner)
        for name in ("group", "title", "speaker"):
            column.addWidget(self.labels[name])
        column.addWidget(self.countdown, 1)
        column.addWidget(self.labels["speakers"])
        column.addWidget(self.labels["message"])
        bottom = QHBoxLayout()
        self.labels["next"].setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.labels["day"].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bottom.addWidget(self.labels["next"], 2)
        bottom.addWidget(self.labels["clock"])  # the time of day, in the agenda's zone
        bottom.addWidget(self.labels["day"], 2)
        column.addLayout(bottom)

    # -- what it shows -------------------------------------------------------------------------------
    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Show one snapshot."""
        running = snapshot.view(snapshot.current)
        shown = running or snapshot.view(snapshot.next)
        segment = shown.segment if shown else None
        set_text(self.labels["group"], segment.group if segment else "")
        title = segment.title if segment else self.tr("The day is over")
        set_text(self.labels["title"], title if running or segment is None else fill(self.tr("Coming up: %1"), title))
        listed = len(snapshot.speakers) > 1 or any(s.limit_s is not None for s in snapshot.speakers)
        language = self.language.language or active_language()
        set_text(self.labels["speaker"], _names(segment, language) if segment and not listed else "")
        if running is None:
            self.countdown.set_value(
                None, caption=self.tr("Day over") if snapshot.finished else self.tr("Waiting to start")
            )
        else:
            self.countdown.set_value(
                snapshot.remaining_s, snapshot.allowed_s, snapshot.paused, warning_from_s=snapshot.warning_from_s
            )
        line = speaker_line(snapshot, self.language.translate, self.language.language) if listed else ""
        set_text(self.labels["speakers"], line)
        self.labels["speakers"].setVisible(bool(line))
        if snapshot.message != self._sent:  # from the log: it comes back after a crash
            self.show_message(snapshot.message)
        self._render_footer(snapshot)

    def _render_footer(self, snapshot: Snapshot) -> None:
        upcoming = snapshot.view(snapshot.next) if snapshot.current is not None else None
        if upcoming is not None:
            when, seg = clock_text(upcoming.projected_start), upcoming.segment
            if seg.speakers:
                names = _names(seg, self.language.language or active_language())
                text = fill(self.tr("Next ≈ %1: %2 — %3"), when, seg.title, names)
            else:
                text = fill(self.tr("Next ≈ %1: %2"), when, seg.title)
        else:
            text = ""
        # The recovery plan on offer, for the chair to agree with the host before Ctrl+R: in the
        # chair's language where it chose one (Chair → Chair's language), else the app's.
        chosen = self.language.language
        plan = snapshot.recovery_in(chosen) if chosen else snapshot.recovery
        set_text(self.labels["next"], "\n".join(t for t in (text, plan) if t))
        day = self.labels["day"]
        set_text(day, "\n".join(p for p in header_texts(snapshot, self.language.translate) if p))
        set_text(self.labels["clock"], clock_text(snapshot.now))
        risky = not snapshot.finished and (snapshot.hard_stop_at_risk or snapshot.offset_s >= ON_TIME_S)
        set_style(day, f"color: {palette.CHAIR['danger'].name()};" if risky else "")

    def show_message(self, text: str) -> None:
        """The host's message in large type (a ready-made one in the chair's language, where it
        chose one); an empty text removes it."""
        self._sent = text
        chosen = self.language.language
        self.labels["message"].setText(in_language(text, chosen) if chosen else text)
        self.labels["message"].setVisible(bool(text))

    @property
    def message(self) -> str:
        return self.labels["message"].text() if self.labels["message"].isVisibleTo(self) else ""

    def show_alert(self, text: str, level: str = "info", subject: BannerSubject | None = None) -> None:
        """Show a banner and flash the countdown for about 3 s; level is info, warning or danger.
        With a subject, the banner goes when that segment or speaker's turn ends."""
        self.banner.show_alert(text, level, subject)

    def clear_alert(self) -> None:
        self.banner.clear_alert()

    # -- screens -------------------------------------------------------------------------------------
    def show_fullscreen_on(self, screen: QScreen | None) -> None:
        """Go full screen on `screen` (or the current one)."""
        if screen is not None:
            self.setScreen(screen)
            self.move(screen.geometry().topLeft())
        self.showFullScreen()

    def toggle_visible(self) -> None:
        if self.isVisible():
            self.hide()
        else:
            self.showNormal()
            self.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self._parts is not None:
            self._fit_fonts(event.size().height())
        super().resizeEvent(event)

    def _fit_fonts(self, window_height: int) -> None:
        height = max(window_height, 300)
        for name, (share, bold) in _SIZES.items():
            font = self.labels[name].font()
            font.setPixelSize(max(12, int(height * share)))
            font.setBold(bold)
            self.labels[name].setFont(font)


def _names(segment: Segment, language: str) -> str:
    """The segment's speakers as the chair reads them, a line never breaking inside a name."""
    return names_joined([kept_whole(name) for name in segment.speaker_name_list(language)], language)

"""Names and descriptions for a screen reader, for every control and view of both windows, in
one place (and in the window's language), and the focus ring on what takes the keyboard.
Painted faces (the countdowns, the alert banner) speak for themselves: their descriptions
follow what they show."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

from PySide6 import QtGui
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QComboBox, QWidget

from runner.ui.base.engine_bridge import EngineBridge
from runner.ui.base.first_frame import after_first_frame
from runner.ui.base.theme import show_focus

if TYPE_CHECKING:
    from PySide6.QtGui import QAccessible


# What the pass reads of the windows it labels (the console's), so it imports none of them.
class SpeakersParts(Protocol):
    @property
    def table(self) -> QWidget: ...
    @property
    def countdown(self) -> QWidget: ...
    @property
    def name_edit(self) -> QWidget: ...
    @property
    def limit_edit(self) -> QWidget: ...
    @property
    def category_box(self) -> QWidget: ...
    @property
    def rank_box(self) -> QWidget: ...
    @property
    def order_buttons(self) -> Mapping[str, QWidget]: ...


class HostParts(Protocol):
    @property
    def bridge(self) -> EngineBridge: ...
    @property
    def table(self) -> QWidget: ...
    @property
    def countdown(self) -> QWidget: ...
    @property
    def banner(self) -> QWidget: ...
    @property
    def notes_edit(self) -> QWidget: ...
    @property
    def message_box(self) -> QComboBox: ...
    @property
    def speakers(self) -> SpeakersParts: ...
    def window(self) -> QWidget: ...


class ChairParts(Protocol):
    @property
    def countdown(self) -> QWidget: ...
    @property
    def banner(self) -> QWidget: ...


class TableParts(Protocol):
    @property
    def table(self) -> QWidget: ...


class Accessibility(QObject):
    """The catalogues' context for these texts."""

    def describe_host(self, host: HostParts) -> None:
        _say(host.window(), self.tr("Session Runner host console"), self.tr("Runs the clock of the day's session"))
        _say(
            host.table,
            self.tr("Rundown"),
            self.tr(
                "Every segment of the day with its planned and actual times and status; Enter starts the selected one"
            ),
        )
        _say(host.countdown, self.tr("Countdown of the running segment"), self.tr("Nothing is running"))
        _say(host.banner, self.tr("Alert"), self.tr("No alert"))
        _say(host.notes_edit, self.tr("Note on the running segment"), self.tr("Type a note and press Enter to log it"))
        message = (
            self.tr("Message to the chair"),
            self.tr("Shown in large type on the chair's screen; Enter sends it"),
        )
        _say(host.message_box, *message)
        edit = host.message_box.lineEdit()
        if edit is not None:
            _say(edit, *message)
        self.describe_speakers(host.speakers)
        # The rundown has the keyboard when the window opens: its ring is in the first frame. The
        # others show theirs only once focused, so they get it just after that frame (a style
        # sheet each: ~15 ms of the start on a 2-core VM); the frame looks the same either way.
        show_focus(host.table)
        speakers = host.speakers
        rest = (host.notes_edit, host.message_box, speakers.table, speakers.name_edit, speakers.limit_edit)
        window = host.window()
        after_first_frame(window, window, lambda: _after_first_frame(rest), timers=host.bridge.timers)

    def describe_speakers(self, panel: SpeakersParts) -> None:
        _say(panel.table, self.tr("Speakers' list"), self.tr("The speakers in order; drag one to move it"))
        _say(panel.countdown, self.tr("Countdown of the speaker's turn"), self.tr("No speaker"))
        _say(panel.name_edit, self.tr("New speaker"), self.tr("Type a name and press Enter to add it to the list"))
        _say(panel.limit_edit, self.tr("New speaker's time limit"), self.tr("Optional: 90s, 3m or 2:00"))
        _say(
            panel.category_box,
            self.tr("New delegation's category"),
            self.tr("On a floor: the category of the delegation typed; its limit is the category's"),
        )
        _say(
            panel.rank_box,
            self.tr("New delegation's rank"),
            self.tr("In protocol order: the rank of who speaks for the delegation typed; it takes its place by it"),
        )
        buttons = {
            "move_up": (self.tr("Move the speaker up"), self.tr("Moves the selected speaker one place earlier")),
            "move_down": (self.tr("Move the speaker down"), self.tr("Moves the selected speaker one place later")),
            "skip_speaker": (self.tr("Skip the speaker"), self.tr("Skips the selected speaker, or brings them back")),
            "strike_speaker": (
                self.tr("Strike from the list"),
                self.tr("Strikes the selected delegation still waiting from the list"),
            ),
        }
        for name, (said, described) in buttons.items():
            button = panel.order_buttons.get(name)
            if button is not None:
                _say(button, said, described)

    def describe_chair(self, chair: ChairParts) -> None:
        _say(chair.countdown, self.tr("Countdown of the running segment"), self.tr("Nothing is running"))
        _say(chair.banner, self.tr("Alert"), self.tr("No alert"))

    def describe_help(self, panel: TableParts) -> None:
        _say(panel.table, self.tr("Shortcuts"), self.tr("Every key of the console and what it does"))


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say `text` now, for `widget` (a countdown's minute mark, an alert).
    Only for a widget on screen: a window not shown yet (or hidden) has nothing to say; its
    accessible description, which the caller keeps up to date, is what is read once it shows."""
    if widget.isVisible():
        _announcer().updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


def _after_first_frame(keyboard_widgets: tuple[QWidget, ...]) -> None:
    show_focus(*keyboard_widgets)
    _announcer()  # ready before the host's first Space, which announces the countdown


def _announcer() -> type[QAccessible]:
    # PySide makes QAccessible's enums (roles, events, states: several hundred values, ~5 ms on a
    # 2-core VM) the first time the class is read from its module; read after the first frame.
    return QtGui.QAccessible


def _say(widget: QWidget, name: str, description: str) -> None:
    widget.setAccessibleName(name)
    if not widget.accessibleDescription():  # a face that already speaks keeps its own
        widget.setAccessibleDescription(description)

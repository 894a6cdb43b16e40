"""Starting the desktop app: choose the day, open the session, build and wire the windows."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication

from runner.core import i18n
from runner.core.agenda import Agenda, Day, room_name
from runner.core.clock import Clock
from runner.core.errors import UserFileError
from runner.core.gc_pause import end_startup_pause
from runner.core.session import OpenedSession, open_session
from runner.io.bundled_fonts import register_fonts
from runner.ui import lazy
from runner.ui.base.engine_bridge import EngineBridge
from runner.ui.base.first_frame import after_first_frame
from runner.ui.base.settings import Settings
from runner.ui.base.theme import apply_palette
from runner.ui.base.timers import Timers
from runner.ui.base.window_fit import FrameFit
from runner.ui.console.actions import Action
from runner.ui.console.chair_view import ChairView
from runner.ui.console.file_actions import FileActions
from runner.ui.console.host_window import HostWindow
from runner.ui.rooms.room_services import RoomServices, agenda_key
from runner.ui.widgets.hold import toggle_hold

if TYPE_CHECKING:
    from runner.ui.base.alerts import InstalledAlerts
    from runner.ui.rooms.publish_menu import PublishControl

APP_NAME, ORGANISATION = "Session Runner", "Session Runner"
# Set (to anything) by bench/built_startup.py: print the monotonic time once the host window's first
# frame is out, and the CPU the process had used by then, then quit. The only way to time a built
# app's own start from outside it (its CPU until it exits also counts the quitting).
STARTUP_PROBE = "SESSION_RUNNER_STARTUP_PROBE"
# The desktop entry's name (packaging/linux/): Wayland and the docks match the window to its icon by it.
DESKTOP_FILE = "org.sessionrunner.SessionRunner"
FIRST_RUN_SIZE = (1280, 800)


@dataclass
class Console:
    """One open day, built when it opens and dropped when another does: the session, its bridge,
    both windows. What outlives the day (the room's name, feed, views and broker link, the views'
    language) is the app's, in `services`."""

    session: OpenedSession
    bridge: EngineBridge
    host: HostWindow
    chair: ChairView
    settings: Settings
    services: RoomServices
    alerts: InstalledAlerts | None = None  # the live rules and the chime, once installed (after the first frame)
    publishing: PublishControl | None = None  # this window's Session → Publish to a broker…, once installed


def choose_day(agenda: Agenda, wanted: date | None, today: date | None = None) -> Day:
    """The asked day; without one, today's day if the agenda has it, else its first day."""
    if wanted is not None:
        if not agenda.has_day(wanted):
            listed = ", ".join(d.date.isoformat() for d in agenda.days)
            raise ValueError(f"the agenda has no day {wanted.isoformat()}; it has {listed}")
        return agenda.day(wanted)
    return agenda.day(today or date.today())


def build_console(
    agenda: Agenda,
    day: Day,
    clock: Clock,
    log_path: Path | None = None,
    settings: Settings | None = None,
    timers: Timers | None = None,
    services: RoomServices | None = None,
) -> Console:
    """Open the session and build the host window and the chair view around one bridge.

    `timers` makes every timer of the windows (tests pass `FakeTimers` over their fake clock);
    `services` are the app's room services, which follow this day (None: a room of its own, as a
    rehearsal's, with the views in the language the app runs in)."""
    session = open_session(agenda, day, clock, log_path)
    bridge = EngineBridge(session.engine, timers=timers)
    host, chair = HostWindow(bridge), ChairView(bridge)
    host.editor.agenda_title = agenda.title
    settings = settings or Settings()
    services = services or RoomServices(settings, i18n.active_language())
    console = Console(session, bridge, host, chair, settings, services)
    _wire(console)
    room = room_name(agenda)
    services.follow(console, room, agenda_key(agenda, room))
    host.set_notice(session.notice)
    bridge.refresh()
    after_first_frame(host, host, lambda: _after_first_frame(console, agenda), timers=bridge.timers)
    return console


def _after_first_frame(console: Console, agenda: Agenda) -> None:
    """What the first frame need not wait for: alerts (apscheduler, the chime's sound library:
    ~0.2 s of imports) and the collector `main.py` paused for the start. A segment started before
    this is planned for all the same: the scheduler plans from the engine's state when it starts."""
    end_startup_pause()
    if console.bridge.closed:  # the host closed the window before it was ever painted
        return
    if os.environ.get(STARTUP_PROBE):
        print(f'{{"first_frame": {time.monotonic()!r}, "cpu": {time.process_time()!r}}}', flush=True)
        QCoreApplication.quit()
        return
    register_fonts("ar", "zh")  # a built app's fonts for names in any script (CJK: ~10 ms to read)
    lazy.alerts.install_alerts(console, start="now")
    publishing = lazy.publishing.install_publishing(console, agenda)  # paho loads here, never before the first frame
    if publishing.publisher is None:
        publishing.resume_remembered()  # as remembered for this agenda, or carried from the one before
    else:
        publishing.say_publishing()  # another day of the same agenda: the same room, said in its window


def _wire(console: Console) -> None:
    host, chair, settings = console.host, console.chair, console.settings
    chair.addActions(host.actions_.session())  # Space, P, Right … also work from the chair's window
    # The chair's message is an event: logged, shown from the snapshot, back after a crash.
    host.messageSent.connect(lambda text: console.bridge.perform(lambda: console.bridge.commands.message(text)))
    host.holdRequested.connect(lambda index: toggle_hold(console, index))
    host.chairToggleRequested.connect(chair.toggle_visible)
    host.chairFullScreenRequested.connect(lambda screen: toggle_full_screen(console, screen))
    host.actions_[Action.MUTE].setChecked(settings.muted)
    host.muteToggled.connect(lambda muted: setattr(settings, "muted", muted))
    host.actions_[Action.DARK].setChecked(settings.dark)
    host.darkToggled.connect(lambda dark: _set_dark(settings, dark))
    FileActions(host, settings)  # Open, recent agendas, the export folder: asked, then signalled
    host.actions_[Action.HIGH_CONTRAST].setChecked(settings.high_contrast)
    host.highContrastToggled.connect(lambda on: _set_high_contrast(settings, on))
    host.exportRequested.connect(lambda folder: export_to(console, folder))
    host.languageChosen.connect(lambda code: _choose_language(console, code))
    host.chairLanguageChosen.connect(lambda code: _choose_chair_language(console, code))
    host.mark_languages(settings.language, settings.chair_language)
    if settings.chair_language:
        chair.set_language(settings.chair_language)
    host.actions_[Action.SHARE_VIEWS].triggered.connect(lambda: _share_views(console))
    host.chair_screen = _screen_named(settings.chair_screen)
    geometry = settings.geometry("host")
    if geometry is not None:
        host.restoreGeometry(geometry)
    else:
        _first_run_size(host)
    FrameFit(host)  # once the window manager's title bar is known: the whole window on screen
    host.closed.connect(lambda: _on_host_closed(console))
    chair.shownChanged.connect(lambda shown, full: _remember_chair(console, shown, full))


def _remember_chair(console: Console, shown: bool, fullscreen: bool) -> None:
    if not console.bridge.closed:  # quitting closes the chair's window: it stays as the host had it
        console.settings.remember_chair(shown, fullscreen)


def _share_views(console: Console) -> None:
    lazy.live_views.ShareViewsDialog.open_for(console)  # the server and its libraries load when first wanted


def export_to(console: Console, folder: str | Path) -> list[Path]:
    """Write every report format of this session's log into `folder`; say what happened in the status bar."""
    log, bar = console.session.log_path, console.host.statusBar()
    if log is None or not Path(log).exists():
        bar.showMessage(QCoreApplication.translate("App", "Nothing to export: this session keeps no timing log"), 8000)
        return []
    try:
        written = lazy.reports.export_reports(log, folder)  # the report writers load when first needed
    except (UserFileError, OSError) as exc:
        bar.showMessage(QCoreApplication.translate("App", "Export failed: %1").replace("%1", str(exc)), 10000)
        return []
    # Always five files or more (every format): a plural form would never change.
    said = QCoreApplication.translate("App", "Chair's summary written to %1 (%2 files)")
    bar.showMessage(said.replace("%1", str(folder)).replace("%2", str(len(written))), 10000)
    return written


def _choose_language(console: Console, code: str) -> None:
    """Remember the host's language ('' for the system's); the windows take it at the next start,
    the live views' pages that did not choose their own at once."""
    console.settings.language = code
    console.services.choose_language(i18n.choose_language(code or None))
    console.host.mark_languages(code, console.settings.chair_language)
    shown = i18n.NATIVE_NAMES.get(code) or QCoreApplication.translate("App", "The system's language")
    said = QCoreApplication.translate("App", "%1 from the next start").replace("%1", shown)
    console.host.statusBar().showMessage(said, 10000)


def _choose_chair_language(console: Console, code: str) -> None:
    """The chair's window changes language at once ('' follows the host's)."""
    console.settings.chair_language = code
    console.host.mark_languages(console.settings.language, code)
    console.chair.set_language(code or None)


def _set_dark(settings: Settings, dark: bool) -> None:
    settings.dark = dark
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_palette(app, dark, settings.high_contrast)


def _set_high_contrast(settings: Settings, on: bool) -> None:
    settings.high_contrast = on
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_palette(app, settings.dark, on)


def _first_run_size(host: HostWindow) -> None:
    """Laid out for 1280x800 (a laptop at a virtual event's desk), never larger than the screen."""
    screen = host.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry() if screen is not None else None
    width, height = FIRST_RUN_SIZE
    if room is not None:
        width, height = min(width, room.width()), min(height, room.height())
    host.resize(width, height)


def toggle_full_screen(console: Console, screen: QScreen | None) -> None:
    chair = console.chair
    if chair.isFullScreen() and (screen is None or chair.screen() is screen):
        chair.showNormal()
        return
    target = screen or _other_screen(console.host.screen())
    if target is not None:
        console.settings.chair_screen = target.name()
    chair.show_fullscreen_on(target)


def _on_host_closed(console: Console) -> None:
    console.settings.set_geometry("host", console.host.saveGeometry())
    console.settings.sync()
    console.bridge.close()
    console.chair.close()
    console.session.close()  # every event is on disk already; this lets another app open the log


def _screen_named(name: str) -> QScreen | None:
    return next((s for s in QGuiApplication.screens() if name and s.name() == name), None)


def _other_screen(host_screen: QScreen | None) -> QScreen | None:
    """With a second screen, the chair goes there; otherwise wherever the host is."""
    others = [s for s in QGuiApplication.screens() if s is not host_screen]
    return others[0] if others else host_screen

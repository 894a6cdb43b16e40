"""A window wholly on its screen, title bar and status bar included.

Before a window is shown nobody knows how tall the window manager's title bar will be: a window
sized to a 1280x800 screen opens with its frame 1282x827 and its status bar (where the notices
go) below the screen's edge. Once the window manager has framed the window, `FrameFit` shrinks
and moves it, once, so that its whole frame is inside the screen's available area. A window the
host resizes later is theirs to place; one with no frame (offscreen, some Wayland compositors) is
left as it is, and so is every window on a platform with no window manager (offscreen).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The events after which a window manager's frame may have become known.
_FRAMING_EVENTS = (
    QEvent.Type.Move,
    QEvent.Type.Resize,
    QEvent.Type.Show,
    QEvent.Type.WindowStateChange,
    QEvent.Type.Paint,  # a restored window the manager frames where it stands gets no Move
)


# Platforms with no window manager: their frame is made up (offscreen adds 2 px a side on a
# virtual 800x800 screen, which no host has), so nothing is fitted there.
_UNMANAGED = ("offscreen", "minimal")


class FrameFit(QObject):
    """Fits `window`'s frame into its screen once, as soon as the frame is known."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        if QGuiApplication.platformName() not in _UNMANAGED:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in _FRAMING_EVENTS and self._framed():
            self.window.removeEventFilter(self)
            fit_frame(self.window)
        return False

    def _framed(self) -> bool:
        window = self.window
        return window.isVisible() and window.frameGeometry() != window.geometry()


def fit_frame(window: QWidget) -> bool:
    """Shrink and move `window` so its frame is inside its screen's available area; True if it moved.
    A maximised or full-screen window is the window manager's to fit."""
    screen = window.screen()
    states = Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
    if screen is None or window.windowState() & states:
        return False
    room, frame, inner = screen.availableGeometry(), window.frameGeometry(), window.geometry()
    if room.contains(frame):
        return False
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    width = min(inner.width(), room.width() - extra_w)
    height = min(inner.height(), room.height() - extra_h)
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    x = min(max(frame.x(), room.x()), room.x() + room.width() - (window.width() + extra_w))
    y = min(max(frame.y(), room.y()), room.y() + room.height() - (window.height() + extra_h))
    window.move(x, y)
    return True

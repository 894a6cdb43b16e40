"""Another day opened (File → Open, Open recent, a drop, the day picker): what the host shared goes
on for it. The room's state feed follows the new day's bridge; the view server (same port, same
links, so the chair's open page shows the new day) and the broker link (same room, no offline
flap for the overview) stay subscribed to it and move to the new day's windows."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from runner.ui.app import Console


def carry_over(previous: Console, console: Console) -> None:
    """Hand `previous`'s feed, views and broker publishing to `console` (before `previous` closes)."""
    feed, previous.feed = previous.feed, None
    if feed is None or previous.bridge.closed:
        return  # nothing was shared, or the host closed that day (quitting stopped what it shared)
    console.room = feed.room  # the room carries over with its viewers and its topic
    console.feed = feed
    feed.follow(console.bridge, console.bridge.engine.day.date, feed.room)
    if previous.views is not None:
        from runner.ui.rooms.share_views import carry_views

        carry_views(previous, console)
    _carry_publishing(previous, console)


def _carry_publishing(previous: Console, console: Console) -> None:
    from runner.ui.rooms.publish_menu import install_publishing

    control = previous.publishing
    publisher = control.release() if control is not None else None
    if publisher is not None:
        install_publishing(console).adopt(publisher)

"""The UI's edge, where the app's features load on first use: one named seam each, so the host
window's first frame waits for none of them (tests/test_first_frame_imports.py holds that line,
docs/architecture.md lists every seam of runner/).

- `alerts`: the alert rules, the scheduler (apscheduler, ~150 ms to import) and the chime's sound
  library; installed just after the first frame (`runner.ui.app`), or when a rehearsal starts.
- `publishing`: the MQTT link (paho) and its menu; just after the first frame, or with --publish.
- `live_views`: the view server (asyncio, websockets), its dialog and the QR codes; Share live
  views… or --serve.
- `reports`: the report writers; File → Export.
- `rehearsal`: the rehearsal's run (the live rules and the recovery planner); Session → Rehearse….

Each name is the module itself once first read (runner.core.deferred).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from runner.core.deferred import deferred

if TYPE_CHECKING:
    from runner.core import rehearsal_run as rehearsal
    from runner.io import report_command as reports
    from runner.ui.base import alerts
    from runner.ui.rooms import publish_menu as publishing
    from runner.ui.rooms import share_views as live_views
else:
    alerts = deferred("runner.ui.base.alerts")
    publishing = deferred("runner.ui.rooms.publish_menu")
    live_views = deferred("runner.ui.rooms.share_views")
    reports = deferred("runner.io.report_command")
    rehearsal = deferred("runner.core.rehearsal_run")

__all__ = ["alerts", "live_views", "publishing", "rehearsal", "reports"]

"""Where the app keeps its files for each user, as the OS expects them (platformdirs), never
beside the program: a built app's folder is read-only (/opt, Program Files, a signed .app).

- timing logs: Linux $XDG_DATA_HOME/session-runner/logs (~/.local/share/...); macOS
  ~/Library/Application Support/session-runner/logs; Windows %LOCALAPPDATA%\\session-runner\\logs.
- caches (agendas, compiled catalogues): Linux $XDG_CACHE_HOME/session-runner (~/.cache/...);
  macOS ~/Library/Caches/session-runner; Windows %LOCALAPPDATA%\\session-runner\\Cache.

Settings are Qt's (QSettings: ~/.config on Linux, the defaults system on macOS, the registry on
Windows). On Linux these are the folders the app used before platformdirs, so a log written by
an earlier version is found again.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP = "session-runner"


def data_folder() -> Path:
    """The per-user folder for what the app keeps (the timing logs live under it)."""
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def cache_base() -> Path:
    """The per-user folder for what the app can rebuild (the agenda cache, compiled catalogues)."""
    return Path(platformdirs.user_cache_dir(APP, appauthor=False))

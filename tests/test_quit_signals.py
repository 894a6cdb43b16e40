"""Ctrl+C in the terminal (SIGINT) and SIGTERM close a real running app as Ctrl+Q does."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from runner.core.timing_log import TimingLog

ROOT = Path(__file__).resolve().parent.parent
AGENDA = ROOT / "agendas" / "roadmap-launch-june-2020.yaml"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals sent from outside")


@pytest.mark.parametrize("sent", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_closes_the_app_cleanly_without_a_traceback(tmp_path, qtbot, sent):
    log = tmp_path / "day.sqlite"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    app = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), str(AGENDA), "--log", str(log)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: log.exists() or app.poll() is not None, timeout=30000)
        assert app.poll() is None, app.communicate()[1]
        app.send_signal(sent)
        _, stderr = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert app.returncode == 0, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
    assert not Path(str(log) + "-wal").exists()  # closed as on Ctrl+Q: the WAL folded in, the file whole
    TimingLog.read(log).events()

"""Real X display: render both windows at a representative moment and save PNGs."""

from __future__ import annotations

import shutil

import pytest

from tests.ui.xvfb import run_under_xvfb


@pytest.mark.xvfb
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
def test_screenshots_of_both_windows_under_xvfb(tmp_path):
    result = run_under_xvfb("tests.ui.render_screenshots", str(tmp_path))
    assert result.returncode == 0, result.stderr[-2000:]
    for name in ("screenshot-host.png", "screenshot-chair.png"):
        png = tmp_path / name
        assert png.exists(), result.stdout
        assert png.stat().st_size > 20_000  # a real picture, not an empty frame

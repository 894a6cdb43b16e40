"""Issue 24, item 3: on a 1280x800 screen under a real window manager (openbox under Xvfb) the host
window opens wholly on screen, its title bar and status bar included, and the notices that went
to the status bar only ("runs today from…") are in the window itself."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.ui.xvfb import run_under_xvfb


def inside(box: list[int], room: list[int]) -> bool:
    x, y, w, h = box
    rx, ry, rw, rh = room
    return rx <= x and ry <= y and x + w <= rx + rw and y + h <= ry + rh


@pytest.mark.xvfb
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
@pytest.mark.skipif(shutil.which("openbox") is None, reason="openbox is not installed (.ci/run installs it)")
def test_the_first_start_fits_a_1280x800_screen_under_a_window_manager(tmp_path):
    for start in ("first", "second"):  # the second start restores what the first saved
        result = run_under_xvfb("tests.ui.render_window_fits", str(tmp_path), screen="1280x800x24")
        assert result.returncode == 0, result.stderr[-2000:]
        facts = json.loads((tmp_path / "fits.json").read_text(encoding="utf-8"))
        assert facts["framed"], f"{start}: the window manager never framed the window"
        assert facts["available"] == [0, 0, 1280, 800]
        assert inside(facts["frame"], facts["available"]), (start, facts)  # the title bar included
        assert facts["status_bar_visible"] and inside(facts["status_bar"], facts["available"]), (start, facts)
        assert facts["notices_visible"] and inside(facts["notices"], facts["available"])
        assert "runs today from" in facts["notices_text"]  # the bundled agenda, a past programme
        assert (tmp_path / "window-fits.png").stat().st_size > 20_000  # a real picture

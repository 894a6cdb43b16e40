"""Issue 24's "Done when", by real keys: X key events (xdotool, through the X server as a keyboard's
go) into the app on a 1280x800 screen under openbox. A host types three names and a note at full
speed with console keys inside them (Space, S, N, M, "1m"), presses a stray Space and Ctrl+Z; the
timing log holds the names, the note, one start and the stray next undone, and no console action
from a typed letter. The screen was calm before the first Space."""

from __future__ import annotations

import json
import shutil

import pytest

from runner.core.events import EventType
from runner.core.timing_log import TimingLog
from tests.ui.render_real_keys import NAMES, NOTE
from tests.ui.xvfb import run_under_xvfb


def logged(path) -> list[tuple[int, str, int | None, dict]]:
    log = TimingLog.read(path)
    try:
        return [(item.seq, item.event.type.value, item.event.segment, item.event.data) for item in log.events()]
    finally:
        log.close()


@pytest.mark.xvfb
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
@pytest.mark.skipif(shutil.which("openbox") is None, reason="openbox is not installed (.ci/run installs it)")
@pytest.mark.skipif(shutil.which("xdotool") is None, reason="xdotool is not installed (.ci/run installs it)")
def test_real_keys_type_names_and_a_note_at_full_speed_and_ctrl_z_takes_back_a_stray_space(tmp_path):
    result = run_under_xvfb("tests.ui.render_real_keys", str(tmp_path), screen="1280x800x24")
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads((tmp_path / "keys.json").read_text(encoding="utf-8"))
    assert seen["active"] and seen["opened"]["host_has_x_focus"]  # openbox gave the window the keys

    opened = seen["opened"]  # calm before anything is pressed
    assert opened["offset"] == "on time" and opened["offset_style"] == "", opened
    assert "AT RISK" not in opened["end"] and opened["end_style"] == "" and opened["banner"] == "", opened
    assert opened["keys"] == "Keys: console" and opened["current"] is None

    assert seen["names_typed"]["keys"].startswith("⌨ Typing") and seen["names_typed"]["names_box"] == ""
    assert seen["note_typed"]["note_box"] == "late" and seen["note_typed"]["keys"].startswith("⌨ Typing")
    assert seen["keys_back"]["keys"] == "Keys: console"
    assert seen["stray_next"]["current"] == 1 and seen["undone"]["current"] == 0

    events = logged(tmp_path / "timing.sqlite")
    undo = [data for _, kind, _, data in events if kind == EventType.UNDO.value]
    assert len(undo) == 1 and undo[0]["undone_command"] == "start_next", events
    withdrawn = set(undo[0]["withdraws"])
    assert [(kind, segment) for seq, kind, segment, _ in events if seq in withdrawn] == [("end", 0), ("start", 1)]
    standing = [(kind, segment, data) for seq, kind, segment, data in events if seq not in withdrawn]
    assert [(kind, segment) for kind, segment, _ in standing if kind == EventType.START.value] == [("start", 0)]
    names = [data["name"] for kind, _, data in standing if kind == EventType.SPEAKER.value]
    assert names == list(NAMES)  # each whole, Space, S, N, M and "1m" inside it typed as text
    assert [data["text"] for kind, _, data in standing if kind == EventType.NOTE.value] == [NOTE]
    # The whole log, in order: nothing else, so no letter became a skip, a minute, a message, a next.
    whole = ["start", "speaker", "speaker", "speaker", "note", "end", "start", "undo"]
    assert [kind for _, kind, _, _ in events] == whole
    assert (tmp_path / "real-keys-typing.png").stat().st_size > 20_000  # a real picture

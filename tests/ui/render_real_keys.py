"""A host's keys as real X key events (xdotool) into the app on a 1280x800 screen under openbox.

    xvfb-run -a -s "-screen 0 1280x800x24" python -m tests.ui.render_real_keys OUTDIR

Opens the bundled agenda as a first start does (fresh settings, the log in OUTDIR), waits for the
window manager to give the host window the keyboard, then types as a host does, at full speed,
with `xdotool` (XTEST: the X server delivers the keys to whatever window has the focus, as it does
a keyboard's): Space starts the day; A, three names each with Return, Escape; N, a note, Return and
more letters at once, Escape; a stray Space; Ctrl+Z. Writes OUTDIR/keys.json (what the header and
the boxes showed at each step) and OUTDIR/real-keys-*.png. The log is OUTDIR/timing.sqlite. Used by
tests/ui/test_real_keys.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from runner.core.events import EventType
from tests.ui.render_window_fits import open_first_start, under_openbox, wait_for

# Three speakers, with what would be console keys inside the names: Space, S, N, M and "1m".
NAMES = ("Nils Sommer", "Mara Nkemelu", "Speaker 1m West")
NOTE, MORE = "Mic check", "late"


def xdotool(*commands: str) -> None:
    """Run xdotool commands, one script line each, while Qt goes on reading its events, as an app
    does while a host types. One run: no process start between the keys, full speed."""
    typist = subprocess.Popen(["xdotool", "-"], stdin=subprocess.PIPE, text=True)
    assert typist.stdin is not None
    typist.stdin.write("".join(f"{command}\n" for command in commands))
    typist.stdin.close()
    wait_for(lambda: typist.poll() is not None)
    if typist.returncode != 0:
        raise RuntimeError(f"xdotool {commands} failed with {typist.returncode}")
    wait_for(lambda: False, 0.2)  # the last keys reach the window and are handled


def typed(lines: tuple[str, ...], delay: int) -> list[str]:
    """Each line typed, then Return.

    `xdotool type` sends "\\n" as the Linefeed keysym, which no keyboard's Enter sends (Qt reads
    it as no key at all), so Return is pressed as a key of its own, in the same run."""
    chain: list[str] = []
    for line in lines:
        chain += [f"type --delay {delay} '{line}'", "key Return"]
    return chain


def main(out: Path) -> int:
    return under_openbox(out, _open_and_type)


def _x_focus() -> int:
    answer = subprocess.run(["xdotool", "getwindowfocus"], capture_output=True, text=True)
    return int(answer.stdout.strip() or 0)


def _open_and_type(out: Path) -> int:
    _app, console = open_first_start(out)  # the app lives as long as this run
    host, engine = console.host, console.bridge.engine
    facts: dict[str, Any] = {"active": wait_for(host.isActiveWindow)}
    wait_for(lambda: False, 1.0)  # the window manager's last moves and the first paint settle

    def seen(step: str) -> None:
        focus = QApplication.focusWidget()
        facts[step] = {
            "offset": host.offset_label.text(),
            "offset_style": host.offset_label.styleSheet(),
            "end": host.end_label.text(),
            "end_style": host.end_label.styleSheet(),
            "banner": host.banner.text if host.banner.isVisible() else "",
            "keys": host.keys_label.text(),
            "focus": type(focus).__name__ if focus else None,
            "names_box": host.speakers.name_edit.text(),
            "note_box": host.notes_edit.text(),
            "host_has_x_focus": _x_focus() == int(host.winId()),
            "current": engine.current,
        }

    def added() -> int:
        return sum(1 for event in engine.events if event.type is EventType.SPEAKER)

    seen("opened")
    host.screen().grabWindow(0).save(str(out / "real-keys-opened.png"))
    xdotool("key space")  # the day starts
    wait_for(lambda: engine.current == 0, 3.0)
    xdotool("key a")
    wait_for(host.speakers.name_edit.hasFocus, 3.0)
    xdotool(*typed(NAMES, delay=0))
    wait_for(lambda: added() == len(NAMES), 3.0)  # a busy machine handles the last keys late
    seen("names_typed")
    xdotool("key Escape")
    wait_for(lambda: not host.keyboard.typing, 3.0)
    xdotool("key n")
    wait_for(host.notes_edit.hasFocus, 3.0)
    xdotool(*typed((NOTE,), delay=12), f"type --delay 12 '{MORE}'")
    wait_for(lambda: host.notes_edit.text() == MORE, 3.0)
    seen("note_typed")
    host.screen().grabWindow(0).save(str(out / "real-keys-typing.png"))
    xdotool("key Escape")
    wait_for(lambda: not host.keyboard.typing, 3.0)
    seen("keys_back")
    xdotool("key space")  # the stray one: the next segment starts
    wait_for(lambda: engine.current == 1, 3.0)
    seen("stray_next")
    xdotool("key ctrl+z")
    wait_for(lambda: engine.current == 0, 3.0)
    seen("undone")
    host.screen().grabWindow(0).save(str(out / "real-keys-undone.png"))
    (out / "keys.json").write_text(json.dumps(facts, indent=1, ensure_ascii=False), encoding="utf-8")
    console.bridge.close()
    host.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))

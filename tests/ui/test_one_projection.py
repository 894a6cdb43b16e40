"""Both windows and the intermission's alert say the same next start and the same end, on a day
run early, on time and late (they all read `runner.core.projection`)."""

from __future__ import annotations

import re

import pytest

from runner.core.controller import LiveController
from runner.core.events import AlertKind


def _times(text: str) -> list[str]:
    return re.findall(r"\d\d:\d\d", text)


@pytest.mark.parametrize("over_s", [-240, 0, 240], ids=["early", "on-time", "late"])
def test_next_and_end_agree_in_both_windows_and_the_alert(console, clock, over_s):
    engine = console.session.engine
    engine.advance()  # 09:00 Opening, 5 min
    clock.advance(5 * 60)
    engine.advance()  # Digital public goods, 20 min
    clock.advance(20 * 60 + over_s)
    engine.advance()  # the intermission, 10 min
    clock.advance(60)
    shot = console.bridge.refresh()
    console.chair.show()
    expected_next = f"{shot.next_start:%H:%M}"
    assert _times(console.host.next_label.text())[0] == expected_next
    assert _times(console.chair.labels["next"].text())[0] == expected_next
    plan = LiveController(engine).plan()
    ending = next(a for a in plan if a.kind is AlertKind.INTERMISSION_ENDING)
    assert ending.message.endswith(f"we resume at {expected_next}")
    expected_end = f"Ends ≈ {shot.projected_end:%H:%M}"
    assert expected_end in console.host.end_label.text()
    assert expected_end in console.chair.labels["day"].text()
    assert shot.projected_end.minute == (0 + over_s // 60) % 60  # the closing follows: 10:00 moved by the overrun

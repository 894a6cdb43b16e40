"""Text from other machines as one clean line: directional controls and control characters gone."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from runner.core.foreign_text import MAX_CHARS, one_line

_DIRECTIONAL = {"LRE", "RLE", "PDF", "LRO", "RLO", "LRI", "RLI", "FSI", "PDI"}


def test_overrides_embeddings_isolates_and_marks_are_removed():
    assert one_line("\u202ellaH niaM") == "llaH niaM"
    assert one_line("A\u202aB\u202bC\u202cD\u202dE\u2066F\u2067G\u2068H\u2069I\u200eJ\u200fK\u061cL") == "ABCDEFGHIJKL"


def test_newlines_tabs_and_escapes_become_one_line():
    assert one_line("Main\nHall\t\x1b[2J  2\u2028") == "Main Hall [2J 2"


def test_scripts_and_their_joiners_are_kept():
    for name in ("قاعة المؤتمرات", "王毅", "Зал 3", "मे\u200dरा", "می\u200cخواهم"):
        assert one_line(name) == name


def test_a_name_too_long_for_a_tile_is_cut():
    assert len(one_line("x" * 60_000)) == MAX_CHARS and one_line("x" * 60_000).endswith("…")


@given(st.text())
def test_no_directional_or_control_character_survives(text):
    cleaned = one_line(text)
    assert not any(unicodedata.bidirectional(ch) in _DIRECTIONAL for ch in cleaned)
    assert not any(unicodedata.category(ch) == "Cc" for ch in cleaned)
    assert "\u200e" not in cleaned and "\u200f" not in cleaned and "\u061c" not in cleaned

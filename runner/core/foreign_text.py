"""Text that came from another machine (a room's name, a segment's title, a speaker's name), made
safe to show as one line among others.

Unicode's directional controls are instructions to the renderer: a right-to-left override
(U+202E) in a room's name would show "llaH niaM" as "Main Hall", or turn the tile's time around.
A name's own letters keep their direction without them (the bidi algorithm needs no help for a
name in one script), and where a name sits inside a sentence the UI isolates it (FSI ... PDI).
So the controls are removed, never obeyed; so are the other control characters (a newline or a
tab becomes a space: a tile's line is one line). Joiners (ZWJ, ZWNJ) stay: Arabic, Persian and
Indic names need them.
"""

from __future__ import annotations

# Embeddings, overrides, isolates and marks (LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM ALM).
_BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_SPACES = "\t\n\v\f\r\u0085\u2028\u2029"
_CONTROLS = {code for code in [*range(0x20), *range(0x7F, 0xA0)] if chr(code) not in _SPACES}
_TABLE = {
    **{ord(ch): None for ch in _BIDI_CONTROLS},
    **{ord(ch): " " for ch in _SPACES},
    **{code: None for code in _CONTROLS},
}
# A tile shows a line or two; a 60 KB "name" is not one.
MAX_CHARS = 160


def one_line(text: str) -> str:
    """`text` without directional or control characters, spaces collapsed, at most MAX_CHARS long."""
    cleaned = " ".join(text.translate(_TABLE).split())
    return cleaned if len(cleaned) <= MAX_CHARS else cleaned[: MAX_CHARS - 1] + "…"

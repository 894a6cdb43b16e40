"""HTML where plain text belongs: a talk's abstract in a schedule, a calendar event's DESCRIPTION.

Schedules (frab, pretalx) write their abstracts as HTML; many calendar generators put HTML into
DESCRIPTION, which RFC 5545 defines as plain text. The agenda's notes are plain text, so tags are
dropped and entities read; a line break or a paragraph's end starts a new line.
"""

from __future__ import annotations

import html
import re

_TAG_RE = re.compile(r"<[^<>]{0,300}>")
# Tags of HTML itself: a plain text's "<" ("a < b", "<name@example.org>") is left alone.
_HTML_TAG_RE = re.compile(
    r"</?(?:a|b|br|div|em|h[1-6]|i|img|li|ol|p|span|strong|table|td|tr|u|ul)(?:\s[^<>]{0,300})?/?>", re.IGNORECASE
)
_BREAK_RE = re.compile(r"<br\s*/?>|</p>|</div>|</li>", re.IGNORECASE)


def without_markup(text: str) -> str:
    """The text with every tag dropped (a space in its place) and its entities read."""
    return html.unescape(_TAG_RE.sub(" ", text)).strip()


def plain_description(text: str) -> str:
    """A text field as plain text: unchanged without HTML's tags, else its tags dropped, its lines
    tidied (spaces collapsed, empty lines dropped)."""
    if not _HTML_TAG_RE.search(text):
        return text
    lines = (" ".join(line.split()) for line in without_markup(_BREAK_RE.sub("\n", text)).splitlines())
    return "\n".join(line for line in lines if line)

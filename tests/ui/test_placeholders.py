"""The windows' one placeholder style (issue #29): Qt's %1 … in every window string, filled by
runner.ui.base.formatting.fill (one pass; isolated in a right-to-left text)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

from runner.ui.base.translations import ts_path


def test_every_window_string_uses_qts_placeholders():
    """No window message (a context of runner/ui) writes {name}, {0} or %s; the messages with no
    context are the core's tr() calls lupdate also sees (those keep {name}, the core's style)."""
    root = ElementTree.parse(ts_path("fr")).getroot()
    other_style = []
    for context in root.iter("context"):
        name = context.findtext("name")
        if not name:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            source = message.findtext("source") or ""
            if re.search(r"\{[a-z_0-9]+\}|%s", source):
                other_style.append(f"{name}: {source}")
    assert not other_style, other_style

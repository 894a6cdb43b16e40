"""The core's translation function: English by default, a catalogue's text where it has one."""

from __future__ import annotations

from runner.core import i18n
from runner.core.i18n import Catalogue, tr


def test_english_text_passes_through_with_its_fields() -> None:
    assert tr("{title} is held", title="Opening") == "Opening is held"
    assert tr("Day over") == "Day over"


def test_a_catalogue_translates_and_falls_back_to_english() -> None:
    previous = i18n._active
    try:
        i18n.use(Catalogue("fr", {"{title} is held": "{title} est retenu"}))
        assert i18n.active_language() == "fr"
        assert tr("{title} is held", title="Ouverture") == "Ouverture est retenu"
        assert tr("Day over") == "Day over"
    finally:
        i18n.use(previous)

"""The core's one translation function, `tr`, for every user-facing string outside Qt.

Qt's windows translate with `self.tr` / `QCoreApplication.translate` and `.ts` catalogues; the
Qt-free layers (alert messages, narratives, reports, command-line lines) call `tr` here, so a
report written by `report --lang fr` needs no Qt. A catalogue maps the English text (the msgid,
with `{name}` fields) to its translation; text without an entry stays English.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

SOURCE_LANGUAGE = "en"
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")


@dataclass
class Catalogue:
    """The messages of one language; `language` is one of `LANGUAGES`."""

    language: str = SOURCE_LANGUAGE
    messages: Mapping[str, str] = field(default_factory=dict)

    def translate(self, message: str, /, **fields: object) -> str:
        text = self.messages.get(message) or message
        return text.format(**fields) if fields else text


# The language in use: one value for the whole process, set once at start (`use`) from --lang,
# the saved choice or the system's locale. Reports in another language pass their own Catalogue.
_active = Catalogue()


def use(catalogue: Catalogue) -> None:
    """Make `catalogue` the one `tr` reads from."""
    global _active
    _active = catalogue


def active_language() -> str:
    return _active.language


def tr(message: str, /, **fields: object) -> str:
    """`message` in the active language, with `{fields}` filled in: `tr("{title} is held", title=t)`."""
    return _active.translate(message, **fields)

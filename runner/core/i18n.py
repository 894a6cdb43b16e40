"""The core's one translation function, `tr`, for every user-facing string outside Qt.

Qt's windows translate with `self.tr` / `QCoreApplication.translate` and `.ts` catalogues; the
Qt-free layers (alert messages, narratives, reports, command-line lines) call `tr` here, so a
report written by `report --lang fr` needs no Qt. A catalogue maps the English text (the msgid,
with `{name}` fields) to its translation; text without an entry stays English.

The catalogues are JSON, one per language (`runner/translations/core_<lang>.json`): an object
of msgid -> text, where a plural message (`trn`) maps its singular msgid to an object of CLDR
plural categories (`zero one two few many other`: Arabic uses all six, Russian three, Chinese
one). JSON rather than gettext's .po: the standard library reads it with no compile step, and
`{fields}` stay Python's own.
"""

from __future__ import annotations

import json
import locale
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from runner.core import long_dates
from runner.core.deferred import deferred

if TYPE_CHECKING:
    from runner.core import cldr as cldr  # re-exported: runner.core.delegations reads CLDR here too
else:  # lazy seam: Babel's lists and plural rules, at their first use
    cldr = deferred("runner.core.cldr")

SOURCE_LANGUAGE = "en"
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
# Each language's name in itself, for menus.
NATIVE_NAMES = {
    "ar": "العربية",
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "ru": "Русский",
    "zh": "中文",
}
RIGHT_TO_LEFT = frozenset({"ar"})
CATALOGUE_FOLDER = Path(__file__).resolve().parent.parent / "translations"

Message = str | Mapping[str, str]


@dataclass
class Catalogue:
    """The messages of one language; `language` is one of `LANGUAGES`."""

    language: str = SOURCE_LANGUAGE
    messages: Mapping[str, Message] = field(default_factory=dict)

    def translate(self, message: str, /, **fields: object) -> str:
        found = self.messages.get(message)
        text = found if isinstance(found, str) and found else message
        return text.format(**fields) if fields else text

    def translate_plural(self, singular: str, plural: str, count: int, /, **fields: object) -> str:
        """The form of `singular` for `count` in this language; `{count}` is `count` unless a
        field gives it another text (English writes small numbers in words)."""
        forms = self.messages.get(singular)
        if isinstance(forms, Mapping):
            category = plural_category(self.language, count)
            text = forms.get(category) or forms.get("other") or (singular if count == 1 else plural)
        else:
            text = singular if count == 1 else plural
        return text.format(**{"count": count, **fields})

    @property
    def locale(self) -> str:
        """Babel's (CLDR's) name for the language's conventions: British English, as the UN writes it."""
        return "en_GB" if self.language == SOURCE_LANGUAGE else self.language

    @property
    def sentence_gap(self) -> str:
        """What goes between two sentences: a space, or nothing after Chinese's full-width '。'."""
        return "" if self.language == "zh" else " "

    def join(self, items: list[str]) -> str:
        """'a, b and c' in this language ('a、b和c', 'a وb وc')."""
        if len(items) <= 1:
            return "".join(items)
        return cldr.join(items, self.locale)

    def long_date(self, day: date) -> str:
        """'Friday 12 June 2020', 'vendredi 12 juin 2020', '2020年6月12日星期五'."""
        return long_dates.long_date(day, self.language)  # CLDR's, copied: no Babel locale data to load

    @property
    def right_to_left(self) -> bool:
        return self.language in RIGHT_TO_LEFT


@cache
def plural_category(language: str, count: int) -> str:
    """CLDR's plural category of `count` in `language` ('one', 'few', 'many', ...), from Babel."""
    if language == SOURCE_LANGUAGE:
        return "one" if count == 1 else "other"
    return cldr.plural_form(language, count)


def catalogue_path(language: str) -> Path:
    return CATALOGUE_FOLDER / f"core_{language}.json"


@cache
def load_catalogue(language: str) -> Catalogue:
    """The shipped catalogue of `language` (English: empty). Raises ValueError for an unknown code."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language '{language}'; choose one of {', '.join(LANGUAGES)}")
    if language == SOURCE_LANGUAGE:
        return Catalogue()
    path = catalogue_path(language)
    messages = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return Catalogue(language, messages)


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The user's language from the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, then the
    platform's own), where it is one of `LANGUAGES`; else English."""
    env = os.environ if environ is None else environ
    candidates = [*env.get("LANGUAGE", "").split(":"), env.get("LC_ALL", ""), env.get("LC_MESSAGES", "")]
    candidates.append(env.get("LANG", ""))
    if environ is None:
        candidates.append(locale.getlocale()[0] or "")
    for value in candidates:
        code = value.split(".")[0].split("_")[0].split("-")[0].lower()
        if code in ("c", "posix"):
            return SOURCE_LANGUAGE  # an explicit "no locale" is English, not a cue to look further
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def choose_language(asked: str | None, saved: str | None = None) -> str:
    """--lang, else the saved choice, else the system's language."""
    for value in (asked, saved):
        if value in LANGUAGES:
            return value
    return system_language()


# The language in use: one value for the whole process, set once at start (`use`) from --lang,
# the saved choice or the system's locale. Reports in another language pass their own Catalogue.
_active = Catalogue()


# A sentence made for one reader in another language (the chair's page in French while the host
# works in English) reads this, in this thread only: `use` stays the app's one choice for every
# thread, the live rules' included, and nothing else sees the override while it lasts.
_speaking: ContextVar[Catalogue | None] = ContextVar("speaking", default=None)


def use(catalogue: Catalogue) -> None:
    """Make `catalogue` the one `tr` reads from."""
    global _active
    _active = catalogue


@contextmanager
def speaking(language: str) -> Iterator[Catalogue]:
    """`tr`, `trn` and `join` in `language` inside the block, in this thread only."""
    token = _speaking.set(load_catalogue(language))
    try:
        yield _current()
    finally:
        _speaking.reset(token)


def _current() -> Catalogue:
    speaking_now = _speaking.get()
    return _active if speaking_now is None else speaking_now


def active_language() -> str:
    return _current().language


def active_catalogue() -> Catalogue:
    return _current()


def tr_noop(message: str, /) -> str:
    """Marks `message` for the catalogues (their scan finds it) and returns it as it is: for text
    translated later, by a `Catalogue` of its own language (a live view's page)."""
    return message


def tr(message: str, /, **fields: object) -> str:
    """`message` in the active language, with `{fields}` filled in: `tr("{title} is held", title=t)`."""
    return _current().translate(message, **fields)


def join(items: list[str]) -> str:
    """A list as the active language writes one."""
    return _current().join(items)


def trn(singular: str, plural: str, count: int, /, **fields: object) -> str:
    """The plural form for `count`: `trn("{count} minute", "{count} minutes", n)`."""
    return _current().translate_plural(singular, plural, count, **fields)

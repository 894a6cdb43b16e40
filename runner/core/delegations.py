"""Delegations on a floor: ISO 3166-1 codes named from CLDR in the reader's language.

A delegation is written in the agenda as a code (`BR`, `BRA`) or, for a group or an observer
organisation that has none, as a name (`African Group`, `ITU`). A code is named in the UI's or
the report's language as the UN names it where that differs (runner.core.un_names), else from
Babel's CLDR data, so the chair in Arabic reads «البرازيل» and in
Chinese 巴西; a name is shown as written.
"""

from __future__ import annotations

import difflib
from functools import lru_cache

from runner.core.i18n import cldr  # Babel's CLDR data, through i18n's lazy seam
from runner.core.un_names import un_name, un_names

# The languages whose names of a country a list of speakers may use: the UN's six.
NAMING_LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")

# The categories a floor knows without the agenda naming them (UN practice); an agenda may add others.
MEMBER = "member"
# The right of reply: at most two per delegation (UN practice), each with its own limit.
MAX_REPLIES = 2


@lru_cache(maxsize=1)
def _known_codes() -> frozenset[str]:
    # CLDR's two-letter regions: the countries and a few unions (EU, UN), not ZZ, "Unknown Region".
    names = cldr.territories("en")
    return frozenset(
        code for code in names if isinstance(code, str) and len(code) == 2 and code.isalpha() and code != "ZZ"
    )


def delegation_code(text: str) -> str | None:
    """The ISO 3166-1 alpha-2 code `text` stands for (alpha-2 or alpha-3, any case), or None."""
    written = text.strip().upper()
    if len(written) == 2 and written in _known_codes():
        return written
    if len(written) == 3 and written.isalpha():
        aliases = cldr.territory_aliases(written)
        if aliases and aliases[0] in _known_codes():
            return str(aliases[0])
    return None


@lru_cache(maxsize=1)
def _codes_by_name() -> dict[str, str]:
    """Every country's name in the UN's six languages (CLDR's, its variants, the UN's), folded, to its code."""
    found: dict[str, str] = {}
    for language in NAMING_LANGUAGES:
        for code, name in cldr.territories(language).items():
            if code in _known_codes():
                found.setdefault(_folded(str(name)), code)
        for code in _known_codes():
            for name in un_names(code):
                found.setdefault(_folded(name), code)
    return found


def _folded(name: str) -> str:
    """A name as compared: case, spacing, '&' for 'and', a leading 'the' ("The Gambia") aside."""
    return " ".join(name.replace("\u2019", "'").replace("&", " and ").casefold().split()).removeprefix("the ")


def resolved_code(text: str) -> str | None:
    """The code `text` is: a code itself (BR, BRA) or a country's name in one of the six languages
    ("Brazil", "Brésil", "البرازيل", "巴西", "Russian Federation"); None for anything else."""
    return delegation_code(text) or _codes_by_name().get(_folded(text))


def close_codes(text: str) -> list[str]:
    """Codes a mistyped one may have meant, for the agenda's hint."""
    return difflib.get_close_matches(text.strip().upper(), sorted(_known_codes()), n=3, cutoff=0.5)


@lru_cache(maxsize=4096)
def delegation_name(written: str, language: str) -> str:
    """A delegation's name in `language`: CLDR's for a code, else as written."""
    code = delegation_code(written)
    if code is None:
        return written
    official = un_name(code, language)
    if official is not None:
        return official
    try:
        names = cldr.territories(language.replace("-", "_"))
    except (ValueError, LookupError):
        names = cldr.territories("en")
    return str(names.get(code) or written)


# How a list of names is written: Arabic's comma, Chinese's enumeration comma, else ", ".
_NAME_SEPARATORS = {"ar": "، ", "zh": "、"}


def names_joined(names: list[str], language: str) -> str:
    """Names one after the other as `language` writes a list of them ("Brésil, Kenya"; "巴西、肯尼亚")."""
    return _NAME_SEPARATORS.get(language.split("_")[0].split("-")[0], ", ").join(names)


def floor_label(delegation: str, speaker: str, language: str) -> str:
    """A floor's turn as a screen names it: "Kenya (Ms Wanjiru Kamau)", or the delegation alone."""
    named = delegation_name(delegation, language)
    return f"{named} ({speaker})" if speaker and speaker != named else named


def same_delegation(one: str, other: str) -> bool:
    """`BR`, `BRA` and `br` are one delegation; names compare without regard to case."""
    first, second = delegation_code(one), delegation_code(other)
    if first is not None or second is not None:
        return first == second
    return one.strip().casefold() == other.strip().casefold()

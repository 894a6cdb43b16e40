"""One delegation put on a floor after the agenda was read: typed live by the host, asked for
through the control API, or a row of an imported list of speakers. The same rules as the
agenda's, said in the user's language: a code or a country's name (resolved to its ISO code), a
group or an observer by name with its category, the category's limit."""

from __future__ import annotations

from runner.core.agenda import Floor, Speaker
from runner.core.delegations import MEMBER, close_codes, floor_label, resolved_code
from runner.core.floor_order import rank_key
from runner.core.i18n import tr


class FloorEntryError(ValueError):
    """A delegation the floor cannot take, in one line."""


def floor_entry(floor: Floor, written: str, category: str = "", speaker: str = "", rank: str = "") -> Speaker:
    """The delegation `written` (with its category, speaker, rank) as the floor's list holds it."""
    text, speaker = " ".join(written.split()), " ".join(speaker.split())
    if not text:
        raise FloorEntryError(tr("a delegation needs a code or a name"))
    category = category.strip().casefold() or MEMBER
    code = resolved_code(text)
    if code is None and category == MEMBER:
        close = close_codes(text)
        if close:
            codes = ", ".join(close)
            raise FloorEntryError(
                tr("'{text}' is not a country's code or name (did you mean {codes}?)", text=text, codes=codes)
            )
        raise FloorEntryError(
            tr("'{text}' is not a country's code or name; a group or an observer needs its category", text=text)
        )
    if floor.limits and floor.limit(category) is None:
        known = ", ".join(name for name, _ in floor.limits)
        raise FloorEntryError(
            tr("the category '{category}' has no limit on this floor (known: {known})", category=category, known=known)
        )
    level = rank_key(rank) if rank.strip() else ""
    if level is None:
        raise FloorEntryError(tr("'{rank}' is not a rank", rank=rank.strip()))
    delegation = code or text
    name = floor_label(delegation, speaker, "en")
    return Speaker(name, floor.limit(category), delegation=delegation, category=category, speaker=speaker, rank=level)

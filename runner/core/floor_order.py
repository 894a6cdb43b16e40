"""The order a floor's delegations speak in: protocol (by the rank of who speaks) and the drawing
of lots among equals, so that anyone can show the draw was fair.

Protocol order is the UN General Assembly's for its general debate: Member States first, then
observers and the other categories (groups of States among them, unless the floor has them
heard first, as some UN bodies do: `groups: first`); in each, heads of State first, then heads of Government,
vice-presidents, deputy prime ministers, ministers, vice-ministers and heads of delegation (a
delegation whose rank the agenda does not give ranks as a head of delegation). Among equals
(one rank of one part, or the whole list when it is not in protocol order) a draw orders them by
the SHA-256 of "SEED:DELEGATION" (the delegation as its ISO alpha-2 code, else its name folded to
lower case), in hexadecimal, smallest first. The draw depends on the seed and on
who is drawn, never on the order they were inscribed in nor on the program doing it: the same
seed gives the same order, and anyone with the seed and the list can re-derive it
(`session-runner verify` does, for every draw in a log).
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence

from runner.core.delegations import MEMBER, delegation_code
from runner.core.i18n import load_catalogue, tr_noop

INSCRIPTION, PROTOCOL = "inscription", "protocol"
ORDERS = (INSCRIPTION, PROTOCOL)
GROUP = "group"  # the category of a group of States (the African Group, G77 and China)
# Where groups of States speak in protocol order: with the observers (the General Assembly's
# general debate, the default) or first (as some UN bodies hear them).
GROUPS_WITH_OBSERVERS, GROUPS_FIRST = "with_observers", "first"
GROUP_PLACES = (GROUPS_WITH_OBSERVERS, GROUPS_FIRST)
# Highest first; the UN's order of precedence for a general debate's list of speakers.
RANKS = (
    "head_of_state",
    "head_of_government",
    "vice_president",
    "deputy_prime_minister",
    "minister",
    "vice_minister",
    "head_of_delegation",
)
DEFAULT_RANK = "head_of_delegation"
# A rank as screens and the summary show it: short, as a list of speakers prints it.
RANK_NAMES = {
    "head_of_state": tr_noop("Head of State"),
    "head_of_government": tr_noop("Head of Government"),
    "vice_president": tr_noop("Vice-President"),
    "deputy_prime_minister": tr_noop("Deputy Prime Minister"),
    "minister": tr_noop("Minister"),
    "vice_minister": tr_noop("Vice-Minister"),
    "head_of_delegation": tr_noop("Head of Delegation"),
}
SEED_DIGITS = 8  # a live draw's seed: 8 hexadecimal digits, short enough to read out to the room


def _spelled(written: str) -> str:
    return "_".join(written.strip().casefold().replace("-", " ").replace("_", " ").split())


def rank_key(written: str) -> str | None:
    """The rank `written` names ("Head of State", "vice-minister", "head_of_delegation"), or None."""
    key = _spelled(written)
    return key if key in RANKS else None


def rank_name(rank: str, language: str) -> str:
    """A delegation's rank in `language`, short ("Head of State", "Ministre", "国家元首"); "" when
    the agenda or the host gave none."""
    key = rank_key(rank) if rank else None
    if key is None:
        return ""
    try:
        return load_catalogue(language.replace("-", "_").split("_")[0]).translate(RANK_NAMES[key])
    except ValueError:  # not one of the six: the English
        return RANK_NAMES[key]


def group_place(written: str) -> str | None:
    """Where groups speak, as `written` ("first", "with observers", "with-observers"), or None."""
    key = _spelled(written)
    return key if key in GROUP_PLACES else None


def lot(seed: str, delegation: str) -> str:
    """A delegation's lot in the draw of `seed`: the hexadecimal SHA-256 of "SEED:DELEGATION"."""
    drawn = delegation_code(delegation) or delegation.strip().casefold()
    return hashlib.sha256(f"{seed}:{drawn}".encode()).hexdigest()


def precedence(rank: str, category: str, *, groups_first: bool = False) -> tuple[int, int]:
    """Where a delegation stands in protocol order: its part (members first, then the other
    categories; with `groups_first`, groups of States before the members) and its rank in that
    part; the smaller, the sooner it speaks."""
    if category in ("", MEMBER):
        part = 1 if groups_first else 0
    else:
        part = 0 if groups_first and category == GROUP else 2
    return part, RANKS.index(rank_key(rank) or DEFAULT_RANK)


def protocol_place(
    waiting: Sequence[tuple[int, str, str]], rank: str, category: str, *, groups_first: bool = False
) -> int | None:
    """The place a delegation inscribed late takes among `waiting` ((position, rank, category) of
    the inscribed ones still to speak, in order): before the first that ranks below it, so after
    its equals already inscribed; None when none ranks below it (it goes after them all)."""
    standing = precedence(rank, category, groups_first=groups_first)
    return next(
        (i for i, *other in waiting if precedence(*other, groups_first=groups_first) > standing),
        None,
    )


def speaking_order(
    entries: Sequence[tuple[str, str, str]], *, by_rank: bool, seed: str | None, groups_first: bool = False
) -> list[int]:
    """The positions of `entries` ((delegation, rank, category) in order of inscription) in the
    order they speak: in protocol order (`by_rank`) members first (or groups of States, with
    `groups_first`), each part by rank; equals by the draw of `seed`, else in order of inscription."""

    def key(position: int) -> tuple[tuple[int, int], str, int]:
        delegation, rank, category = entries[position]
        standing = precedence(rank, category, groups_first=groups_first) if by_rank else (0, 0)
        return standing, lot(seed, delegation) if seed is not None else "", position

    return sorted(range(len(entries)), key=key)


def follows_from_seed(
    delegations: Sequence[str],
    ranks: Sequence[str],
    categories: Sequence[str],
    *,
    by_rank: bool,
    seed: str,
    groups_first: bool = False,
) -> bool:
    """Does a draw's recorded order (delegations with their ranks and categories, as they speak)
    follow from its seed? No categories: all members."""
    kinds = list(categories) or [MEMBER] * len(delegations)
    if not len(delegations) == len(ranks) == len(kinds):
        return False
    entries = list(zip(delegations, ranks, kinds))
    order = speaking_order(entries, by_rank=by_rank, seed=seed, groups_first=groups_first)
    return order == list(range(len(entries)))


def fresh_seed() -> str:
    """A seed for a live draw, from the system's source of randomness."""
    return secrets.token_hex(SEED_DIGITS // 2)

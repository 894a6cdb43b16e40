"""A parsed file as a tree of located nodes, so validation can say where a problem is.

Readers (YAML today) build this tree; the validator in `agenda_rules` reads only this, so the
core never depends on a parser.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

# Union, not `|`: these aliases are evaluated at run time, where Python 3.10 cannot `|` a string.
NodeValue = Union[str, int, float, bool, None, object]  # noqa: UP007


# Not frozen: nothing writes to a node once a reader has built it, and 300,000 frozen nodes (a
# 60,000-segment agenda) took 0.5 s longer to build than these slotted ones.
@dataclass(slots=True)
class Scalar:
    """A leaf: `value` is the parser's typed reading, `text` the characters as written."""

    value: NodeValue
    text: str
    line: int
    column: int


@dataclass(slots=True)
class Sequence:
    items: tuple[Node, ...]
    line: int
    column: int


@dataclass(slots=True)
class Mapping:
    """Keys in file order; duplicate keys are kept so the validator can report them."""

    entries: tuple[tuple[Scalar, Node], ...]
    line: int
    column: int
    _index: dict[str, Node] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        # Reversed, so the first of duplicate keys is the one looked up.
        self._index = {str(key.value): value for key, value in reversed(self.entries)}

    def get(self, key: str) -> Node | None:
        return self._index.get(key)

    def keys(self) -> list[Scalar]:
        return [key for key, _ in self.entries]

    def names(self) -> set[str]:
        """The keys' names, duplicates once."""
        return set(self._index)


Node = Union[Scalar, Sequence, Mapping]  # noqa: UP007

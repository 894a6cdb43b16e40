"""A parsed file as a tree of located nodes, so validation can say where a problem is.

Readers (YAML today) build this tree; the validator in `agenda_rules` reads only this, so the
core never depends on a parser.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

# Union, not `|`: these aliases are evaluated at run time, where Python 3.10 cannot `|` a string.
NodeValue = Union[str, int, float, bool, None, object]  # noqa: UP007


@dataclass(frozen=True)
class Scalar:
    """A leaf: `value` is the parser's typed reading, `text` the characters as written."""

    value: NodeValue
    text: str
    line: int
    column: int


@dataclass(frozen=True)
class Sequence:
    items: tuple[Node, ...]
    line: int
    column: int


@dataclass(frozen=True)
class Mapping:
    """Keys in file order; duplicate keys are kept so the validator can report them."""

    entries: tuple[tuple[Scalar, Node], ...]
    line: int
    column: int
    _index: dict[str, Node] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for key, value in self.entries:
            self._index.setdefault(str(key.value), value)

    def get(self, key: str) -> Node | None:
        return self._index.get(key)

    def keys(self) -> list[Scalar]:
        return [key for key, _ in self.entries]


Node = Union[Scalar, Sequence, Mapping]  # noqa: UP007

"""Reading agenda files: bytes to located nodes with PyYAML's safe loader, then core validation."""

from __future__ import annotations

import contextlib
import functools
import hashlib
from pathlib import Path
from typing import Any

import yaml

from runner.core.agenda import Agenda
from runner.core.agenda_rules import build_agenda
from runner.core.errors import AgendaError
from runner.core.gc_pause import collector_paused
from runner.core.source import Mapping, Node, Scalar, Sequence
from runner.io.agenda_file import MAX_BYTES, read_agenda_bytes

# An agenda of 20,000 segments is about 120,000 nodes; aliases that expand past this are hostile.
MAX_NODES = 400_000
# An agenda nests about 7 levels deep (days, segments, speakers); far deeper is hostile input.
MAX_DEPTH = 64


class _GuardedLoader(yaml.SafeLoader):
    """The safe loader, refusing deep nesting while scanning: PyYAML's composer recurses once per
    level and its scanner looks ahead per open bracket, so "[[[[..." is slow before it fails."""

    def fetch_flow_collection_start(self, token_class: type) -> None:
        if self.flow_level >= MAX_DEPTH:
            raise yaml.scanner.ScannerError(None, None, "nested too deeply to be an agenda", self.get_mark())
        super().fetch_flow_collection_start(token_class)

    def add_indent(self, column: int) -> bool:
        if len(self.indents) >= MAX_DEPTH:
            raise yaml.scanner.ScannerError(None, None, "nested too deeply to be an agenda", self.get_mark())
        return super().add_indent(column)


def load_agenda(path: str | Path) -> Agenda:
    """Load and validate an agenda file; every user mistake raises `AgendaError`."""
    return parse_agenda(read_agenda_bytes(path), str(path))


def parse_agenda(data: bytes, name: str = "<agenda>") -> Agenda:
    """Validate agenda bytes as read from `name`."""
    if len(data) > MAX_BYTES:
        raise AgendaError.single(name, 1, 1, f"is larger than {MAX_BYTES // (1024 * 1024)} MB; not an agenda")
    text = _decode(data, name)
    with collector_paused():  # 20,000 segments: 4.4 s -> 2.6 s
        root = _compose(text, name)
        agenda = build_agenda(root, name, hashlib.sha256(data).hexdigest(), data)
        # Freed while the collector is still paused, so its first pass after the pause does not
        # walk the whole tree (a third of a second for 60,000 segments).
        del root
    return agenda


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise AgendaError.single(
            name, line, column, f"byte 0x{data[exc.start]:02x} is not UTF-8 text", "save the file as UTF-8"
        ) from None


try:
    # libyaml's parser and composer, from the C module itself (yaml.cyaml's stubs do not re-export it).
    from yaml._yaml import CParser as _LibyamlParser

    CParser: Any = _LibyamlParser
except ImportError:  # PyYAML built without libyaml: the pure-Python loader does everything
    CParser = None


class _TooDeep(Exception):
    """The fast path met nesting deeper than an agenda's; the guarded loader gives the message."""


if CParser is not None:

    class _FastLoader(CParser, yaml.constructor.SafeConstructor, yaml.resolver.Resolver):
        """libyaml's scanner, parser and composer (C) with PyYAML's own resolver and constructor,
        so the nodes, their marks and their values are those of the safe loader. Composing in C
        instead of with PyYAML's Python composer halves a 60,000-segment agenda's parse."""

        def __init__(self, text: str) -> None:
            CParser.__init__(self, text)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)
            assert not self.yaml_path_resolvers  # what makes the two no-ops below right
            wildcard = tuple(self.yaml_implicit_resolvers.get(None, ()))
            self.scalar_resolvers = {
                first: tuple(resolvers) + wildcard for first, resolvers in self.yaml_implicit_resolvers.items()
            }
            self.wildcard_resolvers = wildcard

        # The composer calls these three for every node; PyYAML's general versions, path resolvers
        # included, were a fifth of a 60,000-segment agenda's composing. Same tags, fewer steps.
        def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
            if kind is not yaml.ScalarNode:
                return str(super().resolve(kind, value, implicit))
            if implicit[0]:
                for tag, pattern in self.scalar_resolvers.get(value[:1], self.wildcard_resolvers):
                    if pattern.match(value):
                        return str(tag)
            return str(self.DEFAULT_SCALAR_TAG)

        def descend_resolver(self, current_node: Any, current_index: Any) -> None:
            pass

        def ascend_resolver(self) -> None:
            pass


@functools.cache
def _limits_nesting(parser: type | None) -> bool:
    """Whether this libyaml refuses nesting past 1,000 levels (0.2.6 does): its composer recurses
    in C with no limit of its own, so without that refusal "[[[[..." could overflow the stack."""
    if parser is None:
        return False
    deep = "[" * 1001 + "]" * 1001
    try:
        _FastLoader(deep).get_single_node()
    except yaml.YAMLError:
        return True
    return False


def _compose_fast(text: str) -> tuple[Any, yaml.Node] | None:
    """The tree through libyaml, or None (no safe libyaml, or any problem: the guarded loader then
    reads the text again and words the message, so errors are located exactly as before)."""
    if not _limits_nesting(CParser):
        return None
    loader = _FastLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()
    return (loader, node) if node is not None else None


def _compose(text: str, name: str) -> Node:
    # Anchors are what let nodes be shared; without one ("&" nowhere) there is nothing to memoise.
    shared = "&" in text
    loader: _GuardedLoader | None = None
    try:
        fast = _compose_fast(text)
        if fast is not None:
            with contextlib.suppress(_TooDeep):
                return _Converter(fast[0], name, shared).convert(fast[1])
        loader = _GuardedLoader(text)  # the reader checks every character here
        node = loader.get_single_node()
        if node is None:
            raise AgendaError.single(name, 1, 1, "the file is empty", "an agenda needs title, timezone and days")
        return _Converter(loader, name, shared).convert(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise AgendaError.single(name, line, column, f"not valid YAML: {exc.problem or exc.context}") from None
    except yaml.reader.ReaderError as exc:
        # e.g. a control character: PyYAML gives only an offset into the text.
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise AgendaError.single(
            name,
            line,
            column,
            f"the control character U+{code:04X} is not allowed in YAML",
            "remove it or write it as an escape in a double-quoted string",
        ) from None
    except yaml.YAMLError as exc:
        raise AgendaError.single(name, 1, 1, f"not valid YAML: {exc}") from None
    except (RecursionError, _TooDeep):
        raise AgendaError.single(name, 1, 1, "nested too deeply to be an agenda") from None
    finally:
        if loader is not None:
            loader.dispose()


_STR_TAG = "tag:yaml.org,2002:str"


class _Converter:
    """PyYAML nodes to core nodes in one walk, counting every node an alias expands to, so alias
    bombs and self-referring aliases stop early: a shared node is converted once and its size
    memoised, so a "billion laughs" document is measured in linear time."""

    def __init__(self, loader: Any, name: str, shared: bool) -> None:  # a yaml.SafeLoader or the libyaml loader
        self.loader = loader
        self.name = name
        self.budget = MAX_NODES
        self.depth = 0
        self.converted: dict[int, tuple[Node, int]] | None = {} if shared else None
        self.open_nodes: set[int] = set()
        if not shared:  # nothing to memoise: skip the bookkeeping on every node
            self.convert = self._build  # type: ignore[method-assign]

    def convert(self, node: yaml.Node) -> Node:
        assert self.converted is not None
        key = id(node)
        if key in self.converted:
            converted, size = self.converted[key]
            self._spend(size, node)
            return converted
        if key in self.open_nodes:
            raise self._problem(node, "an alias refers to its own anchor")
        self.open_nodes.add(key)
        budget_before = self.budget
        converted = self._build(node)
        self.open_nodes.discard(key)
        self.converted[key] = (converted, budget_before - self.budget)
        return converted

    def _build(self, node: yaml.Node) -> Node:
        self._spend(1, node)
        mark = node.start_mark
        if type(node) is yaml.ScalarNode:
            return Scalar(self._value(node), node.value, mark.line + 1, mark.column + 1)
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _TooDeep
        convert = self.convert
        converted: Node
        if type(node) is yaml.MappingNode:
            entries = tuple([(self._key(k), convert(v)) for k, v in node.value])
            converted = Mapping(entries, mark.line + 1, mark.column + 1)
        else:
            assert isinstance(node, yaml.SequenceNode)  # what is neither a scalar nor a mapping
            converted = Sequence(tuple([convert(item) for item in node.value]), mark.line + 1, mark.column + 1)
        self.depth -= 1
        return converted

    def _spend(self, size: int, node: yaml.Node) -> None:
        self.budget -= size
        if self.budget < 0:
            raise self._problem(node, "too many entries (anchors and aliases expand too far); refusing to read it")

    def _problem(self, node: yaml.Node, message: str) -> AgendaError:
        mark = node.start_mark
        return AgendaError.single(self.name, mark.line + 1, mark.column + 1, message)

    def _key(self, node: yaml.Node) -> Scalar:
        converted = self.convert(node)
        if not isinstance(converted, Scalar):
            raise AgendaError.single(self.name, converted.line, converted.column, "a key must be a plain name")
        return converted

    def _value(self, node: yaml.ScalarNode) -> object:
        if node.tag == _STR_TAG:  # most of an agenda: titles, names, clock times, durations
            return node.value
        try:
            return self.loader.construct_object(node, deep=True)
        except (yaml.constructor.ConstructorError, ValueError, OverflowError):
            # e.g. 2020-13-45 looks like a date to YAML; keep the text and let validation say why.
            return node.value

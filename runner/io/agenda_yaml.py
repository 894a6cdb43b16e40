"""Reading agenda files: bytes to located nodes with PyYAML's safe loader, then core validation."""

from __future__ import annotations

import hashlib
import importlib
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer

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
        return build_agenda(root, name, hashlib.sha256(data).hexdigest(), data)


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
    # libyaml's parser; its stubs do not re-export it, hence the import by module.
    CParser: Any = importlib.import_module("yaml.cyaml").CParser
except (ImportError, AttributeError):  # PyYAML built without libyaml: the pure-Python loader does everything
    CParser = None


class _TooDeep(Exception):
    """The fast path met nesting deeper than an agenda's; the guarded loader gives the message."""


if CParser is not None:

    class _FastLoader(Composer, CParser, yaml.constructor.SafeConstructor, yaml.resolver.Resolver):
        """libyaml's scanner and parser (C) with PyYAML's own composer, resolver and constructor,
        so the nodes, their marks and their values are those of the safe loader, built 3x faster."""

        def __init__(self, text: str) -> None:
            CParser.__init__(self, text)
            Composer.__init__(self)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)
            self.depth = 0

        def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise _TooDeep
            try:
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1


def _compose_fast(text: str) -> tuple[_FastLoader, yaml.Node] | None:
    """The tree through libyaml, or None (no libyaml, or any problem: the guarded loader then
    reads the text again and words the message, so errors are located exactly as before)."""
    if CParser is None:
        return None
    loader = _FastLoader(text)
    try:
        node = loader.get_single_node()
    except (yaml.YAMLError, _TooDeep, RecursionError):
        return None
    finally:
        loader.dispose()
    return (loader, node) if node is not None else None


def _compose(text: str, name: str) -> Node:
    loader: _GuardedLoader | None = None
    try:
        fast = _compose_fast(text)
        if fast is not None:
            _refuse_expansion(fast[1], name)
            return _Converter(fast[0], name).convert(fast[1])
        loader = _GuardedLoader(text)  # the reader checks every character here
        node = loader.get_single_node()
        if node is None:
            raise AgendaError.single(name, 1, 1, "the file is empty", "an agenda needs title, timezone and days")
        _refuse_expansion(node, name)
        return _Converter(loader, name).convert(node)
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
    except RecursionError:
        raise AgendaError.single(name, 1, 1, "nested too deeply to be an agenda") from None
    finally:
        if loader is not None:
            loader.dispose()


def _refuse_expansion(root: yaml.Node, name: str) -> None:
    """Refuse a tree whose aliases expand past MAX_NODES, or refer to themselves, before converting it.

    Sizes are memoised per PyYAML node, so a "billion laughs" document is measured in linear time.
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()

    def size(node: yaml.Node) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in open_nodes:
            mark = node.start_mark
            raise AgendaError.single(name, mark.line + 1, mark.column + 1, "an alias refers to its own anchor")
        open_nodes.add(key)
        if isinstance(node, yaml.MappingNode):
            children = [child for pair in node.value for child in pair]
        elif isinstance(node, yaml.SequenceNode):
            children = list(node.value)
        else:
            children = []
        total = 1
        for child in children:
            total += size(child)
            if total > MAX_NODES:
                mark = child.start_mark
                raise AgendaError.single(
                    name,
                    mark.line + 1,
                    mark.column + 1,
                    "too many entries (anchors and aliases expand too far); refusing to read it",
                )
        open_nodes.discard(key)
        sizes[key] = total
        return total

    size(root)


class _Converter:
    """PyYAML nodes to core nodes, counting every node visited so alias bombs stop early."""

    def __init__(self, loader: Any, name: str) -> None:  # a yaml.SafeLoader or the libyaml loader
        self.loader = loader
        self.name = name
        self.budget = MAX_NODES

    def convert(self, node: yaml.Node) -> Node:
        self.budget -= 1
        if self.budget < 0:
            mark = node.start_mark
            raise AgendaError.single(
                self.name,
                mark.line + 1,
                mark.column + 1,
                "too many entries (anchors and aliases expand too far); refusing to read it",
            )
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        if isinstance(node, yaml.MappingNode):
            entries = tuple((self._key(k), self.convert(v)) for k, v in node.value)
            return Mapping(entries, line, column)
        if isinstance(node, yaml.SequenceNode):
            return Sequence(tuple(self.convert(item) for item in node.value), line, column)
        assert isinstance(node, yaml.ScalarNode)  # what is neither a mapping nor a sequence
        return Scalar(self._value(node), str(node.value), line, column)

    def _key(self, node: yaml.Node) -> Scalar:
        converted = self.convert(node)
        if not isinstance(converted, Scalar):
            raise AgendaError.single(self.name, converted.line, converted.column, "a key must be a plain name")
        return converted

    def _value(self, node: yaml.ScalarNode) -> object:
        try:
            return self.loader.construct_object(node, deep=True)
        except (yaml.constructor.ConstructorError, ValueError, OverflowError):
            # e.g. 2020-13-45 looks like a date to YAML; keep the text and let validation say why.
            return node.value

"""Reading agenda files: bytes to located nodes with PyYAML's safe loader, then core validation."""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

from runner.core.agenda import Agenda
from runner.core.agenda_rules import build_agenda
from runner.core.errors import AgendaError
from runner.core.source import Mapping, Node, Scalar, Sequence

MAX_BYTES = 2 * 1024 * 1024
# An agenda of 20,000 segments is about 120,000 nodes; aliases that expand past this are hostile.
MAX_NODES = 400_000


def load_agenda(path: str | Path) -> Agenda:
    """Load and validate an agenda file; every user mistake raises `AgendaError`."""
    name = str(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise AgendaError.single(name, 1, 1, "no such file") from None
    except IsADirectoryError:
        raise AgendaError.single(name, 1, 1, "is a folder, not an agenda file") from None
    except OSError as exc:
        raise AgendaError.single(name, 1, 1, f"cannot be read: {exc.strerror or exc}") from None
    return parse_agenda(data, name)


def parse_agenda(data: bytes, name: str = "<agenda>") -> Agenda:
    """Validate agenda bytes as read from `name`."""
    if len(data) > MAX_BYTES:
        raise AgendaError.single(name, 1, 1, f"is larger than {MAX_BYTES // (1024 * 1024)} MB; not an agenda")
    text = _decode(data, name)
    root = _compose(text, name)
    return build_agenda(root, name, hashlib.sha256(data).hexdigest())


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise AgendaError.single(name, line, column, f"byte 0x{data[exc.start]:02x} is not UTF-8 text",
                                 "save the file as UTF-8") from None


def _compose(text: str, name: str) -> Node:
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise AgendaError.single(name, 1, 1, "the file is empty", "an agenda needs title, timezone and days")
        return _Converter(loader, name).convert(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise AgendaError.single(name, line, column, f"not valid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise AgendaError.single(name, 1, 1, f"not valid YAML: {exc}") from None
    except RecursionError:
        raise AgendaError.single(name, 1, 1, "nested too deeply to be an agenda") from None
    finally:
        loader.dispose()


class _Converter:
    """PyYAML nodes to core nodes, counting every node visited so alias bombs stop early."""

    def __init__(self, loader: yaml.SafeLoader, name: str) -> None:
        self.loader = loader
        self.name = name
        self.budget = MAX_NODES

    def convert(self, node: yaml.Node) -> Node:
        self.budget -= 1
        if self.budget < 0:
            mark = node.start_mark
            raise AgendaError.single(self.name, mark.line + 1, mark.column + 1,
                                     "too many entries (anchors and aliases expand too far); refusing to read it")
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        if isinstance(node, yaml.MappingNode):
            entries = tuple((self._key(k), self.convert(v)) for k, v in node.value)
            return Mapping(entries, line, column)
        if isinstance(node, yaml.SequenceNode):
            return Sequence(tuple(self.convert(item) for item in node.value), line, column)
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

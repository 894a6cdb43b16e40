"""The imported programme as a tidy agenda file: one key a line, each guess marked by a comment.

The text is checked by the agenda's own validator before anything is written, and it is written
to a temporary file beside OUT and renamed over it, so OUT is never half-written.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from runner.core.agenda import Agenda
from runner.core.errors import AgendaError
from runner.io.agenda_yaml import parse_agenda
from runner.io.importers.model import DraftDay, DraftSegment, ImportFailed, Programme, SourceProblem
from runner.io.importers.timetext import format_clock, format_length

FOLD_AT = 96
_RESOLVER = yaml.resolver.Resolver()
_PLAIN_START = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`]")


def yaml_text(text: str) -> str:
    """`text` as a YAML scalar: plain where YAML reads it back as this very text, else double-quoted."""
    plain = (
        _PLAIN_START.match(text)
        and ": " not in text
        and " #" not in text
        and "\t" not in text
        and not text.endswith((":", " "))
        # YAML 1.1 reads yes, null, 10:00, 1e3 as other types: those keep their quotes.
        and _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) == "tag:yaml.org,2002:str"
    )
    return text if plain else json.dumps(text, ensure_ascii=False)  # JSON's escapes are YAML's double-quoted ones


@dataclass
class _Lines:
    """The file's lines, and which source event each block of lines came from."""

    lines: list[str] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    def key(self, indent: str, name: str, value: str, guess: str | None = None, cut: str | None = None) -> None:
        comment = (f"  # guessed: {guess}" if guess else "") + (f"  # cut: {cut}" if cut else "")
        self.lines.append(f"{indent}{name}: {value}{comment}")

    def text(self, indent: str, name: str, value: str, guess: str | None = None, cut: str | None = None) -> None:
        """A scalar on one line; a long one folded (`>-`) over several; one with lines kept (`|-`)."""
        if "\n" in value:
            self.key(indent, name, "|-", guess, cut)
            self.lines.extend(f"{indent}  {line}" for line in value.split("\n"))
        elif len(value) > FOLD_AT and "  " not in value and value == value.strip():
            self.key(indent, name, ">-", guess, cut)
            wrapped = textwrap.wrap(value, FOLD_AT, break_long_words=False, break_on_hyphens=False)
            self.lines.extend(f"{indent}  {line}" for line in wrapped)
        else:
            self.key(indent, name, yaml_text(value), guess, cut)


def render(programme: Programme, source: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The agenda text, and (first line, last line, source WHERE) for each day and segment."""
    out = _Lines()
    out.lines.append(f"# Imported from {Path(source).name} by session-runner import.")
    if any(True for _ in _all_guesses(programme)):
        out.lines.append("# Lines marked 'guessed' hold what the source did not say: check them.")
    out.lines.extend(f"# Left out ({p.where}): {p.message}" for p in programme.left_out)
    out.text("", "title", programme.title, programme.guesses.get("title"))
    out.key("", "timezone", yaml_text(programme.timezone), programme.guesses.get("timezone"))
    out.lines.append("days:")
    for day in programme.days:
        _day(out, day)
    return "\n".join(out.lines) + "\n", out.spans


def _day(out: _Lines, day: DraftDay) -> None:
    first = len(out.lines) + 1
    assert day.date is not None, "the finishing pass gives every day a date"
    out.key("  - ", "date", day.date.isoformat(), day.guesses.get("date"))
    pad = "    "
    if day.title:
        out.text(pad, "title", day.title, day.guesses.get("title"), day.cuts.get("title"))
    if day.chair:
        out.text(pad, "chair", day.chair)
    if day.end is not None:
        out.key(pad, "end", f'"{format_clock(day.end)}"', day.guesses.get("end"))
    if day.speaker_limit:
        out.key(pad, "speaker_limit", format_length(day.speaker_limit), day.guesses.get("speaker_limit"))
    if day.notes:
        out.text(pad, "notes", day.notes, cut=day.cuts.get("notes"))
    out.lines.append(f"{pad}segments:")
    out.spans.append((first, len(out.lines), day.where))
    for i, segment in enumerate(day.segments):
        following = day.segments[i + 1].start if i + 1 < len(day.segments) else day.end
        _segment(out, segment, following)


def _segment(out: _Lines, segment: DraftSegment, following: int | None) -> None:
    first = len(out.lines) + 1
    keys: list[tuple[str, str]] = []
    if segment.start is not None:
        keys.append(("start", f'"{format_clock(segment.start)}"'))
    if segment.duration is not None:
        keys.append(("duration", format_length(segment.duration)))
    elif segment.end is not None and segment.end != following:
        keys.append(("end", f'"{format_clock(segment.end)}"'))
    keys.append(("title", yaml_text(segment.title)))
    if segment.kind != "segment":
        keys.append(("kind", segment.kind))
    if segment.group:
        keys.append(("group", yaml_text(segment.group)))
    if len(segment.speakers) == 1:
        keys.append(("speaker", yaml_text(segment.speakers[0])))
    if segment.speaker_limit:
        keys.append(("speaker_limit", format_length(segment.speaker_limit)))
    for n, (name, value) in enumerate(keys):
        out.key("      - " if n == 0 else "        ", name, value, segment.guesses.get(name), segment.cuts.get(name))
    if len(segment.speakers) > 1:
        out.key("        ", "speakers", "", segment.guesses.get("speakers"))
        out.lines[-1] = out.lines[-1].replace("speakers: ", "speakers:", 1)
        out.lines.extend(f"          - {yaml_text(name)}" for name in segment.speakers)
    if segment.notes:
        out.text("        ", "notes", segment.notes, segment.guesses.get("notes"), segment.cuts.get("notes"))
    out.spans.append((first, len(out.lines), segment.where))


def _all_guesses(programme: Programme) -> Iterator[str]:
    yield from programme.guesses.values()
    for day in programme.days:
        yield from day.guesses.values()
        for segment in day.segments:
            yield from segment.guesses.values()


def validate(text: str, spans: list[tuple[int, int, str]], source: str, out_name: str) -> Agenda:
    """The agenda the text holds; its problems become located lines of the source."""
    try:
        return parse_agenda(text.encode("utf-8"), out_name)
    except AgendaError as exc:
        raise ImportFailed(
            [_located(problem.line, problem.message, spans, source) for problem in exc.problems]
        ) from None


def _located(line: int, message: str, spans: list[tuple[int, int, str]], source: str) -> SourceProblem:
    where = "1"
    for first, last, origin in spans:
        if first <= line <= last:
            where = origin
    return SourceProblem(source, where, message)


def write_atomically(text: str, out: str | Path) -> None:
    """Write `text` to `out` through a temporary file in the same folder, renamed over it."""
    target = Path(out)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise

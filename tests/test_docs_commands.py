"""The README and the manual in docs/ show commands a new user can paste as they stand.

Every `main.py` command in a fenced block (or a `$ ` prompt line, or an inline code span without
placeholders) must parse with the one parser, name files that exist, and the ones that only read
the repository's own files run here for real; the rehearsal's shown output is what it prints.
"""

from __future__ import annotations

import glob
import re
import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest

from runner.cli import build_parser, command_line, main

REPO = Path(__file__).resolve().parents[1]
PAGES = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
PROGRAM = re.compile(r"(?:\.venv/bin/)?python3? main\.py|session-runner")
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.M | re.S)
INLINE = re.compile(r"`((?:\.venv/bin/)?python3? main\.py[^`]*)`")
PLACEHOLDER = re.compile(r"\[|…|\b[A-Z]{3,}\b")  # `AGENDA [--day YYYY-MM-DD]` is a synopsis, not a command


def documented_commands() -> Iterator[tuple[str, str]]:
    """(page, command) for every program line a reader would paste."""
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for language, block in FENCE.findall(text):
            for line in block.splitlines():
                if language == "text" and not line.startswith("$ "):
                    continue  # shown output, not a command
                command = line.removeprefix("$ ").split("|")[-1].split(" #")[0].strip()
                if PROGRAM.match(command):
                    yield page.name, command
        for command in INLINE.findall(text):
            if not PLACEHOLDER.search(command):
                yield page.name, command


def arguments(command: str) -> list[str]:
    words = shlex.split(command)
    start = 1 if words[0] == "session-runner" else 2
    expanded: list[str] = []
    for word in words[start:]:
        matches = sorted(glob.glob(word, root_dir=REPO)) if "*" in word else []
        expanded += [m.replace("\\", "/") for m in matches] or [word]
    return expanded


COMMANDS = sorted(set(documented_commands()))


def test_the_pages_show_commands() -> None:
    pages = {page for page, _ in COMMANDS}
    assert {"README.md", "running.md", "importing.md", "rooms.md", "reports.md"} <= pages, pages


@pytest.mark.parametrize(("page", "command"), COMMANDS, ids=[f"{p}:{c[:60]}" for p, c in COMMANDS])
def test_a_documented_command_parses_and_names_real_files(page: str, command: str) -> None:
    args = command_line(arguments(command))
    if "--help" in args or "--version" in args:
        return
    try:
        build_parser().parse_args(args)
    except SystemExit as exc:  # argparse's usage error
        pytest.fail(f"{page}: {command!r} does not parse (exit {exc.code})")
    for word in args:
        if re.match(r"(agendas|tests|docs|bench|resources)/", word):
            assert (REPO / word).exists(), f"{page}: {command!r} names {word}, which does not exist"


def _runs_here(args: list[str]) -> bool:
    """Commands that read only the repository's own files and write only their -o file."""
    return args[0] in {"check", "import", "report", "rehearse"} and all(
        not re.match(r"(mqtts?|https?)://", word) and word != "-" for word in args
    )


def runnable_by_page() -> dict[str, list[str]]:
    pages: dict[str, list[str]] = {}
    for page, command in documented_commands():  # in the page's order: an import, then its check
        if _runs_here(command_line(arguments(command))) and command not in pages.get(page, []):
            pages.setdefault(page, []).append(command)
    return pages


RUNNABLE = runnable_by_page()


@pytest.mark.parametrize("page", sorted(RUNNABLE))
def test_the_documented_commands_run_in_order(page: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    written: dict[str, str] = {}  # the page writes beside the reader's files; the test into its own folder
    for command in RUNNABLE[page]:
        args = [written.get(word, word) for word in command_line(arguments(command))]
        for position in [n + 1 for n, word in enumerate(args[:-1]) if word == "-o"]:  # `-o` may come again
            written[args[position]] = args[position] = str(tmp_path / Path(args[position]).name)
        assert main(args) == 0, f"{page}: {command!r} failed"


def test_the_rehearsal_prints_what_the_manual_shows(capsys: pytest.CaptureFixture[str]) -> None:
    text = (REPO / "docs" / "running.md").read_text(encoding="utf-8")
    block = next(b for lang, b in FENCE.findall(text) if lang == "text" and "$ " in b and "rehearse" in b)
    prompt, *shown = block.splitlines()
    args = command_line(arguments(prompt.removeprefix("$ ")))
    assert main(args) == 0
    printed = capsys.readouterr().out.splitlines()
    for line in shown:
        if line.strip() != "…":
            assert line in printed, f"docs/running.md shows {line!r}, the rehearsal does not print it"


LINK = re.compile(r"!?\[[^\]]*\]\(([^)#\s]+)(?:#[^)]*)?\)")


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_every_local_link_of_a_page_resolves(page: Path) -> None:
    text = FENCE.sub("", page.read_text(encoding="utf-8"))  # a block's text is an example, not a link
    broken = [
        target
        for target in LINK.findall(text)
        if not re.match(r"[a-z]+:", target) and not (page.parent / target).exists()
    ]
    assert broken == [], f"{page.name} links to missing files: {broken}"

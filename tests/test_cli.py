"""The command line's shape: one parser, real subcommands with their own help, a bare AGENDA opens the app."""

from __future__ import annotations

import pytest

from runner import __version__
from runner.cli import build_parser, command_line, main


def test_a_bare_agenda_means_open() -> None:
    assert command_line([]) == ["open"]
    assert command_line(["agendas/rehearsal.yaml", "--day", "2020-01-01"])[:2] == ["open", "agendas/rehearsal.yaml"]
    assert command_line(["check", "a.yaml"]) == ["check", "a.yaml"]
    assert command_line(["--version"]) == ["--version"]


def test_version_names_the_qt_and_python_it_runs_on(capsys: pytest.CaptureFixture[str]) -> None:
    import platform

    import PySide6
    from PySide6.QtCore import qVersion

    assert main(["--version"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"session-runner {__version__}"
    assert lines[1] == f"Qt {qVersion()} (PySide6 {PySide6.__version__})"
    assert lines[2] == f"Python {platform.python_version()} ({platform.python_implementation()})"


def test_every_command_has_its_own_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    top = capsys.readouterr().out
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in commands:
        assert name in top
        assert main([name, "--help"]) == 0
        text = capsys.readouterr().out
        assert f"session-runner {name}" in text and "options:" in text


def test_a_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report"]) == 2
    assert "required" in capsys.readouterr().err


def test_lang_takes_one_of_the_six_un_languages(capsys: pytest.CaptureFixture[str]) -> None:
    for code in ("ar", "en", "es", "fr", "ru", "zh"):
        assert build_parser().parse_args(["open", "--lang", code]).lang == code
        assert build_parser().parse_args(["report", "log.sqlite", "-o", "x.md", "--lang", code]).lang == code
    assert build_parser().parse_args(["open"]).lang is None
    assert main(["open", "--lang", "de"]) == 2
    assert "invalid choice: 'de'" in capsys.readouterr().err


def test_a_named_command_is_parsed_by_its_own_parser_alone(capsys) -> None:
    """main builds only the named command's parser (the app's start skips the other eight); the
    top-level help still lists every command."""
    every = set(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    for name in every:
        assert set(build_parser(name)._subparsers._group_actions[0].choices) == {name}  # type: ignore[union-attr]
    assert main(["--help"]) == 0
    listed = capsys.readouterr().out
    assert all(name in listed for name in every)
    assert main(["check", "--help"]) == 0 and "AGENDA" in capsys.readouterr().out


def test_max_viewers_is_a_number_of_viewers_with_the_servers_default(capsys: pytest.CaptureFixture[str]) -> None:
    from runner.cli import DEFAULT_VIEWERS
    from runner.web.server import MAX_VIEWERS

    assert DEFAULT_VIEWERS == MAX_VIEWERS  # the help's default is the server's
    serve = ["serve", "--from", "mqtt://127.0.0.1/event", "--room", "plenary", "--listen", "8765"]
    assert build_parser("serve").parse_args([*serve, "--max-viewers", "3000"]).max_viewers == 3000
    assert build_parser("serve").parse_args(serve).max_viewers is None
    assert build_parser("open").parse_args(["open", "--serve", "8765", "--max-viewers", "50"]).max_viewers == 50
    for wrong in ("0", "many", "1000000"):
        assert main([*serve, "--max-viewers", wrong]) == 2
        assert "is not a number of viewers from 1 to 100000" in capsys.readouterr().err
    assert main(["open", "--max-viewers", "50"]) == 2
    assert "--max-viewers goes with --serve" in capsys.readouterr().err

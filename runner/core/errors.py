"""The one error type for everything a user can get wrong in a file: `UserFileError`, as an
`AgendaError` (an agenda) or a `runner.core.timing_log.LogError` (a timing log)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One located problem in a user's file."""

    path: str
    line: int
    column: int
    message: str
    hint: str = ""

    def __str__(self) -> str:
        text = f"{self.path}:{self.line}:{self.column}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


class UserFileError(Exception):
    """A file a user supplied is wrong; holds every problem found, each one line for the user."""

    def __init__(self, problems: list[Problem]) -> None:
        if not problems:
            raise ValueError("AgendaError needs at least one problem")
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def single(cls, path: str, line: int, column: int, message: str, hint: str = "") -> UserFileError:
        return cls([Problem(path, line, column, message, hint)])


class AgendaError(UserFileError):
    """An agenda file (or a programme to import) a user supplied is wrong."""

    @classmethod
    def single(cls, path: str, line: int, column: int, message: str, hint: str = "") -> AgendaError:
        return cls([Problem(path, line, column, message, hint)])

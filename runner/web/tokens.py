"""The secrets in the views' links: one read-only view token and one control token, kept beside
the timing log so the links a chair was sent still work after the app restarts."""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

# 24 random bytes: 192 bits, well past the 128 a guessed link would need to be out of reach.
TOKEN_BYTES = 24


@dataclass(frozen=True)
class ViewTokens:
    """`view` opens the pages, the state and the WebSocket; `control` drives the console."""

    view: str
    control: str

    @classmethod
    def fresh(cls) -> ViewTokens:
        return cls(secrets.token_urlsafe(TOKEN_BYTES), secrets.token_urlsafe(TOKEN_BYTES))


def tokens_path(log_path: Path) -> Path:
    """Where a day's tokens live: beside its timing log."""
    return log_path.with_name(log_path.stem + ".views.json")


def load_tokens(path: Path) -> ViewTokens:
    """The saved tokens, or new ones saved there (a missing or unreadable file makes new links)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        tokens = ViewTokens(str(data["view"]), str(data["control"]))
    except (OSError, ValueError, KeyError, TypeError):
        return renew_tokens(path)
    if min(len(tokens.view), len(tokens.control)) < 22:  # not one we wrote: 22 characters are 128 bits
        return renew_tokens(path)
    return tokens


def renew_tokens(path: Path) -> ViewTokens:
    """New tokens, saved (readable by this user only); every link given out before stops working."""
    tokens = ViewTokens.fresh()
    save_tokens(path, tokens)
    return tokens


def save_tokens(path: Path, tokens: ViewTokens) -> None:
    """Keep `tokens` at `path`, readable by this user only (written whole, or not at all)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    scratch = path.with_name(path.name + ".tmp")
    descriptor = os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        json.dump(asdict(tokens), file)
    os.replace(scratch, path)


def same_token(given: str | None, expected: str) -> bool:
    """Compared in constant time, so the answer's timing tells nothing about the token."""
    return given is not None and secrets.compare_digest(given.encode(), expected.encode())

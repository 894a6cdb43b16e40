"""The secrets in the views' links: one token per view (the chair's, the speakers', the stage's)
and one for control, kept beside the timing log so the links a chair was sent still work after
the app restarts. A view's token opens that view alone: a speaker's phone cannot read the chair's
page, and each view's viewers are counted in that view's share of the slots."""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import asdict, dataclass
from pathlib import Path

from runner.core.i18n import tr

# 24 random bytes: 192 bits, well past the 128 a guessed link would need to be out of reach.
TOKEN_BYTES = 24
SHORTEST = 22  # characters of a token we wrote: 22 are 128 bits
VIEW_NAMES = ("chair", "speaker", "stage")


@dataclass(frozen=True)
class ViewTokens:
    """Each view's token opens its page, and the state and WebSocket it uses; `control` drives the console."""

    chair: str
    speaker: str
    stage: str
    control: str

    @classmethod
    def fresh(cls) -> ViewTokens:
        return cls(*(secrets.token_urlsafe(TOKEN_BYTES) for _ in range(4)))

    def of(self, view: str) -> str:
        """The token of `view` (one of VIEW_NAMES)."""
        return {"chair": self.chair, "speaker": self.speaker, "stage": self.stage}[view]

    def view_of(self, given: str | None) -> str | None:
        """Which view `given` opens, or None; every token is compared, in constant time."""
        found = None
        for view in VIEW_NAMES:
            if same_token(given, self.of(view)):
                found = view
        return found


@dataclass(frozen=True)
class LoadedTokens:
    tokens: ViewTokens
    notice: str | None = None  # a line to say (an older file was migrated), else None


def tokens_path(log_path: Path) -> Path:
    """Where a day's tokens live: beside its timing log."""
    return log_path.with_name(log_path.stem + ".views.json")


def load_tokens(path: Path) -> ViewTokens:
    """The saved tokens, or new ones saved there (a missing or unreadable file makes new links)."""
    return read_tokens(path).tokens


def read_tokens(path: Path) -> LoadedTokens:
    """As `load_tokens`, with the line to say when the file was an older one's, migrated.

    Before per-view tokens one `view` token opened every view. It stays the chair's (the link the
    chair was sent keeps working); the speakers' and the stage's get new tokens: the old link,
    still on a speaker's phone, would otherwise open the chair's page.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if "view" in data and "chair" not in data:
            return _migrated(path, str(data["view"]), str(data["control"]))
        tokens = ViewTokens(str(data["chair"]), str(data["speaker"]), str(data["stage"]), str(data["control"]))
    except (OSError, ValueError, KeyError, TypeError):
        return LoadedTokens(renew_tokens(path))
    if min(len(token) for token in asdict(tokens).values()) < SHORTEST or len(set(asdict(tokens).values())) < 4:
        return LoadedTokens(renew_tokens(path))  # not one we wrote
    return LoadedTokens(tokens)


def _migrated(path: Path, view: str, control: str) -> LoadedTokens:
    if min(len(view), len(control)) < SHORTEST:
        return LoadedTokens(renew_tokens(path))
    fresh = ViewTokens.fresh()
    tokens = ViewTokens(view, fresh.speaker, fresh.stage, control)
    save_tokens(path, tokens)
    notice = tr(
        "{file}: each view now has its own link: the chair's is unchanged; "
        "the speakers' and the stage's are new, send them again",
        file=path.name,
    )
    return LoadedTokens(tokens, notice)


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

"""The host's ready-made messages for the chair's screen ("Please wrap up"), in every language.

The host picks one from the console's list or types their own. The log keeps the text as it was
sent, in the host's language. A ready-made one is known in all six languages, so the chair's and
the speakers' pages opened in another language (and the chair's window set to one) show it in
theirs; a message the host typed stays as typed.
"""

from __future__ import annotations

from runner.core.i18n import LANGUAGES, load_catalogue, tr_noop

READY_MADE = (
    tr_noop("Please wrap up"),
    tr_noop("One minute left"),
    tr_noop("Time is up"),
    tr_noop("Next speaker, please"),
    tr_noop("Please unmute"),
)


def ready_made(text: str) -> str | None:
    """The ready-made message (in English) that `text` is in one of the languages, else None."""
    sent = text.strip()
    if not sent:
        return None
    for message in READY_MADE:
        if any(load_catalogue(language).translate(message) == sent for language in LANGUAGES):
            return message
    return None


def in_language(text: str, language: str) -> str:
    """`text` as the chair's screen shows it in `language`: a ready-made message in that language,
    anything else as sent."""
    message = ready_made(text)
    return text if message is None else load_catalogue(language).translate(message)

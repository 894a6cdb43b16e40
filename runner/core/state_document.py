"""The state document: one room's live state as plain JSON-ready data, the same on the web views,
`/api/state`, the WebSocket and the broker (the contract's "The state document").

Built from one `Snapshot`, so a viewer reads the very figures the host's window shows. Times are
ISO 8601 with their offset in the agenda's zone; `remaining_ms` holds at `sent_at`: a viewer counts
down from it with its own monotonic clock, so it flips on time between documents. Its keys and
types are the typed model's (runner.core.document_model, published as
docs/state-document.schema.json).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Literal

from runner.core.chair_messages import ready_made
from runner.core.delegations import delegation_name
from runner.core.document_model import (
    FloorDocument,
    InEachLanguage,
    NextDocument,
    SegmentDocument,
    SpeakerDocument,
    StateDocument,
)
from runner.core.floor_order import rank_name
from runner.core.i18n import load_catalogue
from runner.core.snapshot import SegmentView, Snapshot, SpeakerView

VERSION = 1
# The chair's view lists the speakers after the one speaking (or the next segments' when none).
UPCOMING_SPEAKERS = 3


def state_document(
    snapshot: Snapshot, day: date, room: str, message: str | None = None, *, language: str
) -> StateDocument:
    """The document for this snapshot of `room`'s `day`; `message` is the host's text for the chair
    (None: the one the snapshot holds, from the log's `message` events); `language` the views'
    (the host's choice, passed by whoever builds the document: nothing here reads a global)."""
    running = snapshot.view(snapshot.current)
    upcoming = None if snapshot.finished else snapshot.view(snapshot.next)
    shown_message = (snapshot.message if message is None else message) or None
    return {
        "version": VERSION,
        "room": room,
        "day": day.isoformat(),
        "timezone": _zone_name(snapshot.now),
        "sent_at": snapshot.now.isoformat(timespec="milliseconds"),
        "status": _status(snapshot),
        "segment": _segment(running, snapshot) if running else None,
        "remaining_ms": _ms(snapshot.remaining_s) if running else 0,
        "speaker": _speaker(snapshot.current_speaker, language),
        "upcoming_speakers": [s.label(language) for s in snapshot.upcoming_speakers()[:UPCOMING_SPEAKERS]],
        "next": _next(upcoming),
        "offset_s": round(snapshot.offset_s),
        "projected_end": _iso(snapshot.projected_end),
        "hard_stop": _iso(snapshot.hard_stop),
        "hard_stop_at_risk": snapshot.hard_stop_at_risk,
        # The recovery plan on offer, in one line, while the stop is at risk (an extension: null else).
        "recovery": snapshot.recovery or None,
        "recovery_languages": _recovery_languages(snapshot),
        "message": shown_message,
        "message_languages": _message_languages(shown_message),
        # The pages opened without ?lang= show their own text in it (an extension).
        "language": language,
        # A floor's lists by delegation, in the document's language (an extension: null else).
        "floor": _floor(snapshot, language),
    }


def _recovery_languages(snapshot: Snapshot) -> InEachLanguage | None:
    """The plan's line in every language, so that the chair's page in French reads it in French
    while the host works in English (only while a plan is on offer: ~1 KB more then, none else)."""
    if snapshot.recovery_plan is None:
        return None
    return _in_each_language(snapshot.recovery_in)


def _message_languages(message: str | None) -> InEachLanguage | None:
    """A ready-made message ("Please wrap up") in every language, so the speaker's page in Arabic
    reads it in Arabic; a message the host typed has none (it stays as typed)."""
    preset = ready_made(message) if message else None
    if preset is None:
        return None
    return _in_each_language(lambda language: load_catalogue(language).translate(preset))


def _in_each_language(said: Callable[[str], str]) -> InEachLanguage:
    return InEachLanguage(ar=said("ar"), en=said("en"), es=said("es"), fr=said("fr"), ru=said("ru"), zh=said("zh"))


def _status(snapshot: Snapshot) -> Literal["idle", "running", "paused", "ended"]:
    if snapshot.current is not None:
        return "paused" if snapshot.paused else "running"
    return "ended" if snapshot.finished else "idle"


def _segment(view: SegmentView, snapshot: Snapshot) -> SegmentDocument:
    segment = view.segment
    return {
        "index": segment.index,
        "title": segment.title,
        "kind": segment.kind.value,
        "group": segment.group or None,
        "allowed_ms": _ms(snapshot.allowed_s),  # with the host's added minutes: the page's colour levels
        "speakers": [s.name for s in segment.speakers],
        # From this much time left the page's countdown is in its warning colour, as the alert says.
        "warning_ms": None if snapshot.warning_from_s is None else _ms(snapshot.warning_from_s),
    }


def _speaker(speaker: SpeakerView | None, language: str) -> SpeakerDocument | None:
    if speaker is None:
        return None
    remaining = speaker.remaining_s
    document: SpeakerDocument = {
        "name": speaker.label(language),
        "remaining_ms": None if remaining is None else _ms(remaining),
        "limit_ms": None if speaker.limit_s is None else _ms(speaker.limit_s),
    }
    if speaker.delegation:
        document["delegation"] = delegation_name(speaker.delegation, language)
        document["code"] = speaker.delegation
        document["rank"] = rank_name(speaker.rank, language) or None
    return document


def _floor(snapshot: Snapshot, language: str) -> FloorDocument | None:
    if not snapshot.floor:
        return None
    waiting = snapshot.upcoming_speakers()
    document: FloorDocument = {
        "left": [s.label(language) for s in waiting if not s.reply],
        "replies": [s.label(language) for s in waiting if s.reply],
        "point_of_order": snapshot.point_of_order,
    }
    ranks = [rank_name(s.rank, language) for s in waiting if not s.reply]
    if any(ranks):  # a list that gives ranks (in protocol order); else the document as before
        document["ranks"] = ranks
    return document


def _next(view: SegmentView | None) -> NextDocument | None:
    if view is None:
        return None
    return {
        "index": view.segment.index,
        "title": view.segment.title,
        "starts_at": _iso(view.projected_start or view.segment.start),
        "speakers": [s.name for s in view.segment.speakers],
    }


def _ms(seconds: float) -> int:
    return round(seconds * 1000)


def _iso(when: datetime | None) -> str | None:
    # Milliseconds: every browser's Date.parse reads them (not all read microseconds).
    return None if when is None else when.isoformat(timespec="milliseconds")


def _zone_name(now: datetime) -> str | None:
    return getattr(now.tzinfo, "key", None)


def aged(document: StateDocument, seconds: float) -> StateDocument:
    """The same state `seconds` after its `sent_at`: a running segment's (and speaker's) time counts
    down. For a viewer who connects between documents, so its count starts from a fresh one."""
    if seconds <= 0 or not document.get("sent_at"):
        return document
    later = document.copy()
    sent = datetime.fromisoformat(document["sent_at"])
    later["sent_at"] = (sent + timedelta(seconds=seconds)).isoformat(timespec="milliseconds")
    remaining = document.get("remaining_ms")
    if document.get("status") == "running" and remaining is not None:
        later["remaining_ms"] = remaining - _ms(seconds)
        speaker, floor = document.get("speaker"), document.get("floor")
        spoken = None if speaker is None else speaker.get("remaining_ms")
        held = floor is not None and floor.get("point_of_order")  # the speaker's clock stands still
        if speaker is not None and spoken is not None and not held:
            later["speaker"] = {**speaker, "remaining_ms": spoken - _ms(seconds)}
    return later


# What only some views are meant to read: the recovery plan on offer is for the chair to agree
# with the host (what to cut, whom to shorten), and the host's message is for the chair and the
# speaker, never the stage, whose page goes out on the stream. The broker's readers (the
# organiser) get the whole document.
_PLAN = ("recovery", "recovery_languages")
_MESSAGE = ("message", "message_languages")
_WITHHELD: dict[str, tuple[str, ...]] = {"chair": (), "speaker": _PLAN, "stage": (*_PLAN, *_MESSAGE)}


def for_view(document: StateDocument, view: str) -> StateDocument:
    """`document` as the `view`'s token may read it: the keys meant for other views null (the
    document keeps every key and its shape, so a reader of the schema finds nothing missing)."""
    withheld = [key for key in _WITHHELD.get(view, (*_PLAN, *_MESSAGE)) if document.get(key) is not None]
    if not withheld:
        return document
    shown = document.copy()
    for key in withheld:
        shown[key] = None  # type: ignore[literal-required]
    return shown

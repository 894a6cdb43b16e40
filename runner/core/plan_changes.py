"""The report's account of live changes: each `edit` in words (when, by whom, what), the plan as
changed, and the chair's summary sentence ("Two items were added (6 min); the plan was trimmed
twice to hold the 12:00 stop, which held.").

Words are made while the events replay, so each edit names the segment as it was then.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from runner.core import events as ev
from runner.core import i18n
from runner.core.events import EditChange, EngineEvent, EventType
from runner.core.i18n import tr, trn
from runner.core.recovery_plan import clock_text, join_words, limit_text, minutes_text
from runner.core.reversal import taken_out

if TYPE_CHECKING:
    from runner.core.engine import SessionEngine

_COUNTS = {1: "One", 2: "Two", 3: "Three", 4: "Four", 5: "Five"}


@dataclass(frozen=True)
class Change:
    """One line of "Changes to the plan": the edits one action made, in words."""

    at: datetime
    by: str
    plan: int | None
    text: str


def replay_with_changes(engine: SessionEngine, events: Sequence[EngineEvent]) -> list[Change]:
    """Replay `events` into a fresh `engine`, describing each edit against the state just before it."""
    changes: list[Change] = []
    begin, undone = 0, None
    for position, event in enumerate(events):
        if event.type is not EventType.EDIT:
            continue
        undone = taken_out(events)[0] if undone is None else undone  # a day with no edit: no cost
        if position + 1 in undone:
            continue
        engine.replay(events[begin:position])  # in runs between edits: as fast as one replay
        text = _describe(engine, event)
        engine.replay((event,))
        begin = position + 1
        edit = event.payload
        assert isinstance(edit, ev.Edit)
        last = changes[-1] if changes else None
        if last is not None and edit.plan is not None and last.plan == edit.plan:
            changes[-1] = Change(last.at, last.by, last.plan, f"{last.text}; {text}")  # one plan, one line
        else:
            changes.append(Change(event.wall, edit.by, edit.plan, text))
    engine.replay(events[begin:])
    return [_with_author(c) for c in changes]


def _with_author(change: Change) -> Change:
    if change.plan is not None:
        text = tr("{by} accepted recovery plan {plan}: {what}", by=_by(change.by), plan=change.plan, what=change.text)
    else:
        text = tr("{by}: {what}", by=_by(change.by), what=change.text)
    return Change(change.at, change.by, change.plan, text)


def _by(who: str) -> str:
    return tr("The host") if who == "host" else who


def _describe(engine: SessionEngine, event: EngineEvent) -> str:
    edit, at = event.payload, event.segment
    assert isinstance(edit, ev.Edit) and at is not None
    before, after = edit.before or {}, edit.after or {}
    if edit.change is EditChange.INSERT:
        where = engine.runs[at - 1].segment.title if at > 0 else ""
        what = tr("inserted {title} ({length})", title=after["title"], length=minutes_text(after["duration_s"]))
        return tr("{what} after {where}", what=what, where=where) if where else tr("{what} first", what=what)
    title = engine.runs[at].segment.title
    if edit.change is EditChange.LENGTH:
        return tr(
            "{title} {before} → {after}",
            title=title,
            before=minutes_text(before["duration_s"]),
            after=minutes_text(after["duration_s"]),
        )
    if edit.change is EditChange.RENAME:
        return tr("renamed {before} to {after}", before=before["title"], after=after["title"])
    if edit.change is EditChange.MOVE:
        return tr("moved {title} from place {a} to {b}", title=title, a=before["index"] + 1, b=after["index"] + 1)
    if edit.change is EditChange.REMOVE:
        return tr("removed {title} ({length})", title=title, length=minutes_text(before["duration_s"]))
    who = tr("speakers' limit") if edit.position is None else engine.runs[at].speakers.slots[edit.position].name
    return tr("{title}, {who}: {before} → {after}", title=title, who=who, before=_limit(before), after=_limit(after))


def _limit(values: dict[str, Any]) -> str:
    limit = values.get("limit_s")
    return tr("no limit") if limit is None else limit_text(float(limit))


def summary_sentence(events: Sequence[EngineEvent], hard_stop: datetime | None, closed: datetime | None) -> str:
    """What was changed and recovered, in one sentence; empty when nothing was."""
    edits = [e.payload for e in events if isinstance(e.payload, ev.Edit)]
    inserted = [e for e in edits if e.change is EditChange.INSERT]
    removed = [e for e in edits if e.change is EditChange.REMOVE]
    plans = len({e.plan for e in edits if e.plan is not None})
    parts = []
    if inserted:
        total = minutes_text(sum(float((e.after or {})["duration_s"]) for e in inserted))
        count = _count_word(len(inserted))
        parts.append(
            trn(
                "{count} item was added ({length})",
                "{count} items were added ({length})",
                len(inserted),
                count=count,
                length=total,
            )
        )
    if removed:
        count = _count_word(len(removed))
        count = count.lower() if parts else count
        parts.append(trn("{count} item was dropped", "{count} items were dropped", len(removed), count=count))
    if plans:
        parts.append(_plans_words(plans, hard_stop, closed, lower=bool(parts)))
    if not parts:
        return ""
    return join_words(parts[:1]) + "".join(tr("; {part}", part=p) for p in parts[1:]) + "."


def _count_word(n: int) -> str:
    """'Two' in English prose; a figure in the other languages (as the narrative's `number`)."""
    if i18n.active_language() == i18n.SOURCE_LANGUAGE:
        return _COUNTS.get(n, str(n))
    return str(n)


def _plans_words(plans: int, stop: datetime | None, closed: datetime | None, lower: bool) -> str:
    if plans == 1:
        head = tr("the plan was trimmed once")
    elif plans == 2:
        head = tr("the plan was trimmed twice")
    else:
        head = trn("the plan was trimmed {count} time", "the plan was trimmed {count} times", plans, count=plans)
    head = head if lower else head[:1].upper() + head[1:]
    if stop is None:
        return head
    stop_text = clock_text(stop)
    if closed is None:
        return tr("{head} to hold the {stop} stop", head=head, stop=stop_text)
    if closed <= stop:
        return tr("{head} to hold the {stop} stop, which held", head=head, stop=stop_text)
    late = minutes_text((closed - stop).total_seconds())
    return tr("{head} to hold the {stop} stop, passed all the same by {late}", head=head, stop=stop_text, late=late)

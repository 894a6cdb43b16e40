"""The live views' own text (labels, captions, the connection notice) in each of the six languages.

The pages are served in a language: the viewer's `?lang=xx`, else the room's (the state document's
`language`, the host's choice). The server fills the static text in (`lang`, `dir`, the title) and
hands the page's script its strings as JSON; the script fills their `{fields}` with the live values,
each isolated, so a title or a name in another script never reorders the sentence around it.
Translated by the core's catalogues (`core_<lang>.json`), so a headless `serve` needs no Qt.
"""

from __future__ import annotations

import html
import json
import re
from functools import cache
from typing import Any

from runner.core.i18n import LANGUAGES, RIGHT_TO_LEFT, SOURCE_LANGUAGE, load_catalogue, tr_noop

# key -> the English msgid; the page's script asks for text by key.
PAGE_TEXT: dict[str, str] = {
    "title_chair": tr_noop("Chair · Session Runner"),
    "title_speaker": tr_noop("Speaker · Session Runner"),
    "title_stage": tr_noop("Stage · Session Runner"),
    "connecting": tr_noop("Connecting…"),
    "paused": tr_noop("PAUSED"),
    "overtime": tr_noop("OVERTIME"),
    "day_over": tr_noop("Day over"),
    "waiting": tr_noop("Waiting to start"),
    "the_day_is_over": tr_noop("The day is over"),
    "coming_up": tr_noop("Coming up: {title}"),
    "next_title": tr_noop("Next: {title}"),
    "next_at": tr_noop("Next ≈ {time}: {title}"),
    "next_at_with": tr_noop("Next ≈ {time}: {title} — {speakers}"),
    "speaker_left": tr_noop("{name} {time} left"),
    "speaker_over": tr_noop("{name} over by {time}"),
    "name_rank": tr_noop("{name}, {rank}"),
    "next_speakers": tr_noop("Next: {names}"),
    "then": tr_noop("then {names}"),
    "then_more": tr_noop("then {names} (+{more})"),
    "replies": tr_noop("Replies: {names}"),
    "point_of_order": tr_noop("Point of order"),
    "on_time": tr_noop("on time"),
    "behind": tr_noop("{duration} behind"),
    "ahead": tr_noop("{duration} ahead"),
    "ends_at": tr_noop("Ends ≈ {time}"),
    "hard_stop": tr_noop("hard stop {time}"),
    "hard_stop_at_risk": tr_noop("hard stop {time} AT RISK"),
    "seconds": tr_noop("{n} s"),
    "minutes": tr_noop("{n} min"),
    "hours": tr_noop("{h} h"),
    "hours_minutes": tr_noop("{h} h {m} min"),
    "clock_event": tr_noop("{time} (event)"),
    "clock_here": tr_noop("{time} (here)"),
    "clock_in_step": tr_noop("your clock is in step with the host's"),
    "clock_ahead": tr_noop("your clock is {by} ahead of the host's"),
    "clock_behind": tr_noop("your clock is {by} behind the host's"),
    "link_replaced": tr_noop("This link was replaced by a new one: ask the host for the new link."),
    "link_lost": tr_noop("Connection lost: reconnecting…"),
    "link_lost_since": tr_noop("Connection lost: reconnecting… (last update {age} ago)"),
    "link_stale": tr_noop("No update for {age}: the times may be out of date"),
    "room_offline": tr_noop("The host's app is offline: the times go on from its last news"),
}
# What a viewer's browser shows for a link that does not open the view, in the page's language.
REFUSALS: dict[str, str] = {
    "no_token": tr_noop("This link has no token: ask the host for the whole link."),
    "bad_token": tr_noop("This link is not valid (any more): ask the host for a new one."),
    "other_view": tr_noop("This link opens another view: ask the host for this view's link."),
    "full": tr_noop("Too many viewers on this link: try again later."),
}
# The locale the page's Intl formats its clock times and figures with: Western digits in Arabic,
# as UN Arabic documents write them (the glossary's convention); British English, as the UN writes it.
INTL_LOCALES = {"ar": "ar-u-nu-latn", "en": "en-GB", "zh": "zh-Hans"}
_FIELD = re.compile(r"\{\{(\w+)\}\}")


def page_language(asked: str | None) -> str | None:
    """One of the six languages from a `?lang=` value ('fr', 'FR', 'fr-CA', 'zh_Hans'), else None."""
    if not asked:
        return None
    code = re.split(r"[-_]", asked.strip(), maxsplit=1)[0].lower()
    return code if code in LANGUAGES else None


@cache
def page_text(language: str, chosen: bool = False) -> dict[str, Any]:
    """What a page needs in `language`: its `lang` and `dir`, Intl's locale and its strings.

    `chosen`: the viewer asked for it (`?lang=`), so the page keeps it when the room's changes."""
    catalogue = load_catalogue(language)
    return {
        "lang": language,
        "dir": "rtl" if language in RIGHT_TO_LEFT else "ltr",
        "locale": INTL_LOCALES.get(language, language),
        "chosen": chosen,
        "languages": list(LANGUAGES),
        "strings": {key: catalogue.translate(msgid) for key, msgid in PAGE_TEXT.items()},
    }


def render_page(template: str, view: str, language: str = SOURCE_LANGUAGE, chosen: bool = False) -> bytes:
    """A view's page from its template: `{{lang}}`, `{{dir}}`, `{{text}}` (the JSON for its script)
    and `{{KEY}}` for any of `PAGE_TEXT`'s keys (`{{title}}`: the view's own title), escaped."""
    text = page_text(language, chosen)
    values = {**text["strings"], "lang": text["lang"], "dir": text["dir"], "title": text["strings"][f"title_{view}"]}

    def fill(match: re.Match[str]) -> str:
        key = match.group(1)
        if key == "text":  # inside <script type="application/json">: no "</script" can close it early
            return json.dumps(text, ensure_ascii=False).replace("<", "\\u003c")
        return html.escape(values[key])

    return _FIELD.sub(fill, template).encode()


def refusal_text(key: str, language: str) -> str:
    """One of REFUSALS in `language`."""
    return load_catalogue(language).translate(REFUSALS[key])

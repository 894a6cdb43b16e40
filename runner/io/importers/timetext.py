"""Reading times, ranges and lengths as programmes write them, and tidying the text around them."""

from __future__ import annotations

import re
import unicodedata

from runner.core.durations import parse_duration

# 9:30, 09:30, 9.30 am, 9:00 a.m., 14h30, 9 h 00, 14h, 2 PM, 12 noon; hours up to 47 for a night
# that runs past midnight.
_CLOCK = (
    r"(?P<{n}h>[0-4]?\d)(?:(?:[:.]|\s?h\s?)(?P<{n}m>[0-5]\d)|\s?(?P<{n}hh>h)(?![\w]))?(?::(?P<{n}s>[0-5]\d))?"
    r"\s*(?P<{n}ap>[aApP]\.?\s?[mM]\.?(?![\w])|noon(?![\w])|midday(?![\w]))?"
)
_DASHES = "-–—‐‑‒−－～~"
# "9:00 to 10:00", "9 h à 10 h", "9.00 a 10.00", "9:00 до 10:00", "9:00至10:00"
_RANGE_WORDS = r"to|until|till|à|a|al|hasta|bis|до|по|至|到|إلى"
RANGE_RE = re.compile(
    rf"^{_CLOCK.format(n='a')}\s*(?:[{_DASHES}]|(?:{_RANGE_WORDS})(?=\s|\d))\s*{_CLOCK.format(n='b')}(?![\d:])",
    re.IGNORECASE,
)
# What programmes write after a time: "10.00-10.15 hrs", "9.00 horas", "14 h", "EDT".
_CLOCK_SUFFIX_RE = re.compile(r"^\s*(?:hrs|hr|hours|horas|hora|heures|uhr|h|ч|час(?:ов|а)?)\.?(?![\w])", re.IGNORECASE)
ZONE_WORD_RE = re.compile(
    r"^\s*[(\[]?(?P<zone>EDT|EST|ET|CEST|CET|GMT|UTC|BST|EAT|ICT|JST)(?:\s?[+-]\s?\d{1,2})?[)\]]?(?![\w])"
)
START_RE = re.compile(rf"^{_CLOCK.format(n='a')}(?![\d:])")
# "[10 minutes]", "(10 min)", "[1 hour]", "[1h30]"
LENGTH_RE = re.compile(
    r"[\[(]\s*(?P<n>\d+(?:[.,]\d+)?)\s*(?P<unit>hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)\s*[\])]", re.IGNORECASE
)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20}  # fmt: skip
# "3 minutes per delegation", "3 minutes par délégation", "3 minutos por orador", "3 минуты на делегацию",
# "3 دقائق لكل وفد", "每个代表团3分钟"
PER_SPEAKER_RE = re.compile(
    r"(?P<n>\d+|" + "|".join(_NUMBER_WORDS) + r")[\s-]*(?:(?:minutes?|mins?)\s+(?:per|each|for each|a)\s+"
    r"(?:delegation|speaker|statement|intervention|participant|member|country|panell?ist|person)s?"
    r"|minutes?\s+(?:par|pour chaque)\s+(?:délégation|orat(?:eur|rice)|intervenant|intervention|déclaration|pays)"
    r"|minutos?\s+(?:por|para cada)\s+(?:delegación|orador(?:a)?|intervención|declaración|país)"
    r"|минут[аы]?\s+(?:на|для каждой|для каждого)\s+(?:делегаци[юи]|оратора|выступающего|выступление)"
    r"|دقائق\s+لكل\s+(?:وفد|متحدث|متكلم|مداخلة))"
    r"|每(?:个|位)?(?:代表团|发言人|发言)\s*(?P<zh>\d+)\s*分钟",
    re.IGNORECASE,
)
_BRACKETED_LIMIT_RE = re.compile(r"\s*[(（\[]\s*(?:" + PER_SPEAKER_RE.pattern + r")\s*[)）\]]", re.IGNORECASE)
_INTERMISSION = re.compile(r"\b(intermission|interval|recess|entr'?acte|entracte|антракт)\b", re.IGNORECASE)
# Breaks as the six languages name them: Pause-café, Déjeuner, Almuerzo, Receso, обед, 午餐, استراحة.
_BREAK = re.compile(
    r"\b(break|lunch|coffee|tea|dinner|breakfast|pause|déjeuner|dejeuner|dîner|café|collation|almuerzo|receso|"
    r"pausa|descanso|comida|refrigerio|desayuno|cena|обед|перерыв|кофе-брейк|кофе|ужин|завтрак|"
    r"استراحة|غداء|عشاء|فطور|قهوة)\b|午餐|午休|茶歇|休息|晚餐|早餐|午饭|咖啡",
    re.IGNORECASE,
)
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
# Words before a time: "from", "de", "du", "desde", "с", "من" (a range follows), "ca.", "approx.",
# "around", "vers", "hacia", "около" (the time is still the time); 上午 (morning) and 下午/晚上
# (afternoon, evening) in Chinese.
_LEAD_RE = re.compile(
    r"^(?:(?P<from>(?:from|de|du|desde|с|من|ca\.|approx\.|around|about|circa|vers|hacia|около)\s*)(?=\d)"
    r"|(?:上午|早上|(?P<pm>下午|晚上))\s*(?=\d))",
    re.I,
)
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
DAY_SECONDS = 86400
LATEST = 48 * 3600 - 1


def clock_seconds(match: re.Match[str], name: str) -> int | None:
    """Seconds from midnight of the clock named `name` in a RANGE_RE / START_RE match, or None."""
    hours, minutes = int(match[f"{name}h"]), int(match[f"{name}m"] or 0)
    seconds = int(match[f"{name}s"] or 0)
    meridiem = (match[f"{name}ap"] or "").lower().replace(".", "").replace(" ", "")
    if not match[f"{name}m"] and not meridiem and not match[f"{name}hh"]:
        return None  # a bare number ("2 days", "10") is not a time
    if meridiem in ("noon", "midday"):
        return 12 * 3600 if hours == 12 and not minutes else None
    if meridiem:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if meridiem.startswith("p") else 0)
    value = hours * 3600 + minutes * 60 + seconds
    return value if value <= LATEST else None


def read_range(text: str) -> tuple[int, int | None, str] | None:
    """A leading time range or start time: (start, end or None, the rest of the text)."""
    original, text = text, text.translate(_ARABIC_DIGITS)  # "١٠:٠٠"; one character for one
    found = _read_range(text)
    return (found[0], found[1], _lead_off(original[len(original) - len(found[2]) :])) if found else None


def _read_range(text: str) -> tuple[int, int | None, str] | None:
    lead = _LEAD_RE.match(text)
    if lead and lead["from"]:
        text = text[lead.end() :]  # "from 10:00 to 11:00", "de 9.00 a 10.00", "с 10:00 до 11:30"
    elif lead:  # 下午2:00-3:00: the afternoon's hours, as "2:00-3:00 pm" says
        found = _read_range(text[lead.end() :])
        return _afternoon(found) if found and lead["pm"] else found
    ranged = RANGE_RE.match(text)
    if ranged:
        start, end = clock_seconds(ranged, "a"), clock_seconds(ranged, "b")
        if end is not None and ranged["bap"] and not ranged["aap"]:
            start = _shared_meridiem(ranged, end)
        if start is not None and end is not None:
            if end <= start and end + DAY_SECONDS <= LATEST:
                end += DAY_SECONDS  # 23:30-00:30 runs past midnight
            return start, end, text[ranged.end() :]
    single = START_RE.match(text)
    if single:
        start = clock_seconds(single, "a")
        if start is not None:
            return start, None, text[single.end() :]
    return None


def _afternoon(found: tuple[int, int | None, str]) -> tuple[int, int | None, str]:
    start, end, rest = found
    start, end = _pm(start), _pm(end) if end is not None else None
    if end is not None and end <= start:
        end += DAY_SECONDS
    return start, end, rest


def _pm(seconds: int) -> int:
    seconds %= DAY_SECONDS
    return seconds + 12 * 3600 if seconds < 12 * 3600 else seconds


def _shared_meridiem(ranged: re.Match[str], end: int) -> int | None:
    """In "2:00-3:30 pm" the first time shares the second's pm; or, if that would pass it, its am."""
    hours, minutes = int(ranged["ah"]), int(ranged["am"] or 0)
    if not 1 <= hours <= 12 or ranged["bap"].lower() in ("noon", "midday"):
        return None
    start = (hours % 12) * 3600 + minutes * 60 + int(ranged["as"] or 0)
    afternoon = start + 12 * 3600
    return afternoon if ranged["bap"].lower().startswith("p") and afternoon < end else start


def _lead_off(rest: str) -> str:
    """The title after a time, without the separator a programme put between ("| Opening", ": Opening")."""
    rest = _CLOCK_SUFFIX_RE.sub("", rest, count=1)
    rest = ZONE_WORD_RE.sub("", rest, count=1)
    return rest.strip().lstrip("|:：–—-·•").strip()


def length_in(text: str) -> tuple[int | None, str]:
    """A bracketed length ("[10 minutes]") in seconds, and the text without it."""
    match = LENGTH_RE.search(text)
    if not match:
        return None, text
    amount = float(match["n"].replace(",", "."))
    unit = match["unit"].lower()
    scale = 3600 if unit.startswith("h") else 1 if unit.startswith("s") else 60
    rest = (text[: match.start()] + text[match.end() :]).strip()
    return round(amount * scale), rest


def per_speaker_limit(text: str) -> int | None:
    """ "3 minutes per delegation" as a speaking limit in seconds."""
    match = PER_SPEAKER_RE.search(text)
    if not match:
        return None
    if match["zh"]:
        return int(match["zh"]) * 60 or None
    number = int(match["n"]) if match["n"].isdigit() else _NUMBER_WORDS[match["n"].lower()]
    return number * 60 if number > 0 else None


def without_limit(text: str) -> str:
    """The text without a bracketed "(3 minutes per delegation)": it became the speaker limit."""
    return _BRACKETED_LIMIT_RE.sub("", text).strip()


_ASIDE_RE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|（[^（）]*）")


def kind_of(title: str) -> str:
    """intermission, break or segment, from the words of a title; not from an aside in brackets
    ("Breakout rooms: coding session (incl. break)" is a session)."""
    said = _ASIDE_RE.sub(" ", title)
    if _INTERMISSION.search(said):
        return "intermission"
    if _BREAK.search(said):
        return "break"
    return "segment"


def table_duration(text: str) -> int | None:
    """A table cell's length: the agenda's forms (10m, 1:30:00, 45), or '10 minutes', '1 hour'."""
    raw = text.strip().lower()
    raw = re.sub(r"\s*(minutes?|mins?)$", "m", raw)
    raw = re.sub(r"\s*(hours?|hrs?)$", "h", raw)
    raw = re.sub(r"\s*(seconds?|secs?)$", "s", raw)
    try:
        value = parse_duration(raw.replace(" ", ""))
    except ValueError:
        return None
    return round(value.total_seconds())


def clean(text: str) -> str:
    """Text a YAML file can hold: no control characters, no NUL, whitespace runs made single."""
    kept = "".join(
        ch if ch in "\n\t" or unicodedata.category(ch)[0] != "C" else " " for ch in text if ch not in "\ufeff"
    )
    lines = (" ".join(line.split()) for line in kept.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line).strip()


def one_line(text: str) -> str:
    return " ".join(clean(text).split())


def calm_capitals(text: str) -> str:
    """A title written in capitals, in title case ("ROAD MAP FOR" -> "Road Map for")."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters or any(ch.islower() for ch in letters):
        return text
    words = text.lower().split(" ")
    out = []
    for i, word in enumerate(words):
        if i and word in _SMALL_WORDS:
            out.append(word)
        else:
            out.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(out)


def format_clock(seconds: int) -> str:
    """An agenda time: "09:30", "09:30:15", or "24:15" for the next date's 00:15."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours:02d}:{minutes:02d}" + (f":{secs:02d}" if secs else "")


def format_length(seconds: int) -> str:
    """An agenda duration: 90s, 10m, 1h10m, 1h, 1m30s."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    text = (f"{hours}h" if hours else "") + (f"{minutes}m" if minutes else "") + (f"{secs}s" if secs else "")
    return text or "0s"

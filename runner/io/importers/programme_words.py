"""The words programmes use in the six UN languages, for the pasted-text importer (text.py): what
ends a day, which lines name the people of an item, what only says "programme", and the zones
programmes name beside their times."""

from __future__ import annotations

import re

# A first line that only says what the text is ("PROGRAMME") is not the programme's title.
GENERIC_TITLE_RE = re.compile(
    r"^(?:(?:provisional |draft |tentative )?(?:programme|program|agenda)|programme provisoire|projet de programme|"
    r"ordre du jour|programa(?: provisional)?|orden del día|программа|повестка дня|برنامج العمل|البرنامج|"
    r"جدول الأعمال|会议议程|议程|日程)[.:]?$",
    re.IGNORECASE,
)
# "End of day 1", "Clôture de la journée", "Cierre del día", "Закрытие первого дня",
# "اختتام اليوم الأول", "第一天会议结束"
END_RE = re.compile(
    r"^(?:(?:end|close|closure|adjourn|adjournment|fin|clôture|cloture|levée|clausura|cierre|закрытие|окончание|конец|"
    r"اختتام|نهاية|ختام)(?![\w])(?:[\s,]+\S+){0,4}|\S{0,12}(?:结束|闭幕)"
    r"|(?:\S+\s+){1,3}(?:end|ends|close|closes|adjourns|levée))[.。]?$",  # "Conference end", "Venue closes"
    re.IGNORECASE,
)
# The lines that name an item's (or a day's) people, in the six languages; the chair's words first.
_CHAIR_WORDS = (
    "chair|chairs|chairperson|co-chairs|chaired by|président|présidente|coprésidents|preside|presidente|"
    "presidenta|copresidentes|председатель|сопредседатели|الرئيس|الرئيسة|رئيس الجلسة|رئيسة الجلسة|主席|联合主席"
)
_PEOPLE_WORDS = (
    "moderator|moderators|moderated by|facilitator|speaker|speakers|panelist|panelists|panellist|panellists|"
    "presenter|presenters|keynote speaker|keynote speakers|discussant|discussants|lead discussants|"
    "modérateur|modératrice|animateur|animatrice|intervenant|intervenante|intervenants|orateur|oratrice|"
    "orateurs|panéliste|panélistes|conférencier|conférencière|conférenciers|moderador|moderadora|moderadores|"
    "ponente|ponentes|panelista|panelistas|orador|oradora|oradores|expositor|expositora|expositores|"
    "conferencista|conferencistas|модератор|модераторы|выступающие|докладчик|докладчики|спикеры|"
    "участники дискуссии|مدير الجلسة|مديرة الجلسة|الميسر|الميسرة|المتحدث|المتحدثون|المتحدثين|"
    "المتحدثون الرئيسيون|主持人|主持|发言人|发言嘉宾|演讲人|演讲嘉宾|嘉宾"
)
# "Speakers: A; B" (or a bare "Panellists:" over a bulleted list of them).
ROLE_RE = re.compile(rf"^(?P<label>{_CHAIR_WORDS}|{_PEOPLE_WORDS})\s*[:：]\s*(?P<names>.*)$", re.IGNORECASE)
# A pasted table's column of the people ("| Time | Session | Speakers |"), and of the titles.
PEOPLE_COLUMN_RE = re.compile(rf"^(?:{_CHAIR_WORDS}|{_PEOPLE_WORDS})[\s:：]*$", re.IGNORECASE)
TITLE_COLUMN_RE = re.compile(
    r"^(?:title|session|event|activity|topic|subject|item|agenda item|titre|séance|activité|sujet|título|sesión|"
    r"actividad|asunto|"
    r"tema|тема|название|заседание|العنوان|الموضوع|الجلسة|标题|议题|主题|活动)[\s:：]*$",
    re.IGNORECASE,
)
# A pasted table's column of the dates ("| Date | Time | Session |"): a date in it starts a day.
# A table's columns of start and end times ("| block | start | end | subject |", "| Hora inicio | Hora fin |").
START_COLUMN_RE = re.compile(
    r"^(?:start|starts|start time|begin|from|début|debut|de|inicio|hora inicio|hora de inicio|начало|"
    r"время начала|البداية|من|开始|开始时间)[\s:：]*$",
    re.IGNORECASE,
)
END_COLUMN_RE = re.compile(
    r"^(?:end|ends|end time|until|to|fin|à|a|hora fin|hora de fin|hora final|конец|окончание|"
    r"время окончания|النهاية|إلى|结束|结束时间)[\s:：]*$",
    re.IGNORECASE,
)
# The words a programme counts its days with ("Day 2", "Jour 2", "Día 2", "День 2"), pasted or in a sheet.
DAY_WORDS = r"(?:day|jour|d[ií]a|день)"
# A day heading that counts the day and names no date ("## Day 2", "**Jour 1 – Ouverture**", "第2天").
DAY_COUNT_RE = re.compile(
    rf"^{DAY_WORDS}\s*(?P<n>\d{{1,2}})(?:\s*(?:[:：.–—-]\s*|\s+)(?P<rest>.*))?$|^第(?P<zh>\d{{1,2}})天(?P<zhrest>.*)$",
    re.IGNORECASE,
)
DATE_COLUMN_RE = re.compile(
    r"^(?:date|dates|day|fecha|día|dia|jour|дата|день|التاريخ|اليوم|日期)[\s:：]*$", re.IGNORECASE
)
# A line that says what the times are ("All times are CEST.", "Time (UTC+1)", "Horario", "时间"):
# a zone in it is the programme's.
TIMES_NAMED_RE = re.compile(
    r"(?<![\w])(?:times?|time ?zone|heures?|horaires?|horas?|horario|время|часовой пояс|توقيت|الوقت)(?![\w])|时间|时区",
    re.IGNORECASE,
)
CHAIR_RE = re.compile(rf"^(?:{_CHAIR_WORDS})$", re.IGNORECASE)
# A list's label in the plural: "A, B and C" after it are several names; after "Chair:" one name keeps its commas.
_PLURAL = re.compile(
    r"^(?:chairs|co-chairs|moderators|speakers|panelists|panellists|presenters|keynote speakers|discussants|"
    r"lead discussants|intervenants|orateurs|panélistes|conférenciers|coprésidents|moderadores|ponentes|panelistas|"
    r"oradores|expositores|conferencistas|copresidentes|модераторы|выступающие|докладчики|спикеры|"
    r"участники дискуссии|сопредседатели|المتحدثون|المتحدثين|المتحدثون الرئيسيون|"
    r"发言人|发言嘉宾|演讲人|演讲嘉宾|嘉宾)$",
    re.IGNORECASE,
)


def one_person(label: str) -> bool:
    return _PLURAL.match(label) is None


AND_RE = re.compile(r",\s*|\s+(?:and|et|y|e|и|و)\s+|\s*[、和及]\s*")
# Zones a programme names beside its times, and the IANA zone that keeps each one's offsets.
ZONES = {"EDT": "America/New_York", "EST": "America/New_York", "ET": "America/New_York",
          "CET": "Europe/Paris", "CEST": "Europe/Paris", "GMT": "UTC", "UTC": "UTC", "BST": "Europe/London",
          "EAT": "Africa/Nairobi", "ICT": "Asia/Bangkok", "JST": "Asia/Tokyo"}  # fmt: skip
CITY_ZONES = {"new york": "America/New_York", "geneva": "Europe/Zurich", "genève": "Europe/Zurich",
               "ginebra": "Europe/Zurich", "vienna": "Europe/Vienna", "nairobi": "Africa/Nairobi",
               "bangkok": "Asia/Bangkok", "santiago": "America/Santiago", "beirut": "Asia/Beirut",
               "addis ababa": "Africa/Addis_Ababa", "nueva york": "America/New_York"}  # fmt: skip
ZONE_ANY_RE = re.compile(r"(?<![\w])(?P<zone>" + "|".join(ZONES) + r")(?![\w])")
CITY_RE = re.compile(
    r"\b(?:(?P<a>"
    + "|".join(CITY_ZONES)
    + r")\s+time|heure\s+de\s+(?P<b>"
    + "|".join(CITY_ZONES)
    + r")|hora\s+de\s+(?P<c>"
    + "|".join(CITY_ZONES)
    + r"))\b",
    re.IGNORECASE,
)


# The small words of names (and of countries: "Trinidad and Tobago", "the Netherlands").
_NAME_PARTICLES = {"de", "da", "del", "della", "di", "du", "dos", "das", "do", "van", "von", "der", "den",
                   "la", "le", "bin", "ibn", "al", "el", "y", "e", "ter", "ten", "zu", "af", "of", "the",
                   "and", "et", "&"}  # fmt: skip
_NAME_END_RE = re.compile(r"\s*(?:[,(（]|\s[–—-]\s).*$")


def looks_like_a_name(text: str) -> bool:
    """Whether a bulleted line reads as a person or a delegation ("H.E. Ms. Ingrid Solberg, Permanent
    Representative of Norway", "Brazil"), not as a topic ("Snakemake best-practices"): up to six
    words before its affiliation, each capitalised (or a name's small word, or in a script without case)."""
    words = _NAME_END_RE.sub("", text).split()
    if not 1 <= len(words) <= 6:
        return False
    return all(word.lower() in _NAME_PARTICLES or not word[0].islower() for word in words)

"""A table's header row: found wherever it sits, its columns named in any order and case."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Each agenda field and the headers that name it (compared lower-case, punctuation removed), in
# the six UN languages: a secretariat's sheet says "Heure", "Título", "Выступающие" or "发言人".
_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("title", "session", "item", "agenda item", "programme item", "program item", "event", "segment",
              "topic", "activity", "name", "session title", "subject",
              "titre", "séance", "intitulé", "activité", "sujet", "point de l ordre du jour",
              "título", "sesión", "actividad", "tema", "punto del orden del día",
              "название", "тема", "заседание", "мероприятие", "пункт повестки дня",
              "العنوان", "الجلسة", "الموضوع", "النشاط", "البند", "标题", "议题", "会议", "活动", "主题", "议程项目"),
    "start": ("start", "start time", "time start", "timing", "slot", "time slot", "begin", "begins", "from",
              "time", "starts", "start at", "starts at", "début", "heure", "heure de début", "horaire",
              "inicio", "hora", "hora de inicio", "horario", "начало", "время", "время начала",
              "البداية", "الوقت", "وقت البدء", "开始", "时间", "开始时间"),
    "end": ("end", "end time", "time end", "to", "until", "finish", "ends", "end at", "ends at", "fin",
            "heure de fin", "hora de fin", "término", "окончание", "конец", "время окончания",
            "النهاية", "وقت الانتهاء", "结束", "结束时间"),
    "duration": ("duration", "length", "mins", "minutes", "min", "time allotted", "allotted time", "runtime",
                 "durée", "duración", "minutos", "продолжительность", "длительность", "минуты", "المدة",
                 "时长", "持续时间"),
    "speakers": ("speaker", "speakers", "presenter", "presenters", "who", "persons", "person", "panelists",
                 "panellists", "speaker s", "intervenant", "intervenants", "orateur", "orateurs", "conférenciers",
                 "panélistes", "ponente", "ponentes", "orador", "oradores", "panelistas", "expositores",
                 "выступающие", "докладчик", "докладчики", "спикеры", "المتحدث", "المتحدثون", "المتحدثين",
                 "发言人", "演讲人", "嘉宾"),
    "notes": ("notes", "note", "description", "details", "comments", "comment", "remarks", "abstract",
              "remarques", "observations", "notas", "observaciones", "descripción", "примечания", "описание",
              "ملاحظات", "الوصف", "备注", "说明"),
    "kind": ("kind", "type", "segment type", "item type"),
    "group": ("group", "block", "section", "part", "track", "theme", "bloc", "volet", "bloque", "eje", "блок",
              "секция", "المحور", "板块", "分组"),
    "date": ("date", "day", "jour", "fecha", "día", "дата", "день", "التاريخ", "اليوم", "日期"),
    "room": ("room", "location", "venue", "stage", "hall", "salle", "lieu", "sala", "lugar", "зал", "место",
             "аудитория", "القاعة", "المكان", "会议室", "地点"),
    "timer_type": ("timer type",),
    "skip": ("skip",),
}  # fmt: skip
# Ontime's own columns that say nothing an agenda keeps.
_IGNORED = {"id", "flag", "cue", "colour", "color", "link start", "count to end", "end action", "warning time",
            "danger time", "public"}  # fmt: skip
_BY_HEADER = {name: key for key, names in _NAMES.items() for name in names}
HEADER_SEARCH_ROWS = 50


def normal(header: object) -> str:
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", str(header or "")).lower()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


@dataclass
class Columns:
    """Which column holds which field; `extra` are other named columns, kept in the notes."""

    index: dict[str, int] = field(default_factory=dict)
    extra: dict[int, str] = field(default_factory=dict)
    ontime: bool = False

    def has(self, key: str) -> bool:
        return key in self.index


def read_header(cells: list[object]) -> Columns | None:
    """The columns of a header row, or None when the row is not one (no title, or no time column)."""
    columns = Columns()
    for number, cell in enumerate(cells):
        name = normal(cell)
        key = _BY_HEADER.get(name)
        if key and key not in columns.index:
            columns.index[key] = number
        elif name and name not in _IGNORED:
            columns.extra[number] = str(cell).strip()
    if "title" not in columns.index or not {"start", "end", "duration"} & columns.index.keys():
        return None
    columns.ontime = "timer_type" in columns.index
    return columns

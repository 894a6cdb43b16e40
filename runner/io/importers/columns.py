"""A table's header row: found wherever it sits, its columns named in any order and case.

Headers are compared as words: `start_time`, `StartTime` and `Start time` are one name, and
`speaker_name`, `talk_title` or `Presenter2` name what their first word names ("name", "title"
and "time" after a field's name only qualify it; a number tells copies of one column apart).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from runner.io.importers.tablecells import cell_text
from runner.io.importers.timetext import read_range

# Each agenda field and the headers that name it (compared lower-case, punctuation removed), in
# the six UN languages: a secretariat's sheet says "Heure", "Título", "Выступающие" or "发言人".
_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("title", "session", "item", "agenda item", "programme item", "program item", "event", "segment",
              "topic", "activity", "name", "session title", "subject", "talk", "content", "program", "programme",
              "titre", "séance", "intitulé", "activité", "sujet", "point de l ordre du jour",
              "título", "sesión", "actividad", "tema", "punto del orden del día",
              "название", "тема", "заседание", "мероприятие", "пункт повестки дня",
              "العنوان", "الجلسة", "الموضوع", "النشاط", "البند", "标题", "议题", "会议", "活动", "主题", "议程项目"),
    "start": ("start", "start time", "time start", "timing", "slot", "time slot", "begin", "begins", "from",
              "time", "starts", "start at", "starts at", "hour", "début", "heure", "heure de début", "horaire",
              "inicio", "hora", "hora de inicio", "horario", "начало", "время", "время начала",
              "البداية", "الوقت", "وقت البدء", "开始", "时间", "开始时间"),
    "end": ("end", "end time", "time end", "to", "until", "finish", "ends", "end at", "ends at", "fin",
            "heure de fin", "hora de fin", "término", "окончание", "конец", "время окончания",
            "النهاية", "وقت الانتهاء", "结束", "结束时间"),
    "duration": ("duration", "length", "mins", "minutes", "min", "time allotted", "allotted time", "runtime",
                 "durée", "duración", "minutos", "продолжительность", "длительность", "минуты", "المدة",
                 "时长", "持续时间"),
    "speakers": ("speaker", "speakers", "presenter", "presenters", "who", "persons", "person", "panelists", "author",
                 "authors",
                 "panellists", "speaker s", "intervenant", "intervenants", "orateur", "orateurs", "conférenciers",
                 "panélistes", "ponente", "ponentes", "orador", "oradores", "panelistas", "expositores",
                 "выступающие", "докладчик", "докладчики", "спикеры", "المتحدث", "المتحدثون", "المتحدثين",
                 "发言人", "演讲人", "嘉宾"),
    "notes": ("notes", "note", "description", "details", "comments", "comment", "remarks", "abstract", "desc", "info",
              "summary",
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
# Words that, after a field's name, only say what of it the column holds: "speaker name", "talk title".
_QUALIFIERS = {"name", "names", "title", "time"}
HEADER_SEARCH_ROWS = 50


def normal(header: object) -> str:
    text = re.sub(r"\(.*?\)|\[.*?\]", " ", str(header or ""))
    text = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)", " ", text).lower()  # StartTime, Presenter2
    return " ".join(re.sub(r"[^\w]+|_", " ", text).split())


def field_of(name: str) -> str | None:
    """The field a normalised header names: whole, or by its first words ("speaker name", "presenter 2")."""
    words = name.split()
    if words and words[-1].isdigit():
        words = words[:-1]  # Presenter1, Presenter2: one field in several columns
    whole = " ".join(words)
    if whole in _BY_HEADER:
        return _BY_HEADER[whole]
    if len(words) > 1 and words[-1] in _QUALIFIERS:
        return _BY_HEADER.get(" ".join(words[:-1])) or _BY_HEADER.get(words[-1])
    return None


def _rank(key: str, name: str) -> int:
    """How plainly a header names its field: "title" before "name", "start" before "time"."""
    names = _NAMES[key]
    return names.index(name) if name in names else len(names)


@dataclass
class Columns:
    """Which column holds which field; `extra` are other named columns, kept in the notes, and
    `more_speakers` the columns after the first that name people (Presenter2, Presenter3)."""

    index: dict[str, int] = field(default_factory=dict)
    extra: dict[int, str] = field(default_factory=dict)
    more_speakers: list[int] = field(default_factory=list)
    ontime: bool = False
    headers: dict[int, str] = field(default_factory=dict)

    def has(self, key: str) -> bool:
        return key in self.index

    def header_of(self, key: str) -> str:
        return self.headers.get(self.index[key], key)


def read_header(cells: list[object]) -> Columns | None:
    """The columns of a header row, or None when the row is not one (no title, or no time column)."""
    columns = Columns()
    names: dict[str, str] = {}
    for number, cell in enumerate(cells):
        name = normal(cell)
        key = field_of(name)
        if key and key not in columns.index:
            columns.index[key], names[key] = number, name
        elif key == "speakers":
            columns.more_speakers.append(number)
        elif key and _rank(key, name) < _rank(key, names[key]):
            # "title" after "name": the plainer name holds the field; the other is kept as a column
            columns.extra[columns.index[key]] = str(cells[columns.index[key]]).strip()
            columns.index[key], names[key] = number, name
        elif name and name not in _IGNORED:
            columns.extra[number] = str(cell).strip()
    if "title" not in columns.index or not {"start", "end", "duration"} & columns.index.keys():
        return None
    _name_beside_title(columns, names)
    columns.headers = {number: str(cell).strip() for number, cell in enumerate(cells) if cell is not None}
    columns.ontime = "timer_type" in columns.index
    return columns


def _name_beside_title(columns: Columns, names: dict[str, str]) -> None:
    """A "Name" column beside a "Title" one names the person (a speakers' list kept as a table)."""
    displaced = next((i for i, header in columns.extra.items() if normal(header) == "name"), None)
    if displaced is not None and names.get("title") != "name" and not columns.has("speakers"):
        columns.index["speakers"] = displaced
        del columns.extra[displaced]


def columns_without_header(rows: list[list[object]]) -> Columns | None:
    """A sheet with no header whose first column of times ("6:00 - 6:15", "9:30") runs down most
    rows: that column is the time, the next column with text the title, the others notes."""
    texts = [[cell_text(cell) for cell in cells] for cells in rows[:HEADER_SEARCH_ROWS]]
    filled = [row for row in texts if any(row)]
    width = max((len(row) for row in filled), default=0)
    for time_at in range(width):
        timed = [row for row in filled if time_at < len(row) and _only_a_time(row[time_at])]
        if len(timed) >= 3 and 2 * len(timed) >= len(filled):
            title_at = next((i for i in range(time_at + 1, width) if any(i < len(r) and r[i] for r in timed)), None)
            if title_at is None:
                return None
            others = {i: "" for i in range(width) if i not in (time_at, title_at)}
            return Columns(index={"start": time_at, "title": title_at}, extra=others)
    return None


def _only_a_time(text: str) -> bool:
    found = read_range(text) if text else None
    return found is not None and found[2] == ""

"""A property of pasted programmes: whatever way of the six languages' a day is written in (its
heading as CLDR writes the date in each, its times as secretariats do, its breaks by their names,
its "Speakers:" lines, its "End of day" line), the import gives back the day that was written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from babel.dates import format_date
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from runner.io.importers import ImportOptions, import_to_file

LANGUAGES = {
    # language: (a session's title, its breaks' names, the speakers' label, the day's last line)
    "en": ("Session", ["Coffee break", "Lunch"], "Speakers", "End of day 1"),
    "fr": ("Séance", ["Pause-café", "Déjeuner"], "Intervenants", "Clôture de la journée"),
    "es": ("Sesión", ["Receso", "Almuerzo"], "Ponentes", "Fin de la jornada"),
    "ru": ("Заседание", ["Кофе-брейк", "Обед"], "Выступающие", "Закрытие первого дня"),
    "ar": ("جلسة", ["استراحة", "غداء"], "المتحدثون", "اختتام اليوم الأول"),
    "zh": ("会议", ["茶歇", "午餐"], "发言人", "第一天会议结束"),
}
NAMES = ["Ms. A. Diallo", "Mr. B. Chen", "Dr. C. Ivanova", "Mr. D. Haddad"]


def clock(seconds: int, style: str) -> str:
    hours, minutes = divmod(seconds // 60, 60)
    if style == "dot":
        return f"{hours:02d}.{minutes:02d}"
    if style == "french":
        return f"{hours} h {minutes:02d}"
    if style == "meridiem":
        return f"{(hours - 1) % 12 + 1}:{minutes:02d} {'a.m.' if hours < 12 else 'p.m.'}"
    return f"{hours:02d}:{minutes:02d}"


SUFFIX = {"dot": " hrs", "french": "", "meridiem": "", "colon": ""}


@st.composite
def programmes(draw: st.DrawFn) -> tuple[str, date, list[tuple[int, int, bool, list[str]]], int]:
    language = draw(st.sampled_from(sorted(LANGUAGES)))
    title, breaks, label, last = LANGUAGES[language]
    when = draw(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
    style = draw(st.sampled_from(["colon", "dot", "french", "meridiem"]))
    heading = format_date(when, format=draw(st.sampled_from(["full", "long"])), locale=language)
    start = draw(st.integers(7 * 12, 11 * 12)) * 300  # 07:00 to 11:00, five minutes apart
    lines, items = ["Programme", heading], []
    for number in range(draw(st.integers(1, 6))):
        length = draw(st.integers(1, 24)) * 300
        is_break = draw(st.booleans())
        name = breaks[number % 2] if is_break else f"{title} {number + 1}"
        people = [] if is_break else draw(st.lists(st.sampled_from(NAMES), max_size=3, unique=True))
        span = f"{clock(start, style)} – {clock(start + length, style)}{SUFFIX[style]}"
        lines.append(f"{span}\t{name}")
        if people:
            lines.append(f"{label}: {'; '.join(people)}")
        items.append((start, start + length, is_break, people))
        start += length
    lines.append(f"{clock(start, style)}{SUFFIX[style]}\t{last}")
    return "\n".join(lines) + "\n", when, items, start


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(programmes())
def test_a_day_written_in_any_of_the_six_languages_comes_back(
    tmp_path: Path, programme: tuple[str, date, list[tuple[int, int, bool, list[str]]], int]
) -> None:
    text, when, items, end = programme
    source = tmp_path / "pasted.txt"
    source.write_text(text, encoding="utf-8")
    result = import_to_file(str(source), None, ImportOptions(), today=date(1990, 1, 1))
    (day,) = result.agenda.days
    assert day.date == when, text
    seconds = [(s.start.hour * 3600 + s.start.minute * 60, s.end.hour * 3600 + s.end.minute * 60) for s in day.segments]
    assert seconds == [(start, stop) for start, stop, _, _ in items], text
    assert [s.is_pause for s in day.segments] == [is_break for _, _, is_break, _ in items], text
    assert [[p.name for p in s.speakers] for s in day.segments] == [people for *_, people in items], text
    assert day.hard_stop is not None and day.hard_stop.hour * 3600 + day.hard_stop.minute * 60 == end, text
    assert result.programme.left_out == [], text

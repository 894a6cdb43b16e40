"""The chair's narrative of the scripted 12 June 2020 day in each of the six languages: the same
facts, in sentences of that language (and its plural forms), with no English left over."""

from __future__ import annotations

import re

import pytest

from runner.core import i18n
from runner.core.narrative import narrative
from tests.io.report_fixtures import scripted_report

# The opening sentence of each, as a native speaker would write it (not word for word).
OPENINGS = {
    "ar": "افتُتحت الجلسة في 09:02، متأخرةً دقيقتين، واختُتمت في 12:04، بعد موعد الانتهاء الإلزامي 12:00 بـ 4 دقائق.",
    "en": "The session opened at 09:02, two minutes late, and closed at 12:04, four minutes past its 12:00 hard stop.",
    "es": "La sesión se abrió a las 09:02, con 2 minutos de retraso, y se cerró a las 12:04, "
    "4 minutos después de la hora límite de las 12:00.",
    "fr": "La séance s'est ouverte à 09:02, avec 2 minutes de retard, et s'est achevée à 12:04, "
    "4 minutes après l'heure limite de 12:00.",
    "ru": "Заседание открылось в 09:02 с опозданием на 2 минуты и закрылось в 12:04, "
    "на 4 минуты позже жёсткого окончания в 12:00.",
    "zh": "会议于 09:02 开始，晚了 2 分钟，于 12:04 结束，超出硬性结束时间 12:00 4 分钟。",
}
# A plural form each language has and English lacks, seen in the same report.
PLURALS = {
    "ar": "أخذ الكلمة 3 متكلمين",  # 3-10: the 'few' form
    "ru": "выступили 5 ораторов",  # 5: the 'many' form (3 would be 'оратора')
    "fr": "3 orateurs ont pris la parole",
    "es": "hicieron uso de la palabra 3 oradores",
    "zh": "共有 3 位发言者发言",
    "en": "three speakers took the floor",
}
ENGLISH_WORDS = re.compile(
    r"\b(seconds?|hours?|session|opened|closed|speakers?|paused|skipped|planned|late|floor|hard stop)\b"
)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return scripted_report(tmp_path_factory.mktemp("day"))


@pytest.fixture
def language():
    before = i18n.active_catalogue()
    yield lambda code: i18n.use(i18n.load_catalogue(code))
    i18n.use(before)


@pytest.mark.parametrize("code", i18n.LANGUAGES)
def test_the_narrative_in_each_language(report, language, code) -> None:
    language(code)
    paragraphs = narrative(report)
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith(OPENINGS[code])
    assert PLURALS[code] in paragraphs[2]
    if code != "en":
        # Titles and names are the agenda's own (English here); every other word is translated.
        prose = " ".join(paragraphs)
        for title in ("Digital human rights and AI — statements from the floor", "Digital public goods", "Closing"):
            prose = prose.replace(title, "")
        for name in ("Digital capacity-building", "Digital inclusion", "Mr Vint Cerf", "Ms Nnenna Nwakanma"):
            prose = prose.replace(name, "")
        assert not ENGLISH_WORDS.search(prose), ENGLISH_WORDS.search(prose)


def test_arabic_and_russian_take_more_than_two_plural_forms(language) -> None:
    from runner.core.narrative import span

    language("ar")
    assert [span(s) for s in (60, 120, 180, 660, 6000)] == [
        "دقيقة واحدة",
        "دقيقتين",
        "3 دقائق",
        "11 دقيقة",
        "ساعة واحدة و40 دقيقة",
    ]
    language("ru")
    assert [span(s) for s in (60, 120, 300, 1260)] == ["1 минуту", "2 минуты", "5 минут", "21 минуту"]

"""Programmes pasted as UN and conference secretariats write them, in the six UN languages
(tests/data/pasted, written for these tests; tests/data/SOURCES.md), and real programme text:
each gives its real date, times, breaks and speakers, and nothing is dropped unlisted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from runner.io.importers import Imported, ImportFailed, ImportOptions, import_to_file

DATA = Path(__file__).parents[1] / "data"
SEEDS = Path(__file__).parents[3] / "shared" / "seeds"
SIX_SESSIONS = ["09:00-09:30", "09:30-11:00", "11:00-11:15", "11:15-13:00", "13:00-14:30", "14:30-16:00"]
ZH_SESSIONS = ["09:00-09:30", "09:30-11:00", "11:00-11:15", "11:15-12:30", "12:30-14:00", "14:00-16:00"]
# file: (the days' dates, each day's segments as start-end, the breaks, the days' ends, speakers by segment)
EXPECTED: dict[str, tuple[list[str], list[list[str]], list[str], list[str], dict[int, list[str]]]] = {
    "en-ecosoc-sti-forum.txt": (
        ["2025-03-12"],
        [["09:00-09:30", "09:30-11:00", "11:00-11:15", "11:15-13:00", "13:00-15:00", "15:00-16:45", "16:45-17:00"]],
        ["Coffee break", "Lunch"],
        ["17:00"],
        {
            0: ["H.E. Mr. Juan Pérez, Vice-President of the Economic and Social Council", "Ms. Amina Diallo, UNDP",
                "Mr. Li Wei, UNCTAD", "Dr. Sara Novak, UNESCO"],
            1: ["Ms. Olena Kovalenko, UNCTAD"],
            3: ["Mr. Kofi Boateng", "Ms. María González", "Mr. Ravi Kumar"],
        },
    ),
    "en-unep-consultation-hrs.txt": (
        ["2025-06-03"],
        [["08:30-09:00", "09:00-09:30", "09:30-10:30", "10:30-10:45", "10:45-12:30", "12:30-14:00", "14:00-15:30"]],
        ["Coffee break", "Lunch break"],
        ["15:30"],
        {1: ["Ms. Grace Wanjiru, Director, UNEP"],
         2: ["Mr. David Otieno", "Ms. Hana Sato", "Mr. Pedro Alves", "Ms. Fatima Zahra"]},
    ),
    "en-hlpf-side-event-two-days.txt": (
        ["2025-07-14", "2025-07-15"],
        [["10:00-10:10", "10:10-11:30", "11:30-12:00"], ["15:00-15:50", "15:50-16:00"]],
        ["Tea break"],
        ["12:00", "16:00"],
        {0: ["Ms. Jane Doe, UN DESA"], 3: ["Ms. A. Rahman", "Mr. B. Okafor", "Ms. C. Lindqvist"]},
    ),
    "fr-cea-forum-regional.txt": (
        ["2024-11-14"],
        [ZH_SESSIONS],
        ["Pause-café", "Déjeuner"],
        ["16:00"],
        {1: ["Mme Claire Martin", "M. Paul Bernard", "Mme Aïcha Traoré", "M. Luc Girard"]},
    ),
    "fr-unoc-side-event-two-days.txt": (
        ["2025-06-09", "2025-06-10"],
        [["10:00-10:15", "10:15-11:30", "11:30-11:45", "11:45-12:30"], ["14:00-15:00"]],
        ["Pause"],
        ["12:30", "15:00"],
        {0: ["Mme Sophie Laurent"], 1: ["M. Hugo Petit", "Mme Inès Moreau", "M. Karim Benali"]},
    ),
    "es-cepal-foro.txt": (
        ["2025-04-22"],
        [[*SIX_SESSIONS[:5], "14:30-16:30"]],
        ["Receso", "Almuerzo"],
        ["16:30"],
        {0: ["Sr. Carlos Ramírez, Secretario Ejecutivo Adjunto"],
         1: ["Sra. Lucía Fernández", "Sr. Andrés Gómez", "Sra. Paula Rojas", "Sr. Miguel Torres"]},
    ),
    "ru-escap-forum.txt": (
        ["2025-03-12"],
        [SIX_SESSIONS],
        ["Кофе-брейк", "Обед"],
        ["16:00"],
        {0: ["г-н Иван Петров"],
         1: ["г-жа Анна Смирнова", "г-н Олег Кузнецов", "г-жа Мария Иванова", "г-н Сергей Попов"]},
    ),
    "ar-escwa-forum.txt": (
        ["2025-03-12"],
        [SIX_SESSIONS],
        ["استراحة", "غداء"],
        ["16:00"],
        {0: ["السيد أحمد خالد"], 1: ["السيدة ليلى حسن", "السيد عمر فاروق", "السيدة نور الهدى", "السيد يوسف علي"]},
    ),
    "zh-escap-forum.txt": (
        ["2025-03-12"],
        [ZH_SESSIONS],
        ["茶歇", "午餐"],
        ["16:00"],
        {0: ["王明先生"], 1: ["李华女士", "张伟先生", "陈静女士", "刘洋先生"]},
    ),
}  # fmt: skip


# Written after the rules above were in, and measured before anything was changed for them:
# 3 of 7 came out right at first (notes/issue-25-paste.md); the rules they then led to are general.
HELD_OUT: dict[str, tuple[str, list[str], list[str], str, dict[int, list[str]]]] = {
    "en-csw-side-event.txt": (
        "2025-03-13", ["13:15-13:20", "13:20-13:50", "13:50-14:20", "14:20-14:30"], [], "14:30",
        {1: ["H.E. Ms. Ingrid Solberg, Permanent Representative of Norway", "Dr. Ngozi Adeyemi, University of Lagos",
             "Ms. Carmen Ruiz, ITU"],
         3: ["Ms. Sima Bahous, Executive Director, UN Women"]},
    ),
    "fr-hrc-panel.txt": (
        "2025-02-25", ["10:00-10:15", "10:15-11:30", "11:30-11:45", "11:45-12:55", "12:55-13:00"], ["Pause"], "13:00",
        {1: ["M. Olivier Lambert", "Mme Nadia Haddad", "M. Tomás Herrera", "Mme Yuki Tanaka"]},
    ),
    "es-fao-mesa-redonda.txt": (
        "2024-10-07", ["08:30-09:00", "09:00-09:45", "09:45-11:00", "11:00-11:20", "11:20-13:00", "13:00-14:30",
                       "14:30-16:00"],
        ["Pausa café", "Almuerzo libre"], "16:00",
        {2: ["Sr. Julio Méndez", "Sra. Rosa Quispe", "Sr. Diego Salas", "Sra. Elena Castro"]},
    ),
    "ru-igf-day.txt": (
        "2024-12-16", ["10:00-10:30", "10:30-12:00", "12:00-13:30", "13:30-15:00", "15:00-15:15", "15:15-17:00"],
        ["Перерыв на обед", "Кофе-брейк"], "17:00", {3: ["г-н Алексей Волков", "г-жа Ольга Лебедева"]},
    ),
    "ar-youth-forum.txt": (
        "2025-04-14", ["10:00-10:30", "10:30-12:00", "12:00-13:00", "13:00-14:30"], ["استراحة غداء"], "14:30",
        {1: ["السيد كريم منصور", "السيدة هدى سالم", "السيد طارق نجيب"]},
    ),
    "zh-unesco-meeting.txt": (
        "2024-11-20", ["09:00-09:20", "09:20-10:40", "10:40-11:00", "11:00-12:00", "12:00-13:30", "13:30-15:00"],
        ["茶歇", "午休"], "15:00", {1: ["孙丽女士", "周强先生"]},
    ),
    "en-markdown-table.md": (
        "2025-06-12", ["09:00-09:30", "09:30-10:30", "10:30-11:00", "11:00-12:30", "12:30-13:30", "13:30-15:00"],
        ["Coffee break", "Lunch"], "15:00", {0: ["Ms. A. Khan", "Mr. J. Silva"], 3: ["Ms. L. Chen", "Mr. P. Novak",
                                                                                  "Ms. R. Ahmed"]},
    ),
}  # fmt: skip


def imported(path: Path) -> Imported:
    return import_to_file(str(path), None, ImportOptions(), today=date(2026, 1, 1))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_pasted_programme_gives_its_real_days(name: str) -> None:
    dates, spans, breaks, ends, speakers = EXPECTED[name]
    result = imported(DATA / "pasted" / name)
    days = result.agenda.days
    assert [day.date.isoformat() for day in days] == dates  # the heading's date, not today's
    assert [[f"{s.start:%H:%M}-{s.end:%H:%M}" for s in day.segments] for day in days] == spans
    segments = [s for day in days for s in day.segments]
    assert [s.title for s in segments if s.is_pause] == breaks
    assert [f"{day.hard_stop:%H:%M}" for day in days if day.hard_stop] == ends
    assert {i: [p.name for p in segments[i].speakers] for i in speakers} == speakers
    assert not any(s.notes for s in segments), "Chair:/Speakers: lines are speakers, not notes"
    assert not any(word in s.title.lower() for s in segments for word in ("hrs", "horas", " h ", "p.m.", "a.m."))
    assert result.programme.left_out == []


def test_the_days_name_in_a_heading_is_its_title() -> None:
    """ "Programme – Day 1: Wednesday, 12 March 2025": the day's title is "Day 1"."""
    assert imported(DATA / "pasted" / "en-ecosoc-sti-forum.txt").agenda.days[0].title == "Day 1"


def test_a_chair_under_the_day_heading_chairs_the_day() -> None:
    day = imported(DATA / "pasted" / "fr-cea-forum-regional.txt").agenda.days[0]
    assert day.chair == "S. E. M. Jean Dupont, Ministre du Plan"


def test_a_zone_named_beside_the_times_is_taken_and_marked() -> None:
    result = imported(DATA / "pasted" / "en-hlpf-side-event-two-days.txt")
    assert result.agenda.timezone == "America/New_York"
    assert "timezone: America/New_York  # guessed: from 'New York time' in the text; check it" in result.text


def test_a_real_markdown_programme_in_spanish() -> None:
    """A conference's day as its organisers published it (9punto5/docs-conferencia-2025)."""
    result = imported(DATA / "real" / "tune" / "conferencia-valdivia-jueves-06.md")
    (day,) = result.agenda.days
    assert day.date == date(2025, 11, 6) and f"{day.hard_stop:%H:%M}" == "19:00"
    assert len(day.segments) == 13 and f"{day.segments[0].start:%H:%M}" == "08:00"
    assert [s.title for s in day.segments if s.is_pause] == [
        "Acreditación y Desayuno", "Coffee Break", "Almuerzo", "Break", "Coffee Break",
    ]  # fmt: skip
    opening = day.segments[1]
    assert [s.name for s in opening.speakers] == ["[Por definir]"]  # "Speakers: [Por definir]"
    assert "Ubicación: Auditorio principal" in opening.notes  # a detail, not a speaker
    assert result.agenda.title == "Jueves 06 de noviembre - Agenda"  # the page's front matter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jeudi 14 novembre 2024", "2024-11-14"),
        ("Martes, 22 de abril de 2025", "2025-04-22"),
        ("Programme – Day 1: Wednesday, 12 March 2025", "2025-03-12"),
        ("Среда, 12 марта 2025 г.", "2025-03-12"),
        ("الأربعاء، 12 مارس 2025", "2025-03-12"),
        ("الأربعاء ١٢ آذار/مارس ٢٠٢٥", "2025-03-12"),
        ("2025年3月12日（星期三）", "2025-03-12"),
        ("Lundi 1er décembre 2025 – Séance plénière", "2025-12-01"),
    ],
)
def test_date_headings_in_the_six_languages(tmp_path: Path, text: str, expected: str) -> None:
    source = tmp_path / "pasted.txt"
    source.write_text(f"{text}\n9:00 Opening\n9:30 End\n", encoding="utf-8")
    assert imported(source).agenda.days[0].date.isoformat() == expected


def test_a_date_inside_a_sentence_is_no_heading(tmp_path: Path) -> None:
    source = tmp_path / "pasted.txt"
    source.write_text(
        "Launch\nMonday, 3 June 2024\n9:00 Opening\nAs agreed on 26 November 2018, the debate opens.\n9:30 End\n",
        encoding="utf-8",
    )
    day = imported(source).agenda.days[0]
    assert day.date == date(2024, 6, 3) and "26 November 2018" in day.segments[0].notes


def test_the_seed_summary_note_imports_as_its_one_event() -> None:
    seed = SEEDS / "sti-forum-side-event-summary-note-2021.txt"
    if not seed.exists():
        pytest.skip("the shared seeds are not beside the repository")
    result = imported(seed)
    (day,) = result.agenda.days
    (event,) = day.segments
    assert day.date == date(2021, 5, 4) and f"{event.start:%H:%M}-{event.end:%H:%M}" == "14:00-15:00"
    assert result.agenda.timezone == "America/New_York"  # "2-3pm EDT"
    assert event.title.startswith("Digital Cooperation to Leave No One Behind")
    (cut,) = result.programme.left_out  # the summary note's prose, cut to fit the item's notes
    assert "notes cut:" in cut.message


@pytest.mark.parametrize("name", sorted(HELD_OUT))
def test_a_held_out_paste_gives_its_real_day(name: str) -> None:
    when, spans, breaks, end, speakers = HELD_OUT[name]
    result = imported(DATA / "pasted_held_out" / name)
    (day,) = result.agenda.days
    assert day.date.isoformat() == when
    assert [f"{s.start:%H:%M}-{s.end:%H:%M}" for s in day.segments] == spans
    assert [s.title for s in day.segments if s.is_pause] == breaks
    assert day.hard_stop is not None and f"{day.hard_stop:%H:%M}" == end
    assert {i: [p.name for p in day.segments[i].speakers] for i in speakers} == speakers
    assert result.programme.left_out == []


def test_a_limit_per_delegation_in_french() -> None:
    day = imported(DATA / "pasted_held_out" / "fr-hrc-panel.txt").agenda.days[0]
    debate = day.segments[3]
    assert debate.title == "Débat interactif avec les États membres"
    assert debate.speaker_limit is not None and debate.speaker_limit.total_seconds() == 180


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("9:00 a.m. – 10:30 a.m. Opening", "09:00-10:30"),
        ("10.00-10.15 hrs Coffee break", "10:00-10:15"),
        ("9 h 00 – 9 h 30 Ouverture", "09:00-09:30"),
        ("14h – 15h Débat", "14:00-15:00"),
        ("De 9.00 a 10.00 horas Inauguración", "09:00-10:00"),
        ("с 10:00 до 11:30 Заседание", "10:00-11:30"),
        ("١٠:٠٠ – ١٠:٣٠ كلمة الافتتاح", "10:00-10:30"),
        ("下午2:00-3:30 圆桌会议", "14:00-15:30"),
        ("from 11 a.m. to 12 noon Closing", "11:00-12:00"),
    ],
)
def test_times_as_programmes_write_them(tmp_path: Path, line: str, span: str) -> None:
    source = tmp_path / "pasted.txt"
    source.write_text(f"{line}\n", encoding="utf-8")
    (segment,) = imported(source).agenda.days[0].segments
    assert f"{segment.start:%H:%M}-{segment.end:%H:%M}" == span
    assert not any(ch.isdigit() for ch in segment.title) and "hrs" not in segment.title


def test_real_markdown_schedules_held_out() -> None:
    """Two published Markdown schedules, kept aside while the rules were written (SOURCES.md)."""
    chai = imported(DATA / "real" / "held_out" / "chai2022-schedule.md").agenda.days[0]
    assert [s.title for s in chai.segments if s.is_pause] == ["Coffee break", "Lunch Break", "Coffee Break"]
    # "| Time | Authors | Title |": the Title column is the title; rows with no time are the item's lines.
    assert chai.segments[1].title == "Mental Models" and "Rita Sevastjanova" in chai.segments[1].notes
    assert f"{chai.segments[0].start:%H:%M}" == "09:00" and f"{chai.hard_stop:%H:%M}" == "17:00"
    # RoHOW's first day ends on "20:00 Pre conference party" and says no more: one line says what to add.
    with pytest.raises(ImportFailed) as refused:
        imported(DATA / "real" / "held_out" / "rohow-2023-schedule.md")
    (problem,) = refused.value.problems
    assert problem.where == "16" and "'Pre conference party' is not known" in problem.message


def test_a_night_written_as_single_times(tmp_path: Path) -> None:
    source = tmp_path / "pasted.txt"
    source.write_text("Saturday, 2 December 2023\n20:00 Get-together\n00:00 Venue closes\n", encoding="utf-8")
    day = imported(source).agenda.days[0]
    assert f"{day.segments[0].end:%d %H:%M}" == "03 00:00" and f"{day.hard_stop:%d %H:%M}" == "03 00:00"


def test_a_heading_without_its_year_takes_the_year_the_text_names(tmp_path: Path) -> None:
    source = tmp_path / "pasted.txt"
    source.write_text(
        "Conférence 2024\nJeudi 6 novembre\n9 h 00 – 10 h 00 Ouverture\n"  # 6 November 2024 is a Wednesday
        "Day 2 – Friday, 7 November\n9:00 – 9:30 Closing\n",
        encoding="utf-8",
    )
    result = imported(source)
    assert [day.date for day in result.agenda.days] == [date(2025, 11, 6), date(2025, 11, 7)]
    assert "# guessed: the heading names no year; it is guessed from '2024' in the text and the weekday" in result.text

"""The live views' pages in each language, as served (no Qt, no browser): `lang` and `dir`, the
title and the script's strings translated, the viewer's `?lang=` before the room's `language`, and
the room's language following the state document."""

from __future__ import annotations

import http.client
import json
import re

import pytest

from runner.bundled import bundled_file
from runner.core.i18n import LANGUAGES, load_catalogue
from runner.web.address import ListenAddress
from runner.web.page_text import PAGE_TEXT, page_language, page_text
from runner.web.server import VIEWS, ViewServer
from runner.web.tokens import ViewTokens
from tests.state_documents import document

TITLES = {
    "ar": "الرئيس · Session Runner",
    "en": "Chair · Session Runner",
    "es": "Presidencia · Session Runner",
    "fr": "Présidence · Session Runner",
    "ru": "Председатель · Session Runner",
    "zh": "主席 · Session Runner",
}


@pytest.fixture
def server():
    served = ViewServer(ListenAddress("127.0.0.1", 0), ViewTokens.fresh(), bundled_file("resources", "web"))
    served.start()
    yield served
    served.stop()


def get(server: ViewServer, path: str, token: bool = True) -> tuple[int, str]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    separator = "&" if "?" in path else "?"
    view = path.strip("/").split("?")[0]
    given = server.tokens.of(view) if view in ("chair", "speaker", "stage") else server.tokens.speaker
    connection.request("GET", path + (f"{separator}token={given}" if token else ""))
    answer = connection.getresponse()
    return answer.status, answer.read().decode()


def served_text(page: str) -> dict:
    """The JSON block the server put in the page for its script."""
    found = re.search(r'<script id="text" type="application/json">(.*?)</script>', page, re.S)
    assert found, page
    return json.loads(found.group(1))


def html_tag(page: str) -> str:
    found = re.search(r"<html[^>]*>", page)
    assert found
    return found.group(0)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_serves_the_chairs_page_in_it(server, language):
    status, page = get(server, f"/chair?lang={language}")
    assert status == 200
    direction = "rtl" if language == "ar" else "ltr"
    assert html_tag(page) == f'<html lang="{language}" dir="{direction}">'
    assert f"<title>{TITLES[language]}</title>" in page
    text = served_text(page)
    assert text["lang"] == language and text["dir"] == direction and text["chosen"] is True
    catalogue = load_catalogue(language)
    assert text["strings"] == {key: catalogue.translate(msgid) for key, msgid in PAGE_TEXT.items()}
    assert text["strings"]["connecting"] in page  # the heading before the first document
    assert "{{" not in page


@pytest.mark.parametrize("language", ["ar", "es", "fr", "ru", "zh"])
def test_every_string_of_the_pages_is_translated_with_its_fields(language):
    strings = page_text(language)["strings"]
    # Only unit symbols may read as in English ('{n} s', '{n} min' in French and Spanish), and a
    # name with its rank ('{name}, {rank}': the comma of Latin and Cyrillic scripts).
    same = {key for key, msgid in PAGE_TEXT.items() if strings[key] == msgid}
    assert same <= {"seconds", "minutes", "hours", "hours_minutes", "name_rank"}, same
    for key, msgid in PAGE_TEXT.items():
        assert sorted(re.findall(r"\{\w+\}", strings[key])) == sorted(re.findall(r"\{\w+\}", msgid)), key


def test_arabic_labels_are_arabic_and_chinese_chinese():
    arabic, chinese = page_text("ar")["strings"], page_text("zh")["strings"]
    assert arabic["paused"] == "متوقف مؤقتًا" and arabic["next_at"] == "التالي ≈ {time}: {title}"
    assert chinese["overtime"] == "已超时" and chinese["day_over"] == "会议已结束"
    assert page_text("ar")["locale"] == "ar-u-nu-latn"  # Western digits, as UN Arabic documents write them


def test_without_lang_a_page_is_in_the_rooms_language_and_english_before_any(server):
    _, page = get(server, "/speaker")
    assert html_tag(page) == '<html lang="en" dir="ltr">' and served_text(page)["chosen"] is False
    server.publish(document(language="fr"))
    for view in VIEWS:
        _, page = get(server, f"/{view}")
        assert html_tag(page) == '<html lang="fr" dir="ltr">', view
        assert served_text(page)["chosen"] is False
    server.publish(document(language="ar"))
    _, page = get(server, "/stage")
    assert html_tag(page) == '<html lang="ar" dir="rtl">' and "<title>المنصة · Session Runner</title>" in page


def test_the_viewers_lang_wins_and_an_unknown_one_falls_back_to_the_rooms(server):
    server.publish(document(language="fr"))
    assert html_tag(get(server, "/chair?lang=zh")[1]) == '<html lang="zh" dir="ltr">'
    assert html_tag(get(server, "/chair?lang=AR-eg")[1]) == '<html lang="ar" dir="rtl">'
    for unknown in ("de", "", "x" * 40, "<script>"):
        _, page = get(server, f"/chair?lang={unknown}")
        assert html_tag(page) == '<html lang="fr" dir="ltr">', unknown
    server.publish(document(language="klingon"))  # not one of the six: English
    assert html_tag(get(server, "/chair")[1]) == '<html lang="en" dir="ltr">'


def test_the_strings_of_a_language_need_the_view_token(server):
    status, body = get(server, "/api/strings?lang=ru")
    assert status == 200 and json.loads(body)["strings"]["paused"] == "ПАУЗА"
    status, _ = get(server, "/api/strings?lang=ru", token=False)
    assert status == 401
    status, _ = get(server, "/assets/chair.html", token=False)
    assert status == 404  # the pages' templates are not files to fetch


def test_lang_values():
    assert [page_language(v) for v in ("fr", "FR", "fr-CA", "zh_Hans", " es ")] == ["fr", "fr", "fr", "zh", "es"]
    assert [page_language(v) for v in (None, "", "de", "french", "-fr")] == [None] * 5

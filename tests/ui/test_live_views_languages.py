"""The live views' own text in a real browser (Debian's chromium driven by Playwright): the chair's
page in Arabic reads right to left with its digits and clock times left to right, in Chinese with
a CJK font, the room's text isolated and shown as text; a page that did not choose its language
follows the host's View → Language, one that did (`?lang=`) keeps its own."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from runner.web.address import ListenAddress
from tests.ui.conftest import ARABIC, CHINESE, RUSSIAN
from tests.ui.test_live_views_browser import browser, counting, link, press, shows  # noqa: F401 - browser: the fixture

HOSTILE = "<b>أوقفوا</b> & <img src=x>"


@pytest.fixture(scope="module")
def context(browser):  # noqa: F811 - the imported fixture
    opened = browser.new_context(viewport={"width": 1280, "height": 720})
    yield opened
    opened.close()


@pytest.fixture
def page(context):
    opened = context.new_page()
    yield opened
    opened.close()


def attribute(page, name: str) -> str:
    return page.evaluate(f"document.documentElement.getAttribute('{name}')")


def fonts_used(page, selector: str) -> set[str]:
    """The fonts chromium really drew the element's text with (DevTools' own answer)."""
    session = page.context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    root = session.send("DOM.getDocument")["root"]["nodeId"]
    node = session.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    session.detach()
    return {font["familyName"] for font in fonts}


def test_the_chairs_page_in_arabic_reads_right_to_left(qtbot, console, views, page):
    page.goto(f"{link(views, 'chair')}&lang=ar")
    shows(page, "title", "التالي: Opening", timeout=5000)
    assert (attribute(page, "lang"), attribute(page, "dir")) == ("ar", "rtl")
    assert page.title() == "الرئيس · Session Runner"
    press(qtbot, console, Qt.Key.Key_Space)
    shows(page, "next", "التالي ≈ 09:05: Digital public goods")
    shows(page, "day", "في الموعد")
    shows(page, "day", "الانتهاء ≈ 10:00 · موعد الانتهاء الإلزامي 10:00")
    shows(page, "clock-event", "(بتوقيت الاجتماع)")
    assert re.search(r"\b09:0\d:\d\d\b", page.locator("#clock-event").inner_text())  # Western digits
    press(qtbot, console, Qt.Key.Key_P)
    shows(page, "caption", "متوقف مؤقتًا")
    press(qtbot, console, Qt.Key.Key_P)
    press(qtbot, console, Qt.Key.Key_Space)
    shows(page, "speaker", counting(f"{ARABIC}، تبقى ", f" · التالي: {CHINESE} و{RUSSIAN}"))
    layout = page.evaluate(
        """() => {
            const next = document.getElementById("next"), time = next.querySelector("bdi");
            const label = document.createRange();
            label.selectNodeContents(next.firstChild);
            const style = (e) => getComputedStyle(e).direction;
            return {next: next.getBoundingClientRect().right, label: label.getBoundingClientRect(),
                    time: time.getBoundingClientRect(), timeDir: style(time), pageDir: style(next),
                    digits: style(document.getElementById("countdown"))};
        }"""
    )
    # The label reads first, from the right edge; the time follows on its left, left to right.
    assert layout["pageDir"] == "rtl" and layout["timeDir"] == "ltr" and layout["digits"] == "ltr"
    assert abs(layout["label"]["right"] - layout["next"]) < 2 and layout["time"]["right"] <= layout["label"]["left"] + 1
    assert "Noto Sans Arabic" in fonts_used(page, "#next")
    console.host.message_box.setEditText(HOSTILE)
    console.host.send_message()
    shows(page, "message", HOSTILE)  # the host's text as text, never HTML
    assert page.locator("#message b, #message img").count() == 0


def test_the_chairs_page_in_chinese_is_drawn_in_a_cjk_font(qtbot, console, views, page):
    page.goto(f"{link(views, 'chair')}&lang=zh")
    shows(page, "title", "即将开始：Opening", timeout=5000)
    assert (attribute(page, "lang"), attribute(page, "dir")) == ("zh", "ltr")
    press(qtbot, console, Qt.Key.Key_Space)
    shows(page, "day", "准时")
    shows(page, "next", "下一项 ≈ 09:05：Digital public goods")
    shows(page, "clock-event", "（会议时间）")
    press(qtbot, console, Qt.Key.Key_Space)
    shows(page, "speaker", counting(f"{ARABIC}，剩余 ", f" · 下一位：{CHINESE}和{RUSSIAN}"))
    assert page.locator("#speaker bdi").first.inner_text() == ARABIC  # each name isolated
    assert "Noto Sans CJK SC" in fonts_used(page, "#day")
    console.bridge.engine.clock.advance(21 * 60)
    console.bridge.perform(lambda: console.session.engine.add_note("over"))  # an event: a new document
    shows(page, "caption", "已超时")


def _choose_host_language(console, code: str) -> None:
    """View → Language (not Chair → Language, whose entries have the same names)."""
    action = console.host.language_menu.findChild(QAction, f"language_{code}")
    assert action is not None
    action.trigger()


def test_view_language_changes_the_pages_that_did_not_choose(qtbot, console, views, context):
    following, chosen = context.new_page(), context.new_page()
    following.goto(link(views, "chair"))
    chosen.goto(f"{link(views, 'stage')}&lang=ar")
    shows(following, "title", "Coming up: Opening", timeout=5000)
    shows(chosen, "title", "التالي: Opening", timeout=5000)
    _choose_host_language(console, "fr")
    shows(following, "title", "À suivre : Opening")
    assert (attribute(following, "lang"), following.title()) == ("fr", "Présidence · Session Runner")
    press(qtbot, console, Qt.Key.Key_Space)
    shows(following, "day", "à l'heure")
    shows(chosen, "title", "Opening")
    assert attribute(chosen, "dir") == "rtl"  # the viewer's own choice stands
    # ...and its pill stays where the stream's layout put it, bottom right, in Arabic too.
    assert chosen.evaluate("innerWidth - document.querySelector('.overlay').getBoundingClientRect().right") < 80
    following.reload()  # served afresh: in the room's language from the start
    shows(following, "day", "à l'heure", timeout=5000)
    _choose_host_language(console, "zh")
    shows(following, "day", "准时")
    following.close()
    chosen.close()


def test_share_live_views_hands_out_links_in_the_language_chosen(qtbot, console):
    import urllib.request

    from PySide6.QtGui import QGuiApplication

    from runner.ui.rooms.share_views import ShareViewsDialog

    dialog = ShareViewsDialog(console)
    qtbot.addWidget(dialog)
    dialog.address_edit.setText("127.0.0.1:0")
    assert dialog.start_serving()
    try:
        box = dialog.language_box
        assert box.currentData() == "" and "lang=" not in dialog.link_edits["chair"].text()
        box.setCurrentIndex(box.findText("العربية"))
        views = ("chair", "speaker", "stage")
        assert all(dialog.link_edits[name].text().endswith("&lang=ar") for name in views)
        assert dialog.qr.toolTip() == dialog.link_edits["chair"].text()
        dialog.copy(next(link for link in console.services.views.server.links() if link.name == "stage"))
        assert QGuiApplication.clipboard().text() == dialog.link_edits["stage"].text()
        with urllib.request.urlopen(dialog.link_edits["chair"].text(), timeout=5) as answer:
            assert '<html lang="ar" dir="rtl">' in answer.read().decode()
        box.setCurrentIndex(0)  # the host's language: the pages follow View → Language
        assert "lang=" not in dialog.link_edits["chair"].text()
    finally:
        console.services.views.stop()


def test_a_broker_fed_page_says_in_the_rooms_language_that_the_hosts_app_is_gone(page):
    from runner.bundled import bundled_file
    from runner.web.server import ViewServer
    from runner.web.tokens import ViewTokens
    from tests.state_documents import document

    server = ViewServer(ListenAddress("127.0.0.1", 0), ViewTokens.fresh(), bundled_file("resources", "web"))
    server.start()
    try:
        server.publish(document(language="ru", segment={"index": 0, "title": CHINESE, "kind": "segment"}))
        page.goto(next(each.url for each in server.links() if each.name == "stage"))
        shows(page, "title", CHINESE, timeout=5000)
        assert attribute(page, "lang") == "ru" and page.title() == "Сцена · Session Runner"
        server.publish(document(language="ru", online=False))  # the app's last will, through the broker
        shows(page, "link", "Приложение ведущего не в сети")
    finally:
        server.stop()

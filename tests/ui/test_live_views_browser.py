"""The live views in a real browser (Debian's chromium driven by Playwright; no browser is ever
downloaded): the chair's page follows the host's keys, counts down by itself once a second, and a
wrong token or a POST gets nothing."""

from __future__ import annotations

import itertools
import re
import shutil

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import ARABIC, CHINESE

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# ms: how long a test waits for a page to follow the host. The product's figure (a flip in the
# browser within 30 ms of the host's, p99) is bench/views.py's on a quiet machine; a test shares
# two cores with other work, where a second was missed under a load average of 8.
FOLLOWS_WITHIN = 5000


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    if not shutil.which(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def page(browser):
    """One tab for the module: each test opens its own server's link in it."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    opened = context.new_page()
    yield opened
    context.close()


def link(views, name):
    return next(each.url for each in views.server.links() if each.name == name)


def shows(page, element, text, timeout=FOLLOWS_WITHIN):
    # Locator assertions, not wait_for_function: Playwright polls a function with eval(), which the
    # pages' Content-Security-Policy (rightly) forbids.
    from playwright.sync_api import expect

    expect(page.locator(f"#{element}")).to_contain_text(text, timeout=timeout)


def counting(before: str, after: str) -> re.Pattern[str]:
    """A speaker's line with the time left as the page counts it down by itself: 3:00 is on screen
    for one second only, which a busy machine's browser can miss."""
    return re.compile(f"{re.escape(before)}(3:00|2:[0-5]\\d){re.escape(after)}")


def press(qtbot, console, key):
    qtbot.keyClick(console.host.table, key)


def test_the_chairs_page_follows_space_p_and_right(qtbot, console, views, page):
    page.goto(link(views, "chair"))
    shows(page, "title", "Coming up: Opening", timeout=5000)  # the first load starts the browser's caches
    press(qtbot, console, Qt.Key.Key_Space)
    shows(page, "title", "Opening")
    press(qtbot, console, Qt.Key.Key_P)
    shows(page, "caption", "PAUSED")
    press(qtbot, console, Qt.Key.Key_P)
    press(qtbot, console, Qt.Key.Key_Space)
    shows(page, "title", "Digital public goods")
    shows(page, "speaker", ARABIC)
    press(qtbot, console, Qt.Key.Key_Right)
    shows(page, "speaker", counting(f"{CHINESE} ", " left"))
    assert page.evaluate("document.getElementById('caption').textContent") == ""


def test_the_countdown_changes_once_a_second_between_documents(qtbot, console, views, page):
    page.goto(link(views, "chair"))
    shows(page, "title", "Coming up: Opening", timeout=5000)
    press(qtbot, console, Qt.Key.Key_Space)
    shows(page, "countdown", "5:00")
    shows(page, "countdown", "4:57", timeout=4000 + FOLLOWS_WITHIN)
    flips = page.evaluate("window.__flips.filter(([text]) => /^[45]:/.test(text))")
    texts = [text for text, _ in flips]
    assert texts[:4] == ["5:00", "4:59", "4:58", "4:57"]
    gaps = [later - earlier for (_, earlier), (_, later) in itertools.pairwise(flips[1:])]  # 5:00 appears, 4:59 flips
    # Once a second, each second shown once; how close to the boundary is the benchmark's business
    # (bench/views.py), not a test's on a machine shared with other work.
    # Still once a second, not twice nor every other one, with room for a busy machine's late timer.
    assert all(abs(gap - 1000) < 600 for gap in gaps), gaps


def test_a_wrong_token_gets_nothing(views, page):
    answer = page.goto(link(views, "chair").replace(views.server.tokens.chair, "not-the-token"))
    assert answer is not None and answer.status == 403
    assert "Opening" not in page.content()
    page.goto(link(views, "chair"))
    received = page.evaluate(
        """(url) => new Promise((done) => {
            const socket = new WebSocket(url);
            let got = false;
            socket.onmessage = () => { got = true; };
            socket.onclose = () => done(got);
        })""",
        link(views, "websocket").replace(views.server.tokens.speaker, "not-the-token"),
    )
    assert received is False


def test_the_speakers_link_cannot_open_the_chairs_page(qtbot, console, views, page):
    speaker = link(views, "speaker")
    answer = page.goto(speaker.replace("/speaker?", "/chair?"))  # a speaker edits the link on the phone
    assert answer is not None and answer.status == 403
    assert "another view" in page.content() and "Opening" not in page.content()
    page.goto(speaker)
    press(qtbot, console, Qt.Key.Key_Space)
    shows(page, "countdown", re.compile(r"[45]:\d\d"))  # its own page follows the room
    statuses = page.evaluate(
        """async () => {
            const token = new URLSearchParams(location.search).get("token");
            return Promise.all(["/chair", "/stage", "/speaker", "/api/state"].map(
                async (path) => (await fetch(`${path}?token=${token}`)).status));
        }"""
    )
    assert statuses == [403, 403, 200, 200]


def test_a_post_with_a_view_token_changes_nothing(console, views, page):
    page.goto(link(views, "chair"))
    token = views.server.tokens.chair
    statuses = page.evaluate(
        """async (token) => Promise.all(
            ["/api/state", "/chair", "/api/control/start_next"].map(
                async (path) => (await fetch(`${path}?token=${token}`, {method: "POST"})).status))""",
        token,
    )
    assert all(400 <= status < 500 for status in statuses), statuses
    assert console.bridge.engine.current is None and not console.bridge.engine.events


def test_the_stage_view_has_a_transparent_background(views, page):
    page.goto(link(views, "stage"))
    shows(page, "title", "Opening", timeout=5000)
    backgrounds = page.evaluate(
        "[document.documentElement, document.body].map((e) => getComputedStyle(e).backgroundColor)"
    )
    assert backgrounds == ["rgba(0, 0, 0, 0)", "rgba(0, 0, 0, 0)"]


def test_a_lost_connection_is_shown_with_the_age_of_the_last_news(console, views, page):
    page.goto(link(views, "chair"))
    shows(page, "title", "Coming up: Opening", timeout=5000)
    views.stop()
    shows(page, "link", "Connection lost: reconnecting", timeout=3000)
    shows(page, "link", "last update")


def test_the_chairs_page_shows_the_recovery_plan_on_offer(qtbot, console, timers, views, page):
    press(qtbot, console, Qt.Key.Key_Space)
    timers.jump(15 * 60)  # the 5-minute opening ten minutes over: the live rules offer a plan
    console.bridge.perform(lambda: console.session.engine.add_note("running over"))  # an event: a new document
    page.goto(link(views, "chair"))
    shows(page, "day", "Recover 10 min to hold the 10:00 stop", timeout=5000)
    # A chair who reads French reads the plan in French, while the host works in English.
    page.goto(link(views, "chair") + "&lang=fr")
    shows(page, "day", "Rattraper 10 min pour tenir la fin de 10:00", timeout=5000)


def test_a_ready_made_message_reads_in_each_pages_language(qtbot, console, views, page):
    console.bridge.perform(lambda: console.bridge.commands.message("Please wrap up"))
    page.goto(link(views, "chair") + "&lang=ar")
    shows(page, "message", "يُرجى الاختتام", timeout=5000)
    page.goto(link(views, "speaker") + "&lang=zh")
    shows(page, "message", "请结束发言", timeout=5000)
    console.bridge.perform(lambda: console.bridge.commands.message("The minister joins at 10:15"))
    shows(page, "message", "The minister joins at 10:15")  # typed by the host: as typed


def test_the_chairs_page_never_breaks_a_line_inside_a_name(qtbot, console, views, page):
    """Issue 24: "王毅" split across two lines. At every width from a phone's to a desk's, each
    name on the chair's page is on one line (it wraps at the spaces and commas between names)."""
    page.goto(link(views, "chair"))
    shows(page, "title", "Coming up: Opening", timeout=5000)
    press(qtbot, console, Qt.Key.Key_Space)
    press(qtbot, console, Qt.Key.Key_Space)
    shows(page, "speaker", CHINESE)  # Now: أمينة محمد 3:00 left · Next: 王毅 and Сергей Лавров
    split = """() => [...document.querySelectorAll('#speaker bdi.name')]
        .filter((name) => name.getClientRects().length > 1).map((name) => name.textContent)"""
    heights = []
    try:
        for width in range(220, 1000, 9):
            page.set_viewport_size({"width": width, "height": 700})
            assert page.evaluate(split) == [], width
            box = page.locator("#speaker").bounding_box()
            heights.append(box["height"] if box else 0)
    finally:
        page.set_viewport_size({"width": 1280, "height": 720})
    assert max(heights) > 1.5 * min(heights)  # the line did wrap, on narrow pages: between names
    names = page.evaluate("() => [...document.querySelectorAll('#speaker bdi.name')].map((n) => n.textContent)")
    assert CHINESE in names and ARABIC in names


def test_one_slow_delivery_does_not_set_the_count_late_two_in_a_row_do(browser):
    """views.js anchors its count at the quickest delivery of the last minute. A document held up
    3.5 s (sent 3.5 s ago, with the time left then) is one slow delivery: the count stays with
    the host's. A second such one in a row is the host's clock stepping back: the page follows it."""
    import math
    import time
    from datetime import datetime, timezone

    from runner.bundled import bundled_file
    from runner.web.address import ListenAddress
    from runner.web.server import ViewServer
    from runner.web.tokens import ViewTokens
    from tests.state_documents import document

    server = ViewServer(ListenAddress("127.0.0.1", 0), ViewTokens.fresh(), bundled_file("resources", "web"))
    server.start()
    started = time.time()

    def send(late_s: float) -> None:
        sent = time.time() - late_s
        left = 300_000 - round((sent - started) * 1000)
        moment = datetime.fromtimestamp(sent, timezone.utc).isoformat(timespec="milliseconds")
        server.publish(document("Plenary", "Opening", remaining_ms=left, sent_at=moment))

    def ahead_s() -> int:
        """How many seconds the page shows more than the host's count (0 or -1: in step)."""
        shown = page.locator("#countdown").inner_text()
        minutes, seconds = (int(part) for part in shown.split(":"))
        return minutes * 60 + seconds - math.ceil(300 - (time.time() - started))

    context = browser.new_context()
    page = context.new_page()
    try:
        send(0.0)
        page.goto(next(each.url for each in server.links() if each.name == "chair"))
        shows(page, "countdown", re.compile(r"[45]:\d\d"), timeout=5000)
        send(0.0)  # a second quick one: the window holds quick deliveries
        page.wait_for_timeout(300)
        assert ahead_s() in (0, 1), page.locator("#countdown").inner_text()
        send(3.5)
        page.wait_for_timeout(300)
        assert ahead_s() in (0, 1)  # one slow delivery: still the host's count
        send(3.5)
        page.wait_for_timeout(300)
        assert ahead_s() in (3, 4, 5)  # two in a row: the host's clock went back 3.5 s
    finally:
        context.close()
        server.stop()

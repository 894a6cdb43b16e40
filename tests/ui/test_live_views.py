"""The live views' server as the app runs it: what a view token can and cannot do, the checks on
every request, the control API, new links, and the Share live views… window."""

from __future__ import annotations

import contextlib
import http.client
import itertools
import json
import stat

import pytest
from PySide6.QtCore import Qt
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import connect

from runner.core.i18n import load_catalogue
from runner.web import server as server_module
from runner.web.address import ListenAddress, host_header_allowed, parse_listen
from runner.web.page_text import REFUSALS
from runner.web.server import VIEWS
from runner.web.slots import ViewerSlots
from runner.web.tokens import load_tokens, tokens_path


@pytest.fixture
def served(console):
    from runner.ui.rooms.share_views import serve_console

    views = serve_console(console, ListenAddress("127.0.0.1", 0), control=True)
    yield console, views
    views.stop()


def request(views, path, method="GET", host=None, headers=None, body=None):
    connection = http.client.HTTPConnection("127.0.0.1", views.server.port, timeout=5)
    connection.request(
        method, path, body=body, headers={"Host": host or f"127.0.0.1:{views.server.port}", **(headers or {})}
    )
    answer = connection.getresponse()
    return answer.status, dict(answer.getheaders()), answer.read().decode()


def socket_url(views, token):
    return f"ws://127.0.0.1:{views.server.port}/ws?token={token}"


def test_the_view_token_reads_the_state_document(served):
    _, views = served
    status, headers, body = request(views, f"/api/state?token={views.server.tokens.speaker}")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    document = json.loads(body)
    assert document["status"] == "idle" and document["next"]["title"] == "Opening"
    assert document["room"] == "test-forum"
    policy = headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assert "Access-Control-Allow-Origin" not in headers


def test_a_missing_or_wrong_token_gets_nothing(served):
    _, views = served
    for path in ("/api/state", "/chair", "/speaker", "/stage"):
        for query in ("", "?token=", "?token=wrong", f"?token={views.server.tokens.control}", "?token=a&token=b"):
            status, _, body = request(views, path + query)
            assert status in (401, 403), (path, query)
            assert "Opening" not in body and "<html" not in body


def test_a_wrong_token_opens_no_websocket_and_the_right_one_gets_the_state(served):
    _, views = served
    with pytest.raises(InvalidStatus) as refused:
        connect(socket_url(views, "wrong"), open_timeout=3)
    assert refused.value.response.status_code == 403
    for view in VIEWS:  # each view's page opens the WebSocket with its own token
        with connect(socket_url(views, views.server.tokens.of(view)), open_timeout=3) as viewer:
            assert json.loads(viewer.recv(timeout=3))["version"] == 1


def test_a_post_with_the_view_token_changes_nothing(served):
    console, views = served
    token = views.server.tokens.chair
    for path in (f"/api/state?token={token}", f"/chair?token={token}", f"/api/control/start_next?token={token}"):
        status, _, _ = request(views, path, method="POST")
        assert 400 <= status < 500
    with pytest.raises(http.client.RemoteDisconnected):  # a body: dropped before anything reads the request
        request(views, f"/api/state?token={token}", method="PUT", body=b"{}")
    assert console.bridge.engine.current is None and not console.bridge.engine.events


def test_a_rebinding_name_or_another_site_is_refused(served):
    _, views = served
    token = views.server.tokens.stage
    port = views.server.port
    assert request(views, f"/api/state?token={token}", host=f"attacker.example:{port}")[0] == 421
    assert request(views, f"/api/state?token={token}", host=f"localhost:{port}")[0] == 200
    other_site = {"Origin": "http://attacker.example"}
    assert request(views, f"/api/state?token={token}", headers=other_site)[0] == 403
    assert request(views, "/chair?token=" + "x" * 3000)[0] == 414


def test_the_host_header_rules():
    loopback, anywhere = ListenAddress("127.0.0.1", 8765), ListenAddress("0.0.0.0", 8765)
    assert host_header_allowed("127.0.0.1:8765", loopback, 8765)
    assert host_header_allowed("[::1]:8765", loopback, 8765)
    assert not host_header_allowed("127.0.0.1:9999", loopback, 8765)
    assert not host_header_allowed("192.168.1.5:8765", loopback, 8765)
    assert host_header_allowed("192.168.1.5:8765", anywhere, 8765)
    assert not host_header_allowed("rebind.attacker.example:8765", anywhere, 8765)
    assert not host_header_allowed(None, loopback, 8765)


def test_listen_addresses():
    assert parse_listen("8765") == ListenAddress("127.0.0.1", 8765)
    assert parse_listen("0.0.0.0:80") == ListenAddress("0.0.0.0", 80)
    assert parse_listen("[::1]:8765") == ListenAddress("::1", 8765)
    for bad in ("", "host:", "99999", "::1:8765", "x:y", "-1"):
        with pytest.raises(ValueError):
            parse_listen(bad)


def test_viewers_beyond_the_cap_are_turned_away(served, monkeypatch):
    _, views = served
    said: list[str] = []
    monkeypatch.setattr(views.server, "say", said.append)
    views.server.slots = ViewerSlots(1)
    with connect(socket_url(views, views.server.tokens.speaker), open_timeout=3) as first:
        first.recv(timeout=3)
        for _ in range(3):
            with pytest.raises(InvalidStatus) as refused:
                connect(socket_url(views, views.server.tokens.speaker), open_timeout=3)
            assert refused.value.response.status_code == 503
    # Said at once, then once an interval with the count: not one line per refusal.
    assert said == ["views: turned away 1 viewer: no slot free for it (at most 1 viewers at once)"]


def test_a_crowd_on_the_speakers_link_never_locks_the_chair_out(served):
    _, views = served
    views.server.slots = ViewerSlots(20)  # 2 held back for the chair; none for the stage (0.4 of one)
    tokens = views.server.tokens

    def turned_away(token: str) -> bool:
        try:
            with connect(socket_url(views, token), open_timeout=3) as viewer:
                return json.loads(viewer.recv(timeout=3))["version"] != 1
        except InvalidStatus as refused:
            return refused.response.status_code == 503

    with contextlib.ExitStack() as crowd:
        for _ in range(18):
            crowd.enter_context(connect(socket_url(views, tokens.speaker), open_timeout=3))
        assert turned_away(tokens.speaker) and turned_away(tokens.stage)
        with connect(socket_url(views, tokens.chair), open_timeout=3) as chair:
            assert json.loads(chair.recv(timeout=3))["version"] == 1
            assert not turned_away(tokens.chair)  # the second of its two
        assert turned_away(tokens.speaker)  # the chair's slots, given back, are still the chair's
    assert not turned_away(tokens.speaker)


def test_each_token_opens_its_own_view_only(served):
    _, views = served
    tokens = views.server.tokens
    assert len({tokens.chair, tokens.speaker, tokens.stage, tokens.control}) == 4
    for view, other in itertools.permutations(VIEWS, 2):
        status, _, body = request(views, f"/{view}?token={tokens.of(other)}")
        assert status == 403 and "another view" in body, (view, other)
        assert "<html" not in body
    for view in VIEWS:
        assert request(views, f"/{view}?token={tokens.of(view)}")[0] == 200
        assert request(views, f"/api/state?token={tokens.of(view)}")[0] == 200
        assert request(views, f"/api/strings?lang=fr&token={tokens.of(view)}")[0] == 200
    status, _, body = request(views, f"/chair?token={tokens.speaker}&lang=fr")
    assert status == 403 and body == load_catalogue("fr").translate(REFUSALS["other_view"]) != REFUSALS["other_view"]
    links = {link.name: link.url for link in views.server.links()}
    assert all(links[view].endswith(f"/{view}?token={tokens.of(view)}") for view in VIEWS)
    assert links["websocket"].endswith(f"/ws?token={tokens.speaker}")  # the least a reader needs


def until(viewer, wanted):
    """The first document received that satisfies `wanted`."""
    while True:
        document = json.loads(viewer.recv(timeout=3))
        if wanted(document):
            return document


def test_engine_events_and_messages_reach_the_viewers(qtbot, served):
    console, views = served
    with connect(socket_url(views, views.server.tokens.chair), open_timeout=3) as viewer:
        assert json.loads(viewer.recv(timeout=3))["status"] == "idle"
        qtbot.keyClick(console.host.table, Qt.Key.Key_Space)
        assert until(viewer, lambda d: d["status"] == "running")["segment"]["title"] == "Opening"
        console.host.message_box.setEditText("Please wrap up")
        console.host.send_message()
        assert until(viewer, lambda d: d["message"])["message"] == "Please wrap up"


def test_new_links_revoke_the_old_ones_and_links_survive_a_restart(served, tmp_path):
    console, views = served
    saved = tokens_path(console.session.log_path)
    assert load_tokens(saved) == views.server.tokens  # a restart finds the same links
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    old = views.server.tokens
    with connect(socket_url(views, old.chair), open_timeout=3) as viewer:
        viewer.recv(timeout=3)
        new = views.renew_links()
        with pytest.raises(ConnectionClosed) as closed:
            viewer.recv(timeout=3)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == server_module.REVOKED
    for view in VIEWS:
        assert request(views, f"/api/state?token={old.of(view)}")[0] == 403
        assert request(views, f"/{view}?token={new.of(view)}")[0] == 200
        assert new.of(view) != old.of(view)
    assert load_tokens(saved) == new


def test_the_control_token_drives_the_console_and_a_view_token_does_not(qtbot, served):
    console, views = served
    tokens = views.server.tokens
    for view in VIEWS:
        assert request(views, f"/api/control/start_next?token={tokens.of(view)}")[0] == 403
    assert request(views, "/api/control/start_next")[0] == 401
    assert request(views, f"/api/control/self_destruct?token={tokens.control}")[0] == 404
    assert request(views, f"/api/control/start_next?token={tokens.control}", method="POST")[0] == 202
    qtbot.waitUntil(lambda: console.bridge.engine.current == 0, timeout=2000)
    assert request(views, f"/api/control/message?token={tokens.control}&text=Time%20is%20up")[0] == 202
    qtbot.waitUntil(lambda: console.bridge.engine.chair_message == "Time is up", timeout=2000)


def test_the_control_api_is_off_unless_asked_for(console):
    from runner.ui.rooms.share_views import serve_console

    views = serve_console(console, ListenAddress("127.0.0.1", 0), control=False)
    try:
        assert request(views, f"/api/control/start_next?token={views.server.tokens.control}")[0] == 404
        assert "control" not in {link.name for link in views.server.links()}
    finally:
        views.stop()


def test_share_live_views_starts_serving_and_shows_the_links_with_a_qr_code(qtbot, console):
    from runner.ui.rooms.share_views import ShareViewsDialog

    dialog = ShareViewsDialog(console)
    qtbot.addWidget(dialog)
    dialog.address_edit.setText("127.0.0.1:0")
    assert dialog.start_serving()
    try:
        assert console.services.views is not None
        chair = dialog.link_edits["chair"].text()
        assert "/chair?token=" in chair and console.services.views.server.tokens.chair in chair
        speaker = dialog.link_edits["speaker"].text()
        assert speaker.endswith(f"/speaker?token={console.services.views.server.tokens.speaker}")
        assert not dialog.qr.pixmap().isNull()
        dialog.copy(console.services.views.server.links()[0])
        from PySide6.QtGui import QGuiApplication

        assert QGuiApplication.clipboard().text() == chair
        dialog.confirm = lambda: True
        dialog.renew_links()
        assert console.services.views.server.tokens.chair in dialog.link_edits["chair"].text()
        assert dialog.link_edits["chair"].text() != chair
    finally:
        console.services.views.stop()


def test_a_port_in_use_is_one_line(served):
    from runner.ui.rooms.live_views import pages_folder
    from runner.web.server import ServeError, ViewServer
    from runner.web.tokens import ViewTokens

    _, views = served
    second = ViewServer(ListenAddress("127.0.0.1", views.server.port), ViewTokens.fresh(), pages_folder())
    with pytest.raises(ServeError) as refused:
        second.start()
    assert str(refused.value).startswith(f"cannot listen on 127.0.0.1:{views.server.port}:")
    assert "\n" not in str(refused.value)


def test_serve_takes_host_and_port_and_refuses_anything_else():
    from runner.cli import build_parser

    parser = build_parser()
    assert parser.parse_args(["open", "a.yaml", "--serve", "8765"]).serve == ListenAddress("127.0.0.1", 8765)
    with pytest.raises(SystemExit) as usage:
        parser.parse_args(["open", "a.yaml", "--serve", "nine"])
    assert usage.value.code == 2


def test_between_events_the_state_goes_out_every_5_s_a_quarter_second_after_a_flip(qtbot, served, clock, timers):
    from runner.ui.rooms.state_feed import AFTER_FLIP_MS, HEARTBEAT_S

    console, views = served
    qtbot.keyClick(console.host.table, Qt.Key.Key_Space)
    ticks, sent = [], []
    console.bridge.tick.connect(lambda snapshot: ticks.append(clock.monotonic()))
    views.published.connect(lambda size: sent.append(clock.monotonic()))
    timers.advance(16)
    assert len(sent) == 3
    for at in sent:
        last_tick = max(t for t in ticks if t <= at)
        # Off the flip: the paint of the second just shown never waits for a broadcast.
        assert at - last_tick == pytest.approx(AFTER_FLIP_MS / 1000, abs=0.002)
    assert [round(later - earlier, 3) for earlier, later in itertools.pairwise(sent)] == [HEARTBEAT_S, HEARTBEAT_S]


def test_an_older_tokens_file_is_migrated_and_the_share_window_says_so(qtbot, console):
    from runner.ui.rooms.share_views import ShareViewsDialog

    saved = tokens_path(console.session.log_path)
    saved.write_text(json.dumps({"view": "v" * 32, "control": "c" * 32}), encoding="utf-8")
    dialog = ShareViewsDialog(console)
    qtbot.addWidget(dialog)
    dialog.address_edit.setText("127.0.0.1:0")
    assert dialog.start_serving()
    views = console.services.views
    try:
        assert views.server.tokens.chair == "v" * 32  # the link the chair was sent still opens the chair's
        assert dialog.link_edits["chair"].text().endswith("/chair?token=" + "v" * 32)
        assert "v" * 32 not in dialog.link_edits["speaker"].text()
        assert len(dialog.notices) == 1 and saved.name in dialog.notices[0] and "speakers'" in dialog.notices[0]
        assert request(views, "/speaker?token=" + "v" * 32)[0] == 403
    finally:
        views.stop()


def test_fewer_viewers_for_want_of_open_files_is_said_in_the_share_window(qtbot, console, monkeypatch, capsys):
    from runner.ui.rooms.share_views import ShareViewsDialog
    from runner.web.open_files import FileBudget

    monkeypatch.setattr(server_module, "file_budget", lambda most: FileBudget(1024, 884, 916))
    dialog = ShareViewsDialog(console)
    qtbot.addWidget(dialog)
    dialog.address_edit.setText("127.0.0.1:0")
    assert dialog.start_serving()
    try:
        said = "views: this process may open 1024 files: at most 884 viewers at once"
        assert dialog.notices == [said]
        assert capsys.readouterr().err.count(said) == 1  # and once on stderr, for a terminal
        assert console.services.views.server.slots.cap == 884
    finally:
        console.services.views.stop()

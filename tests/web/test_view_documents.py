"""Each view reads what its page shows (issue #27, item 4): the recovery plan on offer only with
the chair's token, the host's message not with the stage's (its page goes out on the stream),
through `/api/state` and the WebSocket of a real view server."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator

import pytest
from websockets.sync.client import connect

from runner.bundled import bundled_file
from runner.core.state_document import for_view
from runner.web.address import ListenAddress
from runner.web.server import ViewServer
from runner.web.tokens import ViewTokens
from tests.state_documents import document

PLAN = "Shorten 'Closing' by 5 min; move 'Q&A' after the hard stop"
IN_EACH = {"ar": "…", "en": PLAN, "es": "…", "fr": "Raccourcir « Closing » de 5 min", "ru": "…", "zh": "…"}
WRAP_UP = {"ar": "يُرجى الاختتام", "en": "Please wrap up", "es": "…", "fr": "Veuillez conclure", "ru": "…", "zh": "…"}
SEEN = {"chair": (PLAN, "Please wrap up"), "speaker": (None, "Please wrap up"), "stage": (None, None)}


def at_risk() -> dict:
    return document(
        recovery=PLAN,
        recovery_languages=IN_EACH,
        message="Please wrap up",
        message_languages=WRAP_UP,
        hard_stop_at_risk=True,
    )


@pytest.fixture
def server() -> Iterator[ViewServer]:
    made = ViewServer(ListenAddress("127.0.0.1", 0), ViewTokens.fresh(), bundled_file("resources", "web"))
    made.start()
    made.publish(at_risk())  # type: ignore[arg-type]
    yield made
    made.stop()


def test_each_views_document_keeps_every_key_and_withholds_the_others_part():
    whole = at_risk()
    for view, (recovery, message) in SEEN.items():
        shown = for_view(whole, view)  # type: ignore[arg-type]
        assert (shown["recovery"], shown["message"]) == (recovery, message), view
        assert shown["recovery_languages"] == (IN_EACH if recovery else None), view  # the plan in every language too
        assert shown["message_languages"] == (WRAP_UP if message else None), view
        assert shown.keys() == whole.keys() and shown["hard_stop_at_risk"] is True
    assert whole["recovery"] == PLAN  # the published one (the broker's, the organiser's) is untouched
    assert for_view(whole, "someone")["recovery"] is None  # type: ignore[arg-type]


def test_the_state_and_the_socket_give_each_token_its_views_document(server):
    for view, expected in SEEN.items():
        token = server.tokens.of(view)
        with urllib.request.urlopen(f"http://127.0.0.1:{server.port}/api/state?token={token}", timeout=5) as answer:
            state = json.loads(answer.read())
        with connect(f"ws://127.0.0.1:{server.port}/ws?token={token}", open_timeout=5) as socket:
            first = json.loads(socket.recv(timeout=5))  # the latest, at once
            server.publish(at_risk())  # type: ignore[arg-type]
            broadcast = json.loads(socket.recv(timeout=5))
        for got in (state, first, broadcast):
            assert (got["recovery"], got["message"]) == expected, view
            assert (got["recovery_languages"] is None) == (expected[0] is None), view

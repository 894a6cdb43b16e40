"""The view server's answers to requests at the edge of HTTP (issue #27: these answered 500)."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from runner.bundled import bundled_file
from runner.web.address import ListenAddress
from runner.web.server import ViewServer
from runner.web.tokens import ViewTokens
from tests.state_documents import document


@pytest.fixture
def server() -> Iterator[ViewServer]:
    made = ViewServer(ListenAddress("127.0.0.1", 0), ViewTokens.fresh(), bundled_file("resources", "web"))
    made.start()
    made.publish(document())
    yield made
    made.stop()


def raw(server: ViewServer, head: str) -> int:
    """The status of the answer to a request written byte for byte."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as connection:
        connection.sendall(head.replace("\n", "\r\n").encode() + b"\r\n")
        answer = b""
        while b"\r\n" not in answer:
            chunk = connection.recv(4096)
            if not chunk:
                break
            answer += chunk
    return int(answer.split()[1])


def test_a_trailing_slash_is_no_page_of_ours(server):
    token = server.tokens.view
    host = f"Host: 127.0.0.1:{server.port}\n"
    for path in ("/ws/", "/api/state/", "/chair/", "/api/strings/", "//ws", "/ws//"):
        assert raw(server, f"GET {path}?token={token} HTTP/1.1\n{host}") == 404, path
    assert raw(server, f"GET /api/state?token={token} HTTP/1.1\n{host}") == 200


def test_two_host_headers_or_two_origins_are_a_bad_request(server):
    token = server.tokens.view
    host = f"Host: 127.0.0.1:{server.port}\n"
    assert raw(server, f"GET /api/state?token={token} HTTP/1.1\n{host}{host}") == 400
    assert raw(server, f"GET /api/state?token={token} HTTP/1.1\n{host}Host: attacker.example\n") == 400
    origins = f"Origin: http://127.0.0.1:{server.port}\nOrigin: http://attacker.example\n"
    assert raw(server, f"GET /api/state?token={token} HTTP/1.1\n{host}{origins}") == 400

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
    token = server.tokens.speaker
    host = f"Host: 127.0.0.1:{server.port}\n"
    for path in ("/ws/", "/api/state/", "/chair/", "/api/strings/", "//ws", "/ws//"):
        assert raw(server, f"GET {path}?token={token} HTTP/1.1\n{host}") == 404, path
    assert raw(server, f"GET /api/state?token={token} HTTP/1.1\n{host}") == 200


def test_two_host_headers_or_two_origins_are_a_bad_request(server):
    token = server.tokens.speaker
    host = f"Host: 127.0.0.1:{server.port}\n"
    assert raw(server, f"GET /api/state?token={token} HTTP/1.1\n{host}{host}") == 400
    assert raw(server, f"GET /api/state?token={token} HTTP/1.1\n{host}Host: attacker.example\n") == 400
    origins = f"Origin: http://127.0.0.1:{server.port}\nOrigin: http://attacker.example\n"
    assert raw(server, f"GET /api/state?token={token} HTTP/1.1\n{host}{origins}") == 400


def test_public_addresses_are_checked_and_named_in_the_links():
    from runner.web.address import parse_public

    assert parse_public("https://Clock.Example.org").base == "https://clock.example.org"
    assert parse_public("https://clock.example.org:8443/").socket_base == "wss://clock.example.org:8443"
    assert parse_public("http://[::1]:8080").base == "http://[::1]:8080"
    for wrong in (
        "clock.example.org",
        "ftp://clock.example.org",
        "https://clock.example.org/views",
        "https://:443",
        "https://user@clock.example.org",
        "https://clock.example.org:99999",
    ):
        with pytest.raises(ValueError):
            parse_public(wrong)
    proxied = ViewServer(
        ListenAddress("127.0.0.1", 0, parse_public("https://clock.example.org")),
        ViewTokens.fresh(),
        bundled_file("resources", "web"),
    )
    proxied.start()
    try:
        links = {link.name: link.url for link in proxied.links()}
        assert links["chair"] == f"https://clock.example.org/chair?token={proxied.tokens.chair}"
        assert links["websocket"].startswith("wss://clock.example.org/ws?token=")
        assert raw(proxied, "GET /favicon.ico HTTP/1.1\nHost: clock.example.org\n") != 421
        origin = "Origin: https://clock.example.org\n"
        token = proxied.tokens.stage
        assert raw(proxied, f"GET /api/state?token={token} HTTP/1.1\nHost: clock.example.org\n{origin}") == 200
        assert raw(proxied, f"GET /api/state?token={token} HTTP/1.1\nHost: elsewhere.example\n") == 421
    finally:
        proxied.stop()


def test_public_without_serve_is_one_line_of_usage(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    agenda = next((root / "agendas").glob("*.yaml"))
    for args, said in (
        ([str(agenda), "--public", "https://clock.example.org"], "--public goes with --serve"),
        (["serve", "--from", "mqtt://127.0.0.1/x", "--room", "r", "--listen", "0", "--public", "ftp://x"], "http(s)"),
    ):
        done = subprocess.run(
            [sys.executable, "main.py", *args],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=60,
            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"},
        )
        assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
        assert said in done.stderr.strip().splitlines()[-1]  # after argparse's usage, the one reason

"""A real Caddy for the tests: Debian's /usr/bin/caddy on free loopback ports, with a config, a
home and XDG folders of its own (its certificates, its local CA and its autosave stay in the
test's folder: nothing of the system's is read or written, no CA is put in any trust store).

`Caddy(folder, site, name)` runs the Caddyfile's `site` block (as the docs give it) behind a global
block of the test's: no admin endpoint, `local_certs` (the global form of `tls internal`: every
name gets a certificate from Caddy's own local CA, `ca_file`), the HTTPS listener on a free port,
no HTTP listener for redirects, and debug logs, which name the upstream each request went to.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import ssl
import subprocess
import threading
import time
from pathlib import Path

from tests.broker import free_port

CADDY = shutil.which("caddy") or "/usr/bin/caddy"
_READY_TIMEOUT_S = 20.0


class Caddy:
    def __init__(self, folder: Path, site: str, name: str, https_port: int | None = None) -> None:
        self.folder, self.name = folder, name  # the site's name: the readiness check asks for its certificate
        self.https_port, self.http_port = https_port or free_port(), free_port()
        self.home = folder / "home"
        self.config = folder / "Caddyfile"
        self.config.write_text(
            "{\n"
            "\tadmin off\n"
            "\tlocal_certs\n"
            "\tskip_install_trust\n"
            f"\thttp_port {self.http_port}\n"
            f"\thttps_port {self.https_port}\n"
            "\tauto_https disable_redirects\n"
            "\tdebug\n"
            "}\n\n" + site
        )
        self.log: list[dict[str, object]] = []  # Caddy's JSON log lines, as they come
        self._process: subprocess.Popen[bytes] | None = None
        self._reader: threading.Thread | None = None

    @property
    def ca_file(self) -> Path:
        """The root of Caddy's local CA, which signed the site's certificate."""
        return self.home / "data" / "caddy" / "pki" / "authorities" / "local" / "root.crt"

    def start(self) -> None:
        """Start Caddy; return once it serves (its certificate issued), else raise with its log."""
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "XDG_DATA_HOME": str(self.home / "data"),
            "XDG_CONFIG_HOME": str(self.home / "config"),
        }
        self.home.mkdir(parents=True, exist_ok=True)
        self._process = subprocess.Popen(
            [CADDY, "run", "--config", str(self.config), "--adapter", "caddyfile"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
            cwd=self.folder,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        deadline = time.monotonic() + _READY_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                break
            served = any(line.get("msg") == "serving initial configuration" for line in self.log)
            if served and self.ca_file.exists() and self._handshakes():
                return
            time.sleep(0.05)  # waiting on another process, not on time: there is no event to wait on
        self.stop()
        raise RuntimeError("caddy did not start: " + "\n".join(json.dumps(line) for line in self.log[-20:]))

    def _handshakes(self) -> bool:
        try:
            with self.connect(self.name):
                return True
        except (OSError, ssl.SSLError):
            return False

    def _read(self) -> None:
        assert self._process is not None and self._process.stderr is not None
        for raw in self._process.stderr:
            try:
                self.log.append(json.loads(raw))
            except ValueError:
                self.log.append({"msg": raw.decode(errors="replace").rstrip()})

    def context(self) -> ssl.SSLContext:
        """A TLS client context that trusts Caddy's local CA (and nothing else)."""
        return ssl.create_default_context(cafile=str(self.ca_file))

    def connect(self, name: str) -> ssl.SSLSocket:
        """A TLS connection to the proxy, for `name` (SNI), through loopback."""
        plain = socket.create_connection(("127.0.0.1", self.https_port), timeout=5)
        try:
            return self.context().wrap_socket(plain, server_hostname=name)
        except BaseException:
            plain.close()
            raise

    def upstreams(self) -> list[str]:
        """The upstream each proxied request went to, in order (from Caddy's debug log)."""
        return [str(line["dial"]) for line in list(self.log) if line.get("msg") == "selected upstream"]

    def stop(self) -> None:
        if self._process is None:
            return
        self._process.terminate()
        try:
            self._process.wait(10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        if self._reader is not None:
            self._reader.join(5)
        self._process = None


def https_get(caddy: Caddy, name: str, target: str) -> tuple[int, bytes]:
    """GET https://NAME:PORT/TARGET through the proxy: the status and the body (HTTP/1.1, closed after)."""
    with caddy.connect(name) as connection:
        head = f"GET {target} HTTP/1.1\r\nHost: {name}:{caddy.https_port}\r\nConnection: close\r\n\r\n"
        connection.sendall(head.encode())
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    status_line, _, rest = answer.partition(b"\r\n")
    headers, _, body = rest.partition(b"\r\n\r\n")
    if b"transfer-encoding: chunked" in headers.lower():
        body = _unchunked(body)
    return int(status_line.split()[1]), body


def _unchunked(body: bytes) -> bytes:
    whole = b""
    while body:
        size_line, _, body = body.partition(b"\r\n")
        size = int(size_line.split(b";")[0], 16)
        if size == 0:
            break
        whole, body = whole + body[:size], body[size + 2 :]
    return whole

"""Where the view server listens (`[HOST:]PORT`), the address viewers use when it sits behind a
reverse proxy (`--public URL`), which Host headers name it, and the address to put in links."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

DEFAULT_HOST = "127.0.0.1"
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})
WILDCARDS = frozenset({"0.0.0.0", "::", "*"})


SCHEME_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class PublicAddress:
    """`--public https://clock.example.org[:PORT]`: the address viewers reach a proxied server by."""

    scheme: str
    host: str
    port: int

    @property
    def base(self) -> str:
        """The links' start: scheme, host and (when not the scheme's own) port."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        port = "" if self.port == SCHEME_PORTS[self.scheme] else f":{self.port}"
        return f"{self.scheme}://{host}{port}"

    @property
    def socket_base(self) -> str:
        """The WebSocket's start: wss:// behind TLS."""
        return ("wss" if self.scheme == "https" else "ws") + self.base.removeprefix(self.scheme)

    def names(self, name: str, port: int | None) -> bool:
        """True when a Host header's name and port (None: the scheme's own) are this address."""
        return name == self.host and (port or SCHEME_PORTS[self.scheme]) == self.port


@dataclass(frozen=True)
class ListenAddress:
    host: str
    port: int
    public: PublicAddress | None = None  # behind a reverse proxy: what viewers use

    @property
    def wildcard(self) -> bool:
        return self.host in WILDCARDS


def parse_public(text: str) -> PublicAddress:
    """'https://clock.example.org' or 'http://HOST:PORT'; raises ValueError with a one-line reason."""
    try:
        parts = urlsplit(text.strip())
        port = parts.port
    except ValueError:
        raise ValueError(f"'{text}' has a port that is not a number from 0 to 65535") from None
    if parts.scheme not in SCHEME_PORTS or not parts.hostname:
        raise ValueError(f"'{text}' is not http(s)://HOST[:PORT], the address viewers use")
    if parts.path.strip("/") or parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(f"'{text}': give the proxy's address alone (no path, query or user): views are at its root")
    return PublicAddress(parts.scheme, parts.hostname.lower(), port or SCHEME_PORTS[parts.scheme])


def parse_listen(text: str) -> ListenAddress:
    """'8765', 'HOST:8765' or '[::1]:8765'; raises ValueError with a one-line reason."""
    text = text.strip()
    host, sep, port = text.rpartition(":")
    if not sep:
        host, port = DEFAULT_HOST, text
    elif host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    elif ":" in host:
        raise ValueError(f"'{text}': write an IPv6 address in brackets, as [::1]:8765")
    if not port.isdigit() or not 0 <= int(port) < 65536:  # 0: any free port (the links tell which)
        raise ValueError(f"'{text}' is not [HOST:]PORT with a port from 0 to 65535")
    return ListenAddress(host or DEFAULT_HOST, int(port))


def host_header_allowed(header: str | None, bound: ListenAddress, port: int) -> bool:
    """True when a request's Host names this server as bound.

    A page on a rebinding attacker's domain reaches us with that domain in Host: only the bound
    address (and, on a wildcard, an IP literal or this machine's own names) is accepted.
    """
    if not header:
        return False
    name, given_port = _split_host(header.strip().lower())
    if bound.public is not None and bound.public.names(name, given_port):
        return True  # through the reverse proxy, which passes the viewer's Host on
    if given_port != port and not (given_port is None and port == 80):
        return False
    if bound.wildcard:
        return _is_ip(name) or name in LOOPBACK_NAMES or name in _own_names()
    if bound.host in LOOPBACK_NAMES:
        return name in LOOPBACK_NAMES
    return name == bound.host.lower()


def link_bases(bound: ListenAddress, port: int) -> tuple[str, str]:
    """The start of the pages' links and of the WebSocket's: the public address, else the bound one."""
    if bound.public is not None:
        return bound.public.base, bound.public.socket_base
    where = f"{link_host(bound)}:{port}"
    return f"http://{where}", f"ws://{where}"


def link_host(bound: ListenAddress) -> str:
    """The host part of the links: the bound address, or this machine's LAN address on a wildcard."""
    host = bound.host
    if bound.wildcard:
        host = _lan_address()
    return f"[{host}]" if ":" in host else host


def _split_host(header: str) -> tuple[str, int | None]:
    if header.startswith("["):
        name, _, rest = header[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
    else:
        name, _, port = header.partition(":")
    return name, int(port) if port.isdigit() else None


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def _own_names() -> set[str]:
    name = socket.gethostname().lower()
    return {name, f"{name}.local"}


def _lan_address() -> str:
    """The address other machines reach this one by: the source address of a route out, found
    with an unconnected UDP socket (connect() on UDP sends nothing)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            return str(probe.getsockname()[0])
        except OSError:
            return DEFAULT_HOST

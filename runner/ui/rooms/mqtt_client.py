"""What the MQTT link and the room feed share: the broker's address, a configured paho client, the link's state.

Both ends of "rooms over a broker" (the app publishing, the overview and `serve --from` subscribing)
use paho-mqtt on its own network thread; nothing here runs on the GUI thread but the set-up.
"""

from __future__ import annotations

import re
import ssl
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any
from urllib.parse import unquote, urlsplit

import paho.mqtt.client as mqtt

from runner.core.i18n import tr

DEFAULT_PORTS = {"mqtt": 1883, "mqtts": 8883}
# The reconnect back-off, in seconds: doubling from the first to the last (tests shorten it);
# runner.ui.rooms.mqtt_loop keeps it.
RETRY_S = (1, 30)
_TOPIC_FORBIDDEN = re.compile(r"[/+#\x00-\x1f]")


class BrokerUrlError(ValueError):
    """A broker URL the user wrote wrong (one line, no traceback)."""


@dataclass(frozen=True)
class BrokerAddress:
    """`mqtt[s]://[USER:PASS@]HOST[:PORT]/PREFIX`, taken apart."""

    host: str
    port: int
    prefix: str
    tls: bool = False
    username: str | None = None
    password: str | None = None

    @property
    def display(self) -> str:
        """The URL without its password, for the status bar and the window title."""
        user = f"{self.username}@" if self.username else ""
        return f"{'mqtts' if self.tls else 'mqtt'}://{user}{self.host}:{self.port}/{self.prefix}"

    def topic(self, room: str, leaf: str) -> str:
        return f"{self.prefix}/{room}/{leaf}"


def parse_broker_url(text: str) -> BrokerAddress:
    """Read a broker URL; raises BrokerUrlError with a sentence a user can act on."""
    parts = urlsplit(text.strip())
    if parts.scheme not in DEFAULT_PORTS:
        raise BrokerUrlError(tr("'{url}' is not a broker URL; write mqtt://HOST[:PORT]/PREFIX", url=text))
    try:
        port = parts.port or DEFAULT_PORTS[parts.scheme]
    except ValueError:
        raise BrokerUrlError(tr("'{url}' has a port that is not a number", url=text)) from None
    prefix = parts.path.strip("/")
    if not parts.hostname:
        raise BrokerUrlError(tr("'{url}' names no host", url=text))
    wildcard = "#" in text or "?" in text  # a URL's fragment or query: a '#' or '?' in the prefix
    if wildcard or not prefix or any(not level or "+" in level or "#" in level for level in prefix.split("/")):
        raise BrokerUrlError(tr("'{url}' needs a topic prefix without + or #, as in mqtt://HOST/event", url=text))
    return BrokerAddress(
        host=parts.hostname,
        port=port,
        prefix=prefix,
        tls=parts.scheme == "mqtts",
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password is not None else None,
    )


def topic_level(room: str) -> str:
    """A room's name as one topic level: '/', '+', '#' and control characters become '-'."""
    return _TOPIC_FORBIDDEN.sub("-", room.strip()) or "room"


class LinkState(str, Enum):
    """Where a broker connection stands, as the status bar says it."""

    CONNECTING = "connecting"
    CONNECTED = "connected"
    RETRYING = "retrying"
    REFUSED = "refused"
    CLOSED = "closed"


@dataclass(frozen=True)
class LinkStatus:
    state: LinkState
    reason: str = ""


StatusListener = Callable[[LinkStatus], None]


def make_client(address: BrokerAddress, name: str, on_status: StatusListener) -> Any:
    """A paho client for `address` (not yet connected) that reports its state to `on_status`
    from its network thread (runner.ui.rooms.mqtt_loop). TLS uses the system's CA store."""
    client = mqtt.Client(
        mqtt.CallbackAPIVersion.VERSION2,
        client_id=f"{name[:40]}-{uuid.uuid4().hex[:8]}",
        protocol=mqtt.MQTTv311,
    )
    if address.tls:
        client.tls_set_context(ssl.create_default_context())
    if address.username:
        client.username_pw_set(address.username, address.password)
    where = f"{address.host}:{address.port}"

    refused = [False]  # a refusal is followed by the broker hanging up: the host should read the refusal

    def connected(client: Any, userdata: Any, flags: Any, reason: Any, properties: Any) -> None:
        refused[0] = bool(reason.is_failure)
        if refused[0]:
            on_status(LinkStatus(LinkState.REFUSED, tr("the broker refused: {why}", why=str(reason).lower())))
        else:
            on_status(LinkStatus(LinkState.CONNECTED))

    def disconnected(client: Any, userdata: Any, flags: Any, reason: Any, properties: Any) -> None:
        if not reason.is_failure:  # our own disconnect()
            on_status(LinkStatus(LinkState.CLOSED))
        elif not refused[0]:
            on_status(LinkStatus(LinkState.RETRYING, tr("lost the broker at {where}", where=where)))

    client.on_connect = connected
    client.on_disconnect = disconnected
    client.on_connect_fail = lambda client, userdata: on_status(
        LinkStatus(LinkState.RETRYING, tr("cannot reach the broker at {where}", where=where))
    )
    return client

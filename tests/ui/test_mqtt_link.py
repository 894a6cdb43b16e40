"""The MQTT link and the room feed against a real Mosquitto (tests/broker.py): topics, retain, will, refusal."""

from __future__ import annotations

import pytest

from runner.ui.rooms.mqtt_client import LinkState, LinkStatus, parse_broker_url
from runner.ui.rooms.mqtt_link import MqttLink
from tests.broker import FAST_RETRY, PASSWORD, USER, ThreadsCalling, broker_fixture, listen_fixture
from tests.state_documents import document

broker = pytest.fixture(scope="module")(broker_fixture)
WAIT_MS = 30_000  # a broker (re)started on a loaded machine: waited for, never timed
listen = pytest.fixture(listen_fixture)


@pytest.fixture
def links():
    made: list[MqttLink] = []

    def make(url: str, room: str) -> MqttLink:
        link = MqttLink(parse_broker_url(url), room, retry_s=FAST_RETRY)
        made.append(link)
        link.start()
        return link

    yield make
    for link in made:
        link.close()


def test_the_state_is_retained_and_the_room_online(qtbot, broker, links, listen):
    link = links(broker.url("retained"), "plenary")
    link.publish(document("Plenary", "Opening"))
    qtbot.waitUntil(lambda: link.connected, timeout=WAIT_MS)
    heard = listen("retained")  # subscribes after the publish: only a retained message reaches it
    qtbot.waitUntil(lambda: heard.state_title("plenary") == "Opening", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: heard.get("plenary", "online") == b"true", timeout=WAIT_MS)  # its own topic: in any order
    link.publish(document("Plenary", "Global connectivity"))
    qtbot.waitUntil(lambda: heard.state_title("plenary") == "Global connectivity", timeout=WAIT_MS)


def test_a_clean_exit_says_offline(qtbot, broker, links, listen):
    heard = listen("goodbye")
    link = links(broker.url("goodbye"), "side-event")
    qtbot.waitUntil(lambda: heard.get("side-event", "online") == b"true", timeout=WAIT_MS)
    link.close()
    qtbot.waitUntil(lambda: heard.get("side-event", "online") == b"false", timeout=WAIT_MS)
    assert link.status.state is LinkState.CLOSED


def test_a_refused_password_is_said_once_and_publishing_never_waits(qtbot, broker):
    statuses: list[LinkStatus] = []
    address = parse_broker_url(broker.url("locked", user=f"{USER}:wrong", locked=True))
    link = MqttLink(address, "plenary", statuses.append, retry_s=FAST_RETRY)
    link.start()
    try:
        qtbot.waitUntil(lambda: any(s.state is LinkState.REFUSED for s in statuses), timeout=WAIT_MS)
        assert "not authorized" in link.status.reason
        assert not link.connected
        client = link._client = ThreadsCalling(link._client)
        for second in range(1000):
            link.publish(document("Plenary", f"Opening {second}"))
        # A thousand publishes cost the caller a mailbox each: never a call to the broker's client
        # on its thread (the cost in time is bench/rooms.py's), and only the newest is kept.
        qtbot.waitUntil(lambda: link._last_payload is not None and b"Opening 999" in link._last_payload)
        assert client.from_gui_thread() == []
    finally:
        link.close()


def test_the_right_password_gets_in(qtbot, broker, links):
    link = links(broker.url("locked", user=f"{USER}:{PASSWORD}", locked=True), "plenary")
    qtbot.waitUntil(lambda: link.connected, timeout=WAIT_MS)


def test_a_restarted_broker_gets_the_newest_state_again(qtbot, broker, links, listen):
    link = links(broker.url("restart"), "plenary")
    link.publish(document("Plenary", "Opening"))
    qtbot.waitUntil(lambda: link.connected, timeout=WAIT_MS)
    broker.stop()  # persistence is off: the retained state is gone with it
    # The status, not `connected`: paho's thread clears that a moment before it says RETRYING.
    qtbot.waitUntil(lambda: link.status.state is LinkState.RETRYING, timeout=WAIT_MS)
    assert not link.connected
    link.publish(document("Plenary", "Digital public goods"))  # while the broker is away
    broker.start()
    qtbot.waitUntil(lambda: link.connected, timeout=WAIT_MS)
    heard = listen("restart")
    qtbot.waitUntil(lambda: heard.state_title("plenary") == "Digital public goods", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: heard.get("plenary", "online") == b"true", timeout=WAIT_MS)  # its own topic: in any order


def test_the_feed_drops_foreign_topics(qtbot, broker, links, listen):
    heard = listen("foreign")
    link = links(broker.url("foreign"), "plenary")
    qtbot.waitUntil(lambda: link.connected, timeout=WAIT_MS)
    link._client.publish("foreign/plenary/state/extra", b"x", qos=1)
    link._client.publish("foreign/plenary/other", b"x", qos=1)
    link.publish(document("Plenary", "Opening"))
    qtbot.waitUntil(lambda: heard.state_title("plenary") == "Opening", timeout=WAIT_MS)
    assert set(heard.latest) == {("plenary", "online"), ("plenary", "state")}


def test_mqtts_trusts_the_system_ca_store(qtbot, broker, monkeypatch):
    if not broker.tls:
        pytest.skip("openssl is not installed: no certificate for the TLS listener (.ci/run installs it)")
    statuses: list[LinkStatus] = []
    untrusted = MqttLink(parse_broker_url(broker.tls_url("tls")), "plenary", statuses.append, retry_s=FAST_RETRY)
    untrusted.start()
    try:  # the test CA is in no store: refused, and said so
        qtbot.waitUntil(lambda: any(s.state is LinkState.RETRYING for s in statuses), timeout=WAIT_MS)
        assert not untrusted.connected
    finally:
        untrusted.close()
    monkeypatch.setenv("SSL_CERT_FILE", str(broker.ca_file))  # OpenSSL's default store: now the test CA
    link = MqttLink(parse_broker_url(broker.tls_url("tls")), "plenary", retry_s=FAST_RETRY)
    link.start()
    try:
        qtbot.waitUntil(lambda: link.connected, timeout=WAIT_MS)
    finally:
        link.close()

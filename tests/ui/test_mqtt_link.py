"""The MQTT link and the room feed against a real Mosquitto (tests/broker.py): topics, retain, will, refusal."""

from __future__ import annotations

import time

import pytest

from runner.ui.mqtt_client import LinkState, LinkStatus, parse_broker_url
from runner.ui.mqtt_link import MqttLink
from tests.broker import FAST_RETRY, PASSWORD, USER, broker_fixture, listen_fixture
from tests.state_documents import document

broker = pytest.fixture(scope="module")(broker_fixture)
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
    qtbot.waitUntil(lambda: link.connected, timeout=5000)
    heard = listen("retained")  # subscribes after the publish: only a retained message reaches it
    qtbot.waitUntil(lambda: heard.state_title("plenary") == "Opening", timeout=5000)
    assert heard.get("plenary", "online") == b"true"
    link.publish(document("Plenary", "Global connectivity"))
    qtbot.waitUntil(lambda: heard.state_title("plenary") == "Global connectivity", timeout=5000)


def test_a_clean_exit_says_offline(qtbot, broker, links, listen):
    heard = listen("goodbye")
    link = links(broker.url("goodbye"), "side-event")
    qtbot.waitUntil(lambda: heard.get("side-event", "online") == b"true", timeout=5000)
    link.close()
    qtbot.waitUntil(lambda: heard.get("side-event", "online") == b"false", timeout=5000)
    assert link.status.state is LinkState.CLOSED


def test_a_refused_password_is_said_once_and_publishing_never_waits(qtbot, broker):
    statuses: list[LinkStatus] = []
    address = parse_broker_url(broker.url("locked", user=f"{USER}:wrong", locked=True))
    link = MqttLink(address, "plenary", statuses.append, retry_s=FAST_RETRY)
    link.start()
    try:
        qtbot.waitUntil(lambda: any(s.state is LinkState.REFUSED for s in statuses), timeout=5000)
        assert "not authorized" in link.status.reason
        assert not link.connected
        began = time.perf_counter()
        for second in range(1000):
            link.publish(document("Plenary", f"Opening {second}"))
        assert time.perf_counter() - began < 0.05  # a thousand publishes cost the caller nothing
    finally:
        link.close()


def test_the_right_password_gets_in(qtbot, broker, links):
    link = links(broker.url("locked", user=f"{USER}:{PASSWORD}", locked=True), "plenary")
    qtbot.waitUntil(lambda: link.connected, timeout=5000)


def test_a_restarted_broker_gets_the_newest_state_again(qtbot, broker, links, listen):
    link = links(broker.url("restart"), "plenary")
    link.publish(document("Plenary", "Opening"))
    qtbot.waitUntil(lambda: link.connected, timeout=5000)
    broker.stop()  # persistence is off: the retained state is gone with it
    qtbot.waitUntil(lambda: not link.connected, timeout=5000)
    assert link.status.state is LinkState.RETRYING
    link.publish(document("Plenary", "Digital public goods"))  # while the broker is away
    broker.start()
    qtbot.waitUntil(lambda: link.connected, timeout=5000)
    heard = listen("restart")
    qtbot.waitUntil(lambda: heard.state_title("plenary") == "Digital public goods", timeout=5000)
    assert heard.get("plenary", "online") == b"true"


def test_the_feed_drops_foreign_topics(qtbot, broker, links, listen):
    heard = listen("foreign")
    link = links(broker.url("foreign"), "plenary")
    qtbot.waitUntil(lambda: link.connected, timeout=5000)
    link._client.publish("foreign/plenary/state/extra", b"x", qos=1)
    link._client.publish("foreign/plenary/other", b"x", qos=1)
    link.publish(document("Plenary", "Opening"))
    qtbot.waitUntil(lambda: heard.state_title("plenary") == "Opening", timeout=5000)
    assert set(heard.latest) == {("plenary", "online"), ("plenary", "state")}


def test_mqtts_trusts_the_system_ca_store(qtbot, broker, monkeypatch):
    if not broker.tls:
        pytest.skip("openssl is not installed: no certificate for the TLS listener (.ci/run installs it)")
    statuses: list[LinkStatus] = []
    untrusted = MqttLink(parse_broker_url(broker.tls_url("tls")), "plenary", statuses.append, retry_s=FAST_RETRY)
    untrusted.start()
    try:  # the test CA is in no store: refused, and said so
        qtbot.waitUntil(lambda: any(s.state is LinkState.RETRYING for s in statuses), timeout=5000)
        assert not untrusted.connected
    finally:
        untrusted.close()
    monkeypatch.setenv("SSL_CERT_FILE", str(broker.ca_file))  # OpenSSL's default store: now the test CA
    link = MqttLink(parse_broker_url(broker.tls_url("tls")), "plenary", retry_s=FAST_RETRY)
    link.start()
    try:
        qtbot.waitUntil(lambda: link.connected, timeout=5000)
    finally:
        link.close()

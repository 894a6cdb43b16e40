"""`overview URL`: a broker URL it cannot read is a usage error of one line; a good one opens the window."""

from __future__ import annotations

import pytest

from runner.cli import main
from runner.ui.rooms.mqtt_client import parse_broker_url


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("http://broker/event", "is not a broker URL"),
        ("mqtt://broker", "needs a topic prefix"),
        ("mqtt://broker/event/#", "needs a topic prefix"),
        ("mqtt://broker:port/event", "port that is not a number"),
        ("mqtt:///event", "names no host"),
    ],
)
def test_a_broker_url_it_cannot_read_is_one_line_and_exit_2(capsys, url, says):
    assert main(["overview", url]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert says in err[-1] and "Traceback" not in "\n".join(err)


def test_broker_urls_are_taken_apart():
    address = parse_broker_url("mqtts://room%40igf:p%3Ass@broker.example.org/igf/2025")
    assert (address.host, address.port, address.prefix, address.tls) == ("broker.example.org", 8883, "igf/2025", True)
    assert (address.username, address.password) == ("room@igf", "p:ss")
    assert address.display == "mqtts://room@igf@broker.example.org:8883/igf/2025"
    assert parse_broker_url("mqtt://127.0.0.1/event").port == 1883


def test_the_overview_command_opens_the_window(monkeypatch):
    opened = []
    monkeypatch.setattr(
        "runner.ui.rooms.overview.run_overview",
        lambda address, lang, shown: opened.append((address, lang, shown)) or 0,
    )
    assert main(["overview", "mqtt://127.0.0.1:1999/igf", "--lang", "fr"]) == 0
    assert main(["overview", "mqtt://127.0.0.1:1999/igf", "--max-rooms", "40"]) == 0
    shown = [(a.display, lang, cap) for a, lang, cap in opened]
    assert shown == [("mqtt://127.0.0.1:1999/igf", "fr", None), ("mqtt://127.0.0.1:1999/igf", None, 40)]


@pytest.mark.parametrize("cap", ["0", "many", "10001"])
def test_a_room_cap_that_is_not_a_count_is_one_line_and_exit_2(capsys, cap):
    assert main(["overview", "mqtt://127.0.0.1:1999/igf", "--max-rooms", cap]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert "is not a number of rooms from 1 to 10000" in err[-1] and "Traceback" not in "\n".join(err)

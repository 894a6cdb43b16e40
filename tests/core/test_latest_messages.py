"""The overview's inbox: the newest message of each kind per room, one wake a batch, bounded."""

from __future__ import annotations

import threading

from runner.core.latest_messages import LatestMessages


def test_a_newer_message_replaces_the_one_waiting_and_one_wake_serves_the_batch():
    inbox = LatestMessages(limit=10, largest=100, most_bytes=1_000)
    assert inbox.put("a", "state", b"1")  # empty before: wake the reader
    assert not inbox.put("b", "state", b"1")
    assert not inbox.put("a", "state", b"2")
    assert not inbox.put("a", "online", b"true")
    assert inbox.take() == [("a", "state", b"2"), ("b", "state", b"1"), ("a", "online", b"true")]
    assert inbox.take() == [] and inbox.put("a", "state", b"3")


def test_past_its_limit_new_rooms_are_dropped_and_counted_known_ones_still_update():
    inbox = LatestMessages(limit=3, largest=100, most_bytes=1_000)
    for number in range(1_000):
        inbox.put(f"room-{number}", "state", b"x")
    inbox.put("room-1", "state", b"newer")
    assert len(inbox) == 3 and inbox.dropped == 997
    assert ("room-1", "state", b"newer") in inbox.take()


def test_many_writers_lose_nothing_but_what_was_replaced():
    inbox = LatestMessages(limit=100_000, largest=100, most_bytes=1 << 30)

    def write(writer: int) -> None:
        for number in range(2_000):
            inbox.put(f"w{writer}-{number % 500}", "state", str(number).encode())

    threads = [threading.Thread(target=write, args=(writer,)) for writer in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    taken = inbox.take()
    assert len(taken) == 2_000 and all(payload.startswith(b"1") for _, _, payload in taken)


def test_payloads_too_large_for_any_reader_and_a_full_inbox_are_dropped():
    inbox = LatestMessages(limit=100, largest=64, most_bytes=200)
    assert not inbox.put("a", "state", b"x" * 65) and inbox.dropped == 1  # no reader takes it
    assert inbox.put("a", "state", b"x" * 60)
    for room in "bc":
        inbox.put(room, "state", b"x" * 60)
    assert not inbox.put("d", "state", b"x" * 60) and inbox.dropped == 2  # 240 bytes would not fit
    inbox.put("a", "state", b"x" * 10)  # a newer, smaller one replaces its 60 bytes
    inbox.put("d", "state", b"x" * 60)  # fits now
    assert len(inbox) == 4 and inbox.dropped == 2
    assert sum(len(payload) for _, _, payload in inbox.take()) == 190
    assert inbox.put("e", "state", b"x" * 64)  # taken: empty again, room for all

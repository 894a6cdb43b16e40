"""Messages handed from a network thread to the thread that shows them, the newest of each kind only.

A queued signal per message lets a broker's flood pile up in the GUI's event queue without end
(5,000 rooms: gigabytes, and hours of catching up after the rooms are gone). Here a second state
of a room before the reader came replaces the first (only the newest counts), the reader is woken
once for a whole batch, and what waits is bounded: a payload over `largest` bytes (no reader
would take it) is dropped at once, and beyond `limit` keys or `most_bytes` in all new ones are
dropped; each drop is counted.
"""

from __future__ import annotations

import threading

Message = tuple[str, str, bytes]  # (room, leaf, payload)


class LatestMessages:
    """Put from any thread; `take` (the reader's thread) empties it, oldest key first."""

    def __init__(self, limit: int, largest: int, most_bytes: int) -> None:
        self.limit, self.largest, self.most_bytes = limit, largest, most_bytes
        self.dropped = 0
        self._waiting: dict[tuple[str, str], bytes] = {}
        self._bytes = 0
        self._lock = threading.Lock()

    def put(self, room: str, leaf: str, payload: bytes) -> bool:
        """Keep the newest payload of (room, leaf); True when the reader needs waking (it was empty)."""
        with self._lock:
            woke = not self._waiting
            key = (room, leaf)
            replaced = len(self._waiting.get(key, b""))
            fits = key in self._waiting or len(self._waiting) < self.limit
            if len(payload) > self.largest or not fits or self._bytes - replaced + len(payload) > self.most_bytes:
                self.dropped += 1
                return False
            self._waiting[key] = payload
            self._bytes += len(payload) - replaced
            return woke

    def take(self) -> list[Message]:
        """Everything waiting, in the order first put; it is empty after."""
        with self._lock:
            waiting, self._waiting, self._bytes = self._waiting, {}, 0
        return [(room, leaf, payload) for (room, leaf), payload in waiting.items()]

    def __len__(self) -> int:
        with self._lock:
            return len(self._waiting)

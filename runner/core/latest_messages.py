"""Messages handed from a network thread to the thread that shows them, the newest of each kind only.

A queued signal per message lets a broker's flood pile up in the GUI's event queue without end
(5,000 rooms: gigabytes, and hours of catching up after the rooms are gone). Here a second state
of a room before the reader came replaces the first (only the newest counts), the reader is woken
once for a whole batch, and the keys waiting are bounded: beyond `limit`, new ones are dropped
and counted.
"""

from __future__ import annotations

import threading

Message = tuple[str, str, bytes]  # (room, leaf, payload)


class LatestMessages:
    """Put from any thread; `take` (the reader's thread) empties it, oldest key first."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.dropped = 0
        self._waiting: dict[tuple[str, str], bytes] = {}
        self._lock = threading.Lock()

    def put(self, room: str, leaf: str, payload: bytes) -> bool:
        """Keep the newest payload of (room, leaf); True when the reader needs waking (it was empty)."""
        with self._lock:
            woke = not self._waiting
            key = (room, leaf)
            if key in self._waiting or len(self._waiting) < self.limit:
                self._waiting[key] = payload
            else:
                self.dropped += 1
            return woke

    def take(self) -> list[Message]:
        """Everything waiting, in the order first put; it is empty after."""
        with self._lock:
            waiting, self._waiting = self._waiting, {}
        return [(room, leaf, payload) for (room, leaf), payload in waiting.items()]

    def __len__(self) -> int:
        with self._lock:
            return len(self._waiting)

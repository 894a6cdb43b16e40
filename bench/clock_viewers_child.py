"""Child of bench/clock_agreement.py (with `--python-viewers`, or where there is no `node`; else
bench/clock_viewers_child.mjs, the same for less CPU): WebSocket viewers whose computer clock is
SHIFT seconds off, each counting as resources/web/views.js does, in one asyncio loop.

    python bench/clock_viewers_child.py WSS_URL VIEWERS SHIFT_S CA_FILE PROXY_PORT

The viewers connect through the TLS proxy (loopback PROXY_PORT, the URL's name for SNI and Host,
trusting CA_FILE). Each viewer's clock is the page's: the machine's wall clock at the start plus
a monotonic count (performance.timeOrigin + performance.now()), plus SHIFT. On each document it
does what views.js's `receive` does: skew = arrival (its clock) - sent_at; the quickest skew of
the last 60 s (two skews in a row more than 1 s above it start the window afresh: the host's clock
jumped back); anchor = sent_at + that.
Its countdown then shows `remaining_ms - (now - anchor)`: every second it flips is (anchor -
SHIFT) - sent_at late against the host's, which is what it records, with the document's arrival
on the machine's clock. Prints "ready" once all are connected; when stdin closes, one JSON line:
{seq: [status, [arrival ms since the epoch...], [flip lateness ms...]]}, for the documents that
came after "ready": while the loop is still making the other viewers' TLS connections, a
viewer's first document waits in its socket for hundreds of ms (a page on a computer of its own
does not; and the page's next document, quicker, replaces the skew at once).
"""

from __future__ import annotations

import asyncio
import json
import re
import ssl
import sys
import time
from datetime import datetime
from typing import Any

SKEW_WINDOW_MS = 60_000.0
# The three fields a viewer here needs, read without parsing the whole document: 500 viewers in
# one loop would otherwise each wait for the JSON of all those read before it (a page has a
# computer of its own).
FIELDS = re.compile(r'"(sent_at|status|bench_seq)": ?("[^"]*"|\d+)')


class CountingViewer:
    """One page's clock and its skew window, as views.js keeps them."""

    def __init__(self, shift_ms: float, wall0_ms: float, mono0: float) -> None:
        self.shift_ms, self.wall0_ms, self.mono0 = shift_ms, wall0_ms, mono0
        self.skews: list[tuple[float, float]] = []  # (at, skew)
        self.slow_run = 0

    def now(self) -> float:
        """This page's clock, ms since the epoch: monotonic, and SHIFT off the machine's."""
        return self.wall0_ms + (time.monotonic() - self.mono0) * 1000.0 + self.shift_ms

    def receive(self, sent_ms: float, arrived: float) -> float:
        """Take a document sent at `sent_ms` (the host's clock); returns the anchor (this clock)."""
        skew = arrived - sent_ms
        self.skews = [s for s in self.skews if arrived - s[0] < SKEW_WINDOW_MS]
        best = min((s[1] for s in self.skews), default=float("inf"))
        slower = bool(self.skews) and skew - best > 1000
        self.slow_run = self.slow_run + 1 if slower else 0
        if not self.skews or skew < best or self.slow_run >= 2:
            self.skews, self.slow_run = [], 0
        self.skews.append((arrived, skew))
        return sent_ms + min(s[1] for s in self.skews)


def epoch_ms(iso: str) -> float:
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp() * 1000.0


async def main(url: str, viewers: int, shift_s: float, ca_file: str, proxy_port: int) -> None:
    from websockets.asyncio.client import connect

    context = ssl.create_default_context(cafile=ca_file)
    wall0_ms, mono0 = time.time() * 1000.0, time.monotonic()
    seen: dict[int, list[Any]] = {}
    counting = asyncio.Event()  # set once every viewer is connected

    async def follow(viewer: CountingViewer, connection: Any) -> None:
        async for message in connection:
            arrived = viewer.now()  # before parsing, as views.js's receive takes now() first
            found = {key: value.strip('"') for key, value in FIELDS.findall(message)}
            if "bench_seq" not in found:
                continue
            sent = epoch_ms(found["sent_at"])
            anchor = viewer.receive(sent, arrived)
            if not counting.is_set():
                continue
            entry = seen.setdefault(int(found["bench_seq"]), [found["status"], [], []])
            entry[1].append(arrived - viewer.shift_ms)  # on the machine's clock
            entry[2].append(anchor - viewer.shift_ms - sent)

    async def one() -> Any:
        return await connect(
            url,
            ssl=context,
            host="127.0.0.1",
            port=proxy_port,
            open_timeout=60,
            ping_interval=None,
            compression=None,  # the relays send every viewer the one uncompressed frame
            proxy=None,
        )

    connections = []
    for start in range(0, viewers, 50):  # in bursts, as an audience arrives
        connections += await asyncio.gather(*(one() for _ in range(min(50, viewers - start))))
    tasks = [asyncio.create_task(follow(CountingViewer(shift_s * 1000.0, wall0_ms, mono0), c)) for c in connections]
    await asyncio.sleep(0.5)  # the documents of the connections' moment read, before counting
    counting.set()
    print("ready", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)  # until the parent closes it
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(json.dumps(seen), flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4], int(sys.argv[5])))

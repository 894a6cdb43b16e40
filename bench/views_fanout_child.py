"""Child of bench/views_fanout.py: WebSocket viewers of a view server, in an asyncio loop of their own.

    python bench/views_fanout_child.py WS_URL VIEWERS

Prints "ready" once every viewer is connected, then, when its standard input closes, one JSON
line: for each document carrying `bench_t` that reached a viewer, the ms since its publish.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
import time

COMPRESSION = None if "--no-deflate" in sys.argv else "deflate"
STAMP = re.compile(rb'"bench_t":\s*([0-9.]+)')


async def main(url: str, viewers: int) -> None:
    from websockets.asyncio.client import connect

    seen: list[float] = []
    connections = [
        await connect(url, open_timeout=30, ping_interval=None, compression=COMPRESSION) for _ in range(viewers)
    ]
    start = time.monotonic()

    async def follow(connection: object) -> None:
        async for message in connection:  # type: ignore[attr-defined]
            now = time.monotonic()  # before any parsing: the viewer has the message now
            found = STAMP.search(message.encode() if isinstance(message, str) else message)
            if found and float(found.group(1)) > start:
                seen.append((now - float(found.group(1))) * 1000.0)

    tasks = [asyncio.create_task(follow(c)) for c in connections]
    print("ready", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)  # until the parent closes it
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(json.dumps(seen), flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))

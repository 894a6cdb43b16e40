"""Child process of the live views' benchmark: N WebSocket viewers on one asyncio loop. Prints
{"connected": N} once all are connected, then counts messages and bytes until stdin closes, and
prints the totals."""

from __future__ import annotations

import asyncio
import json
import sys

from websockets.asyncio.client import connect


async def viewer(url: str, totals: dict[str, int], ready: asyncio.Event) -> None:
    async with connect(url, open_timeout=30, compression=None, max_size=1 << 16) as socket:
        totals["connected"] += 1
        if totals["connected"] == totals["wanted"]:
            ready.set()
        async for message in socket:
            size = len(message.encode() if isinstance(message, str) else message)
            totals["messages"] += 1
            totals["bytes_max"] = max(totals["bytes_max"], size)


async def main(url: str, count: int) -> None:
    totals = {"wanted": count, "connected": 0, "messages": 0, "bytes_max": 0}
    ready = asyncio.Event()
    tasks = []
    for _ in range(count):  # in small bursts: a real audience does not arrive in one instant
        tasks.append(asyncio.create_task(viewer(url, totals, ready)))
        await asyncio.sleep(0.002)
    await asyncio.wait_for(ready.wait(), timeout=60)
    print(json.dumps({"connected": totals["connected"]}), flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)  # until the parent closes it
    for task in tasks:
        task.cancel()
    print(json.dumps(totals), flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))

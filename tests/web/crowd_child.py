"""Child process of tests/web/test_open_files.py: COUNT WebSocket viewers on one link that behave
as the pages do (a refused or dropped viewer tries again after 0.5 s, 1 s, 2 s … up to 30 s).
Prints {"open": N, "refused": N} each half second until stdin closes."""

from __future__ import annotations

import asyncio
import json
import sys

from websockets.asyncio.client import connect


async def viewer(url: str, totals: dict[str, int]) -> None:
    delay = 0.5
    while True:
        try:
            async with connect(url, open_timeout=10, compression=None, max_size=1 << 16) as socket:
                totals["open"] += 1
                delay = 0.5
                try:
                    async for _ in socket:
                        pass
                finally:
                    totals["open"] -= 1
        except Exception:
            totals["refused"] += 1
        await asyncio.sleep(delay)
        delay = min(delay * 2, 30.0)


async def report(totals: dict[str, int]) -> None:
    while True:
        print(json.dumps(totals), flush=True)
        await asyncio.sleep(0.5)


async def main(url: str, count: int) -> None:
    totals = {"open": 0, "refused": 0}
    tasks = [asyncio.create_task(report(totals))]
    for _ in range(count):  # in small bursts: a real audience does not arrive in one instant
        tasks.append(asyncio.create_task(viewer(url, totals)))
        await asyncio.sleep(0.001)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)  # until the parent closes it
    for task in tasks:
        task.cancel()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2])))

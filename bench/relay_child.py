"""A `serve --from` relay whose broadcast can keep one order, for the clock benchmark's baseline.

    python bench/relay_child.py [--in-order] serve --from … --room … --listen … [--max-viewers N]

The real command (runner.cli). `--in-order`: the broadcast writes to the viewers in the same order
every time, as before it was shuffled (the comparison's baseline). The viewer cap is the command's
own `--max-viewers` (3,000 viewers over two relays is more than a relay's default 1,000 each).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import runner.web.server as server
from runner.cli import main


class InOrder:
    """Stands for the server's `random`: its one use, the broadcast's shuffle, leaves the order be."""

    @staticmethod
    def shuffle(viewers: list[object]) -> None:
        return None


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments[:1] == ["--in-order"]:
        server.random = InOrder  # type: ignore[assignment]
        arguments = arguments[1:]
    sys.exit(main(arguments))

"""A `serve --from` relay with another cap on viewers, for benchmarks that need more than it.

    python bench/relay_child.py MAX_VIEWERS [--in-order] serve --from … --room … --listen … [--public …]

The real command (runner.cli), with runner.web.server.MAX_VIEWERS set first: 3,000 viewers over
two relays is 1,500 each, more than a relay takes (1,000). `--in-order`: the broadcast writes to
the viewers in the same order every time, as before it was shuffled (the comparison's baseline).
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
    server.MAX_VIEWERS = int(sys.argv[1])
    arguments = sys.argv[2:]
    if arguments[:1] == ["--in-order"]:
        server.random = InOrder  # type: ignore[assignment]
        arguments = arguments[1:]
    sys.exit(main(arguments))

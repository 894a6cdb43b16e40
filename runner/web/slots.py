"""Each view's share of the viewer slots, so a crowd on one link never locks another view out.

The chair's view is one or a few people who must always get in; the stage's is the stream's
browser source; the speakers' link goes to every speaker's phone and is the one most likely to be
passed around (or flooded: 1,000 sockets on it used to take every slot). Slots are held back for
the chair and the stage: a view may take any free slot except those still held back for the
other views, so the chair may also use the common ones, and no other view may use the chair's.
"""

from __future__ import annotations

from collections import Counter

# Of the viewer cap, the part held back for each view (the rest is common to all).
HELD_BACK = {"chair": 0.10, "stage": 0.02}


class ViewerSlots:
    """The WebSocket viewers of each view against one cap; `take` and `give_back` on one thread."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.held_back = {view: int(cap * share) for view, share in HELD_BACK.items()}
        self.taken: Counter[str] = Counter()

    def free_for(self, view: str) -> int:
        """Slots `view` may still take: those free, less those held back for the other views and unused."""
        others = (max(0, held - self.taken[other]) for other, held in self.held_back.items() if other != view)
        return self.cap - self.taken.total() - sum(others)

    def take(self, view: str) -> bool:
        """One slot for a viewer of `view`, if its share has one left."""
        if self.free_for(view) <= 0:
            return False
        self.taken[view] += 1
        return True

    def give_back(self, view: str) -> None:
        self.taken[view] -= 1

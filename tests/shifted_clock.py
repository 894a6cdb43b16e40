"""A page's computer clock, minutes off: a script Chromium runs before the page's own (Playwright's
`add_init_script`), shifting `Date` and `performance.timeOrigin` (and so views.js's `now()`) by
SHIFT ms. Used by tests/test_clock_through_a_proxy.py and bench/clock_agreement.py."""

from __future__ import annotations

SHIFTED_CLOCK = """
(() => {
  const SHIFT = %d;  // this computer's clock, SHIFT ms off
  const Real = Date;
  class Shifted extends Real {
    constructor(...args) { if (args.length) super(...args); else super(Real.now() + SHIFT); }
    static now() { return Real.now() + SHIFT; }
  }
  window.Date = Shifted;
  const origin = performance.timeOrigin + SHIFT;
  Object.defineProperty(performance, "timeOrigin", { get: () => origin });
})();
"""


def shifted_clock(shift_ms: float) -> str:
    """The init script for a clock `shift_ms` ahead (negative: behind)."""
    return SHIFTED_CLOCK % shift_ms

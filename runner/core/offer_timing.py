"""When the recovery plan is offered: when there is something new to say, never as a nag.

The plan a day needs (`recovery_offer.offer`) changes every second an overrun goes on; offering
each version would put a new "recover 30 s" in front of the host and the chair every half minute.
So an offer is a decision of the live rules (`LiveController`), logged as an `offer` event with
the plan as offered; the host's Ctrl+R accepts that plan (its edits carry its number) and Ctrl+D
sets it aside (a `dismiss` event). A replay restores both, so a restart neither re-offers a plan
the host dismissed nor loses the one on the screen.

A new plan is offered when, compared with the last one offered:
- none was offered today, or the last one standing can no longer be made as offered (a segment it
  cuts has started, moved or changed; a speaker taking the floor leaves the rest of its list);
- at least `MIN_GAP_S` has passed (never two offers closer than this otherwise), and
  - it cuts a segment the last one did not, or the last one held the stop and this one cannot;
  - while the overrun goes on (the day's end still moving): the amount to recover has grown by
    `STEP_S` (after an accepted plan: the new amount is `STEP_S`);
  - once the end stops moving: the amount differs by `SETTLE_S` (after an accepted plan: any
    plan with cuts, so a host who accepts every plan ends the day by its stop).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from runner.core.engine import SessionEngine
from runner.core.events import Dismiss, Offer
from runner.core.projection import project
from runner.core.recovery_offer import accepted_numbers, applies, next_plan_number, offer, past_stop
from runner.core.recovery_plan import RecoveryPlan

STEP_S = 300.0  # while an overrun goes on: a new plan each five minutes more to recover
SETTLE_S = 60.0  # once the day's end stands still: a plan a minute different is news
MIN_GAP_S = 120.0  # two offers are never closer than this (unless the last cannot be made)
POLL_S = 15.0  # while the day's end moves and a stop is at stake: how often the rule looks again
MOVING_PROBE_S = 60.0  # the end "moves" if it is later when looked at this much later


@dataclass(frozen=True)
class LastOffer:
    """The last plan offered today and what became of it."""

    plan: RecoveryPlan
    at: datetime
    moving: bool
    accepted: bool
    dismissed: bool

    @property
    def standing(self) -> bool:
        return not (self.accepted or self.dismissed)


def last_offer(engine: SessionEngine) -> LastOffer | None:
    """The last `offer` in the log, read back as a plan; None before the first."""
    if not engine.offers:
        return None
    event = engine.offers[-1]
    payload = event.payload
    assert isinstance(payload, Offer)
    plan = RecoveryPlan.from_record(payload.plan or {}, payload.number)
    accepted = payload.number in accepted_numbers(engine)
    return LastOffer(plan, event.wall, payload.moving, accepted, payload.number in engine.dismissed)


def standing_plan(engine: SessionEngine, mono: float, wall: datetime) -> RecoveryPlan | None:
    """The plan on offer now (shown to the host and the chair; Ctrl+R makes it): the last one
    offered, unless accepted, set aside, no longer needed or no longer possible as offered."""
    last = last_offer(engine)
    if last is None or not last.standing or not past_stop(engine, mono, wall) or not applies(engine, last.plan):
        return None
    return last.plan


def end_moving(engine: SessionEngine, mono: float, wall: datetime) -> bool:
    """Whether the day's projected end moves on with the clock (an overrun, a pause) right now."""
    now, later = project(engine, mono, wall).day_end, project(engine, mono + MOVING_PROBE_S, wall + _PROBE).day_end
    return now is not None and later is not None and (later - now).total_seconds() >= MOVING_PROBE_S / 2


def is_news(engine: SessionEngine, plan: RecoveryPlan, moving: bool, wall: datetime) -> bool:
    """Whether `plan` says something the last offer did not (the module's rule)."""
    last = last_offer(engine)
    if last is None or (last.standing and not applies(engine, last.plan)):
        return True
    if (wall - last.at).total_seconds() < MIN_GAP_S:
        return False
    if last.accepted:
        return plan.needed_s >= STEP_S or (not moving and bool(plan.trims))
    if plan.touched() - last.plan.touched() or (last.plan.holds and not plan.holds):
        return True
    grown = plan.needed_s - last.plan.needed_s
    return grown >= STEP_S if moving else abs(grown) >= SETTLE_S


def due_offer(engine: SessionEngine, mono: float, wall: datetime) -> tuple[RecoveryPlan, bool] | None:
    """The plan to offer now, and whether the day's end is moving; None: nothing new to say."""
    plan = offer(engine, mono, wall)
    if plan is None:
        return None
    moving = end_moving(engine, mono, wall)
    return (plan, moving) if is_news(engine, plan, moving, wall) else None


def make_offer(engine: SessionEngine, plan: RecoveryPlan, moving: bool) -> RecoveryPlan:
    """Log the offer of `plan`; returns it with its number."""
    number = next_plan_number(engine)
    engine.record_offer(Offer(number, plan.to_record(), plan.summary(), moving))
    return RecoveryPlan.from_record(plan.to_record(), number)


def dismiss(engine: SessionEngine, plan: RecoveryPlan) -> None:
    """The host sets the plan on offer aside (logged; not offered again unless it changes)."""
    if plan.number is not None:
        engine.record_offer(Dismiss(plan.number))


def next_check(engine: SessionEngine, mono: float, wall: datetime) -> datetime | None:
    """When the rule should look again (None: only after the next engine event): now if an offer
    is due, every `POLL_S` while the day's end moves towards or past its stop, and when the gap
    since the last offer runs out while a plan is wanted."""
    if engine.day.hard_stop is None or engine.finished:
        return None
    if due_offer(engine, mono, wall) is not None:
        return wall
    if end_moving(engine, mono, wall):
        return wall + timedelta(seconds=POLL_S)
    last = last_offer(engine)
    if last is not None and past_stop(engine, mono, wall):
        gap_ends = last.at + timedelta(seconds=MIN_GAP_S)
        return gap_ends if gap_ends > wall else None
    return None


_PROBE = timedelta(seconds=MOVING_PROBE_S)

"""The arithmetic of discounts and earning: percentages, points, promotions.

Apart from ``checkout.py`` so that the counter's totals can show the same rules (a
promotion's multiplier, points rounded down) that the checkout applies.

Exact, with one rounding. Every rate the owner sets is stored as an integer over a
fixed unit (a multiplier in percent, ``150`` = ×1.5; a cashback or tier discount in
basis points, ``250`` = 2.5 %). A result is the whole product of integers divided once,
rounded down, at the very end: a ×1.5 promotion and a ×1.25 tier make ×1.875, so 200
points become 375, not the 374 that rounding the combined multiplier to ×1.87 first
gave. Python's integers never overflow, so nothing here is ever a float.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from fractions import Fraction

from .programs import RewardKind
from .schemes import PointsProgram, Promotion, Tier

PERCENT = 100  # the unit of a multiplier_pct and of a whole percent
BASIS_POINTS = 10_000  # the unit of rate_bp and discount_bp


def scaled_down(value: int, rates: Sequence[int], unit: int) -> int:
    """``value`` × each ``rate``/``unit`` in turn, rounded down once at the end.

    The numerator and the denominator are multiplied out in full first, so the product
    of several rates is exact (``floor(value × Π rate/unit)``) and never more than it.
    """
    numerator, denominator = value, 1
    for rate in rates:
        numerator *= rate
        denominator *= unit
    return numerator // denominator


def percent_of(amount: int, percent: int) -> int:
    """``percent`` % of ``amount``, rounded down to a whole minor unit."""
    return scaled_down(amount, (percent,), PERCENT)


def bp_of(amount: int, bp: int) -> int:
    """``bp`` basis points of ``amount``, rounded down."""
    return scaled_down(amount, (bp,), BASIS_POINTS)


def raw_points(p: PointsProgram, base: int, qualifying_items: int) -> int:
    """Points before any multiplier: whole steps of the amount, per visit, per item.

    The program's own rule ("1 point per full 100 Ft") makes whole points; a multiplier
    then multiplies those points, as a "double points" poster promises.
    """
    raw = (base // p.amount_step) * p.points_per_step
    return raw + p.points_per_visit + p.points_per_item * qualifying_items


def points_for(
    p: PointsProgram, base: int, qualifying_items: int, multipliers_pct: Sequence[int] = ()
) -> int:
    """Points before the daily cap: the raw points times every multiplier, rounded
    down once (``multipliers_pct`` from ``earn_multipliers``)."""
    return scaled_down(raw_points(p, base, qualifying_items), multipliers_pct, PERCENT)


def promotion_multiplier(promotions: tuple[Promotion, ...], program_id: int, day: date) -> int:
    """The best promotion running today for a program (promotions don't stack)."""
    live = [p.multiplier_pct for p in promotions if p.program_id == program_id and p.applies(day)]
    return max(live, default=PERCENT)


def earn_multipliers(
    promotions: tuple[Promotion, ...], program_id: int, day: date, tier: Tier | None
) -> tuple[int, ...]:
    """Every multiplier on a program's points today, in percent: the best promotion and
    the member's tier. They multiply each other; ×1 ones are left out."""
    found = (
        promotion_multiplier(promotions, program_id, day),
        tier.earn_multiplier_pct if tier else PERCENT,
    )
    return tuple(m for m in found if m != PERCENT)


def combined_multiplier(multipliers_pct: Sequence[int]) -> Fraction:
    """The exact product of multipliers given in percent (150, 125 → 15/8, ×1.875)."""
    product = Fraction(1)
    for m in multipliers_pct:
        product *= Fraction(m, PERCENT)
    return product


def reward_value(
    kind: RewardKind,
    value: int,
    max_discount: int | None,
    remaining: int,
    item_price: int | None = None,
) -> int:
    """The money a reward takes off, never more than is still owed."""
    if kind is RewardKind.FIXED_DISCOUNT:
        cut = value
    elif kind is RewardKind.PERCENT_DISCOUNT:
        cut = percent_of(remaining, value)
        if max_discount is not None:
            cut = min(cut, max_discount)
    else:
        cut = item_price or 0
    return max(0, min(cut, remaining))

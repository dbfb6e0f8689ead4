"""The arithmetic of discounts and earning: percentages, points, promotions.

Apart from ``checkout.py`` so that the counter's totals can show the same rules (a
promotion's multiplier, points rounded down) that the checkout applies.
"""

from __future__ import annotations

from datetime import date

from .programs import RewardKind
from .schemes import PointsProgram, Promotion


def percent_of(amount: int, percent: int) -> int:
    """``percent`` % of ``amount``, rounded down to a whole minor unit."""
    return amount * percent // 100


def bp_of(amount: int, bp: int) -> int:
    """``bp`` basis points of ``amount``, rounded down."""
    return amount * bp // 10_000


def points_for(p: PointsProgram, base: int, qualifying_items: int, multiplier_pct: int) -> int:
    """Points before the daily cap: whole steps of the amount, per visit, per item."""
    raw = (base // p.amount_step) * p.points_per_step
    raw += p.points_per_visit + p.points_per_item * qualifying_items
    return raw * multiplier_pct // 100


def promotion_multiplier(promotions: tuple[Promotion, ...], program_id: int, day: date) -> int:
    """The best promotion running today for a program (promotions don't stack)."""
    live = [p.multiplier_pct for p in promotions if p.program_id == program_id and p.applies(day)]
    return max(live, default=100)


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

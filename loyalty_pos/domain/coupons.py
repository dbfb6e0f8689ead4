"""Coupon offers and the discount a coupon gives (pure rules)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .programs import RewardKind


@dataclass(frozen=True)
class CouponOffer:
    id: int
    name: str
    kind: RewardKind
    value: int
    max_discount: int | None = None
    item_id: int | None = None
    min_spend: int = 0
    valid_from: date | None = None
    valid_to: date | None = None
    valid_days: int | None = None
    per_member_limit: int | None = None
    code: str | None = None
    trigger: str | None = None
    trigger_spend: int | None = None
    active: bool = True


def coupon_discount(o: CouponOffer, amount: int, item_price: int | None) -> int:
    """The discount, rounded down, capped by the offer's maximum and by ``amount``."""
    if o.kind is RewardKind.FIXED_DISCOUNT:
        cut = o.value
    elif o.kind is RewardKind.PERCENT_DISCOUNT:
        cut = amount * o.value // 100
        if o.max_discount is not None:
            cut = min(cut, o.max_discount)
    else:
        cut = item_price or 0
    return max(0, min(cut, amount))

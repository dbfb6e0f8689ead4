"""Exact earning: multipliers and percentages compose, then round down once.

The finding: a ×1.5 promotion and a ×1.25 tier rounded the combined multiplier to ×1.87
and then the points again, so 20,000 Ft at 1 point per 100 earned 374, not 375.
"""

from __future__ import annotations

import math
from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.checkout import Basket, MemberState, Schemes, plan_checkout
from loyalty_pos.domain.coupons import CouponOffer, coupon_discount
from loyalty_pos.domain.earning import (
    bp_of,
    combined_multiplier,
    earn_multipliers,
    percent_of,
    points_for,
    raw_points,
    scaled_down,
)
from loyalty_pos.domain.programs import RewardKind
from loyalty_pos.domain.schemes import CreditProgram, PointsProgram, Promotion, Tier

DAY = date(2026, 11, 24)  # a Tuesday
POINTS = PointsProgram(1, "Points", 1, 100)


def schemes(promo_pct: int, credit_bp: int = 0) -> Schemes:
    return Schemes(
        points={1: POINTS},
        credit={2: CreditProgram(2, "Cashback", credit_bp)} if credit_bp else {},
        promotions=(Promotion(3, 1, "Promo", promo_pct),),
    )


def tier(mult_pct: int, discount_bp: int = 0) -> Tier:
    return Tier(4, "Gold", 1, min_spend=1, earn_multiplier_pct=mult_pct, discount_bp=discount_bp)


def earned(amount: int, promo_pct: int, tier_pct: int) -> int:
    member = MemberState(tier=tier(tier_pct))
    plan = plan_checkout(schemes(promo_pct), member, Basket(amount=amount), DAY)
    return plan.points_earned.get(1, 0)


@pytest.mark.parametrize(
    ("amount", "promo", "tier_pct", "points"),
    [
        (20_000, 150, 125, 375),  # was 374: ×1.87 instead of ×1.875
        (40_000, 150, 125, 750),  # was 748
        (1_000, 150, 125, 18),  # 10 × 1.875 = 18.75
        (99_900, 110, 120, 1318),  # 999 × 1.32 = 1318.68 (was 1318 too)
        (12_345, 110, 120, 162),  # 123 × 1.32 = 162.36
        (30_000, 110, 120, 396),  # 300 × 1.32 exactly
        (70_000, 133, 133, 1238),  # 700 × 1.7689 = 1238.23 (×1.76 gave 1232)
        (100_000, 199, 199, 3960),  # 1000 × 3.9601 (×3.96 gave 3960 as well)
        (30_100, 333, 101, 1012),  # 301 × 3.3633 = 1012.35 (×3.36 gave 1011)
    ],
)
def test_promotion_times_tier_is_exact(amount, promo, tier_pct, points):
    assert earned(amount, promo, tier_pct) == points


def test_the_finding_failed_before():
    """The old arithmetic, spelt out, to show what the figures above replace."""
    old_mult = 150 * 125 // 100  # 187
    assert 200 * old_mult // 100 == 374
    assert earned(20_000, 150, 125) == 375


def test_no_multiplier_and_one_multiplier_are_unchanged():
    assert points_for(POINTS, 3650, 0) == 36
    assert points_for(POINTS, 3650, 0, (150,)) == 54  # 36 × 1.5
    assert points_for(POINTS, 3650, 0, (133,)) == 47  # 36 × 1.33 = 47.88


def test_earn_multipliers_leave_out_times_one_and_take_the_best_promotion():
    promos = (Promotion(1, 1, "A", 150), Promotion(2, 1, "B", 200), Promotion(3, 9, "C", 300))
    assert earn_multipliers(promos, 1, DAY, None) == (200,)
    assert earn_multipliers(promos, 1, DAY, tier(125)) == (200, 125)
    assert earn_multipliers((), 1, DAY, tier(100)) == ()
    assert combined_multiplier((150, 125)) == Fraction(15, 8)
    assert combined_multiplier(()) == 1


def test_percentages_round_down_once():
    assert percent_of(999, 10) == 99
    assert bp_of(3650, 500) == 182
    assert bp_of(1, 1) == 0
    assert bp_of(10_000, 1) == 1
    off = CouponOffer(1, "10 %", RewardKind.PERCENT_DISCOUNT, value=15)
    assert coupon_discount(off, 999) == 149  # 149.85


def test_tier_discount_and_cashback_in_one_checkout():
    """10,000 Ft, a 2.55 % tier discount, 2.55 % cashback, ×1.5 and ×1.25 on points."""
    member = MemberState(tier=tier(125, discount_bp=255))
    plan = plan_checkout(schemes(150, credit_bp=255), member, Basket(amount=10_000), DAY)
    assert plan.discount == 255  # 2.55 % of 10,000
    assert plan.charged == 9745
    assert plan.credit_earned == {2: 248}  # 2.55 % of 9,745 = 248.4975
    assert plan.points_earned == {1: 181}  # 97 points × 1.875 = 181.875


# The property: floor(raw × Π multipliers), computed with fractions, never more.

multiplier_pct = st.integers(100, 1000)


@settings(max_examples=500, deadline=None)
@given(
    amount=st.integers(0, 10**9),
    step=st.integers(1, 10_000),
    per_step=st.integers(1, 1000),
    per_visit=st.integers(0, 1000),
    per_item=st.integers(0, 100),
    items=st.integers(0, 100),
    mults=st.lists(multiplier_pct, max_size=3),
)
def test_points_are_the_exact_product_rounded_down_once(
    amount, step, per_step, per_visit, per_item, items, mults
):
    p = PointsProgram(1, "P", per_step, step, points_per_visit=per_visit, points_per_item=per_item)
    raw = raw_points(p, amount, items)
    assert raw == (amount // step) * per_step + per_visit + per_item * items
    exact = Fraction(raw)
    for m in mults:
        exact *= Fraction(m, 100)
    got = points_for(p, amount, items, mults)
    assert got == math.floor(exact)
    assert got <= exact < got + 1


@settings(max_examples=400, deadline=None)
@given(
    amount=st.integers(1, 10**8),
    promo=st.integers(101, 1000),
    tier_pct=multiplier_pct,
)
def test_checkout_earns_the_exact_product_of_promotion_and_tier(amount, promo, tier_pct):
    exact = Fraction(amount // 100) * Fraction(promo, 100) * Fraction(tier_pct, 100)
    assert earned(amount, promo, tier_pct) == math.floor(exact)


@settings(max_examples=300, deadline=None)
@given(value=st.integers(0, 10**12), rates=st.lists(st.integers(0, 10**6), max_size=4))
def test_scaled_down_is_floor_of_the_fraction(value, rates):
    exact = Fraction(value)
    for r in rates:
        exact *= Fraction(r, 10_000)
    assert scaled_down(value, rates, 10_000) == math.floor(exact)

"""Property tests of the checkout calculation and of refunds (pure, no database)."""

from __future__ import annotations

from datetime import date

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.checkout import Basket, MemberState, Schemes, plan_checkout
from loyalty_pos.domain.coupons import CouponOffer
from loyalty_pos.domain.errors import UserError
from loyalty_pos.domain.ledger import Account, Kind, apply
from loyalty_pos.domain.programs import RewardKind, StampProgram
from loyalty_pos.domain.schemes import (
    CatalogueReward,
    CreditProgram,
    Item,
    PassProgram,
    PointsProgram,
    Promotion,
    Tier,
)
from tests.domain.lot_model import History, earn

DAY = date(2026, 11, 24)  # a Tuesday

STAMP = StampProgram(1, "Coffee", 5, "Free coffee", RewardKind.FIXED_DISCOUNT, 700)
POINTS = PointsProgram(2, "Points", 1, 100, points_per_visit=2, points_per_item=1, point_value=5)
CREDIT = CreditProgram(3, "Cashback", 250)
PASS = PassProgram(4, "Washes", 5, 10_000)
REWARDS = {
    10: CatalogueReward(10, 2, "500 off", 40, RewardKind.FIXED_DISCOUNT, 500),
    11: CatalogueReward(11, 2, "20 %", 60, RewardKind.PERCENT_DISCOUNT, 20, max_discount=900),
}
ITEMS = {7: Item(7, "Latte", "coffee", 1200, frozenset({1, 2}))}
TIER = Tier(20, "Gold", 1, min_spend=1, earn_multiplier_pct=150, discount_bp=500)


def schemes(limit: int) -> Schemes:
    return Schemes(
        stamp_programs={1: STAMP},
        points={2: POINTS},
        credit={3: CREDIT},
        passes={4: PASS},
        rewards=REWARDS,
        promotions=(Promotion(30, 2, "Double Tuesday", 200, weekday=1),),
        tiers=(TIER,),
        items=ITEMS,
        discounts_per_visit=limit,
    )


balances_st = st.fixed_dictionaries(
    {
        (1, Account.STAMPS): st.integers(0, 4),
        (1, Account.REWARDS): st.integers(0, 2),
        (2, Account.POINTS): st.integers(0, 200),
        (3, Account.CREDIT): st.integers(0, 5000),
        (4, Account.PASSES): st.integers(0, 3),
    }
)

basket_st = st.builds(
    Basket,
    amount=st.integers(0, 50_000),
    items=st.dictionaries(st.just(7), st.integers(1, 5), max_size=1),
    redeem_stamps=st.dictionaries(st.just(1), st.integers(0, 2), max_size=1),
    redeem_rewards=st.lists(st.sampled_from([10, 11]), max_size=2).map(tuple),
    use_points=st.dictionaries(st.just(2), st.integers(0, 200), max_size=1),
    use_credit=st.integers(0, 6000),
    use_passes=st.dictionaries(st.just(4), st.integers(0, 2), max_size=1),
    buy_passes=st.dictionaries(st.just(4), st.integers(0, 1), max_size=1),
    coupon=st.one_of(
        st.none(),
        st.builds(
            CouponOffer,
            id=st.just(40),
            name=st.just("Coupon"),
            kind=st.sampled_from(list(RewardKind)),
            value=st.integers(1, 100),
        ),
    ),
    gift_card_balance=st.one_of(st.none(), st.integers(0, 20_000)),
)


def fit(basket: Basket, balances) -> Basket:
    """Ask only for what the member holds, so most examples are valid checkouts."""
    from dataclasses import replace

    points = balances[(2, Account.POINTS)]
    chosen = []
    for rid in basket.redeem_rewards:
        if REWARDS[rid].cost <= points:
            chosen.append(rid)
            points -= REWARDS[rid].cost
    return replace(
        basket,
        redeem_rewards=tuple(chosen),
        redeem_stamps={
            k: min(n, balances[(1, Account.REWARDS)]) for k, n in basket.redeem_stamps.items()
        },
        use_points={k: min(n, points) for k, n in basket.use_points.items()},
        use_credit=min(basket.use_credit, balances[(3, Account.CREDIT)]),
        use_passes={k: min(n, balances[(4, Account.PASSES)]) for k, n in basket.use_passes.items()},
    )


def plan_or_none(s, member, basket):
    try:
        return plan_checkout(s, member, basket, DAY)
    except UserError:
        return None


@settings(max_examples=400, deadline=None)
@given(balances_st, basket_st, st.booleans(), st.sampled_from([0, 1, 5]))
def test_checkout_invariants(balances, basket, gold, limit):
    basket = fit(basket, balances)
    member = MemberState(balances=balances, tier=TIER if gold else None)
    plan = plan_or_none(schemes(limit), member, basket)
    assume(plan is not None)
    # A discount never exceeds the amount; the bill is never negative.
    assert 0 <= plan.discount <= plan.amount
    assert 0 <= plan.paid_credit + plan.paid_gift <= plan.charged
    assert plan.cash_due >= 0
    # Balances never go negative, and the entries explain them exactly.
    after = apply(dict(balances), list(plan.entries) + list(plan.referral_entries))
    assert all(v >= 0 for v in after.values())
    assert {k: v for k, v in after.items() if v} == {
        k: v for k, v in plan.balances_after.items() if v
    }
    # Only whole points: every entry is an int.
    assert all(isinstance(e.delta, int) for e in plan.entries)
    # The stacking rule holds.
    rewards = [d for d in plan.discounts if d.source != "tier"]
    if limit:
        assert len([d for d in rewards if d.amount or d.source == "coupon"]) <= limit
    # The same input gives the same output.
    assert plan_checkout(schemes(limit), member, basket, DAY) == plan


def histories(balances) -> dict[int, History]:
    """One history per program, opening with the member's balances as adjustments."""
    out = {1: History(needed=5), 2: History(), 3: History(), 4: History()}
    for (pid, account), n in balances.items():
        if n:
            out[pid].adjust(account.value, n)
    return out


def held(hist: dict[int, History]) -> dict[tuple[int, Account], int]:
    out = {}
    for pid, h in hist.items():
        for account in Account:
            if h.held(account.value):
                out[(pid, account)] = h.held(account.value)
    return out


@settings(max_examples=400, deadline=None)
@given(
    balances_st,
    basket_st,
    st.lists(st.integers(1, 100), min_size=0, max_size=3),
)
def test_refunding_everything_restores_every_balance(balances, basket, parts):
    """Partial refunds then the rest leave the balances as before the visit."""
    basket = fit(basket, balances)
    member = MemberState(balances=balances)
    plan = plan_or_none(schemes(0), member, basket)
    assume(plan is not None)
    hist = histories(balances)
    for pid, h in hist.items():
        h.visit(1, plan.charged, [e for e in plan.entries if e.program_id == pid])
    assert held(hist) == {k: v for k, v in plan.balances_after.items() if v}
    charged = plan.charged
    refunded = 0
    for pct in parts:
        amount = (charged - refunded) * pct // 100
        if amount <= 0 or refunded + amount >= charged:
            continue
        for h in hist.values():
            change = h.refund(1, amount)
            assert all(v >= 0 for v in change.held_after.values())
        refunded += amount
    shortfall = 0
    for h in hist.values():
        change = h.refund(1, None)
        shortfall += sum(change.shortfall(a) for a in change.accounts())
    assert held(hist) == {k: v for k, v in balances.items() if v}
    assert not shortfall
    assert not any(h.owed(a.value) for h in hist.values() for a in Account)


def test_partial_refunds_never_take_more_than_earned():
    """Three thirds of a refund take back exactly the points earned, never 1 more."""
    h = History()
    h.visit(1, 1000, [earn(Account.POINTS, 100)])
    taken = []
    for amount in (333, 333, 334):
        change = h.refund(1, amount)
        taken.append(-change.delta("points"))
    assert taken == [33, 33, 34]  # rounded down each time, on the running total
    assert h.held("points") == 0


def test_refund_after_points_were_spent_reports_a_shortfall():
    h = History()
    h.visit(1, 1000, [earn(Account.POINTS, 100)])
    h.visit(2, 0, [earn(Account.POINTS, -70, Kind.REDEEM)])
    change = h.refund(1, None)
    assert change.delta("points") == -30
    assert change.shortfall("points") == 70

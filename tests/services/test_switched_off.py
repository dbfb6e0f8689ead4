"""What switching off or changing a scheme does at the counter and to what members hold.

The rule (``domain/schemes.py``): from the next checkout a switched-off scheme earns,
sells and offers nothing; points, credit and pass uses already held stay spendable; a
member in a switched-off tier keeps it until the next tier review.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from loyalty_pos.domain.errors import Refused
from loyalty_pos.domain.ledger import Account
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
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import Services
from loyalty_pos.services.checkout import CheckoutRequest as Req
from loyalty_pos.services.member_extras import member_extras

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


@pytest.fixture
def shop(services: Services, coffee: StampProgram) -> dict:
    """Points (1 per 100, 1 point = 10), 5 % cashback, a 3-wash pass, a latte, a reward."""
    s = services.schemes
    points = s.add_points(PointsProgram(0, "Points", 1, 100, point_value=10))
    credit = s.add_credit(CreditProgram(0, "Cashback", 500))
    washes = s.add_pass(PassProgram(0, "3 washes", 3, 9000))
    latte = s.add_item(Item(0, "Latte", "coffee", 1200, frozenset({coffee.id, points.id})))
    off = s.add_reward(CatalogueReward(0, points.id, "500 off", 50, RewardKind.FIXED_DISCOUNT, 500))
    return {
        "coffee": coffee,
        "points": points,
        "credit": credit,
        "washes": washes,
        "latte": latte,
        "off": off,
    }


def held(services: Services, member_id: int) -> dict:
    return {k: v for k, v in services.checkout.ledger.balances(member_id).items() if v}


def test_points_switched_off_stop_earning_but_stay_spendable(services, shop, member):
    pts = (shop["points"].id, Account.POINTS)
    services.checkout.confirm(member.id, Req(amount=8000), "earn")
    before = held(services, member.id)
    assert before[pts] == 80
    said = services.schemes.switch("points", shop["points"].id, False)
    assert (said.holders, said.held) == (1, 80)
    assert held(services, member.id) == before  # switching off erases nothing
    r = services.checkout.confirm(member.id, Req(amount=3000), "no-earn")
    assert r.plan.points_earned == {}
    assert held(services, member.id)[pts] == 80
    # The member panel still shows them, and the counter lets the member pay with them.
    extras = member_extras(services.db, services.clock, member.id)
    assert [(p.name, p.points) for p in extras.points] == [("Points", 80)]
    r = services.checkout.confirm(member.id, Req(amount=1000, use_points={pts[0]: 80}), "pay")
    assert r.discount == 800 and held(services, member.id).get(pts, 0) == 0


def test_a_catalogue_reward_still_on_spends_points_of_a_switched_off_program(
    services, shop, member
):
    pts = (shop["points"].id, Account.POINTS)
    services.checkout.confirm(member.id, Req(amount=12000), "earn")
    services.schemes.switch("points", shop["points"].id, False)
    r = services.checkout.confirm(
        member.id, Req(amount=2000, redeem_rewards=(shop["off"].id,)), "redeem"
    )
    assert r.discount == 500 and held(services, member.id)[pts] == 70


def test_a_switched_off_catalogue_reward_is_refused(services, shop, member):
    services.checkout.confirm(member.id, Req(amount=12000), "earn")
    services.schemes.switch("reward", shop["off"].id, False)
    before = held(services, member.id)
    with pytest.raises(Refused, match="switched off"):
        services.checkout.confirm(
            member.id, Req(amount=2000, redeem_rewards=(shop["off"].id,)), "redeem"
        )
    assert held(services, member.id) == before


def test_credit_switched_off_is_still_tender_but_earns_nothing(services, shop, member):
    cr = (shop["credit"].id, Account.CREDIT)
    services.checkout.confirm(member.id, Req(amount=10000), "earn")
    assert held(services, member.id)[cr] == 500
    said = services.schemes.switch("credit", shop["credit"].id, False)
    assert (said.holders, said.held) == (1, 500)
    r = services.checkout.confirm(member.id, Req(amount=2000, use_credit=500), "pay")
    assert r.plan.credit_earned == {} and r.paid_credit == 500
    assert held(services, member.id).get(cr, 0) == 0


def test_a_switched_off_pass_is_no_longer_sold_but_bought_uses_stay(services, shop, member):
    wash = shop["washes"].id
    services.checkout.confirm(member.id, Req(buy_passes={wash: 1}), "buy")
    said = services.schemes.switch("pass", wash, False)
    assert (said.holders, said.held) == (1, 3)
    with pytest.raises(Refused, match="switched off"):
        services.checkout.confirm(member.id, Req(buy_passes={wash: 1}), "buy-again")
    services.checkout.confirm(member.id, Req(use_passes={wash: 1}), "use")
    assert held(services, member.id)[(wash, Account.PASSES)] == 2


def test_a_new_pass_price_applies_to_passes_sold_from_now(services, shop, member):
    wash = shop["washes"].id
    services.checkout.confirm(member.id, Req(buy_passes={wash: 1}), "old-price")
    services.schemes.update_pass(replace(shop["washes"], price=12000, pass_uses=5))
    r = services.checkout.confirm(member.id, Req(buy_passes={wash: 1}), "new-price")
    assert r.amount == 12000
    assert held(services, member.id)[(wash, Account.PASSES)] == 3 + 5


def test_points_now_earn_two_per_100_from_the_next_checkout(services, shop, member):
    pts = (shop["points"].id, Account.POINTS)
    services.checkout.confirm(member.id, Req(amount=1000), "before")
    services.schemes.update_points(replace(shop["points"], points_per_step=2))
    services.checkout.confirm(member.id, Req(amount=1000), "after")
    assert held(services, member.id)[pts] == 10 + 20  # the past is not recalculated


def test_a_promotion_switched_off_or_ended_early_stops_multiplying(services, shop, member, clock):
    today = clock().date()
    promo = services.schemes.add_promotion(
        Promotion(0, shop["points"].id, "Double today", 200, weekday=today.weekday())
    )
    pid = shop["points"].id
    assert services.checkout.confirm(member.id, Req(amount=1000), "a").plan.points_earned == {
        pid: 20
    }
    services.schemes.switch("promotion", promo.id, False)
    assert services.checkout.confirm(member.id, Req(amount=1000), "b").plan.points_earned == {
        pid: 10
    }
    services.schemes.switch("promotion", promo.id, True)
    services.schemes.update_promotion(replace(promo, ends_on=today.replace(day=today.day - 1)))
    assert services.checkout.confirm(member.id, Req(amount=1000), "c").plan.points_earned == {
        pid: 10
    }


def test_a_switched_off_item_cannot_be_rung_up(services, shop, member):
    services.schemes.switch("item", shop["latte"].id, False)
    with pytest.raises(Refused, match="switched off"):
        services.checkout.confirm(member.id, Req(items={shop["latte"].id: 1}), "latte")


def test_an_item_of_a_switched_off_punch_card_still_sells_without_stamps(services, shop, member):
    coffee = shop["coffee"]
    services.programs.update(replace(coffee, active=False))
    r = services.checkout.confirm(member.id, Req(amount=2400, items={shop["latte"].id: 2}), "l")
    assert r.plan.stamp_outcomes == () and r.plan.points_earned == {shop["points"].id: 24}
    assert (coffee.id, Account.STAMPS) not in held(services, member.id)


def test_no_referral_bonus_from_a_switched_off_program(services, shop, member):
    services.schemes.set_referral(shop["points"].id, 100)
    friend = services.members.enroll(MemberInput("Nguyễn Văn An", phone="+84 90 123 4567"))
    services.checkout.set_referrer(friend.id, member.id)
    services.schemes.switch("points", shop["points"].id, False)
    r = services.checkout.confirm(friend.id, Req(amount=1000), "first")
    assert r.plan.referral_entries == ()
    assert held(services, member.id) == {}


# Tiers --------------------------------------------------------------------------------


def test_a_switched_off_tier_is_kept_until_the_review_then_replaced(services, shop, member, clock):
    silver = services.schemes.add_tier(Tier(0, "Silver", 1, min_spend=5000, window_days=30))
    gold = services.schemes.add_tier(
        Tier(0, "Gold", 2, min_spend=10000, window_days=30, discount_bp=1000)
    )
    assert services.checkout.confirm(member.id, Req(amount=10000), "gold").tier == "Gold"
    said = services.schemes.switch("tier", gold.id, False)
    assert said.holders == 1
    # Kept, with its discount, until tier_until ...
    r = services.checkout.confirm(member.id, Req(amount=1000), "kept")
    assert (r.tier, r.discount) == ("Gold", 100)
    # ... while nobody new reaches it: a new member spending as much gets Silver.
    other = services.members.enroll(MemberInput("Szabó Anna", phone="+36 70 111 2222"))
    assert services.checkout.confirm(other.id, Req(amount=10000), "new").tier == "Silver"
    clock.advance(days=29)
    services.checkout.confirm(member.id, Req(amount=12000), "spend")  # would re-earn Gold
    assert services.checkout.review_tiers() == 0  # not due yet
    clock.advance(days=2)
    services.checkout.review_tiers()
    assert services.checkout.tier_of(member.id).id == silver.id  # the best tier still on


def test_a_switched_off_paid_tier_is_not_sold(services, shop, member):
    vip = services.schemes.add_tier(Tier(0, "VIP", 3, fee=5000))
    services.schemes.switch("tier", vip.id, False)
    with pytest.raises(Refused, match="not sold"):
        services.checkout.confirm(member.id, Req(buy_tier=vip.id), "fee")


# Expiry -------------------------------------------------------------------------------


def test_a_new_expiry_counts_from_the_change_not_from_long_ago(services, shop, member, clock):
    pts = (shop["points"].id, Account.POINTS)
    services.checkout.confirm(member.id, Req(amount=10000), "old")  # 100 points, no expiry
    clock.advance(days=200)
    services.schemes.update_points(replace(shop["points"], expiry_days=30))
    assert services.visits.expire_all() == 0
    assert services.visits.expire_member(member.id) == 0
    assert held(services, member.id)[pts] == 100
    clock.advance(days=25)
    # The panel warns with the same rule the job will apply.
    assert member_extras(services.db, services.clock, member.id).points[0].expiring == 100
    clock.advance(days=6)
    assert services.visits.expire_all() == 100
    assert held(services, member.id).get(pts, 0) == 0


def test_a_longer_expiry_does_not_restart_the_clock(services, shop, member, clock):
    points = services.schemes.update_points(replace(shop["points"], expiry_days=30))
    clock.advance(days=1)
    services.checkout.confirm(member.id, Req(amount=10000), "earn")
    services.schemes.update_points(replace(points, expiry_days=60))
    assert services.schemes.store.expiry_starts()[points.id] < clock()  # still the first change
    clock.advance(days=61)
    assert services.visits.expire_all() == 100


def test_a_shorter_stamp_expiry_also_counts_from_the_change(services, shop, member, clock):
    coffee = services.programs.get(shop["coffee"].id)
    services.checkout.confirm(member.id, Req(stamp_items={coffee.id: 3}), "stamps")
    clock.advance(days=100)
    services.programs.update(replace(coffee, expiry_days=30))
    assert services.visits.expire_all() == 0
    clock.advance(days=31)
    assert services.visits.expire_all() == 3

"""Checkout, refund, referrals, tiers and adjustments through the services, on a real file."""

from __future__ import annotations

import sqlite3

import pytest

from loyalty_pos.domain.errors import NotFound, Refused, UserError
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
from loyalty_pos.services import OWNER_STAFF, Services
from loyalty_pos.services.checkout import CheckoutRequest as Req

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


@pytest.fixture
def shop(services: Services, coffee: StampProgram):
    """Coffee card (10), points 1 per 100 (1 point = 10), 5 % cashback, a pass, a latte."""
    s = services.schemes
    points = s.add_points(PointsProgram(0, "Points", 1, 100, point_value=10, expiry_days=365))
    credit = s.add_credit(CreditProgram(0, "Cashback", 500))
    washes = s.add_pass(PassProgram(0, "3 washes", 3, 9000))
    latte = s.add_item(Item(0, "Latte", "coffee", 1200, frozenset({coffee.id, points.id})))
    cake = s.add_item(Item(0, "Cake", "food", 900, frozenset()))
    off = s.add_reward(CatalogueReward(0, points.id, "500 off", 50, RewardKind.FIXED_DISCOUNT, 500))
    return {
        "coffee": coffee,
        "points": points,
        "credit": credit,
        "washes": washes,
        "latte": latte,
        "cake": cake,
        "off": off,
    }


def balances(services: Services, member_id: int) -> dict:
    return {k: v for k, v in services.checkout.ledger.balances(member_id).items() if v}


def count(services: Services, table: str) -> int:
    return services.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_checkout_earns_points_credit_and_stamps(services, shop, member):
    r = services.checkout.confirm(member.id, Req(amount=3650, items={shop["latte"].id: 3}), "a")
    # 3650 // 100 = 36 points (rounded down) + 3 items × 0 per item; 5 % of 3650 = 182 credit.
    assert r.plan.points_earned == {shop["points"].id: 36}
    assert r.plan.credit_earned == {shop["credit"].id: 182}
    assert (r.amount, r.discount, r.charged) == (3650, 0, 3650)
    assert balances(services, member.id) == {
        (shop["coffee"].id, Account.STAMPS): 3,
        (shop["points"].id, Account.POINTS): 36,
        (shop["credit"].id, Account.CREDIT): 182,
    }
    row = services.db.execute("SELECT amount, charged, member_id FROM visits").fetchone()
    assert tuple(row) == (3650, 3650, member.id)
    assert services.db.execute("SELECT item_id, quantity FROM visit_items").fetchall() == [
        (shop["latte"].id, 3)
    ]


def test_the_same_request_writes_once(services, shop, member):
    first = services.checkout.confirm(member.id, Req(amount=1000), "same")
    again = services.checkout.confirm(member.id, Req(amount=1000), "same")
    assert again.replayed and again.visit_id == first.visit_id and again.charged == 1000
    assert count(services, "visits") == 1
    assert balances(services, member.id)[(shop["points"].id, Account.POINTS)] == 10


def test_a_reward_the_member_cannot_afford_changes_nothing(services, shop, member):
    before = count(services, "ledger")
    with pytest.raises(Refused, match="costs 50 points"):
        services.checkout.confirm(
            member.id, Req(amount=2000, redeem_rewards=(shop["off"].id,)), "x"
        )
    assert count(services, "ledger") == before and count(services, "visits") == 0


def test_catalogue_reward_and_credit_and_no_credit_earned_on_credit(services, shop, member):
    services.checkout.confirm(member.id, Req(amount=6000), "earn")  # 60 points, 300 credit
    r = services.checkout.confirm(
        member.id, Req(amount=2000, redeem_rewards=(shop["off"].id,), use_credit=300), "spend"
    )
    assert (r.discount, r.charged, r.paid_credit, r.cash_due) == (500, 1500, 300, 1200)
    # Earned on 1500 − 300 paid with credit = 1200: 12 points and 60 credit.
    assert r.plan.points_earned == {shop["points"].id: 12}
    assert r.plan.credit_earned == {shop["credit"].id: 60}
    b = balances(services, member.id)
    assert b[(shop["points"].id, Account.POINTS)] == 60 - 50 + 12
    assert b[(shop["credit"].id, Account.CREDIT)] == 300 - 300 + 60


def test_one_discount_reward_per_visit_by_default(services, shop, member):
    services.checkout.confirm(member.id, Req(amount=20000), "earn")  # 200 points
    with pytest.raises(Refused, match="At most 1"):
        services.checkout.confirm(
            member.id,
            Req(amount=3000, redeem_rewards=(shop["off"].id,), use_points={shop["points"].id: 10}),
            "two",
        )
    services.schemes.set_discounts_per_visit(2)
    r = services.checkout.confirm(
        member.id,
        Req(amount=3000, redeem_rewards=(shop["off"].id,), use_points={shop["points"].id: 10}),
        "two",
    )
    assert r.discount == 500 + 100


def test_paying_with_points_never_blocked_by_rounding(services, shop, member):
    services.checkout.confirm(member.id, Req(amount=1000), "earn")  # 10 points worth 100
    r = services.checkout.confirm(
        member.id, Req(amount=55, use_points={shop["points"].id: 10}), "p"
    )
    # 55 owed: 6 points (rounded up) pay it all; the member keeps 4 of 10.
    assert (r.discount, r.charged) == (55, 0)
    assert balances(services, member.id)[(shop["points"].id, Account.POINTS)] == 4


def test_promotion_doubles_points_on_its_weekday(services, shop, member, clock):
    services.schemes.add_promotion(
        Promotion(0, shop["points"].id, "Double Tuesday", 200, weekday=1)
    )
    assert clock().weekday() == 1
    r = services.checkout.confirm(member.id, Req(amount=1000), "tue")
    assert r.plan.points_earned == {shop["points"].id: 20}
    clock.advance(days=1)
    r = services.checkout.confirm(member.id, Req(amount=1000), "wed")
    assert r.plan.points_earned == {shop["points"].id: 10}


def test_daily_points_cap(services, coffee, member):
    p = services.schemes.add_points(PointsProgram(0, "Capped", 1, 100, per_day_limit=15))
    r1 = services.checkout.confirm(member.id, Req(amount=1000), "1")
    r2 = services.checkout.confirm(member.id, Req(amount=1000), "2")
    assert r1.plan.points_earned == {p.id: 10} and r2.plan.points_earned == {p.id: 5}
    assert r2.plan.points_capped == (p.id,)


def test_pass_bought_then_used_and_never_overdrawn(services, shop, member):
    wash = shop["washes"].id
    r = services.checkout.confirm(member.id, Req(buy_passes={wash: 1}), "buy")
    assert r.amount == 9000
    for i in range(3):
        services.checkout.confirm(member.id, Req(use_passes={wash: 1}), f"use{i}")
    with pytest.raises(Refused, match="0 uses left"):
        services.checkout.confirm(member.id, Req(use_passes={wash: 1}), "use4")


def test_tier_upgrade_at_once_downgrade_only_at_review(services, shop, member, clock):
    gold = services.schemes.add_tier(
        Tier(0, "Gold", 1, min_spend=10000, window_days=30, discount_bp=1000)
    )
    r = services.checkout.confirm(member.id, Req(amount=10000), "big")
    assert r.tier == "Gold"
    r = services.checkout.confirm(member.id, Req(amount=1000), "next")
    assert r.discount == 100  # 10 % standing discount
    clock.advance(days=29)
    assert services.checkout.review_tiers() == 0  # not due yet
    assert services.checkout.tier_of(member.id).id == gold.id
    clock.advance(days=2)
    assert services.checkout.review_tiers() == 1  # spend in the last 30 days: 0
    assert services.checkout.tier_of(member.id) is None
    reasons = [r[0] for r in services.db.execute("SELECT reason FROM tier_changes ORDER BY id")]
    assert reasons == ["upgrade", "downgrade"]


def test_paid_membership(services, shop, member):
    vip = services.schemes.add_tier(Tier(0, "VIP", 2, fee=5000, discount_bp=500))
    r = services.checkout.confirm(member.id, Req(buy_tier=vip.id), "fee")
    assert r.amount == 5000 and r.tier == "VIP"


def test_partial_then_full_refund_restores_everything(services, shop, member):
    services.checkout.confirm(member.id, Req(amount=6000), "earn")
    before = balances(services, member.id)
    r = services.checkout.confirm(
        member.id,
        Req(
            amount=4000,
            items={shop["latte"].id: 2},
            redeem_rewards=(shop["off"].id,),
            use_credit=200,
        ),
        "visit",
    )
    part = services.checkout.refund(r.visit_id, 1000, "one latte back")
    assert not part.full and part.refunded_total == 1000
    full = services.checkout.refund(r.visit_id, None, "the rest")
    assert full.full and full.refunded_total == r.charged
    assert balances(services, member.id) == before
    status = services.db.execute("SELECT status, refunded FROM visits WHERE id = ?", [r.visit_id])
    assert tuple(status.fetchone()) == ("refunded", r.charged)
    with pytest.raises(Refused, match="already refunded"):
        services.checkout.refund(r.visit_id, 1, "again")
    assert services.maintenance.check().ok


def test_refund_refuses_more_than_is_left_and_changes_nothing(services, shop, member):
    r = services.checkout.confirm(member.id, Req(amount=1000), "v")
    with pytest.raises(Refused, match="At most 1000"):
        services.checkout.refund(r.visit_id, 1001, "too much")
    with pytest.raises(UserError, match="Say why"):
        services.checkout.refund(r.visit_id, 10, "  ")
    assert count(services, "refunds") == 0


def test_refund_after_points_were_spent_takes_what_is_left(services, shop, member):
    r = services.checkout.confirm(member.id, Req(amount=6000), "earn")  # 60 points
    services.checkout.confirm(member.id, Req(amount=1000, redeem_rewards=(shop["off"].id,)), "s")
    res = services.checkout.refund(r.visit_id, None, "returned")
    assert res.shortfall == {(shop["points"].id, Account.POINTS): 60 - (60 - 50 + 5)}
    assert balances(services, member.id).get((shop["points"].id, Account.POINTS), 0) == 0


def test_gift_card_pays_in_part_and_full_refund_restores_it(services, shop, member):
    card = services.gift_cards.issue(5000)
    r = services.checkout.confirm(member.id, Req(amount=3000, gift_card_code=card.code), "g")
    assert (r.paid_gift, r.cash_due) == (3000, 0)
    assert services.gift_cards.show(card.code).balance == 2000
    services.checkout.refund(r.visit_id, None, "returned")
    assert services.gift_cards.show(card.code).balance == 5000


def test_gift_card_and_coupon_without_a_member(services, shop):
    from loyalty_pos.domain.coupons import CouponOffer

    card = services.gift_cards.issue(1000)
    offer = services.coupons.add_offer(
        CouponOffer(0, "Ten off", RewardKind.PERCENT_DISCOUNT, 10, code="TEN")
    )
    r = services.checkout.confirm(
        None, Req(amount=2000, coupon_code="ten", gift_card_code=card.code), "anon"
    )
    assert (r.discount, r.charged, r.paid_gift, r.cash_due) == (200, 1800, 1000, 800)
    assert r.member is None and offer.id
    with pytest.raises(UserError, match="member"):
        services.checkout.confirm(None, Req(amount=100, items={shop["latte"].id: 1}), "x")


def test_single_use_coupon_once_and_back_after_refund(services, shop, member):
    from loyalty_pos.domain.coupons import CouponOffer

    offer = services.coupons.add_offer(CouponOffer(0, "500", RewardKind.FIXED_DISCOUNT, 500))
    code = services.coupons.issue(offer.id, member.id)
    r = services.checkout.confirm(member.id, Req(amount=2000, coupon_code=code), "c1")
    assert r.discount == 500
    with pytest.raises(Refused):
        services.checkout.confirm(member.id, Req(amount=2000, coupon_code=code), "c2")
    services.checkout.refund(r.visit_id, None, "returned")
    again = services.checkout.confirm(member.id, Req(amount=2000, coupon_code=code), "c3")
    assert again.discount == 500


def test_referral_bonus_once_both_sides_and_taken_back_on_full_refund(services, shop, member):
    services.schemes.set_referral(shop["points"].id, 100)
    friend = services.members.enroll(MemberInput("Nguyễn Văn An", phone="+84 90 123 4567"))
    with pytest.raises(Refused, match="themselves"):
        services.checkout.set_referrer(friend.id, friend.id)
    services.checkout.set_referrer(friend.id, member.id)
    with pytest.raises(Refused, match="already"):
        services.checkout.set_referrer(friend.id, member.id)
    pts = (shop["points"].id, Account.POINTS)
    r = services.checkout.confirm(friend.id, Req(amount=1000), "first")
    assert balances(services, friend.id)[pts] == 10 + 100
    assert balances(services, member.id)[pts] == 100
    services.checkout.confirm(friend.id, Req(amount=1000), "second")
    assert balances(services, member.id)[pts] == 100  # one bonus per new member
    services.checkout.refund(r.visit_id, None, "returned")
    assert balances(services, member.id).get(pts, 0) == 0
    assert balances(services, friend.id)[pts] == 10


def test_void_refuses_a_visit_paid_by_gift_card(services, shop, member):
    card = services.gift_cards.issue(5000)
    r = services.checkout.confirm(member.id, Req(amount=3000, gift_card_code=card.code), "g")
    with pytest.raises(Refused, match="refund it instead"):
        services.visits.void(r.visit_id, "mistake")


def test_adjustments_above_the_limit_need_the_owner(services, shop, member):
    pts = shop["points"].id
    services.settings.set("adjust_owner_limit", "50")
    with pytest.raises(Refused, match="Only the owner"):
        services.adjustments.adjust(member.id, pts, Account.POINTS, 51, "goodwill")
    services.adjustments.adjust(member.id, pts, Account.POINTS, 50, "goodwill")
    services.actor.staff_id = OWNER_STAFF
    services.adjustments.adjust(member.id, pts, Account.POINTS, 500, "lost receipt")
    with pytest.raises(Refused, match="holds only 550"):
        services.adjustments.adjust(member.id, pts, Account.POINTS, -551, "typo")
    row = services.db.execute(
        "SELECT staff_id, note FROM ledger WHERE kind = 'adjust' ORDER BY id DESC"
    ).fetchone()
    assert tuple(row) == (OWNER_STAFF, "lost receipt")


def test_points_expire_oldest_first(services, shop, member, clock):
    services.checkout.confirm(member.id, Req(amount=1000), "old")  # 10 points
    clock.advance(days=200)
    services.checkout.confirm(member.id, Req(amount=2000), "new")  # 20 points
    clock.advance(days=200)
    assert services.visits.expire_all() == 10  # the old 10 points; credit never expires here
    b = balances(services, member.id)
    assert b[(shop["points"].id, Account.POINTS)] == 20


def test_imported_visit_is_marked_and_in_the_past(services, shop, member, clock):
    from datetime import timedelta

    r = services.checkout.confirm(member.id, Req(amount=500), "imp", at=clock() - timedelta(days=3))
    row = services.db.execute("SELECT imported FROM visits WHERE id = ?", [r.visit_id]).fetchone()
    assert row[0] == 1
    with pytest.raises(UserError, match="future"):
        services.checkout.confirm(member.id, Req(amount=5), "f", at=clock() + timedelta(days=1))


def test_unusual_activity_lists_many_visits_in_a_day(services, shop, member):
    for i in range(4):
        services.checkout.confirm(member.id, Req(amount=100), f"u{i}")
    assert [(mid, n) for mid, _, n in services.checkout.unusual()] == [(member.id, 4)]


def test_ledger_stays_append_only(services, shop, member):
    services.checkout.confirm(member.id, Req(amount=100), "v")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        services.db.execute("UPDATE ledger SET delta = 99")


def test_full_refund_revokes_the_unused_next_visit_coupon_it_earned(services, shop, member):
    from loyalty_pos.domain.coupons import CouponOffer

    services.coupons.add_offer(
        CouponOffer(
            0,
            "Next visit",
            RewardKind.PERCENT_DISCOUNT,
            10,
            trigger="next_visit",
            trigger_spend=5000,
        )
    )
    r = services.checkout.confirm(member.id, Req(amount=6000), "big")
    assert len(r.coupons_issued) == 1
    services.checkout.refund(r.visit_id, None, "returned")
    with pytest.raises(Refused):
        services.checkout.confirm(member.id, Req(amount=100, coupon_code=r.coupons_issued[0]), "x")


def test_gift_card_sold_at_the_counter_once_per_request(services, shop):
    visit_id, card = services.checkout.sell_gift_card(10000, "sell-1")
    again_visit, again = services.checkout.sell_gift_card(10000, "sell-1")
    assert (again_visit, again.code) == (visit_id, card.code)
    assert count(services, "gift_cards") == 1
    row = services.db.execute("SELECT amount, charged, gift_sold FROM visits").fetchone()
    assert tuple(row) == (0, 0, 10000)
    assert services.gift_cards.show(card.code).balance == 10000
    with pytest.raises(Refused, match="void the card"):
        services.checkout.refund(visit_id, None, "changed mind")


def test_start_up_jobs_review_tiers_and_expire_gift_cards(services, shop, member, clock, db_path):
    from datetime import timedelta

    from loyalty_pos.services.startup import run_startup_jobs

    services.schemes.add_tier(Tier(0, "Gold", 1, min_spend=10000, window_days=30))
    services.checkout.confirm(member.id, Req(amount=10000), "big")
    card = services.gift_cards.issue(3000, expires_on=clock().date() + timedelta(days=10))
    clock.advance(days=31)
    report = run_startup_jobs(db_path, None, clock)
    assert report.error is None and not report.problems
    assert services.checkout.tier_of(member.id) is None
    assert services.gift_cards.show(card.code).balance == 0
    kinds = services.db.execute("SELECT kind FROM gift_card_ledger ORDER BY id").fetchall()
    assert [k[0] for k in kinds] == ["issue", "expire"]
    assert services.maintenance.check().ok


def test_the_preview_refuses_a_blocked_member_and_one_that_does_not_exist(services, shop, member):
    """The preview reads the member's status with their state (one statement) and
    refuses as confirm does; a member unblocked is previewed again."""
    req = Req(amount=1000)
    assert services.checkout.preview(member.id, req).amount == 1000
    services.members.set_blocked(member.id, True)
    with pytest.raises(Refused, match="blocked"):
        services.checkout.preview(member.id, req)
    with pytest.raises(Refused, match="blocked"):
        services.checkout.confirm(member.id, req, "blocked-1")
    services.members.set_blocked(member.id, False)
    assert services.checkout.preview(member.id, req).amount == 1000
    with pytest.raises(NotFound):
        services.checkout.preview(member.id + 1000, req)

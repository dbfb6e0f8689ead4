"""The findings of "Exact ledger", each as it was reported and with other numbers.

Every test here failed before the ledger of lots: the balances were left in the
member's favour after refunds in some order, a completed card kept its reward, expiry
ignored what a refund took, the preview disagreed with the refund, a gift card was
refunded twice, and a voided visit kept the tier it had lifted.
"""

from __future__ import annotations

import pytest

from loyalty_pos.domain.errors import Refused
from loyalty_pos.domain.ledger import Account
from loyalty_pos.domain.programs import StampProgram
from loyalty_pos.domain.schemes import CreditProgram, PointsProgram, Tier
from loyalty_pos.services import Services
from loyalty_pos.services.checkout import CheckoutRequest as Req
from loyalty_pos.services.refund_preview import preview_refund

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server


def held(services: Services, member_id: int, program_id: int, account: Account) -> int:
    return services.checkout.ledger.balances(member_id).get((program_id, account), 0)


def owed(services: Services, member_id: int, program_id: int, account: Account) -> int:
    return services.checkout.ledger.lots.owed(member_id, program_id, account.value)


@pytest.fixture
def points(services: Services) -> PointsProgram:
    """1 point per 100 Ft; a point pays 10 Ft."""
    return services.schemes.add_points(PointsProgram(0, "Points", 1, 100, point_value=10))


# 1. Refund order -------------------------------------------------------------------------


@pytest.mark.parametrize("order", ["AB", "BA"])
@pytest.mark.parametrize(("earn_a", "pay", "amount_b"), [(10_000, 50, 10_000), (7_300, 61, 4_000)])
def test_points_refunded_in_any_order_end_at_zero(
    services, member, points, order, earn_a, pay, amount_b
):
    a = services.checkout.confirm(member.id, Req(amount=earn_a), "A")
    b = services.checkout.confirm(member.id, Req(amount=amount_b, use_points={points.id: pay}), "B")
    earned_b = (amount_b - pay * 10) // 100
    assert held(services, member.id, points.id, Account.POINTS) == earn_a // 100 - pay + earned_b
    first, second = (a, b) if order == "AB" else (b, a)
    one = services.checkout.refund(first.visit_id, None, "returned")
    if order == "AB":  # A's points were partly spent by B: B's own earnings pay for them
        assert held(services, member.id, points.id, Account.POINTS) == max(0, earned_b - pay)
        short = max(0, pay - earned_b)
        assert one.shortfall == ({(points.id, Account.POINTS): short} if short else {})
    services.checkout.refund(second.visit_id, None, "returned")
    assert held(services, member.id, points.id, Account.POINTS) == 0
    assert owed(services, member.id, points.id, Account.POINTS) == 0
    assert services.maintenance.check().ok


@pytest.mark.parametrize("order", ["AB", "BA"])
def test_store_credit_refunded_in_any_order_ends_at_zero(services, member, order):
    cash = services.schemes.add_credit(CreditProgram(0, "Cashback", 500))  # 5 %
    a = services.checkout.confirm(member.id, Req(amount=20_000), "A")  # +1000
    b = services.checkout.confirm(member.id, Req(amount=20_000, use_credit=500), "B")  # +975
    assert held(services, member.id, cash.id, Account.CREDIT) == 1000 - 500 + 975
    first, second = (a, b) if order == "AB" else (b, a)
    services.checkout.refund(first.visit_id, None, "returned")
    services.checkout.refund(second.visit_id, None, "returned")
    assert held(services, member.id, cash.id, Account.CREDIT) == 0
    assert owed(services, member.id, cash.id, Account.CREDIT) == 0


def test_a_debt_is_paid_by_the_next_earnings_and_settled_by_refunding_the_spending(
    services, member, points
):
    a = services.checkout.confirm(member.id, Req(amount=10_000), "A")  # 100 points
    b = services.checkout.confirm(member.id, Req(amount=1_000, use_points={points.id: 100}), "B")
    r = services.checkout.refund(a.visit_id, None, "returned")
    assert r.shortfall == {(points.id, Account.POINTS): 100}
    assert owed(services, member.id, points.id, Account.POINTS) == 100
    services.checkout.confirm(member.id, Req(amount=3_000), "C")  # 30 points pay the debt
    assert held(services, member.id, points.id, Account.POINTS) == 0
    assert owed(services, member.id, points.id, Account.POINTS) == 70
    services.checkout.refund(b.visit_id, None, "returned")  # the spending comes back
    assert held(services, member.id, points.id, Account.POINTS) == 30  # C's points are free
    assert owed(services, member.id, points.id, Account.POINTS) == 0
    assert services.maintenance.check().ok


# 2. A completed card ---------------------------------------------------------------------


@pytest.mark.parametrize(("needed", "pct", "left"), [(5, 60, 2), (8, 25, 6), (5, 100, 0)])
def test_refunding_the_visit_that_completed_a_card_takes_the_unused_reward_back(
    services, member, needed, pct, left
):
    card = services.programs.add(StampProgram(0, f"Card {needed}", needed, "Free coffee"))
    v = services.checkout.confirm(member.id, Req(amount=1000, stamp_items={card.id: needed}), "v")
    assert held(services, member.id, card.id, Account.REWARDS) == 1
    r = services.checkout.refund(v.visit_id, 1000 * pct // 100, "returned")
    assert r.shortfall == {}
    assert held(services, member.id, card.id, Account.STAMPS) == left
    assert held(services, member.id, card.id, Account.REWARDS) == 0
    assert services.maintenance.check().ok


def test_full_refund_when_a_later_visit_completed_the_card(services, member):
    card = services.programs.add(StampProgram(0, "Five", 5, "Free coffee"))
    v1 = services.checkout.confirm(member.id, Req(amount=900, stamp_items={card.id: 3}), "1")
    services.checkout.confirm(member.id, Req(amount=1200, stamp_items={card.id: 4}), "2")
    assert (
        held(services, member.id, card.id, Account.STAMPS),
        held(services, member.id, card.id, Account.REWARDS),
    ) == (2, 1)
    r = services.checkout.refund(v1.visit_id, None, "returned")
    assert r.shortfall == {}
    assert held(services, member.id, card.id, Account.STAMPS) == 4
    assert held(services, member.id, card.id, Account.REWARDS) == 0


def test_a_reward_already_given_is_a_debt_the_next_card_pays(services, member):
    card = services.programs.add(StampProgram(0, "Five", 5, "Free coffee"))
    v1 = services.checkout.confirm(member.id, Req(amount=1500, stamp_items={card.id: 5}), "1")
    services.checkout.confirm(member.id, Req(redeem_stamps={card.id: 1}), "give")
    r = services.checkout.refund(v1.visit_id, None, "returned")
    assert r.shortfall == {(card.id, Account.REWARDS): 1}
    services.checkout.confirm(member.id, Req(amount=1500, stamp_items={card.id: 5}), "2")
    assert held(services, member.id, card.id, Account.REWARDS) == 0  # paid the debt
    assert owed(services, member.id, card.id, Account.REWARDS) == 0
    assert services.maintenance.check().ok


# 3. Expiry after a refund ----------------------------------------------------------------


@pytest.mark.parametrize(("second", "refund", "left"), [(10_000, 9_000, 10), (6_000, 1_500, 45)])
def test_expiry_counts_what_is_really_left_after_a_refund(
    services, member, clock, second, refund, left
):
    p = services.schemes.add_points(PointsProgram(0, "Short", 1, 100, expiry_days=30))
    services.checkout.confirm(member.id, Req(amount=10_000), "day0")  # +100 on day 0
    clock.advance(days=20)
    v = services.checkout.confirm(member.id, Req(amount=second), "day20")
    services.checkout.refund(v.visit_id, refund, "part returned")
    clock.advance(days=15)  # day 35: the day-0 points are gone, what is left of day 20 stays
    services.visits.expire_all()
    assert held(services, member.id, p.id, Account.POINTS) == left
    assert services.maintenance.check().ok


# 5. The preview is the refund -------------------------------------------------------------


@pytest.mark.parametrize(("amount", "first"), [(10_000, 5_000), (3_333, 1_111)])
def test_preview_of_the_rest_is_what_the_refund_takes(services, member, points, amount, first):
    v = services.checkout.confirm(member.id, Req(amount=amount), "v")
    services.checkout.refund(v.visit_id, first, "half")
    preview = preview_refund(services.db, v.visit_id, None, services.clock)
    before = held(services, member.id, points.id, Account.POINTS)
    services.checkout.refund(v.visit_id, None, "rest")
    taken = before - held(services, member.id, points.id, Account.POINTS)
    assert [(e.program_id, e.account, e.delta) for e in preview.entries] == [
        (points.id, Account.POINTS, -taken)
    ]
    assert taken == amount // 100 - (amount // 100) * first // amount


# 6. Tenders --------------------------------------------------------------------------------


def test_a_visit_paid_by_gift_card_refunds_to_the_card_not_in_cash(services, member):
    card = services.gift_cards.issue(1000)
    v = services.checkout.confirm(member.id, Req(amount=1000, gift_card_code=card.code), "g")
    preview = preview_refund(services.db, v.visit_id, None, services.clock)
    assert (preview.cash_back, preview.tenders.gift) == (0, 1000)
    r = services.checkout.refund(v.visit_id, None, "returned")
    assert (r.cash_back, r.tenders.gift, r.tenders.gift_code) == (0, 1000, card.code)
    assert services.gift_cards.show(card.code).balance == 1000


@pytest.mark.parametrize(("paid_gift", "parts"), [(5_000, (9_999, 1)), (2_500, (1, 3_000, 6_999))])
def test_a_split_tender_goes_back_in_proportion(services, member, paid_gift, parts):
    card = services.gift_cards.issue(paid_gift)
    v = services.checkout.confirm(
        member.id, Req(amount=10_000, gift_card_code=card.code, gift_amount=paid_gift), "g"
    )
    assert v.cash_due == 10_000 - paid_gift
    cash = gift = 0
    for part in parts:
        r = services.checkout.refund(v.visit_id, part, "returned")
        assert r.tenders.cash + r.tenders.gift == part
        assert r.tenders.gift <= paid_gift * (gift + cash + part) // 10_000 - gift + 1
        cash += r.tenders.cash
        gift += r.tenders.gift
    assert (cash, gift) == (10_000 - paid_gift, paid_gift)
    assert services.gift_cards.show(card.code).balance == paid_gift


def test_store_credit_paid_goes_back_to_the_member_in_proportion(services, member):
    cash = services.schemes.add_credit(CreditProgram(0, "Cashback", 100))  # 1 %
    services.checkout.confirm(member.id, Req(amount=100_000), "earn")  # +1000 credit
    v = services.checkout.confirm(member.id, Req(amount=4_000, use_credit=1000), "pay")
    r = services.checkout.refund(v.visit_id, 2_000, "half")
    assert (r.tenders.credit, r.tenders.cash) == (500, 1_500)
    assert held(services, member.id, cash.id, Account.CREDIT) == 500 + 30 - 15  # back 500; 15 of 30
    r = services.checkout.refund(v.visit_id, None, "rest")
    assert (r.tenders.credit, r.tenders.cash) == (500, 1_500)
    assert held(services, member.id, cash.id, Account.CREDIT) == 1000


def test_a_gift_card_voided_since_is_refunded_in_cash(services, member):
    card = services.gift_cards.issue(3000)
    v = services.checkout.confirm(member.id, Req(amount=2000, gift_card_code=card.code), "g")
    services.gift_cards.void(card.code, "stolen")
    r = services.checkout.refund(v.visit_id, None, "returned")
    assert (r.cash_back, r.tenders.gift, r.tenders.gift_as_cash) == (2000, 0, 2000)
    assert services.gift_cards.show(card.code).balance == 0


def test_a_gift_card_sale_is_not_refunded(services):
    visit_id, _ = services.checkout.sell_gift_card(5000, "sale")
    with pytest.raises(Refused, match="void the card"):
        services.checkout.refund(visit_id, None, "changed mind")


# 7. Tiers ----------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["void", "refund"])
def test_undoing_the_visit_that_lifted_a_tier_lowers_it_at_once(services, member, how):
    gold = services.schemes.add_tier(Tier(0, "Gold", 2, min_spend=10_000, window_days=365))
    silver = services.schemes.add_tier(Tier(0, "Silver", 1, min_spend=2_000, window_days=365))
    services.checkout.confirm(member.id, Req(amount=2_500), "small")
    assert services.checkout.tier_of(member.id).id == silver.id
    big = services.checkout.confirm(member.id, Req(amount=9_000), "big")
    assert services.checkout.tier_of(member.id).id == gold.id
    if how == "void":
        services.visits.void(big.visit_id, "rung up twice")
    else:
        services.checkout.refund(big.visit_id, None, "returned")
    assert services.checkout.tier_of(member.id).id == silver.id


def test_a_partial_refund_keeps_the_tier_until_review(services, member):
    gold = services.schemes.add_tier(Tier(0, "Gold", 1, min_spend=10_000, window_days=365))
    big = services.checkout.confirm(member.id, Req(amount=12_000), "big")
    services.checkout.refund(big.visit_id, 5_000, "one item back")
    assert services.checkout.tier_of(member.id).id == gold.id


# Request ids ------------------------------------------------------------------------------


def test_a_request_id_reused_for_another_visit_is_refused(services, member, points):
    from loyalty_pos.domain.validation import MemberInput

    other = services.members.enroll(MemberInput("Nguyễn Văn An"))
    first = services.checkout.confirm(member.id, Req(amount=1000), "same-id")
    again = services.checkout.confirm(member.id, Req(amount=1000), "same-id")
    assert again.replayed and again.visit_id == first.visit_id
    with pytest.raises(Refused, match="already used"):
        services.checkout.confirm(member.id, Req(amount=1001), "same-id")
    with pytest.raises(Refused, match="already used"):
        services.checkout.confirm(other.id, Req(amount=1000), "same-id")
    r = services.checkout.refund(first.visit_id, 100, "part", "refund-id")
    assert services.checkout.refund(first.visit_id, 100, "part", "refund-id").replayed
    with pytest.raises(Refused, match="already used"):
        services.checkout.refund(first.visit_id, 200, "part", "refund-id")
    assert services.db.execute("SELECT COUNT(*) FROM visits").fetchone()[0] == 1
    assert r.refunded_total == 100

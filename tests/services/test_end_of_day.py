"""The end of the day through the real checkout, refunds and gift cards: each cashier's
tenders, discounts, refunds and gift cards sold, and what the drawer should hold.

Two cashiers on 10 March 2026 (the test clock's day). Anna rang up yesterday's visit
that Bence partly refunds today; a visit voided today and a gift card issued without a
sale are no takings.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest

from loyalty_pos.domain.drawer import EndOfDay, Takings
from loyalty_pos.domain.programs import RewardKind
from loyalty_pos.domain.schemes import CatalogueReward, CreditProgram, PointsProgram
from loyalty_pos.services import OWNER_STAFF, Services
from loyalty_pos.services.checkout import CheckoutRequest as Req

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server

TODAY = date(2026, 3, 10)


@pytest.fixture
def day(services: Services, member, clock):
    """The two cashiers' day; returns {name: Takings} and the EndOfDay."""
    s = services.schemes
    points = s.add_points(PointsProgram(0, "Points", 1, 100, point_value=10))
    s.add_credit(CreditProgram(0, "Cashback", 500))  # 5 % back
    off = s.add_reward(CatalogueReward(0, points.id, "500 off", 50, RewardKind.FIXED_DISCOUNT, 500))
    anna_id = services.staff.add("Anna", "cashier").id
    bence_id = services.staff.add("Bence", "cashier").id
    anna = Services.over(services.db, clock=clock, staff_id=anna_id)
    bence = Services.over(services.db, clock=clock, staff_id=bence_id)
    owner = Services.over(services.db, clock=clock, staff_id=OWNER_STAFF)

    clock.advance(days=-1)  # 9 March
    v0 = anna.checkout.confirm(member.id, Req(amount=6000), "v0")  # 60 points, 300 credit
    card = owner.gift_cards.issue(5000)  # not sold at the counter: no takings
    other = owner.gift_cards.issue(2000)
    clock.advance(days=1)  # 10 March, 09:30
    # Anna: a reward bought with points (a discount) and credit; then points as money.
    anna.checkout.confirm(
        member.id, Req(amount=4000, redeem_rewards=(off.id,), use_credit=200), "v1"
    )  # 500 off, 200 credit, 3 300 cash
    anna.checkout.confirm(member.id, Req(amount=1000, use_points={points.id: 5}), "v2")
    # 50 paid with points, 950 cash
    voided = anna.checkout.confirm(member.id, Req(amount=700), "v4")
    anna.visits.void(voided.visit_id, "wrong member")
    # Bence: a gift card pays a visit without a member, he sells a gift card, and pays
    # back 1 000 of yesterday's visit in cash.
    v3 = bence.checkout.confirm(None, Req(amount=3000, gift_card_code=card.code), "v3")
    v5 = bence.checkout.confirm(None, Req(amount=1000, gift_card_code=other.code), "v5")
    bence.checkout.sell_gift_card(10000, "sell")
    bence.checkout.refund(v0.visit_id, 1000, "one cake back")
    # Anna refunds the gift-card visit: back on the card, no cash.
    anna.checkout.refund(v3.visit_id, None, "returned")
    # The second card is voided before its visit is refunded: its share comes back in cash.
    owner.gift_cards.void(other.code, "lost")
    bence.checkout.refund(v5.visit_id, None, "returned")
    eod = services.reports.drawer(TODAY)
    return {c.name: c.takings for c in eod.cashiers}, eod


def test_each_cashier_s_tenders_refunds_and_what_to_collect(day):
    by, _ = day
    assert list(by) == ["Anna", "Bence"]
    assert by["Anna"] == Takings(
        visits=2, rung_up=5000, discounts=500, paid_points=50, paid_credit=200,
        cash_due=4250, refunds=1, refunded=3000, refund_gift=3000,
        stamps=0, sales=3500 + 950,
    )  # fmt: skip
    assert by["Anna"].to_collect == 4250  # the gift card's refund went back on the card
    assert by["Bence"] == Takings(
        visits=3, rung_up=4000, paid_gift=4000, gift_cards_sold=10000,
        refunds=2, refunded=2000, refund_cash=2000,
        sales=0,
    )  # fmt: skip
    # 10 000 for the card sold, 1 000 paid back of Monday's visit and 1 000 for the
    # voided card's share: the drawer holds 8 000 more from Bence.
    assert by["Bence"].to_collect == 8000


def test_the_total_adds_the_cashiers_and_the_parts_add_up(day):
    by, eod = day
    total = eod.total
    for f in fields(Takings):
        assert getattr(total, f.name) == sum(getattr(t, f.name) for t in by.values())
    assert total.to_collect == 12250
    for t in [*by.values(), total]:
        assert t.rung_up == t.discounts + t.paid_points + t.paid_credit + t.paid_gift + t.cash_due
        assert t.refunded == t.refund_cash + t.refund_credit + t.refund_gift


def test_a_quiet_day_has_no_rows_and_a_zero_total(services):
    eod = services.reports.drawer(date(2026, 1, 1))
    assert eod == EndOfDay(()) and eod.total == Takings() and eod.total.to_collect == 0


def test_a_refund_counts_on_its_own_day_for_the_cashier_who_paid_it(day, services):
    by_day = {c.name: c.takings for c in services.reports.drawer(date(2026, 3, 9)).cashiers}
    # Monday shows Anna's 6 000 in cash, untouched by Tuesday's refund of 1 000.
    assert by_day["Anna"].cash_due == 6000 and by_day["Anna"].refunds == 0
    assert "Bence" not in by_day

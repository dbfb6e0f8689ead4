"""The counter's reading and checking of a part amount (``ui/checkout/parts.py``),
against the real checkout calculation: what is refused, and how much a plan used."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from loyalty_pos.domain.checkout import Basket, MemberState, Schemes, plan_checkout
from loyalty_pos.domain.ledger import Account
from loyalty_pos.domain.programs import RewardKind
from loyalty_pos.domain.schemes import CatalogueReward, CreditProgram, PointsProgram
from loyalty_pos.ui.checkout.parts import (
    CREDIT,
    GIFT,
    POINTS,
    PartError,
    Tender,
    over_owed,
    parse_part,
    parse_points,
    points_paid,
)

DAY = date(2026, 3, 10)
POINTS_ID, CREDIT_ID, REWARD_ID = 1, 2, 3
SCHEMES = Schemes(
    points={POINTS_ID: PointsProgram(POINTS_ID, "Beans", 1, 100, point_value=10)},
    credit={CREDIT_ID: CreditProgram(CREDIT_ID, "Cashback", 0)},
    rewards={
        REWARD_ID: CatalogueReward(
            REWARD_ID, POINTS_ID, "100 off", 20, RewardKind.FIXED_DISCOUNT, 100
        )
    },
    discounts_per_visit=0,
)
STATE = MemberState(balances={(POINTS_ID, Account.POINTS): 60, (CREDIT_ID, Account.CREDIT): 300})


@pytest.fixture(autouse=True)
def english():
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


def plan(**basket):
    return plan_checkout(SCHEMES, STATE, Basket(**basket), DAY)


@pytest.mark.parametrize(("typed", "points"), [("25", 25), ("1,500", 1500), ("1 500", 1500)])
def test_points_are_read_with_the_locales_grouping(typed, points):
    assert parse_points(typed) == points


@pytest.mark.parametrize("typed", ["2.5", "1,50", "12abc", "", "1.500"])
def test_points_that_are_no_whole_number_are_refused(typed):
    with pytest.raises(PartError, match="is not a whole number of points"):
        parse_points(typed)


def test_negative_points_are_refused():
    with pytest.raises(PartError, match="cannot be negative"):
        parse_points("-3")


def test_a_part_is_none_when_empty_and_refused_above_what_is_held():
    credit = Tender(CREDIT, None, "Store credit", 300)
    assert parse_part(credit, "  ", "HUF") is None
    assert parse_part(credit, "300", "HUF") == 300
    with pytest.raises(PartError, match="only 300\xa0Ft in store credit"):
        parse_part(credit, "301", "HUF")
    with pytest.raises(PartError, match="more than zero"):
        parse_part(credit, "0", "HUF")
    gift = Tender(GIFT, None, "Gift card", 5000)
    with pytest.raises(PartError, match="holds only 5,000\xa0Ft"):
        parse_part(gift, "5,001", "HUF")
    beans = Tender(POINTS, POINTS_ID, "Beans", 60, 10)
    with pytest.raises(PartError, match="only 60 Beans"):
        parse_part(beans, "61", "HUF")


def test_points_paid_leaves_out_points_spent_on_a_catalogue_reward():
    p = plan(amount=1000, redeem_rewards=(REWARD_ID,), use_points={POINTS_ID: 15})
    assert points_paid(p, SCHEMES) == {POINTS_ID: 15}  # 20 more went on the reward


def test_a_part_within_what_is_owed_passes():
    p = plan(amount=1000, use_credit=250)
    assert over_owed((CREDIT, None), 250, p, SCHEMES, "HUF") is None
    p = plan(amount=1000, use_points={POINTS_ID: 25})
    assert over_owed((POINTS, POINTS_ID), 25, p, SCHEMES, "HUF") is None


def test_a_part_above_what_is_owed_says_how_much_is():
    p = plan(amount=200, use_credit=250)  # the calculation quietly uses 200
    assert p.paid_credit == 200
    said = over_owed((CREDIT, None), 250, p, SCHEMES, "HUF")
    assert said == "Only 200\xa0Ft is still owed: use at most that from store credit."
    p = plan(amount=195, use_points={POINTS_ID: 30})  # 20 points pay 195 (rounded up)
    said = over_owed((POINTS, POINTS_ID), 30, p, SCHEMES, "HUF")
    assert said == "The rest of the bill needs only 20 Beans: type at most that."
    assert over_owed((POINTS, POINTS_ID), 20, p, SCHEMES, "HUF") is None
    p = plan(amount=1000, use_credit=300, gift_card_balance=5000, gift_amount=800)
    assert p.paid_gift == 700  # what the credit left
    said = over_owed((GIFT, None), 800, p, SCHEMES, "HUF")
    assert said == "Only 700\xa0Ft is still owed: use at most that from the gift card."


def test_nothing_owed_is_said_plainly():
    p = plan(amount=100, redeem_rewards=(REWARD_ID,), use_credit=50)  # reward takes all 100
    assert over_owed((CREDIT, None), 50, p, SCHEMES, "HUF") == (
        "Nothing is left to pay with store credit."
    )

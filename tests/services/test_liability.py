"""The liability statement against a history written through the services, figure by
figure by hand, and its identity over random histories.

The test clock starts at 2026-03-10 09:30 in Budapest; the statement covers March 1–10
([03-01, 03-11)), and February holds what is owed at its start.
"""

from __future__ import annotations

from datetime import date, datetime
from fractions import Fraction
from zoneinfo import ZoneInfo

import pytest

from loyalty_pos.domain.errors import UserError
from loyalty_pos.domain.ledger import Account
from loyalty_pos.domain.liability import Figures
from loyalty_pos.domain.programs import RewardKind, StampProgram
from loyalty_pos.domain.schemes import CreditProgram, PassProgram, PointsProgram
from loyalty_pos.domain.validation import MemberInput
from loyalty_pos.services import OWNER_STAFF
from loyalty_pos.services.checkout import CheckoutRequest as Req

pytestmark = pytest.mark.both_backends  # a file and a PostgreSQL server

TZ = ZoneInfo("Europe/Budapest")
START, END = date(2026, 3, 1), date(2026, 3, 11)


def at(clock, month: int, day: int, hour: int = 12) -> None:
    clock.now = datetime(2026, month, day, hour, tzinfo=TZ)


@pytest.fixture
def terms(services):
    """Points (1 per 100, a point pays 10), 5 % cashback, 3 washes for 1000, and a
    coffee card of 3 stamps whose reward is 900 off."""
    s = services.schemes
    return {
        "points": s.add_points(PointsProgram(0, "Points", 1, 100, point_value=10)),
        "credit": s.add_credit(CreditProgram(0, "Cashback", 500)),
        "wash": s.add_pass(PassProgram(0, "3 washes", 3, 1000)),
        "coffee": services.programs.add(
            StampProgram(0, "Coffee", 3, "900 off", RewardKind.FIXED_DISCOUNT, 900)
        ),
    }


@pytest.fixture
def history(services, clock, terms):
    """February: what is owed on March 1. March 2–8: every kind of movement."""
    co, pts, wash = services.checkout, terms["points"].id, terms["wash"].id
    at(clock, 2, 20)
    m = services.members.enroll(MemberInput("Ida")).id
    # 2000 + a pass sold for 1000 = 3000 paid: 30 points, 150 credit, 3 washes; 4 stamps
    # complete the card of 3 (1 reward ready, 1 stamp left).
    co.confirm(m, Req(amount=2000, stamp_items={terms["coffee"].id: 4}, buy_passes={wash: 1}), "v1")
    at(clock, 2, 25)
    gift = services.gift_cards.issue(5000)
    lapsing = services.gift_cards.issue(2000, expires_on=date(2026, 3, 5))
    at(clock, 3, 2)
    # The reward: 900 off 1000, 100 paid: 1 point, 5 credit.
    co.confirm(m, Req(amount=1000, redeem_stamps={terms["coffee"].id: 1}), "v2")
    at(clock, 3, 3)
    # 20 points pay 200 of 500, and a wash is used: 300 paid, 3 points, 15 credit.
    co.confirm(m, Req(amount=500, use_points={pts: 20}, use_passes={wash: 1}), "v3")
    at(clock, 3, 4)
    # 100 of 2000 paid with credit: 1900 earns 19 points and 95 credit.
    v4 = co.confirm(m, Req(amount=2000, use_credit=100), "v4").visit_id
    at(clock, 3, 5)
    services.actor.staff_id = OWNER_STAFF
    services.adjustments.adjust(m, pts, Account.POINTS, 5, "goodwill")
    at(clock, 3, 6)
    co.refund(v4, None, "returned")  # takes back 19 points and 95 credit, gives 100 back
    services.gift_cards.expire_all()  # the 2000 card lapsed on 03-05
    at(clock, 3, 7)
    co.confirm(None, Req(amount=1200, gift_card_code=gift.code), "v5")
    at(clock, 3, 8)
    services.gift_cards.adjust(gift.code, -300, "misprinted value")
    at(clock, 3, 10, 9)
    return {"member": m, "gift": gift.code, "lapsing": lapsing.code}


def line(statement, program: str, account: str):
    return next(x for x in statement.lines if (x.program, x.account) == (program, account))


def test_every_figure_by_hand(services, history):
    s = services.liability.statement(START, END)
    points = line(s, "Points", "points")
    # 30 + (1 + 3 + 19) − 20 − 0 + (−19) + 5 = 19
    assert points.counts == Figures(30, 23, 20, 0, -19, 5, 19)
    assert points.money == Figures(300, 230, 200, 0, -190, 50, 190)  # 10 a point
    credit = line(s, "Cashback", "credit")
    # Issued 5 + 15 + 95; the refund takes back the 95 earned and returns the 100 spent.
    assert credit.counts == Figures(150, 115, 100, 0, 5, 0, 170)
    assert credit.money == credit.counts  # credit is money
    wash = line(s, "3 washes", "passes")
    assert wash.counts == Figures(3, 0, 1, 0, 0, 0, 2)
    # A use is worth 1000 ÷ 3: 3 uses 1000, 2 uses 666 (rounded down), so the use
    # redeemed is the 334 between them.
    assert wash.money == Figures(1000, 0, 334, 0, 0, 0, 666)
    assert wash.unit == Fraction(1000, 3)
    stamps = line(s, "Coffee", "stamps")
    assert stamps.counts == Figures(1, 0, 0, 0, 0, 0, 1) and stamps.money is None
    rewards = line(s, "Coffee", "rewards")
    assert rewards.counts == Figures(1, 0, 1, 0, 0, 0, 0)
    assert rewards.money == Figures(900, 0, 900, 0, 0, 0, 0)
    gift = line(s, "", "gift_cards")
    # 5000 + 2000 sold in February; 1200 spent, 2000 lapsed, 300 corrected away.
    assert gift.counts == Figures(7000, 0, 1200, 2000, 0, -300, 3500)
    assert gift.money == gift.counts
    # 9350 + (230 + 115) − (200 + 100 + 334 + 900 + 1200) − 2000 + (−190 + 5) + (50 − 300)
    assert s.total == Figures(9350, 345, 2734, 2000, -185, -250, 4526)
    assert s.balanced and s.unvalued == []
    assert [(x.program, x.account) for x in s.lines] == [
        ("Points", "points"),
        ("Cashback", "credit"),
        ("3 washes", "passes"),
        ("Coffee", "stamps"),
        ("Coffee", "rewards"),
        ("", "gift_cards"),
    ]


def test_february_ends_where_march_starts(services, history):
    feb = services.liability.statement(date(2026, 2, 1), START)
    march = services.liability.statement(START, END)
    for before, after in zip(feb.lines, march.lines, strict=True):
        assert before.counts.closing == after.counts.opening
    assert feb.total.closing == march.total.opening == 9350
    points = line(feb, "Points", "points")
    assert points.counts == Figures(0, 30, 0, 0, 0, 0, 30)
    stamps = line(feb, "Coffee", "stamps")
    assert stamps.counts == Figures(0, 4, 3, 0, 0, 0, 1)  # 3 stamps turned into a reward
    assert line(feb, "Coffee", "rewards").counts == Figures(0, 1, 0, 0, 0, 0, 1)


def test_both_ways_of_reading_the_opening_agree(services, history):
    for start, end in ((START, END), (date(2026, 2, 1), START), (date(2026, 3, 4), END)):
        forward = services.liability.statement(start, end, side="forward")
        backward = services.liability.statement(start, end, side="backward")
        assert forward == backward


def test_a_free_item_card_and_unpriced_points_have_no_money_value(services, coffee, member):
    services.schemes.add_points(PointsProgram(0, "Stars", 1, 100))
    services.checkout.confirm(member.id, Req(amount=1000, stamp_items={coffee.id: 10}), "a")
    s = services.liability.statement(date(2026, 3, 10), date(2026, 3, 11))
    stars = line(s, "Stars", "points")
    assert stars.counts.closing == 10 and stars.money is None
    ready = line(s, "Coffee", "rewards")
    assert ready.counts.closing == 1 and ready.money is None
    assert {(x.program, x.account) for x in s.unvalued} == {
        ("Stars", "points"),
        ("Coffee", "rewards"),
    }
    assert s.total == Figures()


def test_a_switched_off_program_with_nothing_held_is_left_out(services, coffee):
    services.schemes.add_points(PointsProgram(0, "Old points", 1, 100, active=False))
    s = services.liability.statement(date(2026, 3, 1), date(2026, 3, 11))
    assert [(x.program, x.account) for x in s.lines] == [
        ("Coffee", "stamps"),
        ("Coffee", "rewards"),
    ]


def test_a_period_must_be_sensible(services):
    with pytest.raises(UserError):
        services.liability.statement(END, START)

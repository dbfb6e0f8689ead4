"""Coupon offers: validation, the discount, and every reason a coupon is refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.coupons import (
    CouponOffer,
    UseState,
    check_use,
    coupon_discount,
    is_word_code,
    issued_dates,
    validate_offer,
)
from loyalty_pos.domain.errors import Refused, UserError
from loyalty_pos.domain.programs import RewardKind

FIXED = CouponOffer(1, "500 off", RewardKind.FIXED_DISCOUNT, 500)
PERCENT = CouponOffer(2, "10 %", RewardKind.PERCENT_DISCOUNT, 10, max_discount=2000)
FREE = CouponOffer(3, "Free cake", RewardKind.FREE_ITEM)
TODAY = date(2026, 3, 10)


def test_fixed_discount_is_never_more_than_the_amount():
    assert coupon_discount(FIXED, 1200) == 500
    assert coupon_discount(FIXED, 300) == 300
    assert coupon_discount(FIXED, 0) == 0


def test_percent_rounds_down_to_a_whole_minor_unit_and_is_capped():
    assert coupon_discount(PERCENT, 999) == 99  # 99.9 -> 99
    assert coupon_discount(PERCENT, 19_999) == 1999
    assert coupon_discount(PERCENT, 50_000) == 2000  # 5000 capped


def test_free_item_is_worth_its_price_when_known():
    assert coupon_discount(FREE, 2000, item_price=650) == 650
    assert coupon_discount(FREE, 400, item_price=650) == 400
    assert coupon_discount(FREE, 2000) == 0


offers = st.builds(
    CouponOffer,
    id=st.just(1),
    name=st.just("x"),
    kind=st.sampled_from(list(RewardKind)),
    value=st.integers(0, 10**8),
    max_discount=st.none() | st.integers(0, 10**8),
)


@given(offers, st.integers(-100, 10**9), st.none() | st.integers(0, 10**8))
def test_discount_between_zero_and_amount(offer, amount, price):
    off = coupon_discount(offer, amount, price)
    assert 0 <= off <= max(amount, 0)


@given(st.integers(1, 100), st.integers(0, 10**9), st.none() | st.integers(1, 10**8))
def test_percent_rounds_down_and_respects_the_cap(pct, amount, cap):
    offer = CouponOffer(1, "p", RewardKind.PERCENT_DISCOUNT, pct, max_discount=cap)
    off = coupon_discount(offer, amount)
    assert off * 100 <= amount * pct < (off + 1) * 100 or (cap is not None and off == cap)
    if cap is not None:
        assert off <= cap


@pytest.mark.parametrize(
    ("offer", "text"),
    [
        (replace(FIXED, name=" "), "needs a name"),
        (replace(PERCENT, value=0), "between 1 and 100"),
        (replace(PERCENT, value=101), "between 1 and 100"),
        (replace(FIXED, value=0), "more than zero"),
        (replace(FREE, value=5), "has no value"),
        (replace(FIXED, max_discount=100), "Only a percent discount"),
        (replace(PERCENT, max_discount=0), "maximum discount"),
        (replace(FIXED, min_spend=-1), "minimum spend"),
        (replace(FIXED, valid_from=date(2026, 5, 1), valid_to=date(2026, 4, 1)), "start before"),
        (replace(FIXED, valid_days=0), "valid for 1 to"),
        (replace(FIXED, per_member_limit=0), "limit per member"),
        (replace(FIXED, code="ab"), "cannot be a coupon code"),
        (replace(FIXED, code="1234"), "cannot be a coupon code"),
        (replace(FIXED, code="CP2900000000018"), "cannot be a coupon code"),
        (replace(FIXED, code="SUMMER 10"), "cannot be a coupon code"),
        (replace(FIXED, trigger="christmas"), "birthday or after a visit"),
        (replace(FIXED, trigger="birthday", code="BDAY"), "cannot also have a shared code"),
        (replace(FIXED, trigger="next_visit"), "how much a visit must charge"),
        (replace(FIXED, trigger_spend=5000), "needs the next-visit trigger"),
    ],
)
def test_nonsense_offers_are_refused(offer, text):
    with pytest.raises(UserError, match=text):
        validate_offer(offer)


def test_sensible_offers_pass():
    for offer in (
        FIXED,
        PERCENT,
        FREE,
        replace(PERCENT, code="SUMMER-10", per_member_limit=1),
        replace(FIXED, trigger="next_visit", trigger_spend=5000, valid_days=30),
        replace(FREE, trigger="birthday", valid_days=31),
    ):
        validate_offer(offer)


def test_word_codes():
    assert is_word_code("SUMMER-10") and is_word_code("abc")
    assert not is_word_code("2900000000018") and not is_word_code("gc2900000000018")
    assert not is_word_code("a" * 21)


def test_issued_dates_count_today_and_end_with_the_offer():
    offer = replace(FIXED, valid_days=30)
    assert issued_dates(offer, TODAY) == (None, date(2026, 4, 8))
    offer = replace(offer, valid_to=date(2026, 3, 20))
    assert issued_dates(offer, TODAY) == (None, date(2026, 3, 20))
    assert issued_dates(replace(FIXED, valid_days=1), TODAY)[1] == TODAY


def state(**kw) -> UseState:
    base = dict(today=TODAY, amount=5000, member_id=7, valid_from=None, valid_to=None, single=False)
    return UseState(**(base | kw))


@pytest.mark.parametrize(
    ("offer", "use", "text"),
    [
        (replace(FIXED, active=False), state(), "“500 off” is switched off"),
        (FIXED, state(single=True, void=True), "switched off"),
        (FIXED, state(valid_from=date(2026, 3, 11)), "valid only from 2026-03-11"),
        (FIXED, state(valid_to=date(2026, 3, 9)), "expired on 2026-03-09"),
        (FIXED, state(single=True, single_uses=1), "already used"),
        (FIXED, state(issued_to=8), "issued to another member"),
        (FIXED, state(issued_to=8, member_id=None), "belongs to a member"),
        (replace(FIXED, per_member_limit=1), state(member_id=None), "needs a member"),
        (replace(FIXED, per_member_limit=2), state(member_uses=2), "2 times (the limit)"),
        (replace(FIXED, min_spend=6000), state(), "Spend at least 6000 HUF"),
    ],
)
def test_every_refusal(offer, use, text):
    with pytest.raises(Refused, match=text.replace("(", r"\(").replace(")", r"\)")):
        check_use(offer, use, code="C1", currency_amount="6000 HUF")


def test_a_valid_coupon_passes_on_its_first_and_last_day():
    check_use(
        FIXED, state(valid_from=TODAY, valid_to=TODAY, issued_to=7), code="C", currency_amount=""
    )
    check_use(replace(FIXED, min_spend=5000), state(), code="C", currency_amount="")

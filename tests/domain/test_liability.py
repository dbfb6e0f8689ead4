"""The liability statement's rules: every ledger kind has a column, and money adds up."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.ledger import Account, Kind
from loyalty_pos.domain.liability import (
    GIFT_CARDS,
    GIFT_ISSUE,
    MOVEMENTS,
    Figures,
    ProgramTerms,
    column_of,
    figures,
    in_money,
    unit_value,
)

GIFT_KINDS = ("issue", "redeem", "refund", "void", "expire", "adjust")  # schema_checkout


@pytest.mark.parametrize("account", [*(a.value for a in Account), GIFT_CARDS])
def test_every_kind_of_row_has_a_column(account):
    kinds = {k.value for k in Kind} | ({GIFT_ISSUE} if account == GIFT_CARDS else set())
    for kind in kinds:
        assert column_of(account, kind) in MOVEMENTS
    for kind in GIFT_KINDS:
        assert column_of(GIFT_CARDS, kind) in MOVEMENTS


def test_the_classification():
    assert column_of("points", "earn") == column_of("points", "bonus") == "issued"
    assert column_of("passes", "purchase") == column_of(GIFT_CARDS, "issue") == "issued"
    assert column_of("credit", "redeem") == "redeemed"
    assert column_of("stamps", "complete") == "redeemed"  # stamps given up for a reward
    assert column_of("rewards", "complete") == "issued"  # a reward made ready
    assert column_of("points", "expire") == "expired"
    assert column_of("points", "refund") == column_of("points", "void") == "refunded"
    assert column_of("credit", "adjust") == "adjusted"
    with pytest.raises(KeyError):
        column_of("points", "gift")  # a kind nobody classified is never guessed


def test_signs_of_the_columns():
    # 10 held; earn 5; spend 3; 4 lapse and 1 of them comes back; a refund takes 2
    # and gives 1 back; a correction of −1.
    f = figures("points", 10, {"earn": 5, "redeem": -3, "expire": -3, "refund": -1, "adjust": -1})
    assert f == Figures(10, 5, 3, 3, -1, -1, 7)
    assert f.balanced
    stamps = figures("stamps", 2, {"earn": 9, "complete": -10})
    assert stamps == Figures(2, 9, 10, 0, 0, 0, 1) and stamps.balanced


def test_a_fraction_of_the_minor_unit_is_rounded_down_on_the_running_balance():
    # 3 uses for 1000: a use is 333⅓. 4 held (1333), 3 bought (+1000), 5 used.
    f = figures("passes", 4, {"purchase": 3, "redeem": -5})
    money = in_money(f, Fraction(1000, 3))
    assert money == Figures(1333, 1000, 1667, 0, 0, 0, 666)
    assert money.balanced


@given(
    st.integers(0, 10_000),
    st.dictionaries(st.sampled_from([k.value for k in Kind]), st.integers(-5000, 5000)),
    st.integers(1, 100_000),
    st.integers(1, 50),
)
def test_money_always_adds_up(opening, by_kind, price, uses):
    f = figures("passes", opening, by_kind)
    money = in_money(f, Fraction(price, uses))
    assert f.balanced and money.balanced
    assert money.opening == opening * price // uses
    assert money.closing == f.closing * price // uses


def test_what_a_unit_is_worth():
    points = ProgramTerms(1, "P", "points", point_value=10)
    assert unit_value(points, "points") == 10
    assert unit_value(ProgramTerms(1, "P", "points"), "points") is None
    assert unit_value(None, "credit") == unit_value(None, GIFT_CARDS) == 1
    wash = ProgramTerms(2, "W", "pass", price=1000, pass_uses=3)
    assert unit_value(wash, "passes") == Fraction(1000, 3)
    card = ProgramTerms(3, "C", "stamp", reward_kind="fixed_discount", reward_value=900)
    assert unit_value(card, "rewards") == 900
    assert unit_value(card, "stamps") is None  # not owed before the card is full
    free = ProgramTerms(4, "F", "stamp", reward_kind="free_item")
    assert unit_value(free, "rewards") is None

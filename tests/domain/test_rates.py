"""Reading multipliers and percentages exactly: more decimals than kept are refused."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.errors import UserError
from loyalty_pos.domain.rates import parse_multiplier_pct, parse_rate_bp, parse_whole_percent


@pytest.mark.parametrize(
    ("text", "pct"),
    [("1.5", 150), ("2", 200), ("×1.25", 125), ("1.33x", 133), (" 10 ", 1000), ("1", 100),
     ("1.", 100), ("+1.1", 110), ("1.05", 105)],
)  # fmt: skip
def test_multipliers_in_percent(text, pct):
    assert parse_multiplier_pct(text) == pct


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("1.333", "use at most two decimals, e.g. ×1.33"),
        ("2.005", "e.g. ×2.01"),
        ("0", "from 1 to 10"),
        ("-1.5", "from 1 to 10"),
        ("\u22121.5", "from 1 to 10"),
        ("0.5", "from 1 to 10"),
        ("10.01", "from 1 to 10"),
        ("1e3", "from 1 to 10"),
        ("inf", "from 1 to 10"),
        ("Infinity", "from 1 to 10"),
        ("nan", "from 1 to 10"),
        ("1_5", "from 1 to 10"),
        ("1,5", "e.g. 1.5"),  # the English mark is "."; a comma is not one here
        ("1.2.3", "from 1 to 10"),
        ("\u0661\u066b\u0665", "from 1 to 10"),  # Arabic-Indic digits: not ASCII
        ("9" * 5000, "from 1 to 10"),  # absurdly large, and no huge integer is made
        ("", "Enter a multiplier"),
        ("  ×  ", "Enter a multiplier"),
    ],
)
def test_bad_multipliers_say_what_is_allowed(text, says):
    with pytest.raises(UserError) as err:
        parse_multiplier_pct(text)
    assert says in str(err.value)
    assert "\n" not in str(err.value) and len(str(err.value)) < 160


def test_a_decimal_comma_where_the_shop_writes_one():
    assert parse_multiplier_pct("1,5", ",.") == 150
    assert parse_multiplier_pct("1.5", ",.") == 150
    with pytest.raises(UserError, match=r"e\.g\. ×1,33"):
        parse_multiplier_pct("1,333", ",.")
    with pytest.raises(UserError, match=r"e\.g\. 1,5\."):
        parse_multiplier_pct("abc", ",")


@pytest.mark.parametrize(
    ("text", "bp"),
    [("5", 500), ("2.5", 250), ("2.55", 255), ("0.01", 1), ("100", 10_000), ("7.5 %", 750),
     ("2.50", 250)],
)  # fmt: skip
def test_percentages_in_basis_points(text, bp):
    assert parse_rate_bp(text) == bp


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("2.555", "“2.555” has too many decimals: use at most two decimals, between 0.01 % "
                  "and 100 %"),
        ("0.004", "use at most two decimals, between 0.01 % and 100 %"),
        ("0", "between 0.01 % and 100 %"),
        ("100.01", "between 0.01 % and 100 %"),
        ("-5", "between 0.01 % and 100 %"),
        ("nan", "between 0.01 % and 100 %"),
        ("inf", "between 0.01 % and 100 %"),
        ("5e-1", "between 0.01 % and 100 %"),
        ("", "Enter a percentage"),
    ],
)  # fmt: skip
def test_bad_cashback_rates_say_what_is_allowed(text, says):
    with pytest.raises(UserError) as err:
        parse_rate_bp(text)
    assert says in str(err.value)


def test_a_tier_discount_may_be_zero_but_not_too_precise():
    assert parse_rate_bp("0", zero=True) == 0
    with pytest.raises(UserError, match="too many decimals"):
        parse_rate_bp("0.004", zero=True)  # would have been stored as no discount at all
    with pytest.raises(UserError, match="between 0 % and 100 %"):
        parse_rate_bp("101", zero=True)


def test_percent_rewards_are_whole():
    assert parse_whole_percent("10") == 10
    assert parse_whole_percent("100 %") == 100
    for text in ("12.5", "0", "101", "ten", "-5"):
        with pytest.raises(UserError, match="whole number from 1 to 100"):
            parse_whole_percent(text)


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=1, max_value=10, places=4, allow_nan=False))
def test_a_multiplier_is_kept_exactly_or_refused(value):
    """Never a silent rounding: what is stored times 1/100 is exactly what was typed."""
    text = format(value, "f")
    decimals = len(text.partition(".")[2])
    try:
        pct = parse_multiplier_pct(text)
    except UserError as err:
        assert decimals > 2 and "at most two decimals" in str(err)
        return
    assert decimals <= 2 and Decimal(pct) / 100 == value


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12))
def test_any_text_is_a_rate_or_a_clear_refusal(text):
    for parse in (parse_multiplier_pct, parse_rate_bp, parse_whole_percent):
        try:
            value = parse(text)
        except UserError as err:
            assert str(err).strip() and "\n" not in str(err)
            continue
        assert isinstance(value, int) and 0 < value <= 10_000

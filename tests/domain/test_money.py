from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.errors import UserError
from loyalty_pos.domain.money import minor_digits, to_major, to_minor


def test_decimals_per_currency():
    assert [minor_digits(c) for c in ("HUF", "vnd", "NOK", "EUR")] == [0, 0, 2, 2]


def test_exact_conversion_without_floats():
    assert to_minor("12.50", "NOK") == 1250
    assert to_minor("0,10", "EUR") == 10  # a comma typed in Hungary or Norway
    assert to_minor("1500", "HUF") == 1500
    assert to_minor(Decimal("0.29"), "EUR") == 29  # 0.29 * 100 is 28.999... as a float


@pytest.mark.parametrize(
    ("amount", "currency"), [("1.5", "HUF"), ("0.001", "EUR"), ("abc", "EUR"), ("NaN", "EUR")]
)
def test_refuses_what_it_cannot_store_exactly(amount, currency):
    with pytest.raises(UserError):
        to_minor(amount, currency)


@given(st.integers(-(10**12), 10**12), st.sampled_from(["HUF", "VND", "NOK", "EUR"]))
def test_round_trip(minor, currency):
    assert to_minor(to_major(minor, currency), currency) == minor


# parse_amount: what a cashier types, with the locale's separators ---------------------

from loyalty_pos.domain.money import parse_amount  # noqa: E402


@pytest.mark.parametrize(
    ("text", "currency", "group", "decimal", "minor"),
    [
        ("3600", "HUF", "\u00a0", ",", 3600),
        ("3 600", "HUF", "\u00a0", ",", 3600),  # a typed space where Hungary groups
        ("3\u00a0600", "HUF", "\u00a0", ",", 3600),
        ("1,234.50", "EUR", ",", ".", 123450),
        ("12,5", "NOK", "\u00a0", ",", 1250),
        ("1.234,50", "EUR", ".", ",", 123450),
        ("+250", "VND", ".", ",", 250),
        ("0", "HUF", ",", ".", 0),
    ],
)
def test_parse_amount_reads_locale_input(text, currency, group, decimal, minor):
    assert parse_amount(text, currency, group=group, decimal=decimal) == minor


@pytest.mark.parametrize(
    ("text", "currency", "group", "decimal", "said"),
    [
        ("", "HUF", ",", ".", "Enter an amount"),
        ("-500", "HUF", ",", ".", "cannot be negative"),
        ("−500", "HUF", ",", ".", "cannot be negative"),
        ("1.500", "HUF", ",", ".", "at most 0 decimals"),  # never one forint
        ("1.500", "HUF", "\u00a0", ",", "is not an amount"),
        ("1,5", "EUR", ",", ".", "is not an amount"),  # a misplaced group separator
        ("12abc", "EUR", ",", ".", "is not an amount"),
        ("1.234", "EUR", ",", ".", "at most 2 decimals"),
    ],
)
def test_parse_amount_refuses_what_it_cannot_read_exactly(text, currency, group, decimal, said):
    with pytest.raises(UserError) as err:
        parse_amount(text, currency, group=group, decimal=decimal)
    assert said in str(err.value)


@given(st.integers(0, 10**11), st.sampled_from(["HUF", "EUR"]))
def test_parse_amount_reads_back_grouped_amounts(minor, currency):
    major = to_major(minor, currency)
    whole, _, frac = f"{major:f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", " ")
    text = grouped + (f",{frac}" if frac else "")
    assert parse_amount(text, currency, group="\u00a0", decimal=",") == minor

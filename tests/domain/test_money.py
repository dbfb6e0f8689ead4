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

"""``loyalty_pos.l10n``'s formats write exactly what ``QLocale`` writes.

The screens' number fields, charts and tables still use ``QLocale``; the services, the
printed slips and the counter's text use :mod:`loyalty_pos.l10n` (Babel). A receipt
must read like the screen, so the two are compared here over a grid and random values,
with the money formatter the counter had when it used ``QLocale`` as the reference.
"""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QLocale, QTime

from loyalty_pos import l10n
from loyalty_pos.domain.money import minor_digits, to_major
from loyalty_pos.l10n.formats import _PREFIX_SIGNS, CURRENCY_SIGNS

LOCALES = ["hu_HU", "vi_VN", "nb_NO", "en_GB", "en_US"]
CURRENCIES = ["HUF", "VND", "NOK", "EUR", "USD", "GBP", "SEK", "CHF"]
GRID = [0, 1, 5, 99, 100, 999, 1000, 1234, 9999, 10_000, 12_345, 99_999, 100_000,
        123_456, 999_999, 1_000_000, 1_234_567, 12_345_678, 123_456_789, 10**12]  # fmt: skip
GRID += [-n for n in GRID if n]


def qt_money(minor: int, currency: str, loc: QLocale) -> str:
    """How the counter wrote money with ``QLocale`` (``ui/formatting.py`` until l10n)."""
    code = currency.upper()
    digits = minor_digits(code)
    value = float(to_major(minor, code))
    home = loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code
    sign = loc.currencySymbol() if home else CURRENCY_SIGNS.get(code, code)
    if home or sign in _PREFIX_SIGNS:
        return loc.toCurrencyString(value, sign, digits)
    return f"{loc.toString(value, 'f', digits)}\u00a0{sign}"


def qt_date(d: date, loc: QLocale) -> str:
    pattern = loc.dateFormat(QLocale.FormatType.ShortFormat)
    if loc.language() == QLocale.Language.Vietnamese:
        pattern = "dd/MM/yyyy"
    return loc.toString(QDate(d.year, d.month, d.day), pattern)


@pytest.mark.parametrize("name", LOCALES)
@pytest.mark.parametrize("currency", CURRENCIES)
def test_money_on_a_grid(name, currency):
    loc = QLocale(name)
    for minor in GRID:
        assert l10n.format_money(minor, currency, name) == qt_money(minor, currency, loc), minor


@pytest.mark.parametrize("name", LOCALES)
def test_the_examples_the_shops_know(name):
    expected = {
        ("hu_HU", 2400, "HUF"): "2400\u00a0Ft",
        ("hu_HU", 12400, "HUF"): "12\u00a0400\u00a0Ft",
        ("vi_VN", 50000, "VND"): "50.000\u00a0₫",
        ("nb_NO", 2550, "NOK"): "kr\u00a025,50",
        ("en_GB", 2400, "HUF"): "2,400\u00a0Ft",
    }
    for (locale, minor, currency), text in expected.items():
        if locale == name:
            assert l10n.format_money(minor, currency, name) == text


@settings(max_examples=300, deadline=None)
@given(
    minor=st.integers(min_value=-(10**13), max_value=10**13),
    name=st.sampled_from(LOCALES),
    currency=st.sampled_from(CURRENCIES),
)
def test_money_anywhere(minor, name, currency):
    assert l10n.format_money(minor, currency, name) == qt_money(minor, currency, QLocale(name))


@settings(max_examples=300, deadline=None)
@given(n=st.integers(min_value=-(10**13), max_value=10**13), name=st.sampled_from(LOCALES))
def test_whole_numbers(n, name):
    assert l10n.format_number(n, locale=name) == QLocale(name).toString(n)


@pytest.mark.parametrize("name", LOCALES)
def test_whole_numbers_on_a_grid(name):
    for n in GRID:
        assert l10n.format_number(n, locale=name) == QLocale(name).toString(n), n


@settings(max_examples=300, deadline=None)
@given(
    tenths=st.integers(min_value=-(10**9), max_value=10**9),
    digits=st.integers(min_value=0, max_value=3),
    name=st.sampled_from(LOCALES),
)
def test_decimals_and_percentages(tenths, digits, name):
    """``toString(x, 'f', digits)``: percentages ("73,9"), averages, rates."""
    value = tenths / 10
    assert l10n.format_number(value, digits, name) == QLocale(name).toString(value, "f", digits)


def test_a_percentage_in_hungarian():
    assert l10n.format_number(73.9, 1, "hu_HU") + "%" == "73,9%"


@settings(max_examples=200, deadline=None)
@given(d=st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)),
       name=st.sampled_from(LOCALES))  # fmt: skip
def test_dates(d, name):
    assert l10n.format_date(d, name) == qt_date(d, QLocale(name))


def test_vietnamese_dates_have_four_digit_years():
    assert l10n.format_date(date(2026, 3, 7), "vi_VN") == "07/03/2026"
    assert l10n.format_date(date(2026, 3, 10), "hu_HU") == "2026. 03. 10."


@pytest.mark.parametrize("name", LOCALES)
def test_times(name):
    loc = QLocale(name)
    for hour in range(24):
        for minute in (0, 5, 30, 59):
            expected = loc.toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)
            assert l10n.format_time(time(hour, minute), name) == expected


@pytest.mark.parametrize("name", LOCALES)
def test_currency_signs(name):
    loc = QLocale(name)
    for code in CURRENCIES:
        home = loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code
        expected = loc.currencySymbol() if home else CURRENCY_SIGNS.get(code, code)
        assert l10n.currency_sign(code, name) == expected

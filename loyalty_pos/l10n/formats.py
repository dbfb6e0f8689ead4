"""Money, numbers, dates and times written as the shop's country writes them, without Qt.

Built on Babel (the Unicode CLDR data Qt's ``QLocale`` is built from too), with the
few places where Qt's output differs from Babel's defaults made to match it, because
the counter's widgets still use ``QLocale`` and a receipt must read like the screen
(``tests/ui/test_l10n_formats.py`` compares the two over many values):

- Qt applies CLDR's minimum grouping digits, Babel does not: Hungarian writes "2400"
  but "12 400" (:data:`_MIN_GROUPING`).
- Qt writes an amount with the locale's *accounting* pattern: "(kr 25,50)" for a
  negative amount in Norwegian and English, "-500 Ft" in Hungarian.
- The short date has a four-digit year in Vietnamese ("07/03/2026"), as shops write it;
  Qt's and CLDR's is "7/3/26".

Every function takes an optional ``locale`` (``hu_HU``); without one it writes in the
locale of the language in use (:func:`loyalty_pos.l10n.languages.current_locale`).
"""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from babel import Locale, UnknownLocaleError
from babel import dates as babel_dates
from babel import numbers as babel_numbers

from ..domain.money import minor_digits, plain, to_major
from . import languages

# CLDR's minimumGroupingDigits where it is not 1 (Babel does not read it; Qt does).
_MIN_GROUPING = {"hu": 2, "es": 2, "pl": 2, "pt_PT": 2}
_SHORT_DATE = {"vi": "dd/MM/y"}  # shops write four-digit years

# The sign a shop writes for its currency. Word-like signs go after the number outside
# their home locale ("2,400 Ft" in English), as people write them.
CURRENCY_SIGNS = {
    "HUF": "Ft", "VND": "₫", "NOK": "kr", "SEK": "kr", "DKK": "kr", "ISK": "kr",
    "EUR": "€", "USD": "$", "GBP": "£", "CZK": "Kč", "PLN": "zł", "RON": "lei",
}  # fmt: skip
_PREFIX_SIGNS = frozenset({"€", "$", "£"})


@cache
def _locale(name: str) -> Locale:
    try:
        return Locale.parse(name)
    except (ValueError, UnknownLocaleError):
        return Locale.parse("en_GB")


def _loc(locale: str | None) -> Locale:
    return _locale(locale or languages.current_locale())


def _min_grouping(loc: Locale) -> int:
    return _MIN_GROUPING.get(str(loc), _MIN_GROUPING.get(loc.language, 1))


def _integer_pattern(loc: Locale) -> str:
    """The locale's grouping (``#,##0`` or ``#,##,##0``), without its fraction."""
    pattern = loc.decimal_formats[None].pattern.split(";")[0]
    return pattern.split(".")[0]


def _fixed(value: Decimal, digits: int) -> Decimal:
    """Round half away from zero, as Qt does for ``toString(x, 'f', digits)``."""
    return value.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def format_number(value: int | float | Decimal, digits: int = 0, locale: str | None = None) -> str:
    """A number with the locale's grouping and ``digits`` decimals: "12 400", "2400"
    (Hungarian), "1.000" (Vietnamese), "−5" (Norwegian, its own minus), "73,9".

    A negative value keeps its sign even when it rounds to zero ("-0.0"), as Qt's does."""
    loc = _loc(locale)
    if digits == 0 and type(value) is int and -1000 < value < 1000:
        # A count of stamps or items: no grouping, no rounding; babel's formatting is
        # most of the time a scan spends on numbers, for the same digits.
        text = str(abs(value))
        return loc.number_symbols["latn"]["minusSign"] + text if value < 0 else text
    exact = _fixed(abs(Decimal(value)), digits)  # a float exactly as stored, as Qt rounds it
    pattern = _integer_pattern(loc) + ("." + "0" * digits if digits else "")
    grouped = len(str(int(exact))) >= 3 + _min_grouping(loc)
    text = babel_numbers.format_decimal(
        exact, format=pattern, locale=loc, group_separator=grouped, decimal_quantization=True
    )
    if value < 0:
        return loc.number_symbols["latn"]["minusSign"] + text
    return text


def home_currency(locale: str | None = None) -> str | None:
    """The currency of the locale's country (``hu_HU`` -> ``HUF``)."""
    loc = _loc(locale)
    if not loc.territory:
        return None
    found = babel_numbers.get_territory_currencies(loc.territory)
    return found[0] if found else None


def currency_sign(currency: str, locale: str | None = None) -> str:
    """What a till shows beside an amount: "Ft", "kr", "₫", "€" (else the code)."""
    code = currency.upper()
    loc = _loc(locale)
    if home_currency(str(loc)) == code:
        return loc.currency_symbols.get(code, code)
    return CURRENCY_SIGNS.get(code, code)


def _affixes(pattern: str) -> tuple[str, str]:
    """A CLDR pattern's text before and after its number (``¤ `` and ``""``)."""
    body = [i for i, c in enumerate(pattern) if c in "#0,."]
    return pattern[: body[0]], pattern[body[-1] + 1 :]


def _currency_string(value: Decimal, sign: str, digits: int, loc: Locale) -> str:
    """Qt's ``QLocale.toCurrencyString``: the accounting pattern, with ``sign``."""
    formats = loc.currency_formats
    chosen = formats.get("accounting") or formats["standard"]
    positive, _, negative = chosen.pattern.partition(";")
    number = format_number(abs(value), digits, str(loc))
    if value < 0 and negative:
        before, after = _affixes(negative)
    else:
        before, after = _affixes(positive)
        if value < 0:
            before = loc.number_symbols["latn"]["minusSign"] + before
    return (before + number + after).replace("¤", sign)


def format_money(minor: int, currency: str, locale: str | None = None) -> str:
    """An amount in minor units, in the locale's style: "2400 Ft" and "12 400 Ft" in
    Hungarian, "kr 25,00" in Norwegian, "50.000 ₫" in Vietnamese, "2,400 Ft" in English.
    HUF and VND have no decimals."""
    code = currency.upper()
    digits = minor_digits(code)
    value = to_major(minor, code)
    loc = _loc(locale)
    sign = currency_sign(code, str(loc))
    if home_currency(str(loc)) == code or sign in _PREFIX_SIGNS:
        return _currency_string(Decimal(value), sign, digits, loc)
    return f"{format_number(Decimal(value), digits, str(loc))}\u00a0{sign}"


def amount_text(minor: int, currency: str) -> str:
    """An amount inside a message: in the screens' style once a language is in use
    ("1 500 Ft"), "1500 HUF" for scripts and the command line, which choose none."""
    state = languages.state()
    if state.language is None or state.plain_amounts:
        return plain(minor, currency)
    return format_money(minor, currency)


def short_date_pattern(locale: str | None = None) -> str:
    """The CLDR pattern of the locale's short date, four-digit years in Vietnamese."""
    loc = _loc(locale)
    return _SHORT_DATE.get(loc.language) or loc.date_formats["short"].pattern


def format_date(d: date | datetime, locale: str | None = None) -> str:
    """A short date: "2026. 03. 10.", "10.03.2026", "07/03/2026", "3/10/26" (a datetime's
    own date, in its own zone)."""
    loc = _loc(locale)
    day = d.date() if isinstance(d, datetime) else d
    return babel_dates.format_date(day, format=short_date_pattern(str(loc)), locale=loc)


def format_time(t: time | datetime, locale: str | None = None) -> str:
    """A short time of day: "9:05" (Hungarian), "09:05", "9:05 AM" (US)."""
    loc = _loc(locale)
    clock = t.time() if isinstance(t, datetime) else t
    pattern = loc.time_formats["short"].pattern
    return babel_dates.format_time(clock.replace(tzinfo=None), format=pattern, locale=loc)

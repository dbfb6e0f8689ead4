"""Money as an integer count of the currency's minor unit, never a float.

How many decimals a currency is *used* with at a till, which is what the shop types and
sees: HUF and VND are shown without decimals (the fillér and the xu are not used), so
their amounts are stored as whole forints and dong. Everything else uses ISO 4217's
minor unit (2 for NOK, EUR).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .errors import ERRORS, QT_TRANSLATE_NOOP, UserError

_ZERO_DECIMALS = frozenset({"HUF", "VND", "JPY", "KRW", "ISK", "CLP"})


def minor_digits(currency: str) -> int:
    """Decimals shown for ``currency`` (0 for HUF and VND, 2 for NOK and EUR)."""
    return 0 if currency.upper() in _ZERO_DECIMALS else 2


def to_minor(amount: Decimal | str | int, currency: str) -> int:
    """An amount in major units (``"12.50"``) as an exact count of minor units.

    Refuses more decimals than the currency has, instead of rounding money silently.
    """
    try:
        value = Decimal(str(amount).strip().replace(",", "."))
    except InvalidOperation:
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "“{amount}” is not an amount."), amount=str(amount)
        ) from None
    if not value.is_finite():
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "“{amount}” is not an amount."), amount=amount)
    scaled = value.scaleb(minor_digits(currency))
    if scaled != scaled.to_integral_value():
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "{currency} amounts have at most {digits} decimals."),
            currency=currency.upper(),
            digits=minor_digits(currency),
        )
    return int(scaled)


def to_major(minor: int, currency: str) -> Decimal:
    """Minor units back to an exact major-unit Decimal (for display and input fields)."""
    return Decimal(minor).scaleb(-minor_digits(currency))


def plain(minor: int, currency: str) -> str:
    """An amount for a message or a script, without the locale: "1500 HUF", "12.50 NOK".

    Error messages are built below the UI, where no locale is known; the code keeps the
    amount unambiguous in every language.
    """
    return f"{to_major(minor, currency)} {currency.upper()}"


_SPACES = (" ", "\u00a0", "\u202f", "'")
_MINUS = ("-", "\u2212")


def parse_amount(text: str, currency: str, *, group: str = ",", decimal: str = ".") -> int:
    """What a cashier typed (``"1 500"``, ``"12,50"``, ``"1,234.5"``) in minor units.

    ``group`` and ``decimal`` are the locale's separators. Group separators count only
    where they belong (every three digits), so ``"1,5"`` in an English locale is refused
    rather than read as 15; and more decimals than the currency has are refused, so
    ``"1.500"`` is never one forint.
    """
    raw = text.strip()
    if not raw:
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "Enter an amount."))
    if raw.startswith(_MINUS):
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "An amount cannot be negative."))
    s = raw.removeprefix("+").strip()
    seps = "".join(sorted({c for c in (*_SPACES, group) if c and c != decimal}))
    sep_class = "[" + re.escape(seps) + "]"
    number = rf"(\d+|\d{{1,3}}(?:{sep_class}\d{{3}})+)(?:{re.escape(decimal)}(\d*))?"
    match = re.fullmatch(number, s)
    if match is None:
        raise UserError(QT_TRANSLATE_NOOP(ERRORS, "“{amount}” is not an amount."), amount=raw)
    whole = re.sub(sep_class, "", match.group(1))
    frac = match.group(2) or ""
    if len(frac) > minor_digits(currency):
        raise UserError(
            QT_TRANSLATE_NOOP(ERRORS, "{currency} amounts have at most {digits} decimals."),
            currency=currency.upper(),
            digits=minor_digits(currency),
        )
    return to_minor(f"{whole}.{frac}" if frac else whole, currency)

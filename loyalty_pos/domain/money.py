"""Money as an integer count of the currency's minor unit, never a float.

How many decimals a currency is *used* with at a till, which is what the shop types and
sees: HUF and VND are shown without decimals (the fillér and the xu are not used), so
their amounts are stored as whole forints and dong. Everything else uses ISO 4217's
minor unit (2 for NOK, EUR).
"""

from __future__ import annotations

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

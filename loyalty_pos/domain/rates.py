"""Reading the rates an owner types: multipliers and percentages, exactly as stored.

A multiplier is stored in whole percent (``multiplier_pct``, ``earn_multiplier_pct``:
×1.33 is 133) and a cashback rate or tier discount in basis points (``rate_bp``,
``discount_bp``: 2.55 % is 255); percent rewards and coupons keep a whole percent. So a
rate has at most two decimals (none for a percent reward), and anything finer is
refused with a message saying what is allowed, never rounded: ×1.333 would otherwise
become ×1.33 without a word, and a 0.004 % discount would silently be none at all.

Only plain decimal numbers are read: ASCII digits, one decimal mark, an optional "×"
or "%". Not ``inf``, ``nan``, ``1e3``, ``1_5`` or digits of other scripts, which
Python's ``Decimal`` and ``float`` would take. The range is the storage's (the
database CHECKs), so nothing read here can fail on its way into SQLite; the scheme's
own rules (``schemes.validate_*``) then apply as for any other input.

``points`` lists the decimal marks accepted, the first one used in the examples of the
messages. A screen passes its locale's mark (and "." where the locale does not group
digits with it); the command line passes both "." and ",". Because at most two
decimals are ever kept, "1,5" or "1.5" can never be a number with a thousands
separator (which is always followed by three digits), so accepting both is safe.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from .errors import ERRORS, QT_TRANSLATE_NOOP, UserError
from .schemes import MAX_MULTIPLIER_PCT

RATE_DECIMALS = 2  # what percent (for multipliers) and basis points (for rates) keep
MAX_INTEGER_DIGITS = 9  # anything longer is far out of every range; no huge integers
SHOWN_MAX = 24  # characters of the bad input a message repeats

_MULT_EMPTY = QT_TRANSLATE_NOOP(ERRORS, "Enter a multiplier, e.g. {example}.")
_MULT_BAD = QT_TRANSLATE_NOOP(
    ERRORS,
    "“{text}” cannot be a multiplier: use a number from 1 to 10 with at most two "
    "decimals, e.g. {example}.",
)
_MULT_DECIMALS = QT_TRANSLATE_NOOP(
    ERRORS,
    "“{text}” has too many decimals for a multiplier: use at most two decimals, e.g. ×{example}.",
)
_PCT_EMPTY = QT_TRANSLATE_NOOP(ERRORS, "Enter a percentage, e.g. {example} %.")
_PCT_BAD = QT_TRANSLATE_NOOP(
    ERRORS,
    "“{text}” cannot be a percentage here: use at most two decimals, between {low} % and 100 %.",
)
_PCT_DECIMALS = QT_TRANSLATE_NOOP(
    ERRORS,
    "“{text}” has too many decimals: use at most two decimals, between {low} % and 100 %.",
)
_WHOLE_BAD = QT_TRANSLATE_NOOP(
    ERRORS, "“{text}” cannot be a percent discount: use a whole number from 1 to 100."
)

_SIGNS = "+-\u2212"


class _Refusal(Exception):
    """Why text is not a number of the wanted shape (turned into the caller's message)."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why  # 'empty' | 'bad' | 'decimals' | 'range'


def _scaled(text: str, points: str, decimals: int, units: str, low: int, high: int) -> int:
    """``text`` × 10**``decimals`` as an exact integer in [low, high]; else _Refusal."""
    s = text.strip()
    for unit in units:  # "×1.5", "1.5x", "2.5 %"
        s = s.removeprefix(unit).removesuffix(unit).strip()
    if not s:
        raise _Refusal("empty")
    marks = re.escape(points)
    signs = re.escape(_SIGNS)
    match = re.fullmatch(rf"([{signs}]?)\s*([0-9]*)(?:[{marks}]([0-9]*))?", s)
    if match is None or not (match.group(2) or match.group(3)):
        raise _Refusal("bad")
    sign, whole, frac = match.group(1), match.group(2) or "0", match.group(3) or ""
    if len(whole.lstrip("0")) > MAX_INTEGER_DIGITS:
        raise _Refusal("range")
    if len(frac) > decimals:
        raise _Refusal("decimals")
    value = int(whole) * 10**decimals + int(frac.ljust(decimals, "0") or "0")
    if sign and sign != "+":
        value = -value
    if not low <= value <= high:
        raise _Refusal("range")
    return value


def _shown(text: str) -> str:
    """What was typed, for a one-line message: whitespace as single spaces, and at most
    ``SHOWN_MAX`` characters (a pasted page must not become the message)."""
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= SHOWN_MAX else one_line[: SHOWN_MAX - 1] + "…"


def _decimal_text(value: Decimal, point: str) -> str:
    """A decimal for a message, without trailing zeros, with the caller's mark."""
    text = format(value.normalize(), "f")
    return text.replace(".", point)


def _nearest(text: str, points: str, units: str) -> Decimal | None:
    """What an over-precise ``text`` is closest to with two decimals (for an example)."""
    s = text.strip()
    for unit in units:
        s = s.removeprefix(unit).removesuffix(unit).strip()
    for mark in points:
        s = s.replace(mark, ".")
    try:
        return Decimal(s).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    except ArithmeticError:
        return None


def parse_multiplier_pct(text: str, points: str = ".") -> int:
    """A multiplier as the owner writes it ("1.5", "×2") in whole percent (150, 200).

    From ×1 to ×10 (the storage's range; a promotion must then also be above ×1), at
    most two decimals. Raises UserError saying what is allowed.
    """
    point = points[0]
    example = f"1{point}5"
    try:
        return _scaled(text, points, RATE_DECIMALS, "×xX", 100, MAX_MULTIPLIER_PCT)
    except _Refusal as no:
        shown = _shown(text)
        if no.why == "empty":
            raise UserError(_MULT_EMPTY, example=example) from None
        if no.why == "decimals":
            near = _nearest(text, points, "×xX")
            if near is not None and 1 <= near <= MAX_MULTIPLIER_PCT // 100:
                example = _decimal_text(near, point)
            raise UserError(_MULT_DECIMALS, text=shown, example=example) from None
        raise UserError(_MULT_BAD, text=shown, example=example) from None


def parse_rate_bp(text: str, points: str = ".", *, zero: bool = False) -> int:
    """A percentage ("2.5", "5 %") in basis points (250, 500): a cashback rate from
    0.01 % to 100 %, or with ``zero`` a tier discount from 0 (none) to 100 %."""
    point = points[0]
    low = "0" if zero else f"0{point}01"
    try:
        return _scaled(text, points, RATE_DECIMALS, "%", 0 if zero else 1, 10_000)
    except _Refusal as no:
        shown = _shown(text)
        if no.why == "empty":
            raise UserError(_PCT_EMPTY, example=f"2{point}5") from None
        if no.why == "decimals":
            raise UserError(_PCT_DECIMALS, text=shown, low=low) from None
        raise UserError(_PCT_BAD, text=shown, low=low) from None


def parse_whole_percent(text: str, points: str = ".") -> int:
    """A percent reward or coupon ("10", "10 %"): a whole percent from 1 to 100."""
    try:
        return _scaled(text, points, 0, "%", 1, 100)
    except _Refusal:
        raise UserError(_WHOLE_BAD, text=_shown(text)) from None

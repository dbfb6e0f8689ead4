"""Single codes printed on gift cards and single-use coupons.

They are EAN-13 numbers from the shop's in-store prefix, exactly like member cards, so
one scanner setting reads them all and the check digit catches a mistyped number. A
QR code on paper carries two letters in front (``GC`` for a gift card, ``CP`` for a
coupon), as ``LP`` does on a member card; a person may type either form.
"""

from __future__ import annotations

import re

from .cardnumber import CARD_LENGTH, is_card_number
from .errors import ERRORS, QT_TRANSLATE_NOOP, InvalidCode

_DIGITS = re.compile(r"^\d+$")
SINGLE_LETTERS = ("GC", "CP")  # as giftcards.GC_PREFIX and coupons.CP_PREFIX


def strip_code(raw: str, letters: str) -> str:
    """What is left of a typed or scanned code once ``letters``, spaces and dashes go."""
    text = raw.strip()
    if text[: len(letters)].upper() == letters:
        text = text[len(letters) :]
    return re.sub(r"[\s-]", "", text)


def looks_single(raw: str, letters: str) -> bool:
    """13 digits, with or without ``letters`` in front: meant as a single code."""
    digits = strip_code(raw, letters)
    return len(digits) == CARD_LENGTH and bool(_DIGITS.match(digits))


def names_single_code(raw: str) -> bool:
    """13 digits, or ``GC``/``CP`` and 13 digits: what a printed gift card or coupon
    scans as (its barcode or its QR code), so the counter tries it as one."""
    return any(looks_single(raw, letters) for letters in SINGLE_LETTERS)


def parse_single(raw: str, letters: str) -> str:
    """The 13 digits of a gift card or coupon code, or InvalidCode saying what is wrong."""
    digits = strip_code(raw, letters)
    if not digits:
        raise InvalidCode(QT_TRANSLATE_NOOP(ERRORS, "Nothing was scanned."))
    if not _DIGITS.match(digits) or len(digits) != CARD_LENGTH:
        raise InvalidCode(
            QT_TRANSLATE_NOOP(
                ERRORS, "A code of this shop has 13 digits; “{code}” is not one. Check it."
            ),
            code=shorten(raw.strip()),
        )
    if not is_card_number(digits):
        raise InvalidCode(
            QT_TRANSLATE_NOOP(
                ERRORS,
                "Wrong check digit in {code}: the number was mistyped or misread. "
                "Scan or type it again.",
            ),
            code=digits,
        )
    return digits


def shorten(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

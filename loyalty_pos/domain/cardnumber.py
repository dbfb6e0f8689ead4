"""Card numbers: EAN-13 in the GS1 in-store range 20-29, and the QR payload.

A card number is 13 digits: a two-digit prefix (20-29, GS1's range for numbers used
inside one company, so it can never clash with a product barcode), ten digits that
identify the card, and the EAN-13 check digit. The check digit means a mistyped or
misread number is refused instead of opening somebody else's card.

The QR code on a card carries ``LP`` followed by the 13 digits (``LP2912345678903``).
Only letters and digits: a keyboard-wedge scanner set to a US layout on a Hungarian
(QWERTZ) or Norwegian keyboard mistypes punctuation and swaps Y and Z, but L, P and the
digit row come through the same on all of them.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable

from .errors import ERRORS, QT_TRANSLATE_NOOP, InvalidCode

QR_PREFIX = "LP"
CARD_LENGTH = 13
DEFAULT_PREFIX = "29"

_DIGITS = re.compile(r"^\d+$")


def ean13_check_digit(first12: str) -> int:
    """The EAN-13 check digit of twelve digits (weights 1,3,1,3... from the left)."""
    if len(first12) != 12 or not _DIGITS.match(first12):
        raise ValueError("need exactly 12 digits")
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return (10 - total % 10) % 10


def is_valid_prefix(prefix: str) -> bool:
    """A card prefix is two digits in GS1's in-store range 20-29."""
    return len(prefix) == 2 and prefix.isdigit() and 20 <= int(prefix) <= 29


def make_card_number(prefix: str, serial: int) -> str:
    """Prefix + ten-digit serial + check digit."""
    if not is_valid_prefix(prefix):
        raise ValueError(f"card prefix must be 20-29, not {prefix!r}")
    if not 0 <= serial < 10**10:
        raise ValueError("serial must have at most ten digits")
    body = f"{prefix}{serial:010d}"
    return body + str(ean13_check_digit(body))


def random_card_number(prefix: str, randbelow: Callable[[int], int] = secrets.randbelow) -> str:
    """A new card number with a random serial.

    Random rather than sequential so that a member cannot reach another member's card by
    adding one to their own number.
    """
    return make_card_number(prefix, randbelow(10**10))


def is_card_number(text: str) -> bool:
    """True for 13 digits with a correct check digit."""
    return (
        len(text) == CARD_LENGTH
        and bool(_DIGITS.match(text))
        and ean13_check_digit(text[:12]) == int(text[12])
    )


def qr_payload(card_number: str) -> str:
    """What the member card's QR code encodes."""
    return QR_PREFIX + card_number


def parse_code(raw: str) -> str:
    """Turn what a scanner or a cashier typed into a card number, or raise InvalidCode.

    Accepts the bare 13 digits (EAN-13 barcode or typed), the QR payload ``LP`` + 13
    digits in either case, and ignores surrounding white space and spaces or dashes a
    person may type between digit groups.
    """
    text = raw.strip()
    if text[:2].upper() == QR_PREFIX:
        text = text[2:]
    digits = re.sub(r"[\s-]", "", text)
    if not digits:
        raise InvalidCode(QT_TRANSLATE_NOOP(ERRORS, "Nothing was scanned."))
    if not _DIGITS.match(digits):
        raise InvalidCode(
            QT_TRANSLATE_NOOP(ERRORS, "“{code}” is not a card code. Scan the card again."),
            code=_shorten(raw.strip()),
        )
    if len(digits) != CARD_LENGTH:
        raise InvalidCode(
            QT_TRANSLATE_NOOP(
                ERRORS, "A card number has 13 digits; “{code}” has {count}. Check the number."
            ),
            code=_shorten(digits),
            count=len(digits),
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


def require_in_store(code: str) -> str:
    """Refuse a valid EAN-13 outside 20-29: a product's barcode, never a loyalty card."""
    if not is_valid_prefix(code[:2]):
        raise InvalidCode(
            QT_TRANSLATE_NOOP(
                ERRORS,
                "{code} is a product barcode, not a loyalty card (card numbers "
                "start with 20 to 29).",
            ),
            code=code,
        )
    return code


def looks_like_code(text: str) -> bool:
    """Whether a search box entry should be treated as a card code rather than a name."""
    t = text.strip()
    if t[:2].upper() == QR_PREFIX and t[2:].strip().isdigit():
        return True
    digits = re.sub(r"[\s-]", "", t)
    return len(digits) == CARD_LENGTH and digits.isdigit()


def _shorten(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"

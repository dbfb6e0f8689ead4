"""One number space for everything the shop prints: member cards, gift cards, coupons.

All three are EAN-13 numbers from the shop's prefix, so a scan at the counter is
unambiguous only if no number is used twice across the three tables.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from ..domain.cardnumber import random_card_number

_TABLES = (("card", "cards"), ("gift_card", "gift_cards"), ("coupon", "coupons"))


def code_in_use(db: Database, code: str) -> str | None:
    """'card', 'gift_card' or 'coupon' if ``code`` names one (three primary-key look-ups)."""
    for kind, table in _TABLES:
        if db.execute(f"SELECT 1 FROM {table} WHERE code = ?", [code]).fetchone():
            return kind
    return None


def new_unique_code(
    db: Database, prefix: str, make: Callable[[str], str] = random_card_number
) -> str:
    """A random number from ``prefix`` that no card, gift card or coupon has.

    Random, not sequential, so that nobody can reach another person's gift card by
    adding one to their own. Ten billion numbers per prefix make a retry rare.
    """
    while True:
        code = make(prefix)
        if code_in_use(db, code) is None:
            return code

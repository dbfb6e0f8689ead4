"""Migration m008: start-up work that does not grow with the shop.

1. Indexes the start-up jobs read through, so each touches only what is due:
   gift cards by expiry date (only those that still hold value), members by birthday
   month (``substr(birthday, 6, 2)``, the expression ``CouponStore`` compares), members
   by the end of their tier period; stamp, point and credit lots already have
   ``lots_due`` (m006). ``lot_moves_row`` lets the check read one ledger row's moves.
2. The check notes (``store/check_notes.py``): the table and the triggers that note
   every member and gift card whose balances, lots or ledger rows are written, so the
   start-up check reads those and not the whole ledger.

Indexes are created only if missing; nothing existing is rewritten.
"""

from __future__ import annotations

from sqlite_utils import Database

from .check_notes import install_notes

NAME = "m008_startup"

INDEXES = """
CREATE INDEX IF NOT EXISTS gift_cards_expiring ON gift_cards(expires_on)
    WHERE expires_on IS NOT NULL AND balance > 0 AND status = 'active';
CREATE INDEX IF NOT EXISTS members_birth_month ON members(substr(birthday, 6, 2))
    WHERE birthday IS NOT NULL AND status = 'active';
CREATE INDEX IF NOT EXISTS members_tier_until ON members(tier_until)
    WHERE tier_id IS NOT NULL AND tier_until IS NOT NULL;
CREATE INDEX IF NOT EXISTS lot_moves_row ON lot_moves(row_id);
"""


def m008_startup(db: Database) -> None:
    """The jobs' indexes and the check notes (see the module)."""
    for statement in INDEXES.split(";"):
        if statement.strip():
            db.execute(statement)
    install_notes(db)

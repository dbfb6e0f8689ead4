"""The queries behind the CSV exports: members with balances, visits, the ledger.

Each returns a cursor that SQLite fills as it is read, so an export of 100,000 members
or ten million ledger rows holds one row in memory at a time. Every per-row detail (a
member's card, a balance, a visit's items) is a correlated sub-query served by an
index (``cards_member``, the balances primary key, the ``visit_items`` key).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

from sqlite_utils import Database

from .database import read_snapshot

_CARD_OF = (
    "(SELECT c.code FROM cards c WHERE c.member_id = {m} AND c.status = 'active' "
    "ORDER BY c.created_at DESC LIMIT 1)"
)

ACCOUNTS_BY_KIND = {
    "stamp": ("stamps", "rewards"),
    "points": ("points",),
    "credit": ("credit",),
    "pass": ("passes",),
}


@dataclass(frozen=True)
class BalanceColumn:
    """One balance column of the member export."""

    program_id: int
    program: str
    account: str  # "stamps", "rewards", "points", "credit" or "passes"


class ExportStore:
    """Read-only, streaming queries for the exports."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read transaction: the file shows one moment, even while the till writes.

        In WAL mode a reader sees the database as it was when it began and blocks no
        writer. Inside a transaction already open, that one is used as it is.
        """
        with read_snapshot(self.db):
            yield

    def balance_columns(self) -> list[BalanceColumn]:
        """Every balance a member can hold, program by program in the owner's order."""
        return [
            BalanceColumn(pid, name, account)
            for pid, name, kind in self.db.execute(
                "SELECT id, name, kind FROM programs ORDER BY position, id"
            )
            for account in ACCOUNTS_BY_KIND.get(kind, ())
        ]

    def members(self, balances: list[BalanceColumn]) -> Iterator[tuple]:
        """(card, name, phone, email, birthday, consent, notes, status, created_at,
        visits, last visit, tier, *balances) for every member, by member number."""
        subqueries = "".join(
            ", (SELECT value FROM balances b WHERE b.member_id = m.id "
            "AND b.program_id = ? AND b.account = ?)"
            for _ in balances
        )
        params = [v for b in balances for v in (b.program_id, b.account)]
        return self.db.execute(
            f"SELECT {_CARD_OF.format(m='m.id')}, m.name, m.phone, m.email, m.birthday, "
            "m.marketing_consent, m.notes, m.status, m.created_at, "
            "(SELECT COUNT(*) FROM visits v WHERE v.member_id = m.id "
            " AND v.status = 'confirmed'), "
            "(SELECT MAX(v.created_at) FROM visits v WHERE v.member_id = m.id "
            " AND v.status = 'confirmed'), "
            f"t.name{subqueries} "
            "FROM members m LEFT JOIN tiers t ON t.id = m.tier_id ORDER BY m.id",
            params,
        )

    def visits(self) -> Iterator[tuple]:
        """(id, created_at, card, member, staff, status, amount, discount, charged,
        paid_credit, paid_gift, gift_sold, refunded, items, void_reason) by visit number."""
        return self.db.execute(
            f"SELECT v.id, v.created_at, {_CARD_OF.format(m='v.member_id')}, m.name, s.name, "
            "v.status, v.amount, v.discount, v.charged, v.paid_credit, v.paid_gift, "
            "v.gift_sold, v.refunded, "
            "(SELECT group_concat(vi.quantity || ' × ' || i.name, '; ') FROM visit_items vi "
            " JOIN items i ON i.id = vi.item_id WHERE vi.visit_id = v.id), "
            "v.void_reason "
            "FROM visits v LEFT JOIN members m ON m.id = v.member_id "
            "LEFT JOIN staff s ON s.id = v.staff_id ORDER BY v.id"
        )

    def ledger(self) -> Iterator[tuple]:
        """(id, created_at, card, member, program, account, kind, delta, visit, refund,
        reverses, staff, note) for every ledger row, oldest first."""
        return self.db.execute(
            f"SELECT l.id, l.created_at, {_CARD_OF.format(m='l.member_id')}, m.name, p.name, "
            "l.account, l.kind, l.delta, l.visit_id, l.refund_id, l.reverses_id, s.name, "
            "l.note "
            "FROM ledger l LEFT JOIN members m ON m.id = l.member_id "
            "LEFT JOIN programs p ON p.id = l.program_id "
            "LEFT JOIN staff s ON s.id = l.staff_id ORDER BY l.id"
        )

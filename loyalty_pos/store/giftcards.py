"""SQL for gift cards and their append-only ledger."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlite_utils import Database

from ..domain.clock import from_db
from ..domain.giftcards import GiftCard, GiftCardEntry
from .rowids import inserted_id
from .rows import from_row, named

CARD_COLUMNS = ("code", "initial_value", "balance", "expires_on", "status", "created_at")


def _card(row: tuple[Any, ...]) -> GiftCard:
    return from_row(GiftCard, named(CARD_COLUMNS, row))


class GiftCardStore:
    """``append`` is the only writer of ledger rows and it moves the cached balance with
    them, inside the caller's transaction (the table refuses a negative balance)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, code: str) -> GiftCard | None:
        row = self.db.execute(
            "SELECT code, initial_value, balance, expires_on, status, created_at "
            "FROM gift_cards WHERE code = ?",
            [code],
        ).fetchone()
        return _card(row) if row else None

    def insert(
        self,
        code: str,
        amount: int,
        expires_on: date | None,
        visit_id: int | None,
        staff_id: int,
        created_at: str,
    ) -> None:
        self.db.execute(
            "INSERT INTO gift_cards (code, initial_value, balance, expires_on, status, "
            "sold_visit_id, created_by, created_at) VALUES (?,?,0,?,'active',?,?,?)",
            [code, amount, expires_on.isoformat() if expires_on else None, visit_id, staff_id,
             created_at],
        )  # fmt: skip

    def append(
        self,
        code: str,
        kind: str,
        delta: int,
        *,
        staff_id: int,
        created_at: str,
        visit_id: int | None = None,
        refund_id: int | None = None,
        reverses_id: int | None = None,
        note: str | None = None,
    ) -> int:
        cur = self.db.execute(
            "INSERT INTO gift_card_ledger (code, visit_id, refund_id, kind, delta, "
            "reverses_id, staff_id, created_at, note) VALUES (?,?,?,?,?,?,?,?,?)",
            [code, visit_id, refund_id, kind, delta, reverses_id, staff_id, created_at, note],
        )
        self.db.execute("UPDATE gift_cards SET balance = balance + ? WHERE code = ?", [delta, code])
        return inserted_id(cur)

    def expired_with_value(
        self, today: str, among: list[str] | None = None
    ) -> list[tuple[str, int]]:
        """(code, balance) of active cards past their expiry date that still hold value
        (``among``: of these codes only). Read through ``gift_cards_expiring`` (m008):
        only the cards that are due, whatever the number of cards."""
        only, args = _among("code", among)
        return [
            (code, balance)
            for code, balance in self.db.execute(
                "SELECT code, balance FROM gift_cards WHERE expires_on IS NOT NULL "
                f"AND expires_on < ? AND balance > 0 AND status = 'active'{only}",
                [today, *args],
            ).fetchall()
        ]

    def set_status(self, code: str, status: str) -> None:
        self.db.execute("UPDATE gift_cards SET status = ? WHERE code = ?", [status, code])

    def issued_for_request(self, request_note: str) -> str | None:
        """The card an earlier call with the same request id issued (kept in the note)."""
        row = self.db.execute(
            "SELECT code FROM gift_card_ledger WHERE kind = 'issue' AND note = ?",
            [request_note],
        ).fetchone()
        return row[0] if row else None

    def history(self, code: str) -> list[GiftCardEntry]:
        return [
            GiftCardEntry(rid, kind, delta, from_db(at), staff or "—", visit, note)
            for rid, kind, delta, at, staff, visit, note in self.db.execute(
                "SELECT l.id, l.kind, l.delta, l.created_at, s.name, l.visit_id, l.note "
                "FROM gift_card_ledger l LEFT JOIN staff s ON s.id = l.staff_id "
                "WHERE l.code = ? ORDER BY l.id",
                [code],
            ).fetchall()
        ]

    def visit_redemptions(self, visit_id: int) -> list[tuple[int, str, int]]:
        """(row id, code, delta) of a visit's redeem rows."""
        return [
            tuple(r)
            for r in self.db.execute(
                "SELECT id, code, delta FROM gift_card_ledger "
                "WHERE visit_id = ? AND kind = 'redeem' ORDER BY id",
                [visit_id],
            ).fetchall()
        ]

    def card_of_visit(self, visit_id: int) -> GiftCard | None:
        """The gift card a visit paid with, if any."""
        row = self.db.execute(
            "SELECT g.code, g.initial_value, g.balance, g.expires_on, g.status, g.created_at "
            "FROM gift_card_ledger l JOIN gift_cards g ON g.code = l.code "
            "WHERE l.visit_id = ? AND l.kind = 'redeem' ORDER BY l.id LIMIT 1",
            [visit_id],
        ).fetchone()
        return _card(row) if row else None

    def restored_by_row(self, visit_id: int) -> dict[int, int]:
        """What refunds already put back, per redeem row of the visit."""
        return {
            rid: total
            for rid, total in self.db.execute(
                "SELECT reverses_id, SUM(delta) FROM gift_card_ledger "
                "WHERE visit_id = ? AND kind = 'refund' AND reverses_id IS NOT NULL "
                "GROUP BY reverses_id",
                [visit_id],
            ).fetchall()
        }

    def mismatches(self) -> list[tuple[str, int, int]]:
        """(code, cached balance, ledger sum) for every card where the two differ."""
        return [
            tuple(r)
            for r in self.db.execute(
                "SELECT g.code, g.balance, COALESCE(s.total, 0) FROM gift_cards g "
                "LEFT JOIN (SELECT code, SUM(delta) AS total FROM gift_card_ledger "
                "           GROUP BY code) s ON s.code = g.code "
                "WHERE g.balance != COALESCE(s.total, 0)"
            ).fetchall()
        ]


def _among(column: str, values: list | None) -> tuple[str, list]:
    """An ``AND column IN (...)`` clause and its arguments (nothing when ``values`` is None)."""
    if values is None:
        return "", []
    return f" AND {column} IN ({','.join('?' * len(values))})", list(values)

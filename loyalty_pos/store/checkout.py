"""SQL for checkouts: the visit's money, its items and discounts, refunds."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from ..domain.checkout import Discount
from ..domain.ledger import Account
from .rowids import inserted_id


@dataclass
class MemberStateRows:
    """``CheckoutStore.member_state``: the member's figures a checkout starts from."""

    balances: dict[tuple[int, Account], int] = field(default_factory=dict)
    owed: dict[tuple[int, str], int] = field(default_factory=dict)
    earned_today: dict[tuple[int, Account], int] = field(default_factory=dict)
    referral_pending: bool = False
    tier_id: int | None = None
    status: str | None = None  # the member's ('active', 'blocked'); None: no such member


class CheckoutStore:
    """Writes and reads what a checkout adds beside the visit row and the ledger."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def insert_visit(
        self,
        *,
        member_id: int | None,
        staff_id: int,
        created_at: str,
        request_id: str,
        amount: int,
        discount: int,
        paid_credit: int,
        paid_gift: int,
        gift_sold: int = 0,
        imported: bool = False,
    ) -> int:
        cur = self.db.execute(
            "INSERT INTO visits (member_id, staff_id, created_at, request_id, amount, discount, "
            "charged, paid_credit, paid_gift, gift_sold, imported) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                member_id,
                staff_id,
                created_at,
                request_id,
                amount,
                discount,
                amount - discount,
                paid_credit,
                paid_gift,
                gift_sold,
                int(imported),
            ],
        )
        return inserted_id(cur)

    def insert_details(
        self, visit_id: int, items: Mapping[int, int], discounts: Iterable[Discount]
    ) -> None:
        for item_id, qty in sorted(items.items()):
            if qty:
                self.db.execute(
                    "INSERT INTO visit_items (visit_id, item_id, quantity) VALUES (?,?,?)",
                    [visit_id, item_id, qty],
                )
        for d in discounts:
            self.db.execute(
                "INSERT INTO visit_discounts (visit_id, source, ref_id, label, amount) "
                "VALUES (?,?,?,?,?)",
                [visit_id, d.source, d.ref_id, d.label, d.amount],
            )

    def discounts(self, visit_id: int) -> list[dict[str, Any]]:
        return list(
            self.db.query(
                "SELECT source, ref_id, label, amount FROM visit_discounts WHERE visit_id = ? "
                "ORDER BY id",
                [visit_id],
            )
        )

    def insert_refund(
        self,
        visit_id: int,
        amount: int,
        full: bool,
        reason: str,
        request_id: str | None,
        staff_id: int,
        at: str,
        tenders: tuple[int, int, int, bool] | None = None,
    ) -> int:
        """A refund row, and the visit's running total. ``tenders``: (cash, credit,
        gift card, gift card's share paid in cash) of this refund."""
        cash, credit, gift, as_cash = tenders if tenders is not None else (amount, 0, 0, False)
        cur = self.db.execute(
            "INSERT INTO refunds (visit_id, amount, full, reason, request_id, staff_id, "
            "created_at, cash_back, credit_back, gift_back, gift_as_cash) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [visit_id, amount, int(full), reason, request_id, staff_id, at, cash, credit, gift,
             int(as_cash)],
        )  # fmt: skip
        self.db.execute(
            "UPDATE visits SET refunded = refunded + ?, "
            "status = CASE WHEN ? = 1 THEN 'refunded' ELSE status END WHERE id = ?",
            [amount, int(full), visit_id],
        )
        return inserted_id(cur)

    def tenders_given(self, visit_id: int) -> dict[str, int]:
        """What the visit's refunds so far gave each tender (a gift card's share paid in
        cash counts as the gift card's)."""
        cash, credit, gift = self.db.execute(
            "SELECT COALESCE(SUM(cash_back - gift_as_cash * gift_back), 0), "
            "COALESCE(SUM(credit_back), 0), COALESCE(SUM(gift_back), 0) "
            "FROM refunds WHERE visit_id = ?",
            [visit_id],
        ).fetchone()
        return {"cash": int(cash), "credit": int(credit), "gift": int(gift)}

    def refund_by_request(self, request_id: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM refunds WHERE request_id = ?", [request_id]))
        return rows[0] if rows else None

    def member_state(self, member_id: int, since: str) -> MemberStateRows:
        """What a checkout needs to know of the member, in one statement (on a server
        each statement is a round trip; the preview runs at each key, the checkout
        again under its lock): the balances, what is owed, what was earned since
        ``since``, whether a referral is still to be rewarded, the tier, and the
        member's status (whether they may check out at all).

        Earned today: stamps and points earned since ``since`` in visits that still
        count; refunded-away earnings don't count against the daily cap either. The
        member's visits since ``since`` are read first (``CROSS JOIN`` keeps that
        order), through their index, then only their ledger rows: SQLite otherwise
        walked every ledger row the member ever had, a tenth of a checkout's time for a
        regular (issue 16).
        """
        out = MemberStateRows()
        for part, pid, account, value in self.db.execute(
            "SELECT 'balance', program_id, account, value FROM balances WHERE member_id = ? "
            "UNION ALL "
            "SELECT 'owed', program_id, account, owed FROM balances "
            "WHERE member_id = ? AND owed > 0 "
            "UNION ALL "
            "SELECT 'today', l.program_id, l.account, SUM(l.delta) FROM visits v "
            "CROSS JOIN ledger l ON l.visit_id = v.id "
            "WHERE v.member_id = ? AND v.created_at >= ? AND v.status = 'confirmed' "
            "AND l.member_id = v.member_id AND l.account IN ('stamps', 'points') "
            "AND (l.kind = 'earn' OR (l.kind = 'refund' AND l.delta < 0 AND l.reverses_id IN "
            "  (SELECT id FROM ledger WHERE kind = 'earn' AND visit_id = v.id))) "
            "GROUP BY l.program_id, l.account "
            "UNION ALL "
            "SELECT 'referral', NULL, NULL, "
            "CASE WHEN rewarded_visit_id IS NULL THEN 1 ELSE 0 END "
            "FROM referrals WHERE member_id = ? "
            "UNION ALL "
            "SELECT 'member', tier_id, status, NULL FROM members WHERE id = ?",
            [member_id, member_id, member_id, since, member_id, member_id],
        ).fetchall():
            if part == "balance":
                out.balances[(pid, Account(account))] = value
            elif part == "owed":
                out.owed[(pid, account)] = value
            elif part == "today":
                out.earned_today[(pid, Account(account))] = int(value)
            elif part == "referral":
                out.referral_pending = bool(value)
            else:
                out.tier_id, out.status = pid, account
        return out

    def paid_visits(self, member_id: int) -> int:
        """Confirmed visits of a member that charged something."""
        row = self.db.execute(
            "SELECT COUNT(*) FROM visits WHERE member_id = ? AND charged > 0 "
            "AND status = 'confirmed'",
            [member_id],
        ).fetchone()
        return int(row[0])

    def referral(self, member_id: int) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM referrals WHERE member_id = ?", [member_id]))
        return rows[0] if rows else None

    def insert_referral(self, member_id: int, referrer_id: int, at: str) -> None:
        self.db.execute(
            "INSERT INTO referrals (member_id, referrer_id, created_at) VALUES (?,?,?)",
            [member_id, referrer_id, at],
        )

    def mark_referral_rewarded(self, member_id: int, visit_id: int | None) -> None:
        self.db.execute(
            "UPDATE referrals SET rewarded_visit_id = ? WHERE member_id = ?",
            [visit_id, member_id],
        )

    def visits_per_member_on(self, since: str, until: str, at_least: int) -> list[tuple]:
        """(member, name, visits) with at least ``at_least`` visits in the period."""
        return [
            tuple(r)
            for r in self.db.execute(
                "SELECT v.member_id, m.name, COUNT(*) AS n FROM visits v "
                "JOIN members m ON m.id = v.member_id "
                "WHERE v.created_at >= ? AND v.created_at < ? AND v.status != 'voided' "
                "GROUP BY v.member_id, m.name HAVING COUNT(*) >= ? ORDER BY n DESC",
                [since, until, at_least],
            ).fetchall()
        ]

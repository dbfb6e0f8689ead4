"""SQL of a member's data export and of the contact lists (``services/member_export.py``,
``services/contact_lists.py``).

The export reads every table that holds something about the member, by member id (the
member and any duplicates merged into them), or by their visits' ids. Each query is
served by an index on ``member_id`` or ``visit_id``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlite_utils import Database

from .reports import COUNTED

# Section of the export -> SELECT by member ids (``{ids}`` is the list of marks).
BY_MEMBER = {
    "cards": "SELECT code, member_id, status, replaced_by, created_at FROM cards "
    "WHERE member_id IN ({ids}) ORDER BY created_at, code",
    "consents": "SELECT c.member_id, c.channel, c.answer, c.at, c.source, c.wording_version, "
    "s.name AS recorded_by FROM consents c LEFT JOIN staff s ON s.id = c.actor "
    "WHERE c.member_id IN ({ids}) ORDER BY c.id",
    "balances": "SELECT b.member_id, p.name AS program, b.account, b.value, b.owed "
    "FROM balances b JOIN programs p ON p.id = b.program_id "
    "WHERE b.member_id IN ({ids}) ORDER BY b.member_id, p.name, b.account",
    "ledger": "SELECT l.id, l.member_id, p.name AS program, l.account, l.kind, l.delta, "
    "l.visit_id, l.refund_id, l.reverses_id, l.created_at, l.note, s.name AS staff "
    "FROM ledger l JOIN programs p ON p.id = l.program_id "
    "LEFT JOIN staff s ON s.id = l.staff_id WHERE l.member_id IN ({ids}) ORDER BY l.id",
    "feedback": "SELECT visit_id, member_id, score, comment, created_at FROM feedback "
    "WHERE member_id IN ({ids}) ORDER BY id",
    "coupons": "SELECT c.code, c.member_id, o.name AS offer, c.status, c.valid_from, "
    "c.valid_to, c.created_at FROM coupons c JOIN coupon_offers o ON o.id = c.offer_id "
    "WHERE c.member_id IN ({ids}) ORDER BY c.created_at, c.code",
    "coupon_uses": "SELECT coupon_code, member_id, visit_id, delta, discount, created_at "
    "FROM coupon_uses WHERE member_id IN ({ids}) ORDER BY id",
    "tier_changes": "SELECT t.member_id, s.name AS tier, t.reason, t.until, t.visit_id, "
    "t.created_at FROM tier_changes t LEFT JOIN tiers s ON s.id = t.tier_id "
    "WHERE t.member_id IN ({ids}) ORDER BY t.id",
    "referrals": "SELECT member_id, referrer_id, rewarded_visit_id, created_at FROM referrals "
    "WHERE member_id IN ({ids}) OR referrer_id IN ({ids})",
}

VISITS = (
    "SELECT v.id, v.member_id, v.created_at, v.status, v.amount, v.discount, v.charged, "
    "v.paid_credit, v.paid_gift, v.gift_sold, v.refunded, v.void_reason, s.name AS staff "
    "FROM visits v LEFT JOIN staff s ON s.id = v.staff_id WHERE v.member_id IN ({ids}) "
    "ORDER BY v.created_at, v.id"
)
VISIT_ITEMS = (
    "SELECT vi.visit_id, i.name AS item, vi.quantity FROM visit_items vi "
    "JOIN items i ON i.id = vi.item_id WHERE vi.visit_id = ?"
)
VISIT_DISCOUNTS = "SELECT source, label, amount FROM visit_discounts WHERE visit_id = ? ORDER BY id"
REFUNDS = (
    "SELECT id, amount, full, reason, created_at, cash_back, credit_back, gift_back "
    "FROM refunds WHERE visit_id = ? ORDER BY id"
)


class MemberDataStore:
    """Reads for one member's export and for the contact lists."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def member_ids(self, member_id: int) -> list[int]:
        """The member and the duplicates merged into them."""
        return [member_id] + [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM members WHERE merged_into = ? ORDER BY id", [member_id]
            )
        ]

    def member_rows(self, ids: list[int]) -> list[dict[str, Any]]:
        marks = ",".join("?" * len(ids))
        return list(
            self.db.query(
                "SELECT id, name, phone, email, birthday, notes, status, created_at, "
                f"erased_at, merged_into FROM members WHERE id IN ({marks}) ORDER BY id",
                ids,
            )
        )

    def section(self, name: str, ids: list[int]) -> list[dict[str, Any]]:
        marks = ",".join("?" * len(ids))
        sql = BY_MEMBER[name].format(ids=marks)
        return list(self.db.query(sql, ids * sql.count("IN (")))

    def visits(self, ids: list[int]) -> Iterator[dict[str, Any]]:
        """Each visit with its items, discounts and refunds (its lines)."""
        marks = ",".join("?" * len(ids))
        for v in self.db.query(VISITS.format(ids=marks), ids):
            vid = v["id"]
            v["items"] = [
                {"item": r["item"], "quantity": r["quantity"]}
                for r in self.db.query(VISIT_ITEMS, [vid])
            ]
            v["discounts"] = list(self.db.query(VISIT_DISCOUNTS, [vid]))
            v["refunds"] = list(self.db.query(REFUNDS, [vid]))
            yield v

    # Contact lists --------------------------------------------------------------------

    def contactable(self, channel: str, segment_sql: str, params: list) -> Iterator[tuple]:
        """(id, card, name, phone, email, consented at, wording version) of the members
        the segment selects whose newest answer on ``channel`` is yes; never an erased,
        merged-away or blocked member."""
        yield from self.db.conn.execute(
            "SELECT m.id, (SELECT code FROM cards WHERE member_id = m.id AND status = 'active' "
            "LIMIT 1), m.name, m.phone, m.email, c.at, c.wording_version "
            f"FROM ({segment_sql}) seg JOIN members m ON m.id = seg.id "
            "JOIN consents c ON c.id = (SELECT MAX(id) FROM consents "
            "WHERE member_id = m.id AND channel = ?) "
            "WHERE c.answer = 1 AND m.erased_at IS NULL AND m.merged_into IS NULL "
            "AND m.status = 'active' ORDER BY m.name, m.id",
            [*params, channel],
        )


def lapsed_segment(cutoff: str, min_visits: int) -> tuple[str, list]:
    """Regulars (``min_visits`` counted visits) whose last visit is before ``cutoff``."""
    return (
        "SELECT member_id AS id FROM visits WHERE member_id IS NOT NULL AND "
        f"{COUNTED} GROUP BY member_id HAVING count(*) >= ? AND max(created_at) < ?",
        [min_visits, cutoff],
    )


def birthday_segment(month: int) -> tuple[str, list]:
    """Members whose birthday (YYYY-MM-DD) falls in ``month``."""
    return (
        "SELECT id FROM members WHERE birthday IS NOT NULL AND substr(birthday, 6, 2) = ?",
        [f"{month:02d}"],
    )


def everyone_segment() -> tuple[str, list]:
    return "SELECT id FROM members", []

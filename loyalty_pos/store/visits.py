"""Visits: one row per confirmed checkout, the anchor of its ledger rows."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from .members import FAMILY
from .rowids import inserted_id


class VisitStore:
    """SQL for visits."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def insert(self, member_id: int, staff_id: int, created_at: str, request_id: str) -> int:
        cur = self.db.execute(
            "INSERT INTO visits (member_id, staff_id, created_at, request_id) VALUES (?,?,?,?)",
            [member_id, staff_id, created_at, request_id],
        )
        return inserted_id(cur)

    def by_request(self, request_id: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM visits WHERE request_id = ?", [request_id]))
        return rows[0] if rows else None

    def get(self, visit_id: int) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM visits WHERE id = ?", [visit_id]))
        return rows[0] if rows else None

    def recent(self, member_id: int, limit: int = 5) -> list[dict[str, Any]]:
        return list(
            self.db.query(
                f"{FAMILY} SELECT v.*, s.name AS staff_name FROM visits v "
                "JOIN staff s ON s.id = v.staff_id "
                "WHERE v.member_id IN family ORDER BY v.created_at DESC, v.id DESC LIMIT ?",
                [member_id, limit],
            )
        )

    def recent_and_stats(
        self, member_id: int, limit: int = 5
    ) -> tuple[list[dict[str, Any]], int, str | None]:
        """``recent`` with ``MemberStore.stats`` (the confirmed visits' number and the
        last one's time) in one statement: the member panel needs both, and on a server
        each statement is a round trip. The window sums see every row of the family,
        before the ``LIMIT``; a member with no visit has no row, so 0 and ``None``."""
        rows = list(
            self.db.query(
                f"{FAMILY} SELECT v.*, s.name AS staff_name, "
                "SUM(CASE WHEN v.status = 'confirmed' THEN 1 ELSE 0 END) OVER () AS lp_count, "
                "MAX(CASE WHEN v.status = 'confirmed' THEN v.created_at END) OVER () AS lp_last "
                "FROM visits v JOIN staff s ON s.id = v.staff_id "
                "WHERE v.member_id IN family ORDER BY v.created_at DESC, v.id DESC LIMIT ?",
                [member_id, limit],
            )
        )
        if not rows:
            return [], 0, None
        count, last = int(rows[0]["lp_count"]), rows[0]["lp_last"]
        for row in rows:
            del row["lp_count"], row["lp_last"]
        return rows, count, last

    def touched_others(self, visit_id: int) -> bool:
        """Whether a visit used a coupon or paid a referral bonus (beyond its own card)."""
        row = self.db.execute(
            "SELECT 1 FROM coupon_uses WHERE visit_id = ? UNION ALL "
            "SELECT 1 FROM ledger WHERE visit_id = ? AND kind = 'bonus' LIMIT 1",
            [visit_id, visit_id],
        ).fetchone()
        return row is not None

    def mark_voided(self, visit_id: int, reason: str, at: str, by: int) -> None:
        self.db.execute(
            "UPDATE visits SET status='voided', void_reason=?, voided_at=?, voided_by=? "
            "WHERE id=? AND status='confirmed'",
            [reason, at, by, visit_id],
        )
